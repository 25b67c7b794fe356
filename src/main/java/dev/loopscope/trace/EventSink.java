package dev.loopscope.trace;

/** Where the loop publishes its events. */
@FunctionalInterface
public interface EventSink {
    void accept(Event e);

    /**
     * Whether this sink looks at the loop's inner workings (ready queue, timer heap, futures, rounds)
     * or only at what the loop trace shows (tasks, output, blocking, the end). A sink that says no
     * spares the loop building a dozen events per task step that it would throw away.
     */
    default boolean wantsLoopDetail() {
        return true;
    }
}
