package dev.loopscope.trace;

import dev.loopscope.trace.LoopState.ReadyEntry;
import dev.loopscope.trace.LoopState.RequestEntry;
import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TaskStatus;
import dev.loopscope.trace.LoopState.TimerEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public LoopState stateAt(int applied) {
        applied = Math.max(0, Math.min(applied, events.size()));
        int snap = Math.min(applied / snapshotEvery, snapshots.size() - 1);
        Builder b = snap >= 0 ? snapshots.get(snap).copy() : new Builder();
        for (int i = Math.max(0, snap) * snapshotEvery; i < applied; i++) {
            b.apply(events.get(i));
        }
        return b.freeze(applied, consoleUpTo(applied));
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
        return List.copyOf(outputs.subList(0, lo));
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

    private static final class Task {
        final int id;
        String name;
        final String coro;
        TaskStatus status = TaskStatus.CREATED;
        int line;
        int awaited;
        String outcome = "";

        Task(int id, String name, String coro, int line) {
            this.id = id;
            this.name = name;
            this.coro = coro;
            this.line = line;
        }

        Task copy() {
            Task t = new Task(id, name, coro, line);
            t.status = status;
            t.awaited = awaited;
            t.outcome = outcome;
            return t;
        }
    }

    private record Handle(int id, int task, String callback, double when, int future, boolean cancelled) {
        Handle cancel() {
            return new Handle(id, task, callback, when, future, true);
        }
    }

    /** The mutable state the replay applies events to. */
    private static final class Builder {
        double clock;
        int round;
        int running;
        int blockedTask;
        LinkedHashMap<Integer, Handle> ready = new LinkedHashMap<>();
        HashMap<Integer, Handle> timers = new HashMap<>();
        LinkedHashMap<Integer, Task> tasks = new LinkedHashMap<>();
        LinkedHashMap<String, RequestEntry> requests = new LinkedHashMap<>();
        /** Futures made by asyncio.sleep, with the deadline of their timer. */
        HashMap<Integer, Double> sleeps = new HashMap<>();

        Builder copy() {
            Builder b = new Builder();
            b.clock = clock;
            b.round = round;
            b.running = running;
            b.blockedTask = blockedTask;
            b.ready = new LinkedHashMap<>(ready);
            b.timers = new HashMap<>(timers);
            for (Map.Entry<Integer, Task> e : tasks.entrySet()) {
                b.tasks.put(e.getKey(), e.getValue().copy());
            }
            b.requests = new LinkedHashMap<>(requests);
            b.sleeps = new HashMap<>(sleeps);
            return b;
        }

        void apply(Event e) {
            clock = e.time();
            if (blockedTask != 0 && !(e instanceof Event.Block)) {
                Task t = tasks.get(blockedTask);
                if (t != null && t.status == TaskStatus.BLOCKED) {
                    t.status = TaskStatus.RUNNING;
                }
                blockedTask = 0;
            }
            if (e instanceof Event.Round r) {
                round = r.round();
            } else if (e instanceof Event.TaskCreated c) {
                tasks.put(c.task(), new Task(c.task(), c.name(), c.coro(), c.line()));
            } else if (e instanceof Event.TaskRenamed r) {
                Task t = tasks.get(r.task());
                if (t != null) {
                    t.name = r.name();
                }
            } else if (e instanceof Event.TaskStep s) {
                Task t = tasks.get(s.task());
                if (t != null) {
                    t.status = TaskStatus.RUNNING;
                    t.line = s.line();
                    t.awaited = 0;
                }
                running = s.task();
            } else if (e instanceof Event.TaskSuspended s) {
                Task t = tasks.get(s.task());
                if (t != null) {
                    t.status = s.awaited() == 0 ? TaskStatus.READY : TaskStatus.WAITING;
                    t.line = s.line();
                    t.awaited = s.awaited();
                }
                running = 0;
            } else if (e instanceof Event.TaskDone d) {
                Task t = tasks.get(d.task());
                if (t != null) {
                    t.status = d.outcome().startsWith("cancelled") ? TaskStatus.CANCELLED
                            : d.outcome().startsWith("exception") ? TaskStatus.FAILED : TaskStatus.DONE;
                    t.outcome = d.outcome();
                    t.awaited = 0;
                }
                running = 0;
            } else if (e instanceof Event.ReadyAdded a) {
                ready.put(a.handle(), new Handle(a.handle(), a.task(), a.callback(), Double.NaN, a.future(), false));
                wakeIfWaiting(a.task());
            } else if (e instanceof Event.ReadyRun r) {
                ready.remove(r.handle());
            } else if (e instanceof Event.TimerAdded t) {
                timers.put(t.handle(), new Handle(t.handle(), t.task(), t.callback(), t.when(), t.future(), false));
                if ("_set_result_unless_cancelled".equals(t.callback())) {
                    sleeps.put(t.future(), t.when());
                }
            } else if (e instanceof Event.TimerRemoved r) {
                Handle h = timers.remove(r.handle());
                if (r.due() && h != null) {
                    ready.put(h.id, h);
                } else if (h != null) {
                    sleeps.remove(h.future);
                }
                if (r.due() && h != null) {
                    wakeIfWaiting(h.task);
                }
            } else if (e instanceof Event.HandleCancelled c) {
                Handle h = ready.get(c.handle());
                if (h != null) {
                    ready.put(c.handle(), h.cancel());
                }
                h = timers.get(c.handle());
                if (h != null) {
                    timers.put(c.handle(), h.cancel());
                }
            } else if (e instanceof Event.Block b) {
                Task t = tasks.get(b.task());
                if (t != null) {
                    t.status = TaskStatus.BLOCKED;
                    blockedTask = b.task();
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
            Task t = tasks.get(task);
            if (t != null && (t.status == TaskStatus.WAITING || t.status == TaskStatus.CREATED)) {
                t.status = t.status == TaskStatus.CREATED ? TaskStatus.CREATED : TaskStatus.READY;
            }
        }

        LoopState freeze(int applied, List<Event.Output> console) {
            List<ReadyEntry> r = new ArrayList<>(ready.size());
            for (Handle h : ready.values()) {
                r.add(new ReadyEntry(h.id, h.task, h.callback, label(h), h.cancelled));
            }
            List<TimerEntry> ts = new ArrayList<>(timers.size());
            for (Handle h : timers.values()) {
                ts.add(new TimerEntry(h.id, h.when, h.task, h.callback, label(h), h.cancelled));
            }
            ts.sort(Comparator.comparingDouble(TimerEntry::when).thenComparingInt(TimerEntry::handle));
            List<TaskEntry> tk = new ArrayList<>(tasks.size());
            for (Task t : tasks.values()) {
                tk.add(new TaskEntry(t.id, t.name, t.coro, t.status, t.line, t.awaited, awaiting(t), t.outcome));
            }
            return new LoopState(applied, clock, round, running, List.copyOf(r), List.copyOf(ts), List.copyOf(tk),
                    List.copyOf(requests.values()), console);
        }

        private String awaiting(Task t) {
            if (t.awaited == 0) {
                return "";
            }
            Task other = tasks.get(t.awaited);
            if (other != null) {
                return other.name;
            }
            Double until = sleeps.get(t.awaited);
            if (until != null) {
                return "sleep until " + LoopTraceWriter.time(until).replaceAll("0+$", "").replaceAll("\\.$", ".0");
            }
            return "future #" + t.awaited;
        }

        private String label(Handle h) {
            Task t = h.task == 0 ? null : tasks.get(h.task);
            String who = t == null ? "" : t.name + " (" + t.coro + ")";
            switch (h.callback) {
                case "Task.__step":
                    return "resume " + who;
                case "Task.__wakeup":
                    return "wake up " + who;
                case "_set_result_unless_cancelled":
                    return "callback _set_result_unless_cancelled (a sleep ends)";
                case "_done_callback":
                    return "gather: child done";
                case "_on_completion":
                    return "wait: a task finished";
                case "_release_waiter":
                    return "release waiter";
                case "_run_until_complete_cb":
                    return "stop the loop: main finished";
                default:
                    return "callback " + h.callback;
            }
        }
    }
}
