package dev.loopscope.narration;

import static dev.loopscope.narration.Narrator.abbreviate;
import static dev.loopscope.narration.Narrator.time;
import static dev.loopscope.narration.Narrator.who;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopState;
import dev.loopscope.trace.LoopState.ReadyEntry;
import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TimerEntry;

/**
 * The beginner level: the same facts as {@link Narrator#sentence} in plain words for someone who
 * met {@code await} yesterday. The loop is "the event loop", the ready queue is "the line", a timer
 * is "an alarm"; no CPython internals are named.
 */
final class BeginnerSentences {
    private final Narrator narrator;

    BeginnerSentences(Narrator narrator) {
        this.narrator = narrator;
    }

    String sentence(Event e, LoopState s) {
        if (e instanceof Event.TaskCreated c) {
            return c.name() + " is created to run " + c.coro() + "(). It does not start right away: it gets in"
                    + " line and runs when the event loop reaches it.";
        }
        if (e instanceof Event.TaskRenamed r) {
            return "Task #" + r.task() + " gets a new name, " + r.name() + ". Only its label changes.";
        }
        if (e instanceof Event.TaskStep st) {
            TaskEntry t = s.task(st.task());
            String name = t != null ? who(t) : st.name();
            if (narrator.firstStep(st)) {
                return name + " starts running its code, at line " + st.line() + ". It keeps going until it has"
                        + " to wait for something.";
            }
            return name + " carries on at line " + st.line() + ": what it was waiting for is done, so it picks up"
                    + " exactly where it paused.";
        }
        if (e instanceof Event.TaskSuspended su) {
            TaskEntry t = s.task(su.task());
            String name = t != null ? who(t) : "Task #" + su.task();
            if (su.awaited() == 0) {
                return name + " steps aside for a moment (await asyncio.sleep(0)) so that the others get a turn;"
                        + " it goes to the back of the line. " + next(s);
            }
            String what = t != null && !t.awaiting().isEmpty() ? t.awaiting() : "something";
            return name + " reaches an await at line " + su.line() + " and pauses until " + plain(what)
                    + " is done. While it waits, the event loop is free to run others. " + next(s);
        }
        if (e instanceof Event.TaskDone d) {
            TaskEntry t = s.task(d.task());
            String name = t != null ? who(t) : d.name();
            String outcome = d.outcome();
            if (outcome.startsWith("cancelled")) {
                return name + " was cancelled: it stopped early, at the await where it was waiting.";
            }
            if (outcome.startsWith("exception ")) {
                return name + " crashed with " + outcome.substring("exception ".length()) + ". Whoever awaits it"
                        + " will get that error.";
            }
            String value = outcome.startsWith("result ") ? outcome.substring("result ".length()) : outcome;
            return name + " is finished; its result is " + value + ". Anyone waiting for it can now carry on.";
        }
        if (e instanceof Event.ReadyAdded a) {
            String label = plainLabel(Narrator.readyLabel(a, s));
            int pos = Narrator.indexOfReady(s, a.handle());
            int n = s.ready().size();
            return "\u201c" + label + "\u201d gets in line to run: it is number " + (pos < 0 ? n : pos + 1)
                    + " of " + n + ".";
        }
        if (e instanceof Event.ReadyRun r) {
            String label = handleLabel(r.handle(), s);
            if (r.cancelled()) {
                return "The first in line, \u201c" + label + "\u201d, was called off, so the event loop skips it.";
            }
            return "The event loop takes the first in line, \u201c" + label + "\u201d, and runs it.";
        }
        if (e instanceof Event.TimerAdded t) {
            TaskEntry runner = s.task(s.runningTask());
            String delay = time(t.when() - t.time());
            if ("_set_result_unless_cancelled".equals(t.callback())) {
                return (runner != null ? who(runner) : "A task") + " goes to sleep for " + delay + " s: an alarm is"
                        + " set for t = " + time(t.when()) + ". Sleeping this way costs nothing, so others can run"
                        + " meanwhile.";
            }
            return "An alarm is set for t = " + time(t.when()) + " (in " + delay + " s) to run "
                    + plainLabel(Narrator.callbackWords(t.callback(), t.task(), s)) + ".";
        }
        if (e instanceof Event.HandleCancelled c) {
            String label = handleLabel(c.handle(), s);
            boolean queued = Narrator.findReady(s, c.handle()) != null
                    || s.timers().stream().anyMatch(x -> x.handle() == c.handle());
            if (!queued) {
                return "\u201c" + label + "\u201d is called off, but it has already run, so nothing changes.";
            }
            return "\u201c" + label + "\u201d is called off: it stays where it is, and will be skipped.";
        }
        if (e instanceof Event.TimerRemoved r) {
            String label = handleLabel(r.handle(), s);
            if (r.due()) {
                return "Time is up: the alarm rings, and \u201c" + label + "\u201d gets in line to run.";
            }
            return "An alarm that was called off (\u201c" + label + "\u201d) is thrown away.";
        }
        if (e instanceof Event.Round r) {
            int ready = s.ready().size();
            if (ready > 0) {
                return "The event loop starts turn " + r.round() + ": it runs " + (ready == 1 ? "the one job in line"
                        : "the " + ready + " jobs in line right now, one after the other") + ".";
            }
            TimerEntry first = Narrator.firstLiveTimer(s);
            if (first != null) {
                return "The event loop starts turn " + r.round() + ", but nobody is ready: it waits for the next"
                        + " alarm, at t = " + time(first.when()) + ".";
            }
            return "The event loop starts turn " + r.round() + ", but nothing is ready and no alarm is set.";
        }
        if (e instanceof Event.ClockAdvanced c) {
            return "Everyone is waiting, so time jumps ahead from " + time(c.from()) + " s to " + time(c.time())
                    + " s, when the next alarm rings. All the waits happen at the same time.";
        }
        if (e instanceof Event.FutureState f) {
            switch (f.state()) {
                case "PENDING":
                    return "A future is made: an empty box where a result will be put later.";
                case "CANCELLED":
                    return "A future is called off: whoever waits for it is told it was cancelled.";
                default:
                    return "A future gets its result: whoever was waiting for it will carry on soon.";
            }
        }
        if (e instanceof Event.HttpRequest h) {
            TaskEntry t = s.task(h.task());
            String name = t != null ? who(t) : "A task";
            if (h.answered()) {
                return "The answer from " + h.url() + " arrives for " + name + ".";
            }
            return name + " asks " + h.url() + " for a page; the answer takes " + time(h.until() - h.time())
                    + " s. While it waits, other tasks can run.";
        }
        if (e instanceof Event.CallbackAdded c) {
            String target = narrator.futureWords(c.future(), s);
            if ("Task.__wakeup".equals(c.callback())) {
                TaskEntry t = s.task(c.task());
                return (t != null ? who(t) : "A task") + " asks to be woken up when " + target + " is done.";
            }
            if ("_run_until_complete_cb".equals(c.callback())) {
                return "asyncio.run will stop the event loop when " + target + " is done.";
            }
            return "A note is left on " + target + ": when it is done, something else runs.";
        }
        if (e instanceof Event.Output o) {
            TaskEntry t = s.task(s.runningTask());
            String by = t != null ? who(t) : "The program";
            return by + (o.err() ? " writes an error message: " : " prints ") + "\u201c" + abbreviate(o.text(), 80)
                    + "\u201d.";
        }
        if (e instanceof Event.Block b) {
            TaskEntry t = s.task(b.task());
            String name = t != null ? who(t) : "The program";
            return name + " calls time.sleep(" + b.repr() + "). That is not an await, so everything stops for "
                    + time(b.seconds()) + " s: no other task can run. Use await asyncio.sleep() instead.";
        }
        if (e instanceof Event.RunEnd r) {
            String outcome = r.outcome();
            if (outcome.startsWith("exception ")) {
                return "The program ends with an error: " + outcome.substring("exception ".length()) + ".";
            }
            return "The program is finished: main() is done after " + time(r.time()) + " s of (virtual) time.";
        }
        if (e instanceof Event.Error err) {
            if (err.text().startsWith("LimitExceeded")) {
                return "The program was stopped because it ran too long (maybe a loop that never awaits).";
            }
            return "The program crashed: " + err.text() + ", and nothing caught it.";
        }
        if (e instanceof Event.Deadlock) {
            return "Stuck! Every task is waiting for something, and nothing is left that could wake them.";
        }
        return e.toString();
    }

    /** In plain words, what the handle runs (as the ready queue and timers name it). */
    private String handleLabel(int handle, LoopState s) {
        return plainLabel(narrator.labelOf(narrator.origin(handle), s));
    }

    /** A ready-queue label without CPython's function names ("a sleep ends", not its callback's name). */
    static String plainLabel(String label) {
        if (label.contains("_set_result_unless_cancelled")) {
            return "a sleep ends";
        }
        if (label.startsWith("callback ")) {
            return label.substring("callback ".length()).replaceAll("^_+", "");
        }
        return label;
    }

    /** "sleep until 2.0" reads as "the sleep", a task's label as the task. */
    private static String plain(String awaiting) {
        if (awaiting.startsWith("sleep")) {
            return "its sleep";
        }
        return awaiting;
    }

    private static String next(LoopState s) {
        for (ReadyEntry r : s.ready()) {
            if (!r.cancelled()) {
                return "Next in line: " + plainLabel(r.label()) + ".";
            }
        }
        TimerEntry first = Narrator.firstLiveTimer(s);
        if (first != null) {
            return "Nobody else is ready, so the event loop waits until t = " + time(first.when()) + ".";
        }
        return "Nothing else is waiting to run.";
    }
}
