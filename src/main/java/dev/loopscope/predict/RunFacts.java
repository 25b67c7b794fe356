package dev.loopscope.predict;

import dev.loopscope.narration.Narrator;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The causes a recorded run holds, indexed for explaining it: which task was running at each
 * event, which handle started each task step, why that handle was queued (a first step, a timer
 * that came due, a task or future that finished, a yield), and when. Only the event stream is
 * read: the explanations are the recording's, not a second model of the loop.
 */
final class RunFacts {

    /** A handle that joined the ready queue: at event {@code queuedAt}, while {@code queuedBy} ran (0: none). */
    record Handle(int id, int task, String callback, int future, int queuedAt, double queuedTime, int queuedBy,
                  Timer fromTimer) {
    }

    /** A timer: added at {@code addedTime}, due at {@code when}; {@code request} is the URL when it ends a request. */
    record Timer(int handle, double when, double addedTime, int future, int task, String request) {
        double delay() {
            return when - addedTime;
        }
    }

    /** A future or task that finished: when, and who finished it (a task, or a callback's name). */
    record Settled(int index, double time, int byTask, String byCallback) {
    }

    private final List<Event> events;
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, String> coros = new HashMap<>();
    private final Map<Integer, Integer> createdAt = new HashMap<>();
    private final int[] running;
    private final int[] stepStart;
    private final Map<Integer, Integer> stepHandle = new HashMap<>();
    private final Map<Integer, Handle> handles = new HashMap<>();
    private final Map<Integer, Timer> timers = new HashMap<>();
    private final Map<Integer, Timer> timerOfFuture = new HashMap<>();
    private final Map<Integer, Settled> settled = new HashMap<>();
    private final Map<Integer, Integer> waiterOf = new HashMap<>();
    private final Set<Integer> firstSteps = new HashSet<>();

    RunFacts(RecordedRun run) {
        this.events = run.events();
        running = new int[events.size()];
        stepStart = new int[events.size()];
        int task = 0;
        int step = -1;
        int handle = 0;
        String handleCallback = "";
        Map<Integer, Event.HttpRequest> requests = new HashMap<>();
        Set<Integer> stepped = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.TaskCreated c) {
                names.put(c.task(), c.name());
                coros.put(c.task(), c.coro());
                createdAt.put(c.task(), i);
            } else if (e instanceof Event.TaskRenamed r) {
                names.put(r.task(), r.name());
            } else if (e instanceof Event.ReadyRun r) {
                handle = r.handle();
                Handle h = handles.get(handle);
                handleCallback = h == null ? "" : h.callback();
                task = 0;
                step = -1;
            } else if (e instanceof Event.TaskStep s) {
                task = s.task();
                step = i;
                stepHandle.put(i, handle);
                if (stepped.add(s.task())) {
                    firstSteps.add(i);
                }
            } else if (e instanceof Event.Round) {
                handle = 0;
                handleCallback = "";
            }
            running[i] = task;
            stepStart[i] = step;
            if (e instanceof Event.ReadyAdded a) {
                handles.put(a.handle(), new Handle(a.handle(), a.task(), a.callback(), a.future(), i, a.time(), task,
                        null));
            } else if (e instanceof Event.TimerAdded t) {
                Event.HttpRequest req = requests.get(task);
                String url = req != null && req.until() == t.when() ? req.url() : null;
                Timer timer = new Timer(t.handle(), t.when(), t.time(), t.future(), t.task(), url);
                timers.put(t.handle(), timer);
                if (t.future() != 0) {
                    timerOfFuture.put(t.future(), timer);
                }
            } else if (e instanceof Event.TimerRemoved r && r.due()) {
                Timer t = timers.get(r.handle());
                if (t != null) {
                    handles.put(r.handle(), new Handle(r.handle(), t.task(), "timer", t.future(), i, r.time(), 0, t));
                }
            } else if (e instanceof Event.HttpRequest h && !h.answered()) {
                requests.put(h.task(), h);
            } else if (e instanceof Event.CallbackAdded c && "Task.__wakeup".equals(c.callback()) && c.task() != 0) {
                waiterOf.put(c.future(), c.task());
            } else if (e instanceof Event.FutureState f && !"PENDING".equals(f.state())) {
                settled.put(f.future(), new Settled(i, f.time(), task, task == 0 ? handleCallback : ""));
            } else if (e instanceof Event.TaskDone d) {
                settled.put(d.task(), new Settled(i, d.time(), d.task(), ""));
            }
            if (e instanceof Event.TaskSuspended || e instanceof Event.TaskDone) {
                task = 0;
                step = -1;
            }
        }
    }

    List<Event> events() {
        return events;
    }

    /** Whether the task was created in the scenario (not one of asyncio.run's own shutdown steps). */
    boolean known(int task) {
        return names.containsKey(task);
    }

    /** "Task-2". */
    String name(int task) {
        return task == 0 ? "the main program" : names.getOrDefault(task, "Task-" + task);
    }

    /** "Task-2 (fetch_data)". */
    String who(int task) {
        String coro = coros.get(task);
        return coro == null ? name(task) : name(task) + " (" + coro + ")";
    }

    /** The task whose code produced event {@code i}, or 0. */
    int runningAt(int i) {
        return running[i];
    }

    /** The index of the TaskStep event of the step event {@code i} belongs to, or -1. */
    int stepOf(int i) {
        return stepStart[i];
    }

    boolean isFirstStep(int step) {
        return firstSteps.contains(step);
    }

    int createdAt(int task) {
        return createdAt.getOrDefault(task, -1);
    }

    Handle handle(int id) {
        return handles.get(id);
    }

    /** The handle whose run began the step at TaskStep index {@code step}. */
    Handle handleOfStep(int step) {
        Integer id = stepHandle.get(step);
        return id == null ? null : handles.get(id);
    }

    /** The timer a task waits on through future {@code future}, or null. */
    Timer timerOfFuture(int future) {
        return timerOfFuture.get(future);
    }

    Timer timer(int handle) {
        return timers.get(handle);
    }

    /** The task a timer wakes: its own task, or the task waiting on its future. */
    int taskWokenBy(Timer t) {
        if (t.task() != 0) {
            return t.task();
        }
        return waiterOf.getOrDefault(t.future(), 0);
    }

    /** Why the step at TaskStep index {@code step} ran: "its sleep(1) timer was due at t=1.0", ... */
    String whyStep(int step) {
        Event.TaskStep s = (Event.TaskStep) events.get(step);
        Handle h = handleOfStep(step);
        if (h == null) {
            return "it was ready";
        }
        if (firstSteps.contains(step)) {
            int creator = h.queuedBy();
            return "it was created at t=" + t(h.queuedTime())
                    + (creator != 0 && creator != s.task() ? " by " + name(creator) : "")
                    + " and its first step waited in the ready queue";
        }
        if ("Task.__step".equals(h.callback())) {
            return "it yielded (sleep(0)) at t=" + t(h.queuedTime()) + " and went to the back of the ready queue";
        }
        Timer timer = h.fromTimer() != null ? h.fromTimer() : timerOfFuture.get(h.future());
        return timer != null ? timerText(timer) : "it was woken because " + whyFuture(h.future());
    }

    /** Why a future or task a task waited on was done when it was. */
    String whyFuture(int future) {
        Timer timer = timerOfFuture.get(future);
        if (timer != null) {
            return timerText(timer);
        }
        Settled done = settled.get(future);
        if (known(future)) {
            return "the task it awaited, " + who(future) + ", finished at t=" + t(done == null ? 0 : done.time());
        }
        if (done == null) {
            return "what it awaited was done";
        }
        if (done.byTask() != 0) {
            return "the future it awaited was set by " + name(done.byTask()) + " at t=" + t(done.time());
        }
        if (done.byCallback().contains("gather")) {
            return "the gather it awaited completed at t=" + t(done.time()) + ", when its last child was done";
        }
        return "the future it awaited was completed at t=" + t(done.time())
                + (done.byCallback().isEmpty() ? "" : " by " + done.byCallback());
    }

    /** "its sleep(1) timer was due at t=1.0", or the request a timer answers. */
    String timerText(Timer timer) {
        if (timer.request() != null) {
            return "its request to " + timer.request() + " was answered at t=" + t(timer.when()) + " (a latency of "
                    + t(timer.delay()) + " s)";
        }
        return "its sleep(" + seconds(timer.delay()) + ") timer was due at t=" + t(timer.when());
    }

    /** When the step's handle was queued, in words: "created first", "woken at t=1.0". */
    static String t(double time) {
        return Narrator.time(time);
    }

    /** A delay as a scenario writes it: 1 rather than 1.0, 0.5 as it is. */
    static String seconds(double s) {
        String text = Narrator.time(s);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
