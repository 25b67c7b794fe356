package dev.loopscope.narration;

import dev.loopscope.trace.Event;

/**
 * The asyncio concept a step of a run shows, with the lesson of the library that explains it
 * ({@code lesson}: a file name listed in {@code assets/scenarios/examples.index}). A test checks
 * that every lesson named here exists, so a renamed lesson cannot leave a dead link.
 */
public enum Concept {
    RUN("asyncio.run and the event loop", "coroutines_await.py"),
    AWAIT("await: a coroutine pauses and resumes", "coroutines_await.py"),
    YIELD("sleep(0): letting the others run", "sleep_zero_interleaving.py"),
    TASKS("Tasks: asyncio.create_task", "tutorial_create_task.py"),
    TASK_RESULT("A task's result, collected by whoever awaits it", "tutorial_gather.py"),
    READY_QUEUE("The ready queue: first in, first out", "sleep_zero_interleaving.py"),
    LOOP_ROUND("One turn of the event loop", "sleep_zero_interleaving.py"),
    TIMERS("Timers: asyncio.sleep schedules a wake-up", "sequential_vs_tasks.py"),
    WAITING("Waits overlap: the clock jumps to the next timer", "sync_vs_async.py"),
    FUTURES("Futures: a result that arrives later", "event_start_signal.py"),
    DONE_CALLBACKS("Done callbacks: how a waiting task is woken", "tutorial_gather.py"),
    CANCELLATION("Cancellation", "cancel_and_timeout.py"),
    EXCEPTIONS("Exceptions in tasks", "taskgroup.py"),
    OUTPUT("print() runs inside a task's step", "coroutines_await.py"),
    BLOCKING("Blocking calls freeze the loop", "cpu_bound_caveat.py"),
    NETWORK("Concurrent I/O: requests wait together", "tutorial_aiohttp.py"),
    DEADLOCK("Deadlock: waiting for something that never comes", "event_start_signal.py");

    private final String title;
    private final String lesson;

    Concept(String title, String lesson) {
        this.title = title;
        this.lesson = lesson;
    }

    /** The concept that an event of this kind (and outcome) shows. */
    public static Concept of(Event e) {
        if (e instanceof Event.TaskCreated || e instanceof Event.TaskRenamed) {
            return TASKS;
        }
        if (e instanceof Event.TaskStep) {
            return AWAIT;
        }
        if (e instanceof Event.TaskSuspended su) {
            return su.awaited() == 0 ? YIELD : AWAIT;
        }
        if (e instanceof Event.TaskDone d) {
            return d.outcome().startsWith("cancelled") ? CANCELLATION
                    : d.outcome().startsWith("exception ") ? EXCEPTIONS : TASK_RESULT;
        }
        if (e instanceof Event.ReadyAdded) {
            return READY_QUEUE;
        }
        if (e instanceof Event.ReadyRun r) {
            return r.cancelled() ? CANCELLATION : READY_QUEUE;
        }
        if (e instanceof Event.TimerAdded || e instanceof Event.TimerRemoved) {
            return TIMERS;
        }
        if (e instanceof Event.HandleCancelled) {
            return CANCELLATION;
        }
        if (e instanceof Event.Round) {
            return LOOP_ROUND;
        }
        if (e instanceof Event.ClockAdvanced) {
            return WAITING;
        }
        if (e instanceof Event.FutureState f) {
            return "CANCELLED".equals(f.state()) ? CANCELLATION : FUTURES;
        }
        if (e instanceof Event.HttpRequest) {
            return NETWORK;
        }
        if (e instanceof Event.CallbackAdded) {
            return DONE_CALLBACKS;
        }
        if (e instanceof Event.Output) {
            return OUTPUT;
        }
        if (e instanceof Event.Block) {
            return BLOCKING;
        }
        if (e instanceof Event.RunEnd r) {
            return r.outcome().startsWith("exception ") ? EXCEPTIONS : RUN;
        }
        if (e instanceof Event.Error) {
            return EXCEPTIONS;
        }
        if (e instanceof Event.Deadlock) {
            return DEADLOCK;
        }
        return RUN;
    }

    /** The concept in a few words, for the narration's "Concept:" line. */
    public String title() {
        return title;
    }

    /** The lesson's file name in the library ("sleep_zero_interleaving.py"). */
    public String lesson() {
        return lesson;
    }
}
