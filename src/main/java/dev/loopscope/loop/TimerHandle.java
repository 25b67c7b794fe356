package dev.loopscope.loop;

import dev.loopscope.runtime.PyType;

/** asyncio.TimerHandle: a handle with a deadline, kept in the timer heap. */
public final class TimerHandle extends Handle {
    final double when;
    boolean scheduled;

    TimerHandle(int id, double when, Object callback, Object[] args, EventLoop loop) {
        super(id, callback, args, loop);
        this.when = when;
    }

    @Override
    public PyType type() {
        return LoopTypes.TIMER_HANDLE;
    }

    public double when() {
        return when;
    }
}
