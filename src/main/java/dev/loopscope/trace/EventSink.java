package dev.loopscope.trace;

/** Where the loop publishes its events. */
@FunctionalInterface
public interface EventSink {
    void accept(Event e);
}
