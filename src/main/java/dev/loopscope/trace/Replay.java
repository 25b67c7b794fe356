package dev.loopscope.trace;

import dev.loopscope.trace.LoopState.ReadyEntry;
import dev.loopscope.trace.LoopState.RequestEntry;
import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TaskStatus;
import dev.loopscope.trace.LoopState.TimerEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Plays a recorded run back: the loop's state after any number of events, rebuilt from the
 * nearest snapshot, so that stepping back and jumping are exact and quick. Also the places a
 * viewer steps to: every event, every loop round, every task step.
 */
public final class Replay {
    private final RecordedRun run;
    private final List<Event> events;
    private final int snapshotEvery;
    private final List<Builder> snapshots = new ArrayList<>();
    private final int[] rounds;
    private final int[] taskSteps;
    private final List<Integer> outputIndex = new ArrayList<>();
    private final List<Event.Output> outputs = new ArrayList<>();
    /** The state stepping goes on from: forward steps apply one event, not a snapshot's worth. */
    private Builder cursor;
    private int cursorApplied;

    public Replay(RecordedRun run) {
        this.run = run;
        this.events = run.events();
        this.snapshotEvery = Math.max(2048, events.size() / 48 + 1);
        List<Integer> r = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        Builder b = new Builder();
        for (int i = 0; i < events.size(); i++) {
            if (i % snapshotEvery == 0) {
                snapshots.add(b.copy());
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

    /** The state after the first {@code applied} events. */
    public synchronized LoopState stateAt(int applied) {
        applied = Math.max(0, Math.min(applied, events.size()));
        // step forward from where the last call left off when that is near; else from a snapshot
        if (cursor == null || applied < cursorApplied || applied - cursorApplied > snapshotEvery) {
            int snap = Math.min(applied / snapshotEvery, snapshots.size() - 1);
            cursor = snap >= 0 ? snapshots.get(snap).copy() : new Builder();
            cursorApplied = Math.max(0, snap) * snapshotEvery;
        }
        for (; cursorApplied < applied; cursorApplied++) {
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
     * {@link LoopState}, replaced when they change, so that copying it for a snapshot and
     * freezing it for a step copy references only.
     */
    private static final class Builder {
        double clock;
        int round;
        int running;
        int blockedTask;
        LinkedHashMap<Integer, ReadyEntry> ready = new LinkedHashMap<>();
        TreeMap<TimerKey, TimerEntry> timers = new TreeMap<>();
        HashMap<Integer, TimerKey> timerKeys = new HashMap<>();
        HashMap<Integer, Integer> timerFutures = new HashMap<>();
        LinkedHashMap<Integer, TaskEntry> tasks = new LinkedHashMap<>();
        LinkedHashMap<String, RequestEntry> requests = new LinkedHashMap<>();
        /** Futures made by asyncio.sleep, with the deadline of their timer. */
        HashMap<Integer, Double> sleeps = new HashMap<>();
        /** Tasks whose first step is queued before their creation event, with that handle. */
        HashMap<Integer, Integer> unnamedStep = new HashMap<>();

        Builder copy() {
            Builder b = new Builder();
            b.clock = clock;
            b.round = round;
            b.running = running;
            b.blockedTask = blockedTask;
            b.ready = new LinkedHashMap<>(ready);
            b.timers = new TreeMap<>(timers);
            b.timerKeys = new HashMap<>(timerKeys);
            b.timerFutures = new HashMap<>(timerFutures);
            b.tasks = new LinkedHashMap<>(tasks);
            b.requests = new LinkedHashMap<>(requests);
            b.sleeps = new HashMap<>(sleeps);
            b.unnamedStep = new HashMap<>(unnamedStep);
            return b;
        }

        private TaskEntry with(TaskEntry t, TaskStatus status, int line, int awaited, String outcome) {
            TaskEntry n = new TaskEntry(t.id(), t.name(), t.coro(), status, line, awaited,
                    awaiting(awaited), outcome);
            tasks.put(t.id(), n);
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
                tasks.put(c.task(), new TaskEntry(c.task(), c.name(), c.coro(), TaskStatus.CREATED, c.line(), 0, "",
                        ""));
                // a task's first step is scheduled before its `create` line: name that handle now
                Integer first = unnamedStep.remove(c.task());
                ReadyEntry r = first == null ? null : ready.get(first);
                if (r != null) {
                    ready.put(r.handle(), new ReadyEntry(r.handle(), r.task(), r.callback(), label(r.task(), r.callback()),
                            r.cancelled()));
                }
            } else if (e instanceof Event.TaskRenamed r) {
                TaskEntry t = tasks.get(r.task());
                if (t != null) {
                    tasks.put(t.id(), new TaskEntry(t.id(), r.name(), t.coro(), t.status(), t.line(), t.awaited(),
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
                ready.put(a.handle(), new ReadyEntry(a.handle(), a.task(), a.callback(), label(a.task(), a.callback()),
                        false));
                if (a.task() != 0 && !tasks.containsKey(a.task())) {
                    unnamedStep.put(a.task(), a.handle());
                }
                wakeIfWaiting(a.task());
            } else if (e instanceof Event.ReadyRun r) {
                ready.remove(r.handle());
            } else if (e instanceof Event.TimerAdded t) {
                TimerKey key = new TimerKey(t.when(), t.handle());
                timers.put(key, new TimerEntry(t.handle(), t.when(), t.task(), t.callback(),
                        label(t.task(), t.callback()), false));
                timerKeys.put(t.handle(), key);
                timerFutures.put(t.handle(), t.future());
                if ("_set_result_unless_cancelled".equals(t.callback())) {
                    sleeps.put(t.future(), t.when());
                }
            } else if (e instanceof Event.TimerRemoved r) {
                TimerKey key = timerKeys.remove(r.handle());
                Integer future = timerFutures.remove(r.handle());
                TimerEntry h = key == null ? null : timers.remove(key);
                if (h != null && r.due()) {
                    ready.put(h.handle(), new ReadyEntry(h.handle(), h.task(), h.callback(), h.label(), h.cancelled()));
                    wakeIfWaiting(h.task());
                } else if (future != null) {
                    sleeps.remove(future);
                }
            } else if (e instanceof Event.HandleCancelled c) {
                ReadyEntry r = ready.get(c.handle());
                if (r != null) {
                    ready.put(c.handle(), new ReadyEntry(r.handle(), r.task(), r.callback(), r.label(), true));
                }
                TimerKey key = timerKeys.get(c.handle());
                TimerEntry t = key == null ? null : timers.get(key);
                if (t != null) {
                    timers.put(key, new TimerEntry(t.handle(), t.when(), t.task(), t.callback(), t.label(), true));
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
                    requests.remove(key);
                } else {
                    requests.put(key, new RequestEntry(h.task(), h.url(), h.until()));
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
                    List.copyOf(timers.values()), List.copyOf(tasks.values()), List.copyOf(requests.values()),
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
            Double until = sleeps.get(awaited);
            if (until != null) {
                return "sleep until " + LoopTraceWriter.time(until).replaceAll("0+$", "").replaceAll("\\.$", ".0");
            }
            return "future #" + awaited;
        }

        private String label(int task, String callback) {
            TaskEntry t = task == 0 ? null : tasks.get(task);
            return CallbackLabels.describe(callback, t == null ? "" : t.name() + " (" + t.coro() + ")");
        }
    }
}
