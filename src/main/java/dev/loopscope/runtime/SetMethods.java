package dev.loopscope.runtime;

import java.util.List;

/** The methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    private static PySet self(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        throw Py.typeError("descriptor requires a 'set' object but received a '" + Py.typeName(o) + "'");
    }

    private static PySet mutable(Object o, String name) {
        PySet s = self(o);
        if (s.frozen) {
            throw Py.raise(Builtins.ATTRIBUTE_ERROR, "'frozenset' object has no attribute '" + name + "'");
        }
        return s;
    }

    static PySet asSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet(false);
        for (Object v : Py.toList(o)) {
            s.add(v);
        }
        return s;
    }

    private static PySet copy(PySet s, boolean frozen) {
        PySet r = new PySet(frozen);
        for (Object v : s.items()) {
            r.add(v);
        }
        return r;
    }

    interface Combine {
        PySet apply(PySet acc, PySet other);
    }

    private static void multi(PyType t, String name, int op) {
        BuiltinLibrary.method(t, name, (a, kw) -> {
            CallArgs.noKeywords(name, kw);
            PySet s = self(a[0]);
            PySet acc = copy(s, s.frozen);
            for (int i = 1; i < a.length; i++) {
                PySet r = (PySet) SetOps.binary(op, acc, asSet(a[i]));
                acc = copy(r, s.frozen);
            }
            return acc;
        });
    }

    private static void multiUpdate(String name, int op) {
        BuiltinLibrary.method(Builtins.SET, name, (a, kw) -> {
            CallArgs.noKeywords(name, kw);
            PySet s = mutable(a[0], name);
            for (int i = 1; i < a.length; i++) {
                PySet r = (PySet) SetOps.binary(op, s, asSet(a[i]));
                List<Object> items = r.items();
                s.clear();
                items.forEach(s::add);
            }
            return Py.None;
        });
    }

    static void install() {
        PyType set = Builtins.SET;
        PyType fs = Builtins.FROZENSET;
        set.put("__hash__", Py.None);
        BuiltinLibrary.method(set, "add", (a, kw) -> {
            mutable(CallArgs.method("add", a, kw, 1, 1)[0], "add").add(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(set, "discard", (a, kw) -> {
            mutable(CallArgs.method("discard", a, kw, 1, 1)[0], "discard").remove(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(set, "remove", (a, kw) -> {
            if (!mutable(CallArgs.method("remove", a, kw, 1, 1)[0], "remove").remove(a[1])) {
                throw CallArgs.keyError(a[1]);
            }
            return Py.None;
        });
        BuiltinLibrary.method(set, "pop", (a, kw) -> {
            PySet s = mutable(CallArgs.method("pop", a, kw, 0, 0)[0], "pop");
            if (s.size() == 0) {
                throw Py.raise(Builtins.KEY_ERROR, "pop from an empty set");
            }
            Object v = s.items().get(0);
            s.remove(v);
            return v;
        });
        BuiltinLibrary.method(set, "clear", (a, kw) -> {
            mutable(CallArgs.method("clear", a, kw, 0, 0)[0], "clear").clear();
            return Py.None;
        });
        BuiltinLibrary.method(set, "update", (a, kw) -> {
            CallArgs.noKeywords("update", kw);
            PySet s = mutable(a[0], "update");
            for (int i = 1; i < a.length; i++) {
                for (Object v : Py.toList(a[i])) {
                    s.add(v);
                }
            }
            return Py.None;
        });
        multiUpdate("intersection_update", Ops.AND);
        multiUpdate("difference_update", Ops.SUB);
        BuiltinLibrary.method(set, "symmetric_difference_update", (a, kw) -> {
            PySet s = mutable(CallArgs.method("symmetric_difference_update", a, kw, 1, 1)[0],
                    "symmetric_difference_update");
            PySet r = (PySet) SetOps.binary(Ops.XOR, s, asSet(a[1]));
            List<Object> items = r.items();
            s.clear();
            items.forEach(s::add);
            return Py.None;
        });
        for (PyType t : new PyType[]{set, fs}) {
            BuiltinLibrary.method(t, "copy", (a, kw) -> {
                PySet s = self(CallArgs.method("copy", a, kw, 0, 0)[0]);
                return s.frozen ? s : copy(s, false);
            });
            multi(t, "union", Ops.OR);
            multi(t, "intersection", Ops.AND);
            multi(t, "difference", Ops.SUB);
            BuiltinLibrary.method(t, "symmetric_difference", (a, kw) -> {
                PySet s = self(CallArgs.method("symmetric_difference", a, kw, 1, 1)[0]);
                return copy((PySet) SetOps.binary(Ops.XOR, s, asSet(a[1])), s.frozen);
            });
            BuiltinLibrary.method(t, "issubset", (a, kw) ->
                    SetOps.subset(self(CallArgs.method("issubset", a, kw, 1, 1)[0]), asSet(a[1])));
            BuiltinLibrary.method(t, "issuperset", (a, kw) ->
                    SetOps.subset(asSet(CallArgs.method("issuperset", a, kw, 1, 1)[1]), self(a[0])));
            BuiltinLibrary.method(t, "isdisjoint", (a, kw) -> {
                PySet s = self(CallArgs.method("isdisjoint", a, kw, 1, 1)[0]);
                for (Object v : Py.toList(a[1])) {
                    if (s.contains(v)) {
                        return false;
                    }
                }
                return true;
            });
            BuiltinLibrary.method(t, "__contains__", (a, kw) -> self(a[0]).contains(a[1]));
            BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) self(a[0]).size());
            BuiltinLibrary.method(t, "__iter__", (a, kw) -> IterTypes.of(IterTypes.SET_ITERATOR,
                    PyIter.over(self(a[0]).items())::next));
            BuiltinLibrary.method(t, "__repr__", (a, kw) -> Py.repr(self(a[0])));
            String[] names = {"__or__", "__and__", "__sub__", "__xor__"};
            int[] ops = {Ops.OR, Ops.AND, Ops.SUB, Ops.XOR};
            for (int i = 0; i < names.length; i++) {
                int op = ops[i];
                BuiltinLibrary.method(t, names[i], (a, kw) -> a[1] instanceof PySet o
                        ? SetOps.binary(op, self(a[0]), o) : Py.NotImplemented);
            }
            String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            for (int i = 0; i < cmp.length; i++) {
                int op = i;
                BuiltinLibrary.method(t, cmp[i], (a, kw) -> a[1] instanceof PySet
                        ? Ops.richCompare(a[0], a[1], op) : Py.NotImplemented);
            }
        }
        BuiltinLibrary.method(fs, "__hash__", (a, kw) -> Hashing.hash(self(a[0])));
    }
}
