package dev.loopscope.trace;

import dev.loopscope.trace.LoopState.ReadyEntry;
import dev.loopscope.trace.LoopState.RequestEntry;
import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TaskStatus;
import dev.loopscope.trace.LoopState.TimerEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Plays a recorded run back: the loop's state after any number of events, rebuilt from the
 * nearest snapshot, so that jumping is exact and quick; stepping back undoes one event. Also the places a
 * viewer steps to: every event, every loop round, every task step.
 */
public final class Replay {
    private final RecordedRun run;
    private final List<Event> events;
    private final int snapshotEvery;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final int[] rounds;
    private final int[] taskSteps;
    private final List<Integer> outputIndex = new ArrayList<>();
    private final List<Event.Output> outputs = new ArrayList<>();
    /** The state stepping goes on from: a step applies or undoes one event, not a snapshot's worth. */
    private Builder cursor;
    private int cursorApplied;
    /** Per timer handle, what its TimerAdded fixed for good: its heap key. */
    private final HashMap<Integer, TimerKey> timerKeys = new HashMap<>();
    /**
     * The futures asyncio.sleep made, with their deadline: a future's sleep never changes, so the
     * whole run shares one map and no snapshot copies it (100,000 sleeping tasks made every jump
     * rebuild it).
     */
    private final HashMap<Integer, Double> sleepDeadlines = new HashMap<>();

    public Replay(RecordedRun run) {
        this.run = run;
        this.events = run.events();
        this.snapshotEvery = Math.max(2048, events.size() / 48 + 1);
        List<Integer> r = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Event.TimerAdded t) {
                timerKeys.put(t.handle(), new TimerKey(t.when(), t.handle()));
                if ("_set_result_unless_cancelled".equals(t.callback())) {
                    sleepDeadlines.put(t.future(), t.when());
                }
            }
        }
        Builder b = new Builder(this);
        for (int i = 0; i < events.size(); i++) {
            if (i % snapshotEvery == 0) {
                snapshots.add(new Snapshot(b));
            }
            Event e = events.get(i);
            if (e instanceof Event.Round) {
                r.add(i);
            } else if (e instanceof Event.TaskStep) {
                s.add(i);
            } else if (e instanceof Event.Output o) {
                outputIndex.add(i);
                outputs.add(o);
            }
            b.apply(e);
        }
        rounds = r.stream().mapToInt(Integer::intValue).toArray();
        taskSteps = s.stream().mapToInt(Integer::intValue).toArray();
    }

    public RecordedRun run() {
        return run;
    }

    /** Number of events: states exist for 0..size() applied events. */
    public int size() {
        return events.size();
    }

    public Event event(int i) {
        return events.get(i);
    }

    /**
     * The state after the first {@code applied} events. Near the last position asked for, the
     * cursor steps there event by event: forward by applying events, back by undoing them (its
     * undo log reaches back to the snapshot it started from, at most two snapshot intervals);
     * farther away it starts again from the nearest snapshot below.
     */
    public synchronized LoopState stateAt(int applied) {
        applied = Math.max(0, Math.min(applied, events.size()));
        boolean undoable = cursor != null && applied <= cursorApplied && applied >= cursor.log.base()
                && cursorApplied - applied <= snapshotEvery;
        if (undoable) {
            for (; cursorApplied > applied; cursorApplied--) {
                cursor.log.undoLast(cursor);
            }
        } else if (cursor == null || applied < cursorApplied || applied - cursorApplied > snapshotEvery) {
            int snap = Math.min(applied / snapshotEvery, snapshots.size() - 1);
            cursor = snap >= 0 ? snapshots.get(snap).restore(this) : new Builder(this);
            cursorApplied = Math.max(0, snap) * snapshotEvery;
            cursor.log.clear(cursorApplied);
        }
        for (; cursorApplied < applied; cursorApplied++) {
            if (cursorApplied % snapshotEvery == 0 && cursorApplied - cursor.log.base() >= 2 * snapshotEvery) {
                cursor.log.dropBefore(cursorApplied - snapshotEvery);
            }
            cursor.log.beginEvent(cursor);
            cursor.apply(events.get(cursorApplied));
        }
        return cursor.freeze(applied, consoleUpTo(applied));
    }

    private List<Event.Output> consoleUpTo(int applied) {
        int lo = 0;
        int hi = outputIndex.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (outputIndex.get(mid) < applied) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return java.util.Collections.unmodifiableList(outputs.subList(0, lo));
    }

    /** The event count at the start of the next loop round after {@code from}, or size(). */
    public int nextRound(int from) {
        return next(rounds, from);
    }

    public int previousRound(int from) {
        return previous(rounds, from);
    }

    /** The event count just after the next task step begins (the step is then running). */
    public int nextTaskStep(int from) {
        int i = next(taskSteps, from);
        return i >= events.size() ? i : i + 1;
    }

    public int previousTaskStep(int from) {
        int i = previous(taskSteps, from - 1);
        return i <= 0 ? 0 : i + 1;
    }

    private int next(int[] marks, int from) {
        for (int m : marks) {
            if (m > from) {
                return m;
            }
        }
        return events.size();
    }

    private static int previous(int[] marks, int from) {
        int best = 0;
        for (int m : marks) {
            if (m < from) {
                best = m;
            } else {
                break;
            }
        }
        return best;
    }

    public int roundCount() {
        return rounds.length;
    }

    public int taskStepCount() {
        return taskSteps.length;
    }

    // ------------------------------------------------------------------------------ the state

    private record TimerKey(double when, int handle) implements Comparable<TimerKey> {
        @Override
        public int compareTo(TimerKey o) {
            int c = Double.compare(when, o.when);
            return c != 0 ? c : Integer.compare(handle, o.handle);
        }
    }

    /**
     * The mutable state the replay applies events to. Its entries are the immutable records of
     * {@link LoopState}, replaced when they change, so that a snapshot and a frozen state copy
     * references only. Every change goes through {@link #put}/{@link #remove}, which log how to
     * take it back.
     */
    private static final class Builder {
        final Replay replay;
        final UndoLog log = new UndoLog();
        double clock;
        int round;
        int running;
        int blockedTask;
        LinkedEntries<Integer, ReadyEntry> ready = new LinkedEntries<>();
        TreeMap<TimerKey, TimerEntry> timers = new TreeMap<>();
        TaskTable tasks = new TaskTable();
        LinkedEntries<String, RequestEntry> requests = new LinkedEntries<>();
        /** Tasks whose first step is queued before their creation event, with that handle. */
        HashMap<Integer, Integer> unnamedStep = new HashMap<>();

        Builder(Replay replay) {
            this.replay = replay;
        }

        private <K, V> void put(java.util.Map<K, V> map, K key, V value) {
            V old = map.put(key, value);
            log.add(old == null ? () -> map.remove(key) : () -> map.put(key, old));
        }

        private <K, V> V remove(java.util.Map<K, V> map, K key) {
            V old = map.remove(key);
            if (old != null) {
                log.add(() -> map.put(key, old));
            }
            return old;
        }

        private void put(TaskTable table, int id, TaskEntry entry) {
            TaskEntry old = table.put(id, entry);
            log.add(old == null ? () -> table.removeLast(id) : () -> table.put(id, old));
        }

        private <K, V> void put(LinkedEntries<K, V> map, K key, V value) {
            V old = map.put(key, value);
            log.add(old == null ? () -> map.remove(key) : () -> map.put(key, old));
        }

        private <K, V> V remove(LinkedEntries<K, V> map, K key) {
            LinkedEntries.Node<K, V> node = map.remove(key);
            if (node == null) {
                return null;
            }
            log.add(() -> map.relink(node));
            return node.value;
        }

        private TaskEntry with(TaskEntry t, TaskStatus status, int line, int awaited, String outcome) {
            TaskEntry n = new TaskEntry(t.id(), t.name(), t.coro(), status, line, awaited,
                    awaiting(awaited), outcome);
            put(tasks, t.id(), n);
            return n;
        }

        void apply(Event e) {
            clock = e.time();
            if (blockedTask != 0 && !(e instanceof Event.Block)) {
                TaskEntry t = tasks.get(blockedTask);
                if (t != null && t.status() == TaskStatus.BLOCKED) {
                    with(t, TaskStatus.RUNNING, t.line(), t.awaited(), t.outcome());
                }
                blockedTask = 0;
            }
            if (e instanceof Event.Round r) {
                round = r.round();
            } else if (e instanceof Event.TaskCreated c) {
                put(tasks, c.task(), new TaskEntry(c.task(), c.name(), c.coro(), TaskStatus.CREATED, c.line(), 0, "",
                        ""));
                // a task's first step is scheduled before its `create` line: name that handle now
                Integer first = remove(unnamedStep, c.task());
                ReadyEntry r = first == null ? null : ready.get(first);
                if (r != null) {
                    put(ready, r.handle(), new ReadyEntry(r.handle(), r.task(), r.callback(),
                            label(r.task(), r.callback()), r.cancelled()));
                }
            } else if (e instanceof Event.TaskRenamed r) {
                TaskEntry t = tasks.get(r.task());
                if (t != null) {
                    put(tasks, t.id(), new TaskEntry(t.id(), r.name(), t.coro(), t.status(), t.line(), t.awaited(),
                            t.awaiting(), t.outcome()));
                }
            } else if (e instanceof Event.TaskStep s) {
                TaskEntry t = tasks.get(s.task());
                if (t != null) {
                    with(t, TaskStatus.RUNNING, s.line(), 0, t.outcome());
                }
                running = s.task();
            } else if (e instanceof Event.TaskSuspended s) {
                TaskEntry t = tasks.get(s.task());
                if (t != null) {
                    with(t, s.awaited() == 0 ? TaskStatus.READY : TaskStatus.WAITING, s.line(), s.awaited(),
                            t.outcome());
                }
                running = 0;
            } else if (e instanceof Event.TaskDone d) {
                TaskEntry t = tasks.get(d.task());
                if (t != null) {
                    with(t, d.outcome().startsWith("cancelled") ? TaskStatus.CANCELLED
                            : d.outcome().startsWith("exception") ? TaskStatus.FAILED : TaskStatus.DONE, t.line(), 0,
                            d.outcome());
                }
                running = 0;
            } else if (e instanceof Event.ReadyAdded a) {
                put(ready, a.handle(), new ReadyEntry(a.handle(), a.task(), a.callback(),
                        label(a.task(), a.callback()), false));
                if (a.task() != 0 && !tasks.contains(a.task())) {
                    put(unnamedStep, a.task(), a.handle());
                }
                wakeIfWaiting(a.task());
            } else if (e instanceof Event.ReadyRun r) {
                remove(ready, r.handle());
            } else if (e instanceof Event.TimerAdded t) {
                put(timers, replay.timerKeys.get(t.handle()), new TimerEntry(t.handle(), t.when(), t.task(),
                        t.callback(), label(t.task(), t.callback()), false));
            } else if (e instanceof Event.TimerRemoved r) {
                TimerKey key = replay.timerKeys.get(r.handle());
                TimerEntry h = key == null ? null : remove(timers, key);
                if (h != null && r.due()) {
                    put(ready, h.handle(), new ReadyEntry(h.handle(), h.task(), h.callback(), h.label(),
                            h.cancelled()));
                    wakeIfWaiting(h.task());
                }
            } else if (e instanceof Event.HandleCancelled c) {
                ReadyEntry r = ready.get(c.handle());
                if (r != null) {
                    put(ready, c.handle(), new ReadyEntry(r.handle(), r.task(), r.callback(), r.label(), true));
                }
                TimerKey key = replay.timerKeys.get(c.handle());
                TimerEntry t = key == null ? null : timers.get(key);
                if (t != null) {
                    put(timers, key, new TimerEntry(t.handle(), t.when(), t.task(), t.callback(), t.label(), true));
                }
            } else if (e instanceof Event.Block b) {
                TaskEntry t = tasks.get(b.task());
                if (t != null) {
                    with(t, TaskStatus.BLOCKED, t.line(), t.awaited(), t.outcome());
                    blockedTask = b.task();
                }
            } else if (e instanceof Event.Output o && o.line() > 0 && running != 0) {
                TaskEntry t = tasks.get(running);
                if (t != null && t.status() == TaskStatus.RUNNING) {
                    with(t, t.status(), o.line(), t.awaited(), t.outcome());
                }
            } else if (e instanceof Event.HttpRequest h) {
                String key = h.task() + " " + h.url();
                if (h.answered()) {
                    remove(requests, key);
                } else {
                    put(requests, key, new RequestEntry(h.task(), h.url(), h.until()));
                }
            }
        }

        private void wakeIfWaiting(int task) {
            TaskEntry t = tasks.get(task);
            if (t != null && t.status() == TaskStatus.WAITING) {
                with(t, TaskStatus.READY, t.line(), t.awaited(), t.outcome());
            }
        }

        LoopState freeze(int applied, List<Event.Output> console) {
            return new LoopState(applied, clock, round, running, List.copyOf(ready.values()),
                    List.copyOf(timers.values()), tasks.values(), List.copyOf(requests.values()),
                    console);
        }

        private String awaiting(int awaited) {
            if (awaited == 0) {
                return "";
            }
            TaskEntry other = tasks.get(awaited);
            if (other != null) {
                return other.name();
            }
            Double until = replay.sleepDeadlines.get(awaited);
            if (until != null) {
                return "sleep until " + trimZeros(LoopTraceWriter.time(until));
            }
            return "future #" + awaited;
        }

        /** "2.500000" as "2.5", "3.000000" as "3.0": without a regex, as a jump may name thousands of sleeps. */
        private static String trimZeros(String fixed) {
            if (fixed.indexOf('.') < 0) {
                return fixed; // inf, nan
            }
            int end = fixed.length();
            while (end > 0 && fixed.charAt(end - 1) == '0') {
                end--;
            }
            return end > 0 && fixed.charAt(end - 1) == '.' ? fixed.substring(0, end) + "0" : fixed.substring(0, end);
        }

        private String label(int task, String callback) {
            TaskEntry t = task == 0 ? null : tasks.get(task);
            return CallbackLabels.describe(callback, t == null ? "" : t.name() + " (" + t.coro() + ")");
        }
    }

    /**
     * A builder's state kept in arrays of (shared, immutable) entries rather than in maps: a tenth
     * of the memory of a map copy, so that a run of a million events with 100,000 live tasks keeps
     * its snapshots in tens of megabytes. {@link #restore} builds the maps again.
     */
    private static final class Snapshot {
        final double clock;
        final int round;
        final int running;
        final int blockedTask;
        final ReadyEntry[] ready;
        final TimerEntry[] timers;
        final TaskEntry[] tasks;
        final int[] taskIds;
        final RequestEntry[] requests;
        final String[] requestKeys;
        final int[] unnamedStep;

        Snapshot(Builder b) {
            clock = b.clock;
            round = b.round;
            running = b.running;
            blockedTask = b.blockedTask;
            ready = b.ready.values().toArray(ReadyEntry[]::new);
            timers = b.timers.values().toArray(TimerEntry[]::new);
            tasks = b.tasks.toArray();
            taskIds = b.tasks.ids();
            requests = b.requests.values().toArray(RequestEntry[]::new);
            requestKeys = b.requests.keys().toArray(String[]::new);
            unnamedStep = new int[b.unnamedStep.size() * 2];
            int i = 0;
            for (var e : b.unnamedStep.entrySet()) {
                unnamedStep[i++] = e.getKey();
                unnamedStep[i++] = e.getValue();
            }
        }

        Builder restore(Replay replay) {
            Builder b = new Builder(replay);
            b.clock = clock;
            b.round = round;
            b.running = running;
            b.blockedTask = blockedTask;
            for (ReadyEntry r : ready) {
                b.ready.put(r.handle(), r);
            }
            b.timers = new TreeMap<>(new SortedTimers(timers));
            b.tasks = new TaskTable(tasks, taskIds);
            for (int i = 0; i < requests.length; i++) {
                b.requests.put(requestKeys[i], requests[i]);
            }
            for (int i = 0; i < unnamedStep.length; i += 2) {
                b.unnamedStep.put(unnamedStep[i], unnamedStep[i + 1]);
            }
            return b;
        }
    }

    /**
     * Timer entries already in heap order seen as a sorted map, so that a TreeMap is built from
     * them in linear time (its sorted-map constructor) rather than by 100,000 insertions.
     */
    private static final class SortedTimers extends java.util.AbstractMap<TimerKey, TimerEntry>
            implements java.util.SortedMap<TimerKey, TimerEntry> {
        private final TimerEntry[] sorted;

        SortedTimers(TimerEntry[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public java.util.Set<Entry<TimerKey, TimerEntry>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<TimerKey, TimerEntry>> iterator() {
                    return java.util.Arrays.stream(sorted)
                            .map(t -> (Entry<TimerKey, TimerEntry>) new SimpleImmutableEntry<>(
                                    new TimerKey(t.when(), t.handle()), t))
                            .iterator();
                }

                @Override
                public int size() {
                    return sorted.length;
                }
            };
        }

        @Override
        public java.util.Comparator<? super TimerKey> comparator() {
            return null;
        }

        @Override
        public java.util.SortedMap<TimerKey, TimerEntry> subMap(TimerKey from, TimerKey to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.SortedMap<TimerKey, TimerEntry> headMap(TimerKey to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.SortedMap<TimerKey, TimerEntry> tailMap(TimerKey from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TimerKey firstKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TimerKey lastKey() {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * How to take back each event the cursor applied since {@link #base}: the builder's scalars
     * before the event and the inverse of each change it made, so a step back costs one event.
     */
    private static final class UndoLog {
        private int base;
        private final ArrayList<Runnable> changes = new ArrayList<>();
        /** Per logged event: where its changes start, and the scalars before it. */
        private int[] starts = new int[256];
        private double[] clocks = new double[256];
        private int[] scalars = new int[256 * 3];
        private int events;
        /** Off while the constructor walks the whole run: only the cursor needs to step back. */
        private boolean on;

        int base() {
            return base;
        }

        void clear(int at) {
            on = true;
            base = at;
            changes.clear();
            events = 0;
        }

        void add(Runnable undo) {
            if (on) {
                changes.add(undo);
            }
        }

        void beginEvent(Builder b) {
            if (events == starts.length) {
                starts = java.util.Arrays.copyOf(starts, events * 2);
                clocks = java.util.Arrays.copyOf(clocks, events * 2);
                scalars = java.util.Arrays.copyOf(scalars, events * 6);
            }
            starts[events] = changes.size();
            clocks[events] = b.clock;
            scalars[events * 3] = b.round;
            scalars[events * 3 + 1] = b.running;
            scalars[events * 3 + 2] = b.blockedTask;
            events++;
        }

        void undoLast(Builder b) {
            events--;
            for (int i = changes.size() - 1; i >= starts[events]; i--) {
                changes.remove(i).run();
            }
            b.clock = clocks[events];
            b.round = scalars[events * 3];
            b.running = scalars[events * 3 + 1];
            b.blockedTask = scalars[events * 3 + 2];
        }

        /** Forgets the events before {@code position}: the log stays bounded on a long forward walk. */
        void dropBefore(int position) {
            int drop = position - base;
            if (drop <= 0) {
                return;
            }
            int first = starts[drop];
            changes.subList(0, first).clear();
            for (int i = drop; i < events; i++) {
                starts[i - drop] = starts[i] - first;
            }
            System.arraycopy(clocks, drop, clocks, 0, events - drop);
            System.arraycopy(scalars, drop * 3, scalars, 0, (events - drop) * 3);
            events -= drop;
            base = position;
        }
    }
}
