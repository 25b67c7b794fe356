package dev.loopscope.runtime;

import java.util.ArrayList;

/** collections.deque. */
public final class PyDeque extends PyInstance {
    public final ArrayList<Object> items = new ArrayList<>();
    /** -1 when unbounded. */
    public long maxlen = -1;
    /** Bumped on every mutation, for "deque mutated during iteration". */
    long state;

    public PyDeque(PyType type) {
        super(type);
    }

    void append(Object v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (maxlen > 0 && items.size() >= maxlen) {
            items.remove(0);
        }
        items.add(v);
    }

    void appendLeft(Object v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (maxlen > 0 && items.size() >= maxlen) {
            items.remove(items.size() - 1);
        }
        items.add(0, v);
    }

    @Override
    public int hashCode() {
        throw Py.typeError("unhashable type: 'deque'");
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }
}
