package dev.loopscope.runtime;

/** An instance of a class made by collections.namedtuple: a tuple with named fields. */
public final class PyNamedTuple extends PyInstance {
    public Object[] items = new Object[0];

    public PyNamedTuple(PyType type) {
        super(type);
    }

    @Override
    public int hashCode() {
        return PyTuple.of(items).hashCode();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        Object[] o = other instanceof PyNamedTuple n ? n.items : other instanceof PyTuple t ? t.items : null;
        return o != null && PyTuple.of(items).equals(PyTuple.of(o));
    }
}
