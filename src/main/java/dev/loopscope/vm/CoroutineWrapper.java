package dev.loopscope.vm;

import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyIter;

/** What coroutine.__await__() returns: the same coroutine, driven as an iterator. */
final class CoroutineWrapper extends PyIter implements Delegate {
    private final PyGen coro;

    CoroutineWrapper(PyGen coro) {
        this.coro = coro;
    }

    @Override
    public Object send(Object value) {
        return coro.send(value);
    }

    @Override
    public Object throwIn(PyException e) {
        return coro.throwIn(e);
    }

    @Override
    public boolean finished() {
        return coro.finished();
    }

    @Override
    public Object next() {
        Object r = coro.send(dev.loopscope.runtime.Py.None);
        return coro.finished() ? null : r;
    }
}
