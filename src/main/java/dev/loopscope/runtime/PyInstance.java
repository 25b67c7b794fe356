package dev.loopscope.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined in Python (or of a builtin type that keeps a __dict__). */
public class PyInstance extends PyObject {
    private PyType type;
    /** Made at first use: most futures and tasks never get an attribute of their own. */
    private Map<String, Object> dict;

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
        Map<String, Object> d = dict;
        if (d == null) {
            d = new LinkedHashMap<>();
            dict = d;
        }
        return d;
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
