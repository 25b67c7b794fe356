package dev.loopscope.render;

/** What a lane shows over a stretch of the run. */
public enum SegmentState {
    /** Scheduled: its step waits in the ready queue. */
    READY("ready"),
    /** Its step runs (the loop is inside Task.__step). */
    RUNNING("running"),
    /** Suspended at an await, on a future, another task or a sleep. */
    WAITING("waiting"),
    /** A blocking call (time.sleep) inside its step: the whole loop is blocked. */
    BLOCKED("blocked (time.sleep)"),
    /** Loop lane: a callback that is not a task step runs. */
    CALLBACK("callback"),
    /** Loop lane: nothing ready, the loop waits for the next timer and the clock jumps. */
    IDLE("waiting for the next timer"),
    /** Loop lane: a task's step runs (the segment's ref is the task's lane). */
    STEP("task step");

    private final String label;

    SegmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static final SegmentState[] VALUES = values();
}
