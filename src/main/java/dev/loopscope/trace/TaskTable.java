package dev.loopscope.trace;

import dev.loopscope.trace.LoopState.TaskEntry;
import java.util.Arrays;
import java.util.List;

/**
 * The replay's tasks by id, in creation order: an array of entries and an array from id to place.
 * A jump rebuilds it from a snapshot's array with no boxing and one small object per thousand
 * tasks, where a map of 100,000 tasks made every jump allocate 300,000 objects and the young
 * collections that followed stalled jumps for tens of milliseconds.
 */
final class TaskTable {
    private TaskEntry[] entries;
    /** The entries' ids, in the same order: rebuilding {@link #place} reads these, not 100,000 scattered entries. */
    private int[] ids;
    private int size;
    /** Per task id, its place in {@link #entries} plus one; 0 when absent. */
    private int[] place;

    TaskTable() {
        this(new TaskEntry[0], new int[0]);
    }

    /** A table of these entries, in this order, with their ids (as {@link #toArray} and {@link #ids} give them). */
    TaskTable(TaskEntry[] ordered, int[] orderedIds) {
        int room = Math.max(16, ordered.length + ordered.length / 2);
        entries = Arrays.copyOf(ordered, room);
        ids = Arrays.copyOf(orderedIds, room);
        size = ordered.length;
        int maxId = 0;
        for (int i = 0; i < size; i++) {
            maxId = Math.max(maxId, ids[i]);
        }
        place = new int[Math.max(16, maxId + 1)];
        for (int i = 0; i < size; i++) {
            place[ids[i]] = i + 1;
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
            ids = Arrays.copyOf(ids, size * 2);
        }
        if (id >= place.length) {
            place = Arrays.copyOf(place, Math.max(id + 1, place.length * 2));
        }
        ids[size] = id;
        entries[size++] = entry;
        place[id] = size;
        return null;
    }

    /** Takes back the last task added: the only removal stepping back ever makes. */
    void removeLast(int id) {
        if (size == 0 || ids[size - 1] != id) {
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

    int[] ids() {
        return Arrays.copyOf(ids, size);
    }

    List<TaskEntry> values() {
        return List.of(toArray()); // an immutable list walks its array directly: views iterate it per step
    }
}
