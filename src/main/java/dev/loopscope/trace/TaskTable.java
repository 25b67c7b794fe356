package dev.loopscope.trace;

import dev.loopscope.trace.LoopState.TaskEntry;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The replay's tasks by id, in creation order: an array of entries and an array from id to place.
 * A jump rebuilds it from a snapshot's array with no boxing and one small object per thousand
 * tasks, where a map of 100,000 tasks made every jump allocate 300,000 objects and the young
 * collections that followed stalled jumps for tens of milliseconds.
 */
final class TaskTable {
    private TaskEntry[] entries;
    private int size;
    /** Per task id, its place in {@link #entries} plus one; 0 when absent. */
    private int[] place;

    TaskTable() {
        this(new TaskEntry[0]);
    }

    /** A table of these entries, in this order. */
    TaskTable(TaskEntry[] ordered) {
        entries = Arrays.copyOf(ordered, Math.max(16, ordered.length + ordered.length / 2));
        size = ordered.length;
        int maxId = 0;
        for (TaskEntry t : ordered) {
            maxId = Math.max(maxId, t.id());
        }
        place = new int[Math.max(16, maxId + 1)];
        for (int i = 0; i < size; i++) {
            place[entries[i].id()] = i + 1;
        }
    }

    TaskEntry get(int id) {
        int p = id >= 0 && id < place.length ? place[id] : 0;
        return p == 0 ? null : entries[p - 1];
    }

    boolean contains(int id) {
        return get(id) != null;
    }

    /** Replaces the task's entry, or adds it after the others; returns the entry replaced, or null. */
    TaskEntry put(int id, TaskEntry entry) {
        if (id < 0) {
            throw new IllegalArgumentException("task id " + id);
        }
        TaskEntry old = get(id);
        if (old != null) {
            entries[place[id] - 1] = entry;
            return old;
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        if (id >= place.length) {
            place = Arrays.copyOf(place, Math.max(id + 1, place.length * 2));
        }
        entries[size++] = entry;
        place[id] = size;
        return null;
    }

    /** Takes back the last task added: the only removal stepping back ever makes. */
    void removeLast(int id) {
        if (size == 0 || entries[size - 1].id() != id) {
            throw new IllegalStateException("task " + id + " is not the last one added");
        }
        entries[--size] = null;
        place[id] = 0;
    }

    int size() {
        return size;
    }

    /** The entries in creation order, as they are now. */
    TaskEntry[] toArray() {
        return Arrays.copyOf(entries, size);
    }

    List<TaskEntry> values() {
        return Collections.unmodifiableList(Arrays.asList(toArray()));
    }
}
