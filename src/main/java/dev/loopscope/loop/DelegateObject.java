package dev.loopscope.loop;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyIter;

/** What {@code future.__await__()} returns to Python code: an iterator over the await. */
final class DelegateObject extends PyIter implements Delegate {
    private final Delegate inner;

    DelegateObject(Delegate inner) {
        this.inner = inner;
    }

    @Override
    public Object send(Object value) {
        return inner.send(value);
    }

    @Override
    public Object throwIn(PyException e) {
        return inner.throwIn(e);
    }

    @Override
    public boolean finished() {
        return inner.finished();
    }

    @Override
    public Object next() {
        Object r = inner.send(dev.loopscope.runtime.Py.None);
        if (inner.finished()) {
            throw new PyException(Builtins.newException(Builtins.STOP_ITERATION, r));
        }
        return r;
    }
}
