package dev.loopscope.narration;

import dev.loopscope.trace.CallbackLabels;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopState;
import dev.loopscope.trace.LoopState.ReadyEntry;
import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TimerEntry;
import dev.loopscope.trace.Replay;
import java.util.Arrays;
import java.util.Locale;

/**
 * One plain sentence for each step of a recorded run: what the event just applied did, and what
 * the loop does next because of it, said from the state after the event. Nothing is invented:
 * every name, time and queue position comes from the event stream. Pure Java (no JavaFX), so the
 * window, tests and any exporter say the same thing.
 */
public final class Narrator {
    private final Replay replay;
    /** For each handle id, the index of the event that made it (ReadyAdded or TimerAdded); -1 if none. */
    private int[] handleOrigin = new int[64];
    /** For each task id, the line of its coroutine's {@code def} (its first step starts there). */
    private int[] createdLine = new int[64];
    private final BeginnerSentences beginner = new BeginnerSentences(this);

    /** Indexes the run once (one pass over its events); afterwards every sentence is O(state). */
    public Narrator(Replay replay) {
        this.replay = replay;
        Arrays.fill(handleOrigin, -1);
        for (int i = 0; i < replay.size(); i++) {
            Event e = replay.event(i);
            if (e instanceof Event.ReadyAdded a) {
                remember(a.handle(), i);
            } else if (e instanceof Event.TimerAdded t) {
                remember(t.handle(), i);
            } else if (e instanceof Event.TaskCreated c && c.task() >= 0) {
                if (c.task() >= createdLine.length) {
                    createdLine = Arrays.copyOf(createdLine, Math.max(c.task() + 1, createdLine.length * 2));
                }
                createdLine[c.task()] = c.line();
            }
        }
    }

    private void remember(int handle, int eventIndex) {
        if (handle < 0) {
            return;
        }
        if (handle >= handleOrigin.length) {
            int old = handleOrigin.length;
            handleOrigin = Arrays.copyOf(handleOrigin, Math.max(handle + 1, old * 2));
            Arrays.fill(handleOrigin, old, handleOrigin.length, -1);
        }
        if (handleOrigin[handle] < 0) {
            handleOrigin[handle] = eventIndex;
        }
    }

    /** The event that put handle {@code handle} in the ready queue or the timer heap, or null. */
    public Event origin(int handle) {
        if (handle < 0 || handle >= handleOrigin.length || handleOrigin[handle] < 0) {
            return null;
        }
        return replay.event(handleOrigin[handle]);
    }

    /** The future a handle was made for (a sleep's future for its timer), or 0. */
    public int futureOf(int handle) {
        Event e = origin(handle);
        if (e instanceof Event.TimerAdded t) {
            return t.future();
        }
        if (e instanceof Event.ReadyAdded a) {
            return a.future();
        }
        return 0;
    }

    /** True when this step starts its task's coroutine (the step's line is its {@code def}'s). */
    boolean firstStep(Event.TaskStep st) {
        return st.task() >= 0 && st.task() < createdLine.length && createdLine[st.task()] == st.line();
    }

    /**
     * What the step that has applied {@code applied} events says at {@code level}, with the concept it
     * shows: the detailed level is {@link #narrate}'s sentence followed by the CPython machinery behind it.
     */
    public Narration narration(int applied, LoopState state, NarrationLevel level) {
        if (replay.size() == 0) {
            return new Narration(level == NarrationLevel.BEGINNER ? "The program did nothing the loop could see."
                    : narrate(applied, state), Concept.RUN);
        }
        if (applied <= 0) {
            if (level == NarrationLevel.BEGINNER) {
                return new Narration("Nothing has happened yet. asyncio.run() is about to start the event loop and"
                        + " run main(). Step forward (\u2192 or Page Down) to watch.", Concept.RUN);
            }
            return new Narration(narrate(applied, state) + " Under the hood: asyncio.run makes an asyncio.Runner,"
                    + " which creates a new event loop and calls run_until_complete(main()).", Concept.RUN);
        }
        Event e = replay.event(Math.min(applied, replay.size()) - 1);
        Concept concept = Concept.of(e);
        if (level == NarrationLevel.BEGINNER) {
            return new Narration(beginner.sentence(e, state), concept);
        }
        return new Narration(sentence(e, state) + " Under the hood: " + Machinery.of(e), concept);
    }

    /** The sentence for the step that has applied {@code applied} events; {@code state} is stateAt(applied). */
    public String narrate(int applied, LoopState state) {
        if (replay.size() == 0) {
            return "The run recorded no events.";
        }
        if (applied <= 0) {
            return "Before the first event: asyncio.run() is about to create the loop and wrap main() in a task."
                    + " Step forward (\u2192) to watch it run.";
        }
        Event e = replay.event(Math.min(applied, replay.size()) - 1);
        return sentence(e, state);
    }

    /** The sentence for event {@code e}, told from the state just after it. */
    public String sentence(Event e, LoopState s) {
        if (e instanceof Event.TaskCreated c) {
            TaskEntry creator = s.task(s.runningTask());
            String by = creator != null && creator.id() != c.task() ? who(creator) + " creates " : "asyncio.run creates ";
            return by + c.name() + " to run " + c.coro() + "(): the task does not run yet; its first step waits in"
                    + " the ready queue (" + position(s, c.task()) + ").";
        }
        if (e instanceof Event.TaskRenamed r) {
            return "Task #" + r.task() + " is renamed " + r.name() + " (set_name); the loop does not care about names.";
        }
        if (e instanceof Event.TaskStep st) {
            TaskEntry t = s.task(st.task());
            String name = t != null ? who(t) : st.name();
            boolean first = firstStep(st);
            if (first) {
                return "The loop runs " + name + " for the first time: its coroutine starts at line " + st.line()
                        + " and runs until it awaits something that is not ready, or returns.";
            }
            return name + " resumes at line " + st.line() + ": what it awaited is done, so it continues from"
                    + " there until its next await or its end.";
        }
        if (e instanceof Event.TaskSuspended su) {
            TaskEntry t = s.task(su.task());
            String name = t != null ? who(t) : "Task #" + su.task();
            if (su.awaited() == 0) {
                return name + " yields for one loop round (as sleep(0) does): its next step joins the tail of the"
                        + " ready queue and " + nextUp(s);
            }
            String what = t != null && !t.awaiting().isEmpty() ? t.awaiting() : "future #" + su.awaited();
            return name + " awaits " + what + " at line " + su.line() + ": it hands control back to the loop, "
                    + nextUp(s);
        }
        if (e instanceof Event.TaskDone d) {
            TaskEntry t = s.task(d.task());
            String name = t != null ? who(t) : d.name();
            String outcome = d.outcome();
            if (outcome.startsWith("cancelled")) {
                return name + " ends cancelled (CancelledError reached the top of its coroutine); whoever awaits"
                        + " it is woken through its done callbacks.";
            }
            if (outcome.startsWith("exception ")) {
                return name + " fails with " + outcome.substring("exception ".length()) + "; the exception is"
                        + " stored in the task and raised again in whoever awaits it.";
            }
            String value = outcome.startsWith("result ") ? outcome.substring("result ".length()) : outcome;
            return name + " finishes and returns " + value + "; its done callbacks (tasks awaiting it) are"
                    + " scheduled on the ready queue.";
        }
        if (e instanceof Event.ReadyAdded a) {
            String label = readyLabel(a, s);
            int pos = indexOfReady(s, a.handle());
            return "\u201c" + label + "\u201d joins the tail of the ready queue (call_soon); it is number "
                    + (pos < 0 ? s.ready().size() : pos + 1) + " of " + s.ready().size() + " in line.";
        }
        if (e instanceof Event.ReadyRun r) {
            Event origin = origin(r.handle());
            String label = labelOf(origin, s);
            if (r.cancelled()) {
                return "The loop takes the cancelled handle \u201c" + label + "\u201d from the head of the ready"
                        + " queue and skips it.";
            }
            return "The loop takes \u201c" + label + "\u201d from the head of the ready queue and runs it; "
                    + (s.ready().isEmpty() ? "nothing else is queued." : plural(s.ready().size(), "handle stays",
                    "handles stay") + " queued behind it.");
        }
        if (e instanceof Event.TimerAdded t) {
            TaskEntry runner = s.task(s.runningTask());
            String delay = time(t.when() - t.time());
            String what = "_set_result_unless_cancelled".equals(t.callback())
                    ? (runner != null ? who(runner) + " sleeps" : "a sleep") + ": a timer is set for t = "
                    + time(t.when()) + " (in " + delay + " s) to complete its future"
                    : "A timer is set for t = " + time(t.when()) + " (in " + delay + " s) to run "
                    + callbackWords(t.callback(), t.task(), s);
            return what + "; the heap now holds " + plural(s.timers().size(), "timer", "timers") + ".";
        }
        if (e instanceof Event.HandleCancelled c) {
            Event origin = origin(c.handle());
            String label = labelOf(origin, s);
            boolean queued = findReady(s, c.handle()) != null
                    || s.timers().stream().anyMatch(x -> x.handle() == c.handle());
            if (!queued) {
                return "The handle \u201c" + label + "\u201d is cancelled; it has already run, so nothing changes.";
            }
            return "The handle \u201c" + label + "\u201d is cancelled: it stays where it is, and the loop will"
                    + " skip it when its turn comes.";
        }
        if (e instanceof Event.TimerRemoved r) {
            Event origin = origin(r.handle());
            String label = labelOf(origin, s);
            if (r.due()) {
                String when = origin instanceof Event.TimerAdded t ? "due at t = " + time(t.when()) + " " : "";
                return "The timer " + when + "fires: \u201c" + label + "\u201d moves from the heap to the ready queue.";
            }
            return "A cancelled timer (\u201c" + label + "\u201d) is dropped from the heap.";
        }
        if (e instanceof Event.Round r) {
            int ready = s.ready().size();
            if (ready > 0) {
                return "Loop round " + r.round() + " begins (_run_once): it runs the "
                        + plural(ready, "handle", "handles") + " ready now, in order; anything scheduled while they run"
                        + " waits for the next round.";
            }
            TimerEntry first = firstLiveTimer(s);
            if (first != null) {
                return "Loop round " + r.round() + " begins (_run_once): nothing is ready, so the loop waits for the"
                        + " earliest timer, due at t = " + time(first.when()) + " (" + first.label() + ").";
            }
            return "Loop round " + r.round() + " begins (_run_once): nothing is ready and no timer is set.";
        }
        if (e instanceof Event.ClockAdvanced c) {
            return "Nothing is ready, so the loop sleeps until the earliest timer: the virtual clock jumps from "
                    + time(c.from()) + " to " + time(c.time()) + " s (no wall time is spent).";
        }
        if (e instanceof Event.FutureState f) {
            TaskEntry runner = s.task(s.runningTask());
            switch (f.state()) {
                case "PENDING":
                    return (runner != null ? who(runner) + " creates" : "A new") + " future #" + f.future()
                            + ": a placeholder for a result that is not there yet.";
                case "CANCELLED":
                    return "Future #" + f.future() + " is cancelled; whoever awaits it gets CancelledError.";
                default:
                    TaskEntry waiter = waiterOf(s, f.future());
                    return "Future #" + f.future() + " is done" + (waiter != null ? ": " + who(waiter)
                            + ", which awaits it, will be woken through the ready queue." : "; its done callbacks"
                            + " are scheduled.");
            }
        }
        if (e instanceof Event.HttpRequest h) {
            TaskEntry t = s.task(h.task());
            String name = t != null ? who(t) : "A task";
            if (h.answered()) {
                return "The response from " + h.url() + " arrives for " + name + " at t = " + time(h.time()) + ".";
            }
            return name + " sends a request to " + h.url() + ": the answer comes at t = " + time(h.until())
                    + " (in " + time(h.until() - h.time()) + " s); meanwhile the task waits and the loop runs others.";
        }
        if (e instanceof Event.CallbackAdded c) {
            String target = futureWords(c.future(), s);
            if ("Task.__wakeup".equals(c.callback())) {
                TaskEntry t = s.task(c.task());
                return (t != null ? who(t) : "A task") + " asks to be woken when " + target
                        + " is done (add_done_callback Task.__wakeup).";
            }
            if ("_run_until_complete_cb".equals(c.callback())) {
                return "asyncio.run will stop the loop when " + target + " is done (_run_until_complete_cb).";
            }
            return c.callback() + " is added to the done callbacks of " + target + ".";
        }
        if (e instanceof Event.Output o) {
            TaskEntry t = s.task(s.runningTask());
            String by = t != null ? who(t) : "The program";
            String quoted = "\u201c" + abbreviate(o.text(), 80) + "\u201d";
            return by + (o.err() ? " writes " + quoted + " to stderr" : " prints " + quoted) + " at t = "
                    + time(o.time()) + ".";
        }
        if (e instanceof Event.Block b) {
            TaskEntry t = s.task(b.task());
            String name = t != null ? who(t) : "The program";
            return name + " calls time.sleep(" + b.repr() + "): a blocking call, so the whole loop stops for "
                    + time(b.seconds()) + " s and no other task can run meanwhile.";
        }
        if (e instanceof Event.RunEnd r) {
            String outcome = r.outcome();
            if (outcome.startsWith("exception ")) {
                return "asyncio.run() raises " + outcome.substring("exception ".length())
                        + ": main() failed, the loop is closed.";
            }
            String value = outcome.startsWith("result ") ? outcome.substring("result ".length()) : outcome;
            return "asyncio.run() returns " + value + " at t = " + time(r.time()) + ": main() is done and the loop"
                    + " is closed.";
        }
        if (e instanceof Event.Error err) {
            if (err.text().startsWith("LimitExceeded")) {
                return "The program was stopped: " + err.text().substring(err.text().indexOf(':') + 1).strip()
                        + " (a loop that never awaits, or runs too long).";
            }
            return "The program stops: " + err.text() + " escaped, and nothing caught it.";
        }
        if (e instanceof Event.Deadlock) {
            return "Deadlock: nothing is ready and no timer is set, yet tasks still wait; the loop would wait"
                    + " forever, so the program stops.";
        }
        return e.toString();
    }

    // ---- words ---------------------------------------------------------------------------

    static String who(TaskEntry t) {
        return t.name() + " (" + t.coro() + ")";
    }

    private String nextUp(LoopState s) {
        for (ReadyEntry r : s.ready()) {
            if (!r.cancelled()) {
                return "which runs the next ready callback, " + strip(r.label()) + ".";
            }
        }
        TimerEntry first = firstLiveTimer(s);
        if (first != null) {
            return "and the ready queue is empty, so the loop waits for the earliest timer, at t = "
                    + time(first.when()) + ".";
        }
        return "and nothing else is ready or scheduled.";
    }

    /** "resume Task-3 (process_data)" reads "Task-3 (process_data)" after "runs the next ready callback". */
    private static String strip(String label) {
        return label.startsWith("resume ") ? label.substring("resume ".length()) : label;
    }

    static TimerEntry firstLiveTimer(LoopState s) {
        for (TimerEntry t : s.timers()) {
            if (!t.cancelled()) {
                return t;
            }
        }
        return null;
    }

    static ReadyEntry findReady(LoopState s, int handle) {
        for (ReadyEntry r : s.ready()) {
            if (r.handle() == handle) {
                return r;
            }
        }
        return null;
    }

    static int indexOfReady(LoopState s, int handle) {
        for (int i = s.ready().size() - 1; i >= 0; i--) {
            if (s.ready().get(i).handle() == handle) {
                return i;
            }
        }
        return -1;
    }

    private static String position(LoopState s, int task) {
        for (int i = 0; i < s.ready().size(); i++) {
            if (s.ready().get(i).task() == task) {
                return "number " + (i + 1) + " of " + s.ready().size();
            }
        }
        return "not queued yet";
    }

    static TaskEntry waiterOf(LoopState s, int future) {
        for (TaskEntry t : s.tasks()) {
            if (t.awaited() == future) {
                return t;
            }
        }
        return null;
    }

    String futureWords(int future, LoopState s) {
        TaskEntry t = s.task(future);
        return t != null ? who(t) : "future #" + future;
    }

    String labelOf(Event origin, LoopState s) {
        if (origin instanceof Event.ReadyAdded a) {
            return callbackWords(a.callback(), a.task(), s);
        }
        if (origin instanceof Event.TimerAdded t) {
            return callbackWords(t.callback(), t.task(), s);
        }
        return "a callback";
    }

    /**
     * What a handle that just joined the ready queue runs. A task's first step is queued by
     * Task.__init__ before the task is announced, so it has no name yet.
     */
    static String readyLabel(Event.ReadyAdded a, LoopState s) {
        if (a.task() != 0 && s.task(a.task()) == null && "Task.__step".equals(a.callback())) {
            return "the first step of a new task";
        }
        ReadyEntry r = findReady(s, a.handle());
        return r != null ? r.label() : callbackWords(a.callback(), a.task(), s);
    }

    /** Says what a handle runs, in the words of the ready-queue panel. */
    public static String callbackWords(String callback, int task, LoopState s) {
        TaskEntry t = task == 0 ? null : s.task(task);
        return CallbackLabels.describe(callback, t == null ? "Task #" + task : who(t));
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Virtual time in seconds, short: 2.0, 0.05, 1.75, 0.333. */
    public static String time(double t) {
        if (Double.isNaN(t)) {
            return "?";
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? "\u221e" : "-\u221e";
        }
        if (Math.abs(t) >= 1e9) {
            return String.format(Locale.ROOT, "%.6g", t);
        }
        String s = String.format(Locale.ROOT, "%.3f", t);
        s = s.replaceAll("0+$", "");
        if (s.endsWith(".")) {
            s += "0";
        }
        if (s.equals("-0.0")) {
            s = "0.0";
        }
        return s;
    }
}
