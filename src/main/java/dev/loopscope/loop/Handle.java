package dev.loopscope.loop;

import dev.loopscope.runtime.PyObject;
import dev.loopscope.runtime.PyType;

/** asyncio.Handle: a callback with its arguments, waiting in the ready queue. */
public class Handle extends PyObject {
    final int id;
    final Object callback;
    final Object[] args;
    final EventLoop loop;
    boolean cancelled;

    Handle(int id, Object callback, Object[] args, EventLoop loop) {
        this.id = id;
        this.callback = callback;
        this.args = args;
        this.loop = loop;
    }

    @Override
    public PyType type() {
        return LoopTypes.HANDLE;
    }

    public int id() {
        return id;
    }

    public Object callback() {
        return callback;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            loop.handleCancelled(this);
        }
    }
}
