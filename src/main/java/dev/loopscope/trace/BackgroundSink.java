package dev.loopscope.trace;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Passes events on to another sink from a thread of its own, a batch at a time, so that the run
 * does not wait while its trace is written: the loop's thread is the one the whole command waits
 * for, and the other core is mostly idle. Events are immutable, so they may be read later and
 * elsewhere. {@link #close()} waits until the other sink has seen every event.
 */
public final class BackgroundSink implements EventSink, AutoCloseable {
    private static final int BATCH = 4096;
    /** Batches in flight: a run that outpaces its writer waits rather than holding its whole trace. */
    private static final int IN_FLIGHT = 16;
    private static final Event[] END = new Event[0];

    private final EventSink target;
    private final boolean detail;
    private final BlockingQueue<Event[]> batches = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread writer;
    private volatile Throwable failure;
    private Event[] batch = new Event[BATCH];
    private int size;

    public BackgroundSink(EventSink target, String threadName) {
        this.target = target;
        this.detail = target.wantsLoopDetail();
        this.writer = new Thread(this::drain, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public boolean wantsLoopDetail() {
        return detail;
    }

    @Override
    public void accept(Event e) {
        batch[size++] = e;
        if (size == BATCH) {
            hand(batch);
            batch = new Event[BATCH];
            size = 0;
        }
    }

    /** Hands over the last events and waits until the other sink has taken them all; rethrows what it threw. */
    @Override
    public void close() {
        if (size > 0) {
            hand(Arrays.copyOf(batch, size));
            size = 0;
        }
        hand(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the trace was written", e);
        }
        Throwable f = failure;
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    private void hand(Event[] events) {
        try {
            batches.put(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the trace was written", e);
        }
    }

    private void drain() {
        try {
            for (Event[] b = batches.take(); b != END; b = batches.take()) {
                if (failure != null) {
                    continue; // keep taking, so that the run never waits on a writer that has failed
                }
                try {
                    for (Event e : b) {
                        target.accept(e);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("the trace writer was interrupted", e);
        }
    }
}
