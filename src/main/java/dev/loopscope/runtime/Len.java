package dev.loopscope.runtime;

/** len(): CPython's PyObject_Size. */
public final class Len {
    private Len() {
    }

    public static long of(Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (o instanceof PyList l) {
            return l.items.size();
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof byte[] b) {
            return b.length;
        }
        Object m = Py.lookupSpecial(o, "__len__");
        if (m == null) {
            throw Py.typeError("object of type '" + Py.typeName(o) + "' has no len()");
        }
        Object r = Py.call(m, new Object[0], null);
        long n = Py.index(r);
        if (n < 0) {
            throw Py.valueError("__len__() should return >= 0");
        }
        return n;
    }
}
