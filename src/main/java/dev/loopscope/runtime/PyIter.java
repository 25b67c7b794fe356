package dev.loopscope.runtime;

import java.util.Iterator;
import java.util.List;

/** An iterator implemented in Java: {@link #next} returns null when exhausted. */
public abstract class PyIter extends PyObject {
    public abstract Object next();

    @Override
    public PyType type() {
        return Builtins.ITERATOR;
    }

    public static PyIter over(List<Object> items) {
        return new PyIter() {
            int i;

            @Override
            public Object next() {
                return i < items.size() ? items.get(i++) : null;
            }
        };
    }

    public static PyIter over(Object[] items) {
        return new PyIter() {
            int i;

            @Override
            public Object next() {
                return i < items.length ? items[i++] : null;
            }
        };
    }

    public static PyIter over(Iterator<?> it) {
        return new PyIter() {
            @Override
            public Object next() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }
}
