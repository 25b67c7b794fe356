package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.Collection;

public final class PyList extends PyObject {
    public final ArrayList<Object> items;

    public PyList() {
        items = new ArrayList<>();
    }

    public PyList(Collection<?> c) {
        items = new ArrayList<>(c);
    }

    public PyList(ArrayList<Object> items, boolean adopt) {
        this.items = items;
    }

    @Override
    public PyType type() {
        return Builtins.LIST;
    }

    public int size() {
        return items.size();
    }

    @Override
    public int hashCode() {
        throw Py.typeError("unhashable type: 'list'");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyList l) || l.items.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!Py.eq(items.get(i), l.items.get(i))) {
                return false;
            }
        }
        return true;
    }
}
