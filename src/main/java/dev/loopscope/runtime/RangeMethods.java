package dev.loopscope.runtime;

/** The methods and attributes of range objects. */
final class RangeMethods {
    private RangeMethods() {
    }

    private static PyRange self(Object o) {
        return (PyRange) o;
    }

    static Object getItem(PyRange r, Object key) {
        long n = r.length();
        if (key instanceof PySlice s) {
            long[] ix = s.indices(n);
            long step = r.step * ix[2];
            long start = r.start + ix[0] * r.step;
            long stop = r.start + ix[1] * r.step;
            return new PyRange(start, stop, step);
        }
        if (!Sequences.isIndex(key)) {
            throw Py.typeError("range indices must be integers or slices, not " + Py.typeName(key));
        }
        long i = Py.index(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.raise(Builtins.INDEX_ERROR, "range object index out of range");
        }
        return r.get(i);
    }

    static boolean sameRange(PyRange a, PyRange b) {
        long n = a.length();
        if (n != b.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (a.start != b.start) {
            return false;
        }
        return n == 1 || a.step == b.step;
    }

    static void install() {
        PyType t = Builtins.RANGE;
        t.put("start", ObjectMethods.property("start", o -> self(o).start));
        t.put("stop", ObjectMethods.property("stop", o -> self(o).stop));
        t.put("step", ObjectMethods.property("step", o -> self(o).step));
        BuiltinLibrary.method(t, "__len__", (a, kw) -> self(a[0]).length());
        BuiltinLibrary.method(t, "__getitem__", (a, kw) -> getItem(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__contains__", (a, kw) -> Ops.contains(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__iter__", (a, kw) -> IterTypes.of(IterTypes.RANGE_ITERATOR,
                self(a[0]).iterator()::next));
        BuiltinLibrary.method(t, "__reversed__", (a, kw) -> IterationFunctions.reversed(self(a[0])));
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> {
            PyRange r = self(a[0]);
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        });
        BuiltinLibrary.method(t, "__eq__", (a, kw) -> a[1] instanceof PyRange o ? sameRange(self(a[0]), o)
                : Py.NotImplemented);
        BuiltinLibrary.method(t, "__ne__", (a, kw) -> a[1] instanceof PyRange o ? !sameRange(self(a[0]), o)
                : Py.NotImplemented);
        BuiltinLibrary.method(t, "__hash__", (a, kw) -> {
            PyRange r = self(a[0]);
            long n = r.length();
            return Hashing.hashTuple(new Object[]{n, n == 0 ? Py.None : (Object) r.start,
                    n <= 1 ? Py.None : (Object) r.step});
        });
        BuiltinLibrary.method(t, "count", (a, kw) -> {
            CallArgs.method("count", a, kw, 1, 1);
            if (Py.isInt(a[1])) {
                return Ops.contains(self(a[0]), a[1]) ? 1L : 0L;
            }
            return ListMethods.count(Py.toList(self(a[0])), a[1]);
        });
        BuiltinLibrary.method(t, "index", (a, kw) -> {
            CallArgs.method("index", a, kw, 1, 1);
            PyRange r = self(a[0]);
            if (Py.isInt(a[1]) && Ops.contains(r, a[1])) {
                return (Py.index(a[1]) - r.start) / r.step;
            }
            if (!Py.isInt(a[1])) {
                java.util.List<Object> items = Py.toList(r);
                for (int i = 0; i < items.size(); i++) {
                    if (Py.eq(items.get(i), a[1])) {
                        return (long) i;
                    }
                }
            }
            throw Py.valueError(Py.repr(a[1]) + " is not in range");
        });
    }
}
