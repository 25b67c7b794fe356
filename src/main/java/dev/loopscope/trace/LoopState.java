package dev.loopscope.trace;

import java.util.List;

/**
 * What the loop holds after a given number of events of a recorded run: the clock, the ready
 * queue in FIFO order, the timer heap (sorted by deadline), every task, requests in flight and the
 * console. Made by {@link Replay}; immutable.
 */
public record LoopState(int eventIndex, double clock, int round, int runningTask, List<ReadyEntry> ready,
                        List<TimerEntry> timers, List<TaskEntry> tasks, List<RequestEntry> requests,
                        List<Event.Output> console) {

    public enum TaskStatus {
        CREATED, READY, RUNNING, WAITING, BLOCKED, DONE, FAILED, CANCELLED;

        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /** A handle in {@code _ready}: what it runs, and for a task's step or wakeup, which task. */
    public record ReadyEntry(int handle, int task, String callback, String label, boolean cancelled) {
    }

    /** A timer in {@code _scheduled}. */
    public record TimerEntry(int handle, double when, int task, String callback, String label, boolean cancelled) {
    }

    /**
     * A task: its status, the line it runs or waits at, what it waits for ({@code awaited} is the
     * id of a future or task, 0 for nothing; {@code awaiting} says it in words), and its outcome.
     */
    public record TaskEntry(int id, String name, String coro, TaskStatus status, int line, int awaited,
                            String awaiting, String outcome) {
    }

    public record RequestEntry(int task, String url, double until) {
    }

    public TaskEntry task(int id) {
        for (TaskEntry t : tasks) {
            if (t.id() == id) {
                return t;
            }
        }
        return null;
    }
}
