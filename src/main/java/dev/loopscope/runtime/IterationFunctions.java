package dev.loopscope.runtime;

import java.util.List;
import java.util.Map;

/** Builtins over iterables: min, max, sum, sorted, reversed, enumerate, zip, map, filter, any, all, iter, next. */
final class IterationFunctions {
    private IterationFunctions() {
    }

    static void install() {
        BuiltinLibrary.def("min", (a, kw) -> minMax("min", a, kw, Ops.LT));
        BuiltinLibrary.def("max", (a, kw) -> minMax("max", a, kw, Ops.GT));
        BuiltinLibrary.def("sum", (a, kw) -> {
            Object[] b = Args.bind("sum", a, kw, new String[]{"iterable", "start"}, 1);
            Object acc = Args.or(b[1], 0L);
            if (acc instanceof String) {
                throw Py.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (acc instanceof byte[]) {
                throw Py.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            }
            Object it = Py.iter(b[0]);
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                acc = Ops.binary(Ops.ADD, acc, v, false);
            }
            return acc;
        });
        BuiltinLibrary.def("sorted", (a, kw) -> {
            int npos = CallArgs.npos(a, kw);
            if (npos != 1) {
                throw Py.typeError("sorted expected 1 argument, got " + npos);
            }
            Map<String, Object> k = CallArgs.keywords("sort", a, kw, "key", "reverse");
            PyList out = new PyList(Py.toList(a[0]));
            Sorting.sort(out.items, k.getOrDefault("key", Py.None), Py.truthy(k.getOrDefault("reverse", false)));
            return out;
        });
        BuiltinLibrary.constructor(IterTypes.REVERSED, (a, kw) -> {
            CallArgs.noKeywords("reversed", kw);
            Args.positional("reversed", a, kw, 1, 1);
            return reversed(a[0]);
        });
        BuiltinLibrary.constructor(IterTypes.ENUMERATE, (a, kw) -> {
            Object[] b = Args.bind("enumerate", a, kw, new String[]{"iterable", "start"}, 1);
            Object it = Py.iter(b[0]);
            Object start = Args.or(b[1], 0L);
            if (!Py.isInt(start)) {
                CallArgs.bigIndex(start);
            }
            Object[] n = {start instanceof Boolean bo ? (Object) (bo ? 1L : 0L) : start};
            return IterTypes.of(IterTypes.ENUMERATE, () -> {
                Object v = Py.next(it);
                if (v == null) {
                    return null;
                }
                Object i = n[0];
                n[0] = Ops.binary(Ops.ADD, i, 1L, false);
                return PyTuple.of(i, v);
            });
        });
        BuiltinLibrary.constructor(IterTypes.ZIP, IterationFunctions::zip);
        BuiltinLibrary.constructor(IterTypes.MAP, (a, kw) -> {
            CallArgs.noKeywords("map", kw);
            if (a.length < 2) {
                throw Py.typeError("map() must have at least two arguments.");
            }
            Object f = a[0];
            Object[] its = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = Py.iter(a[i]);
            }
            return IterTypes.of(IterTypes.MAP, () -> {
                Object[] vals = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    vals[i] = Py.next(its[i]);
                    if (vals[i] == null) {
                        return null;
                    }
                }
                return Py.call(f, vals, null);
            });
        });
        BuiltinLibrary.constructor(IterTypes.FILTER, (a, kw) -> {
            CallArgs.noKeywords("filter", kw);
            if (a.length != 2) {
                throw Py.typeError("filter expected 2 arguments, got " + a.length);
            }
            Object f = a[0];
            Object it = Py.iter(a[1]);
            return IterTypes.of(IterTypes.FILTER, () -> {
                for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                    boolean keep = f == Py.None ? Py.truthy(v) : Py.truthy(Py.call(f, new Object[]{v}, null));
                    if (keep) {
                        return v;
                    }
                }
                return null;
            });
        });
        BuiltinLibrary.def("any", (a, kw) -> {
            Object it = Py.iter(Args.positional("any", a, kw, 1, 1)[0]);
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                if (Py.truthy(v)) {
                    return true;
                }
            }
            return false;
        });
        BuiltinLibrary.def("all", (a, kw) -> {
            Object it = Py.iter(Args.positional("all", a, kw, 1, 1)[0]);
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                if (!Py.truthy(v)) {
                    return false;
                }
            }
            return true;
        });
        BuiltinLibrary.def("iter", (a, kw) -> {
            Args.positional("iter", a, kw, 1, 2);
            if (a.length == 1) {
                return Py.iter(a[0]);
            }
            Object f = a[0];
            Object sentinel = a[1];
            if (!Py.isCallable(f)) {
                throw Py.typeError("iter(v, w): v must be callable");
            }
            boolean[] done = {false};
            return IterTypes.of(IterTypes.CALLABLE_ITERATOR, () -> {
                if (done[0]) {
                    return null;
                }
                Object v = Py.call(f, new Object[0], null);
                if (Py.eq(v, sentinel)) {
                    done[0] = true;
                    return null;
                }
                return v;
            });
        });
        BuiltinLibrary.def("next", (a, kw) -> {
            Args.positional("next", a, kw, 1, 2);
            Object it = a[0];
            if (!(it instanceof PyIter) && Py.typeOf(it).lookup("__next__") == null) {
                throw Py.typeError("'" + Py.typeName(it) + "' object is not an iterator");
            }
            if (it instanceof PyIter p) {
                Object v = p.next();
                if (v != null) {
                    return v;
                }
                if (a.length == 2) {
                    return a[1];
                }
                throw new PyException(Builtins.newException(Builtins.STOP_ITERATION, new Object[0]));
            }
            Object m = Py.lookupSpecial(it, "__next__");
            if (a.length == 1) {
                return Py.call(m, new Object[0], null);
            }
            try {
                return Py.call(m, new Object[0], null);
            } catch (PyException e) {
                if (e.exc.type().isSubtypeOf(Builtins.STOP_ITERATION)) {
                    return a[1];
                }
                throw e;
            }
        });
    }

    private static Object minMax(String name, Object[] a, String[] kw, int op) {
        int npos = CallArgs.npos(a, kw);
        Map<String, Object> k = CallArgs.keywords(name, a, kw, "key", "default");
        if (npos == 0) {
            throw Py.typeError(name + " expected at least 1 argument, got 0");
        }
        Object key = k.getOrDefault("key", Py.None);
        Object it;
        if (npos == 1) {
            it = Py.iter(a[0]);
        } else {
            if (k.containsKey("default")) {
                throw Py.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = PyIter.over(CallArgs.positional(a, kw));
        }
        Object best = null;
        Object bestKey = null;
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            Object kv = key == Py.None ? v : Py.call(key, new Object[]{v}, null);
            if (best == null || Ops.compareBool(kv, bestKey, op)) {
                best = v;
                bestKey = kv;
            }
        }
        if (best == null) {
            if (k.containsKey("default")) {
                return k.get("default");
            }
            throw Py.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    static Object reversed(Object o) {
        if (o instanceof PyList l) {
            int[] i = {l.items.size() - 1};
            return IterTypes.of(IterTypes.LIST_REVERSEITERATOR, () -> {
                if (i[0] >= 0 && i[0] < l.items.size()) {
                    return l.items.get(i[0]--);
                }
                i[0] = -1;
                return null;
            });
        }
        if (o instanceof PyRange r) {
            long n = r.length();
            long[] i = {n - 1};
            return IterTypes.of(IterTypes.RANGE_ITERATOR, () -> i[0] >= 0 ? (Object) r.get(i[0]--) : null);
        }
        if (o instanceof PyTuple || o instanceof String) {
            List<Object> items = Py.toList(o);
            int[] i = {items.size() - 1};
            return IterTypes.of(IterTypes.REVERSED, () -> i[0] >= 0 ? items.get(i[0]--) : null);
        }
        if (o instanceof PyDict d) {
            List<Object> keys = d.keys();
            int[] i = {keys.size() - 1};
            return IterTypes.of(IterTypes.REVERSED, () -> i[0] >= 0 ? keys.get(i[0]--) : null);
        }
        Object m = Py.lookupSpecial(o, "__reversed__");
        if (m != null) {
            return Py.call(m, new Object[0], null);
        }
        Object gi = Py.lookupSpecial(o, "__getitem__");
        if (gi != null && Py.lookupSpecial(o, "__len__") != null && !(o instanceof PyDict) && !(o instanceof PySet)) {
            long[] i = {Len.of(o) - 1};
            return IterTypes.of(IterTypes.REVERSED, () -> i[0] >= 0 ? Py.call(gi, new Object[]{i[0]--}, null) : null);
        }
        throw Py.typeError("'" + Py.typeName(o) + "' object is not reversible");
    }

    private static Object zip(Object[] a, String[] kw) {
        Map<String, Object> k = CallArgs.keywords("zip", a, kw, "strict");
        boolean strict = Py.truthy(k.getOrDefault("strict", false));
        Object[] pos = CallArgs.positional(a, kw);
        Object[] its = new Object[pos.length];
        for (int i = 0; i < pos.length; i++) {
            its[i] = Py.iter(pos[i]);
        }
        boolean[] done = {its.length == 0};
        return IterTypes.of(IterTypes.ZIP, () -> {
            if (done[0]) {
                return null;
            }
            Object[] vals = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                vals[i] = Py.next(its[i]);
                if (vals[i] == null) {
                    done[0] = true;
                    if (strict) {
                        if (i > 0) {
                            throw Py.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                    + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Py.next(its[j]) != null) {
                                throw Py.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
            }
            return PyTuple.of(vals);
        });
    }
}
