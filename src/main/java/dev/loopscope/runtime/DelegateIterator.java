package dev.loopscope.runtime;

/** What {@code __await__()} returns to Python code: the await it stands for, as an iterator. */
public final class DelegateIterator extends PyIter implements Delegate {
    private final Delegate inner;

    public DelegateIterator(Delegate inner) {
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
        Object r = inner.send(Py.None);
        return inner.finished() ? null : r;
    }
}
