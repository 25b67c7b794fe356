package dev.loopscope.runtime;

/** None, NotImplemented and Ellipsis. */
public final class PySingleton extends PyObject {
    private final String repr;
    private PyType type;

    PySingleton(String repr) {
        this.repr = repr;
    }

    void setType(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String toString() {
        return repr;
    }
}
