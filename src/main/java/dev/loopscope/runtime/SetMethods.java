package dev.loopscope.runtime;

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
        return PySet.of(false, o);
    }

    private static Object[] rest(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
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
        BuiltinLibrary.method(set, "pop", (a, kw) ->
                mutable(CallArgs.method("pop", a, kw, 0, 0)[0], "pop").pop());
        BuiltinLibrary.method(set, "clear", (a, kw) -> {
            mutable(CallArgs.method("clear", a, kw, 0, 0)[0], "clear").clear();
            return Py.None;
        });
        BuiltinLibrary.method(set, "update", (a, kw) -> {
            CallArgs.noKeywords("update", kw);
            PySet s = mutable(a[0], "update");
            for (int i = 1; i < a.length; i++) {
                s.updateInternal(a[i]);
            }
            return Py.None;
        });
        BuiltinLibrary.method(set, "intersection_update", (a, kw) -> {
            CallArgs.noKeywords("intersection_update", kw);
            PySet s = mutable(a[0], "intersection_update");
            s.takeBody(s.intersectionMulti(rest(a)));
            return Py.None;
        });
        BuiltinLibrary.method(set, "difference_update", (a, kw) -> {
            CallArgs.noKeywords("difference_update", kw);
            PySet s = mutable(a[0], "difference_update");
            for (int i = 1; i < a.length; i++) {
                s.differenceUpdate(a[i]);
            }
            return Py.None;
        });
        BuiltinLibrary.method(set, "symmetric_difference_update", (a, kw) -> {
            PySet s = mutable(CallArgs.method("symmetric_difference_update", a, kw, 1, 1)[0],
                    "symmetric_difference_update");
            s.symmetricDifferenceUpdate(a[1]);
            return Py.None;
        });
        String[] inames = {"__ior__", "__iand__", "__isub__", "__ixor__"};
        int[] iops = {Ops.OR, Ops.AND, Ops.SUB, Ops.XOR};
        for (int i = 0; i < inames.length; i++) {
            int op = iops[i];
            String name = inames[i];
            BuiltinLibrary.method(set, name, (a, kw) -> a[1] instanceof PySet o
                    ? SetOps.inplace(op, mutable(a[0], name), o) : Py.NotImplemented);
        }
        for (PyType t : new PyType[]{set, fs}) {
            BuiltinLibrary.method(t, "copy", (a, kw) -> {
                PySet s = self(CallArgs.method("copy", a, kw, 0, 0)[0]);
                return s.frozen ? s : s.copy();
            });
            BuiltinLibrary.method(t, "union", (a, kw) -> {
                CallArgs.noKeywords("union", kw);
                return self(a[0]).union(rest(a));
            });
            BuiltinLibrary.method(t, "intersection", (a, kw) -> {
                CallArgs.noKeywords("intersection", kw);
                return self(a[0]).intersectionMulti(rest(a));
            });
            BuiltinLibrary.method(t, "difference", (a, kw) -> {
                CallArgs.noKeywords("difference", kw);
                return self(a[0]).differenceMulti(rest(a));
            });
            BuiltinLibrary.method(t, "symmetric_difference", (a, kw) ->
                    self(CallArgs.method("symmetric_difference", a, kw, 1, 1)[0]).symmetricDifference(a[1]));
            BuiltinLibrary.method(t, "issubset", (a, kw) ->
                    self(CallArgs.method("issubset", a, kw, 1, 1)[0]).isSubset(asSet(a[1])));
            BuiltinLibrary.method(t, "issuperset", (a, kw) ->
                    asSet(CallArgs.method("issuperset", a, kw, 1, 1)[1]).isSubset(self(a[0])));
            BuiltinLibrary.method(t, "isdisjoint", (a, kw) ->
                    self(CallArgs.method("isdisjoint", a, kw, 1, 1)[0]).isDisjoint(a[1]));
            BuiltinLibrary.method(t, "__contains__", (a, kw) -> self(a[0]).contains(a[1]));
            BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) self(a[0]).size());
            BuiltinLibrary.method(t, "__iter__", (a, kw) -> self(a[0]).iterator());
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
