package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of list, and sequence dunders shared with tuple. */
final class ListMethods {
    private ListMethods() {
    }

    static PyList self(Object o) {
        if (o instanceof PyList l) {
            return l;
        }
        throw Py.typeError("descriptor requires a 'list' object but received a '" + Py.typeName(o) + "'");
    }

    /** CPython's "X is not in list" search with start/end, shared by list.index and tuple.index. */
    static long indexOf(List<Object> items, Object[] a, String notFound) {
        int n = items.size();
        long start = a.length > 2 ? Py.index(a[2]) : 0;
        long end = a.length > 3 ? Py.index(a[3]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        end = Math.min(end, n);
        for (long i = start; i < end && i < items.size(); i++) {
            Object o = items.get((int) i);
            if (o == a[1] || Py.eq(o, a[1])) {
                return i;
            }
        }
        throw Py.valueError(notFound);
    }

    static long count(List<Object> items, Object x) {
        long n = 0;
        for (Object o : new ArrayList<>(items)) {
            if (o == x || Py.eq(o, x)) {
                n++;
            }
        }
        return n;
    }

    static void setItem(PyList l, Object key, Object value) {
        List<Object> items = l.items;
        if (key instanceof PySlice s) {
            List<Object> src = value == l ? new ArrayList<>(items) : Py.toList(value);
            long[] ix = s.indices(items.size());
            if (ix[2] == 1) {
                int start = (int) ix[0];
                int stop = (int) Math.max(ix[0], ix[1]);
                items.subList(start, stop).clear();
                items.addAll(start, src);
                return;
            }
            if (src.size() != ix[3]) {
                throw Py.valueError("attempt to assign sequence of size " + src.size()
                        + " to extended slice of size " + ix[3]);
            }
            long p = ix[0];
            for (int k = 0; k < ix[3]; k++, p += ix[2]) {
                items.set((int) p, src.get(k));
            }
            return;
        }
        if (!Sequences.isIndex(key)) {
            throw Py.typeError("list indices must be integers or slices, not " + Py.typeName(key));
        }
        int i = assignmentIndex(key, items.size());
        items.set(i, value);
    }

    private static int assignmentIndex(Object key, int n) {
        long i = key instanceof java.math.BigInteger ? Long.MAX_VALUE : Py.index(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.raise(Builtins.INDEX_ERROR, "list assignment index out of range");
        }
        return (int) i;
    }

    static void delItem(PyList l, Object key) {
        List<Object> items = l.items;
        if (key instanceof PySlice s) {
            long[] ix = s.indices(items.size());
            if (ix[3] == 0) {
                return;
            }
            if (ix[2] == 1) {
                items.subList((int) ix[0], (int) ix[1]).clear();
                return;
            }
            java.util.TreeSet<Integer> drop = new java.util.TreeSet<>();
            long p = ix[0];
            for (long k = 0; k < ix[3]; k++, p += ix[2]) {
                drop.add((int) p);
            }
            for (Integer i : drop.descendingSet()) {
                items.remove((int) i);
            }
            return;
        }
        if (!Sequences.isIndex(key)) {
            throw Py.typeError("list indices must be integers or slices, not " + Py.typeName(key));
        }
        items.remove(assignmentIndex(key, items.size()));
    }

    static void install() {
        PyType t = Builtins.LIST;
        t.put("__hash__", Py.None);
        BuiltinLibrary.method(t, "append", (a, kw) -> {
            self(CallArgs.method("append", a, kw, 1, 1)[0]).items.add(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "extend", (a, kw) -> {
            PyList l = self(CallArgs.method("extend", a, kw, 1, 1)[0]);
            l.items.addAll(Py.toList(a[1]));
            return Py.None;
        });
        BuiltinLibrary.method(t, "insert", (a, kw) -> {
            PyList l = self(CallArgs.method("insert", a, kw, 2, 2)[0]);
            long i = Py.index(a[1]);
            int n = l.items.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            l.items.add((int) Math.min(i, n), a[2]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "pop", (a, kw) -> {
            PyList l = self(CallArgs.method("pop", a, kw, 0, 1)[0]);
            int n = l.items.size();
            if (n == 0) {
                throw Py.raise(Builtins.INDEX_ERROR, "pop from empty list");
            }
            long i = a.length > 1 ? Py.index(a[1]) : -1;
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Py.raise(Builtins.INDEX_ERROR, "pop index out of range");
            }
            return l.items.remove((int) i);
        });
        BuiltinLibrary.method(t, "remove", (a, kw) -> {
            PyList l = self(CallArgs.method("remove", a, kw, 1, 1)[0]);
            for (int i = 0; i < l.items.size(); i++) {
                Object o = l.items.get(i);
                if (o == a[1] || Py.eq(o, a[1])) {
                    l.items.remove(i);
                    return Py.None;
                }
            }
            throw Py.valueError("list.remove(x): x not in list");
        });
        BuiltinLibrary.method(t, "index", (a, kw) -> {
            PyList l = self(CallArgs.method("index", a, kw, 1, 3)[0]);
            return indexOf(l.items, a, Py.repr(a[1]) + " is not in list");
        });
        BuiltinLibrary.method(t, "count", (a, kw) -> count(self(CallArgs.method("count", a, kw, 1, 1)[0]).items, a[1]));
        BuiltinLibrary.method(t, "sort", (a, kw) -> {
            int npos = CallArgs.npos(a, kw);
            if (npos > 1) {
                throw Py.typeError("sort() takes no positional arguments");
            }
            Map<String, Object> k = CallArgs.keywords("sort", a, kw, "key", "reverse");
            PyList l = self(a[0]);
            List<Object> work = new ArrayList<>(l.items);
            l.items.clear();
            try {
                Sorting.sort(work, k.getOrDefault("key", Py.None), Py.truthy(k.getOrDefault("reverse", false)));
            } finally {
                boolean modified = !l.items.isEmpty();
                l.items.clear();
                l.items.addAll(work);
                if (modified) {
                    throw Py.valueError("list modified during sort");
                }
            }
            return Py.None;
        });
        BuiltinLibrary.method(t, "reverse", (a, kw) -> {
            java.util.Collections.reverse(self(CallArgs.method("reverse", a, kw, 0, 0)[0]).items);
            return Py.None;
        });
        BuiltinLibrary.method(t, "copy", (a, kw) -> new PyList(self(CallArgs.method("copy", a, kw, 0, 0)[0]).items));
        BuiltinLibrary.method(t, "clear", (a, kw) -> {
            self(CallArgs.method("clear", a, kw, 0, 0)[0]).items.clear();
            return Py.None;
        });
        BuiltinLibrary.method(t, "__getitem__", (a, kw) -> Sequences.getItem(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__setitem__", (a, kw) -> {
            setItem(self(CallArgs.method("__setitem__", a, kw, 2, 2)[0]), a[1], a[2]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__delitem__", (a, kw) -> {
            delItem(self(CallArgs.method("__delitem__", a, kw, 1, 1)[0]), a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) self(a[0]).items.size());
        BuiltinLibrary.method(t, "__contains__", (a, kw) -> Ops.contains(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__iter__", (a, kw) -> IterTypes.of(IterTypes.LIST_ITERATOR,
                ((PyIter) Py.iter(self(a[0])))::next));
        BuiltinLibrary.method(t, "__reversed__", (a, kw) -> IterationFunctions.reversed(self(a[0])));
        BuiltinLibrary.method(t, "__add__", (a, kw) -> {
            if (!(a[1] instanceof PyList)) {
                throw Py.typeError("can only concatenate list (not \"" + Py.typeName(a[1]) + "\") to list");
            }
            return Ops.binary(Ops.ADD, self(a[0]), a[1], false);
        });
        BuiltinLibrary.method(t, "__iadd__", (a, kw) -> {
            self(a[0]).items.addAll(Py.toList(a[1]));
            return a[0];
        });
        BuiltinLibrary.method(t, "__mul__", (a, kw) -> Sequences.isIndex(a[1])
                ? Ops.binary(Ops.MUL, self(a[0]), Py.index(a[1]), false) : Py.NotImplemented);
        BuiltinLibrary.method(t, "__rmul__", (a, kw) -> Sequences.isIndex(a[1])
                ? Ops.binary(Ops.MUL, self(a[0]), Py.index(a[1]), false) : Py.NotImplemented);
        BuiltinLibrary.method(t, "__imul__", (a, kw) -> Ops.binary(Ops.MUL, self(a[0]), Py.index(a[1]), true));
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> Py.repr(self(a[0])));
        comparisons(t, PyList.class);

        PyType tu = Builtins.TUPLE;
        BuiltinLibrary.method(tu, "count", (a, kw) -> {
            CallArgs.method("count", a, kw, 1, 1);
            return count(List.of(tuple(a[0]).items), a[1]);
        });
        BuiltinLibrary.method(tu, "index", (a, kw) -> {
            CallArgs.method("index", a, kw, 1, 3);
            return indexOf(List.of(tuple(a[0]).items), a, "tuple.index(x): x not in tuple");
        });
        BuiltinLibrary.method(tu, "__getitem__", (a, kw) -> Sequences.getItem(tuple(a[0]), a[1]));
        BuiltinLibrary.method(tu, "__len__", (a, kw) -> (long) tuple(a[0]).items.length);
        BuiltinLibrary.method(tu, "__contains__", (a, kw) -> Ops.contains(tuple(a[0]), a[1]));
        BuiltinLibrary.method(tu, "__iter__", (a, kw) -> IterTypes.of(IterTypes.TUPLE_ITERATOR,
                ((PyIter) Py.iter(tuple(a[0])))::next));
        BuiltinLibrary.method(tu, "__add__", (a, kw) -> {
            if (!(a[1] instanceof PyTuple)) {
                throw Py.typeError("can only concatenate tuple (not \"" + Py.typeName(a[1]) + "\") to tuple");
            }
            return Ops.binary(Ops.ADD, tuple(a[0]), a[1], false);
        });
        BuiltinLibrary.method(tu, "__mul__", (a, kw) -> Sequences.isIndex(a[1])
                ? Ops.binary(Ops.MUL, tuple(a[0]), Py.index(a[1]), false) : Py.NotImplemented);
        BuiltinLibrary.method(tu, "__rmul__", (a, kw) -> Sequences.isIndex(a[1])
                ? Ops.binary(Ops.MUL, tuple(a[0]), Py.index(a[1]), false) : Py.NotImplemented);
        BuiltinLibrary.method(tu, "__hash__", (a, kw) -> Hashing.hash(tuple(a[0])));
        BuiltinLibrary.method(tu, "__repr__", (a, kw) -> Py.repr(tuple(a[0])));
        comparisons(tu, PyTuple.class);
    }

    static PyTuple tuple(Object o) {
        if (o instanceof PyTuple t) {
            return t;
        }
        throw Py.typeError("descriptor requires a 'tuple' object but received a '" + Py.typeName(o) + "'");
    }

    static void comparisons(PyType t, Class<?> cls) {
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            BuiltinLibrary.method(t, cmp[i], (a, kw) -> cls.isInstance(a[1])
                    ? Ops.richCompare(a[0], a[1], op) : Py.NotImplemented);
        }
    }
}
