package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** set and frozenset. */
public final class PySet extends PyObject {
    final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? Builtins.FROZENSET : Builtins.SET;
    }

    public int size() {
        return map.size();
    }

    public boolean contains(Object o) {
        return map.containsKey(PyDict.canonical(o));
    }

    public void add(Object o) {
        Object c = PyDict.canonical(o);
        if (!map.containsKey(c)) {
            map.put(c, o);
        }
    }

    public boolean remove(Object o) {
        return map.remove(PyDict.canonical(o)) != null;
    }

    public void clear() {
        map.clear();
    }

    public List<Object> items() {
        return new ArrayList<>(map.values());
    }

    @Override
    public int hashCode() {
        if (!frozen) {
            throw Py.typeError("unhashable type: 'set'");
        }
        int h = 0;
        for (Object k : map.keySet()) {
            h += Py.hash(k);
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PySet s) || s.size() != size()) {
            return false;
        }
        for (Object k : map.keySet()) {
            if (!s.map.containsKey(k)) {
                return false;
            }
        }
        return true;
    }
}
