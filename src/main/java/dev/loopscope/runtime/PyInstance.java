package dev.loopscope.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined in Python (or of a builtin type that keeps a __dict__). */
public class PyInstance extends PyObject {
    private PyType type;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public Map<String, Object> dict() {
        return dict;
    }

    @Override
    public int hashCode() {
        return Py.hashOfInstance(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other != null && Py.eqOfInstance(this, other));
    }
}
