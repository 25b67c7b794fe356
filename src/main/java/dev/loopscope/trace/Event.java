package dev.loopscope.trace;

/**
 * What the simulated loop reports, in the order it happens. This is the one place the event
 * stream is defined; the loop trace of TRACE.md is the projection written by
 * {@link LoopTraceWriter} (create, step, done, print, stderr, block, end, error, deadlock); the
 * other events let a viewer rebuild, at any step, the ready queue, the timer heap, every task's
 * state and what it waits for. {@code time} is the virtual clock when the event happened.
 */
public sealed interface Event {
    double time();

    /** A task was created (asyncio.Task.__init__); {@code coro} is the coroutine's __name__. */
    record TaskCreated(double time, int task, String name, String coro, String file, int line) implements Event {
    }

    /** A task was renamed (set_name); later lines use the new name. */
    record TaskRenamed(double time, int task, String name) implements Event {
    }

    /** The loop runs one step of a task (Task.__step): its coroutine is started or resumed. */
    record TaskStep(double time, int task, String name, int line) implements Event {
    }

    /**
     * A step ended with the task suspended at {@code line} of its innermost frame, waiting for the
     * future or task {@code awaited} (0: it yielded for one loop round, as sleep(0) does).
     */
    record TaskSuspended(double time, int task, int line, int awaited) implements Event {
    }

    /** A task finished: {@code outcome} is "result REPR", "cancelled" or "exception TYPE: MESSAGE". */
    record TaskDone(double time, int task, String name, String outcome) implements Event {
    }

    /**
     * A handle joined the ready queue (call_soon). {@code callback} names what it runs (a function's
     * qualified name, or Task.__step / Task.__wakeup of task {@code task}; 0 when not a task's);
     * {@code future} is the future or task passed as its first argument, if any (else 0).
     */
    record ReadyAdded(double time, int handle, int task, String callback, int future) implements Event {
    }

    /** The loop took a handle from the head of the ready queue and runs it (or skips it if cancelled). */
    record ReadyRun(double time, int handle, boolean cancelled) implements Event {
    }

    /** A timer joined the heap (call_at/call_later): deadline {@code when}; fields as ReadyAdded. */
    record TimerAdded(double time, int handle, double when, int task, String callback, int future)
            implements Event {
    }

    /** A handle or timer was cancelled (a cancelled timer stays in the heap until cleaned up). */
    record HandleCancelled(double time, int handle) implements Event {
    }

    /** A timer left the heap: moved to the ready queue ({@code due}) or dropped as cancelled. */
    record TimerRemoved(double time, int handle, boolean due) implements Event {
    }

    /** One round of the loop (_run_once) begins. */
    record Round(double time, int round) implements Event {
    }

    /** The clock jumped from {@code from} to {@code time} (waiting for a timer). */
    record ClockAdvanced(double time, double from) implements Event {
    }

    /** A future (not a task) was created, or settled; {@code state} is PENDING/FINISHED/CANCELLED. */
    record FutureState(double time, int future, String state) implements Event {
    }

    /** An aiohttp request starts ({@code until} = when its latency ends) or is answered. */
    record HttpRequest(double time, int task, String url, double until, boolean answered) implements Event {
    }

    /** A callback was added to a pending future or task (add_done_callback). */
    record CallbackAdded(double time, int future, int task, String callback) implements Event {
    }

    /**
     * A line written to stdout ({@code err == false}) or stderr; {@code line} is the scenario line
     * that wrote its end (0 when unknown), so a viewer can follow a running step line by line.
     */
    record Output(double time, boolean err, String text, int line) implements Event {
        public Output(double time, boolean err, String text) {
            this(time, err, text, 0);
        }
    }

    /** A blocking call (time.sleep) starts: the clock moves by {@code seconds} while nothing runs. */
    record Block(double time, double seconds, String repr, int task) implements Event {
    }

    /** asyncio.run returned or raised: "result REPR" or "exception TYPE: MESSAGE". */
    record RunEnd(double time, String outcome) implements Event {
    }

    /**
     * An exception escaped the program ("TYPE: MESSAGE"); the program stops. {@code traceback} is
     * CPython's report of it ("Traceback (most recent call last): ..."), empty for LoopScope's limits.
     */
    record Error(double time, String text, String traceback) implements Event {
    }

    /** The loop would wait forever; the program stops. */
    record Deadlock(double time) implements Event {
    }
}
