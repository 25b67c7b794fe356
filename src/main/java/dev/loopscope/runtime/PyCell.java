package dev.loopscope.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Builtins.CELL;
    }
}
