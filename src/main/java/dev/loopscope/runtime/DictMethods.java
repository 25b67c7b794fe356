package dev.loopscope.runtime;

import java.util.List;
import java.util.Map;

/** The methods of dict (shared by its subclasses through {@link PyMapping}) and of the dict views. */
final class DictMethods {
    private DictMethods() {
    }

    static final PyType VALUE_ITERATOR = PyType.builtin("dict_valueiterator", Builtins.ITERATOR);
    static final PyType ITEM_ITERATOR = PyType.builtin("dict_itemiterator", Builtins.ITERATOR);

    /** The dict behind a dict or an instance of a dict subclass. */
    static PyDict self(Object o) {
        if (o instanceof PyDict d) {
            return d;
        }
        if (o instanceof PyMapping m) {
            return m.map;
        }
        throw Py.typeError("descriptor requires a 'dict' object but received a '" + Py.typeName(o) + "'");
    }

    static boolean isDict(Object o) {
        return o instanceof PyDict || o instanceof PyMapping;
    }

    /** dict.update(other): a mapping (anything with keys()) or an iterable of pairs. */
    static void update(PyDict d, Object src) {
        if (isDict(src)) {
            PyDict s = self(src);
            if (src instanceof PyMapping && Py.typeOf(src).lookup("keys") != Builtins.DICT.dict().get("keys")) {
                fromKeysMethod(d, src);
                return;
            }
            for (Map.Entry<Object, Object> e : s.entries()) {
                d.put(e.getKey(), e.getValue());
            }
            return;
        }
        if (!(src instanceof PyList) && !(src instanceof PyTuple) && Py.getAttrOrNull(src, "keys") != null) {
            fromKeysMethod(d, src);
            return;
        }
        Object it = Py.iter(src);
        int n = 0;
        for (Object item = Py.next(it); item != null; item = Py.next(it), n++) {
            List<Object> pair;
            try {
                pair = Py.toList(item);
            } catch (PyException e) {
                if (e.exc.type().isSubtypeOf(Builtins.TYPE_ERROR)) {
                    throw Py.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                throw e;
            }
            if (pair.size() != 2) {
                throw Py.valueError("dictionary update sequence element #" + n + " has length " + pair.size()
                        + "; 2 is required");
            }
            d.put(pair.get(0), pair.get(1));
        }
    }

    private static void fromKeysMethod(PyDict d, Object src) {
        Object keys = Py.call(Py.getAttr(src, "keys"), new Object[0], null);
        for (Object k : Py.toList(keys)) {
            d.put(k, Sequences.getItem(src, k));
        }
    }

    static Object getItem(Object self, Object key) {
        PyDict d = self(self);
        Object v = d.get(key);
        if (v != null) {
            return v;
        }
        if (self instanceof PyMapping) {
            Object missing = Py.lookupSpecial(self, "__missing__");
            if (missing != null) {
                return Py.call(missing, new Object[]{key}, null);
            }
        }
        throw CallArgs.keyError(key);
    }

    /** A new, empty instance of the same kind: a plain dict or the subclass (default_factory kept). */
    static Object sameKind(Object self) {
        if (self instanceof PyMapping m) {
            PyMapping c = (PyMapping) m.type().allocator().apply(m.type());
            c.defaultFactory = m.defaultFactory;
            return c;
        }
        return new PyDict();
    }

    static void install() {
        PyType t = Builtins.DICT;
        t.withAllocator(PyMapping::new);
        BuiltinLibrary.method(t, "__init__", (a, kw) -> {
            int npos = CallArgs.npos(a, kw);
            if (npos > 2) {
                throw Py.typeError("dict expected at most 1 argument, got " + (npos - 1));
            }
            PyDict d = self(a[0]);
            if (npos == 2) {
                update(d, a[1]);
            }
            for (int i = 0; kw != null && i < kw.length; i++) {
                d.put(kw[i], a[npos + i]);
            }
            return Py.None;
        });
        BuiltinLibrary.method(t, "keys", (a, kw) ->
                new PyDictView(PyDictView.KEYS, self(CallArgs.method("keys", a, kw, 0, 0)[0])));
        BuiltinLibrary.method(t, "values", (a, kw) ->
                new PyDictView(PyDictView.VALUES, self(CallArgs.method("values", a, kw, 0, 0)[0])));
        BuiltinLibrary.method(t, "items", (a, kw) ->
                new PyDictView(PyDictView.ITEMS, self(CallArgs.method("items", a, kw, 0, 0)[0])));
        BuiltinLibrary.method(t, "get", (a, kw) -> {
            CallArgs.method("get", a, kw, 1, 2);
            Object v = self(a[0]).get(a[1]);
            return v != null ? v : CallArgs.arg(a, 2, Py.None);
        });
        BuiltinLibrary.method(t, "setdefault", (a, kw) -> {
            CallArgs.method("setdefault", a, kw, 1, 2);
            PyDict d = self(a[0]);
            Object v = d.get(a[1]);
            if (v == null) {
                v = CallArgs.arg(a, 2, Py.None);
                d.put(a[1], v);
            }
            return v;
        });
        BuiltinLibrary.method(t, "pop", (a, kw) -> {
            CallArgs.method("pop", a, kw, 1, 2);
            PyDict d = self(a[0]);
            if (!d.containsKey(a[1])) {
                if (a.length == 3) {
                    return a[2];
                }
                throw CallArgs.keyError(a[1]);
            }
            return d.remove(a[1]);
        });
        BuiltinLibrary.method(t, "popitem", (a, kw) -> {
            CallArgs.method("popitem", a, kw, 0, 0);
            PyDict d = self(a[0]);
            if (d.size() == 0) {
                throw Py.raise(Builtins.KEY_ERROR, "popitem(): dictionary is empty");
            }
            List<Object> keys = d.keys();
            Object k = keys.get(keys.size() - 1);
            Object v = d.remove(k);
            return PyTuple.of(k, v);
        });
        BuiltinLibrary.method(t, "update", (a, kw) -> {
            int npos = CallArgs.npos(a, kw);
            if (npos > 2) {
                throw Py.typeError("update expected at most 1 argument, got " + (npos - 1));
            }
            PyDict d = self(a[0]);
            if (npos == 2) {
                update(d, a[1]);
            }
            for (int i = 0; kw != null && i < kw.length; i++) {
                d.put(kw[i], a[npos + i]);
            }
            return Py.None;
        });
        BuiltinLibrary.method(t, "clear", (a, kw) -> {
            self(CallArgs.method("clear", a, kw, 0, 0)[0]).clear();
            return Py.None;
        });
        BuiltinLibrary.method(t, "copy", (a, kw) -> {
            CallArgs.method("copy", a, kw, 0, 0);
            PyDict c = new PyDict();
            for (Map.Entry<Object, Object> e : self(a[0]).entries()) {
                c.put(e.getKey(), e.getValue());
            }
            return c;
        });
        t.put("fromkeys", new PyDescriptors.ClassMethod(new PyBuiltinFunction("fromkeys", (a, kw) -> {
            CallArgs.method("fromkeys", a, kw, 1, 2);
            Object value = CallArgs.arg(a, 2, Py.None);
            Object out = a[0] == Builtins.DICT ? new PyDict() : Py.call(a[0], new Object[0], null);
            for (Object k : Py.toList(a[1])) {
                if (isDict(out)) {
                    self(out).put(k, value);
                } else {
                    Sequences.setItem(out, k, value);
                }
            }
            return out;
        }, t)));
        BuiltinLibrary.method(t, "__getitem__", (a, kw) -> getItem(CallArgs.method("__getitem__", a, kw, 1, 1)[0],
                a[1]));
        BuiltinLibrary.method(t, "__setitem__", (a, kw) -> {
            self(CallArgs.method("__setitem__", a, kw, 2, 2)[0]).put(a[1], a[2]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__delitem__", (a, kw) -> {
            PyDict d = self(CallArgs.method("__delitem__", a, kw, 1, 1)[0]);
            if (!d.containsKey(a[1])) {
                throw CallArgs.keyError(a[1]);
            }
            d.remove(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__contains__", (a, kw) ->
                self(CallArgs.method("__contains__", a, kw, 1, 1)[0]).containsKey(a[1]));
        BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) self(CallArgs.method("__len__", a, kw, 0, 0)[0]).size());
        BuiltinLibrary.method(t, "__iter__", (a, kw) -> new Py.DictKeyIter(self(a[0])));
        BuiltinLibrary.method(t, "__reversed__", (a, kw) -> IterationFunctions.reversed(self(a[0])));
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> {
            PyDict d = self(a[0]);
            return Py.repr(d);
        });
        BuiltinLibrary.method(t, "__eq__", (a, kw) -> {
            if (!isDict(a[1])) {
                return Py.NotImplemented;
            }
            return self(a[0]).equals(self(a[1]));
        });
        BuiltinLibrary.method(t, "__ne__", (a, kw) -> {
            if (!isDict(a[1])) {
                return Py.NotImplemented;
            }
            return !self(a[0]).equals(self(a[1]));
        });
        t.put("__hash__", Py.None);
        BuiltinLibrary.method(t, "__or__", (a, kw) -> {
            if (!isDict(a[1])) {
                return Py.NotImplemented;
            }
            Object out = sameKind(a[0]);
            PyDict d = self(out);
            update(d, self(a[0]));
            update(d, self(a[1]));
            return out;
        });
        BuiltinLibrary.method(t, "__ror__", (a, kw) -> {
            if (!isDict(a[1])) {
                return Py.NotImplemented;
            }
            PyDict d = new PyDict();
            update(d, self(a[1]));
            update(d, self(a[0]));
            return d;
        });
        BuiltinLibrary.method(t, "__ior__", (a, kw) -> {
            update(self(a[0]), a[1]);
            return a[0];
        });
        installViews();
    }

    private static PyDictView view(Object o) {
        return (PyDictView) o;
    }

    private static PySet asSet(Object o) {
        PySet s = new PySet(false);
        for (Object v : o instanceof PyDictView v ? v.items() : Py.toList(o)) {
            s.add(v);
        }
        return s;
    }

    private static boolean isSetView(Object o) {
        return o instanceof PyDictView v && v.type() != PyDictView.VALUES;
    }

    /** dictviews_to_set: a keys view is read from its dict directly. */
    private static PySet viewToSet(Object o) {
        return PySet.of(false, o instanceof PyDictView v && v.type() == PyDictView.KEYS ? v.dict : o);
    }

    private static boolean viewContains(PyDictView v, Object key) {
        if (v.type() == PyDictView.KEYS) {
            return v.dict.containsKey(key);
        }
        if (!(key instanceof PyTuple t) || t.items.length != 2) {
            return false;
        }
        Object val = v.dict.get(t.items[0]);
        return val != null && (val == t.items[1] || Py.eq(val, t.items[1]));
    }

    /** CPython's dictviews_or/_sub/_xor and _PyDictView_Intersect, with the operands in source order. */
    private static Object viewOp(int code, Object left, Object right) {
        switch (code) {
            case Ops.OR: {
                PySet r = viewToSet(left);
                r.updateInternal(right);
                return r;
            }
            case Ops.SUB: {
                PySet r = viewToSet(left);
                r.differenceUpdate(right);
                return r;
            }
            case Ops.XOR: {
                if (left instanceof PyDictView x && x.type() == PyDictView.ITEMS
                        && right instanceof PyDictView y && y.type() == PyDictView.ITEMS) {
                    return itemsXor(x.dict, y.dict);
                }
                PySet r = viewToSet(left);
                r.symmetricDifferenceUpdate(right);
                return r;
            }
            default:
                break;
        }
        Object self = left;
        Object other = right;
        if (!isSetView(self)) {
            self = right;
            other = left;
        }
        int lenSelf = ((PyDictView) self).dict.size();
        if (other instanceof PySet s && !s.frozen && lenSelf <= s.size()) {
            return s.intersectionMulti(self);
        }
        if (isSetView(other) && ((PyDictView) other).dict.size() > lenSelf) {
            Object tmp = other;
            other = self;
            self = tmp;
        }
        PyDictView view = (PyDictView) self;
        PySet result = new PySet(false);
        Object it = Py.iter(other);
        for (Object k = Py.next(it); k != null; k = Py.next(it)) {
            if (viewContains(view, k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** dictitems_xor. */
    private static PySet itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = new PyDict();
        for (Map.Entry<Object, Object> e : d1.entries()) {
            temp.put(e.getKey(), e.getValue());
        }
        PySet result = new PySet(false);
        for (Map.Entry<Object, Object> e : d2.entries()) {
            Object v1 = temp.get(e.getKey());
            Object v2 = e.getValue();
            if (v1 != null && (v1 == v2 || Py.eq(v1, v2))) {
                temp.remove(e.getKey());
            } else {
                result.add(PyTuple.of(e.getKey(), v2));
            }
        }
        for (Map.Entry<Object, Object> e : temp.entries()) {
            result.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        return result;
    }

    private static void installViews() {
        for (PyType t : new PyType[]{PyDictView.KEYS, PyDictView.VALUES, PyDictView.ITEMS}) {
            BuiltinLibrary.method(t, "__iter__", (a, kw) -> view(a[0]).iterator());
            BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) view(a[0]).dict.size());
            BuiltinLibrary.method(t, "__reversed__", (a, kw) -> {
                List<Object> items = view(a[0]).items();
                int[] i = {items.size() - 1};
                return IterTypes.of(IterTypes.REVERSED, () -> i[0] >= 0 ? items.get(i[0]--) : null);
            });
            BuiltinLibrary.method(t, "__repr__", (a, kw) -> view(a[0]).type().name() + "("
                    + Py.repr(new PyList(view(a[0]).items())) + ")");
        }
        BuiltinLibrary.method(PyDictView.KEYS, "__contains__", (a, kw) -> view(a[0]).dict.containsKey(a[1]));
        BuiltinLibrary.method(PyDictView.VALUES, "__contains__", (a, kw) -> {
            for (Object v : view(a[0]).dict.values()) {
                if (v == a[1] || Py.eq(v, a[1])) {
                    return true;
                }
            }
            return false;
        });
        BuiltinLibrary.method(PyDictView.ITEMS, "__contains__", (a, kw) -> {
            if (!(a[1] instanceof PyTuple t) || t.items.length != 2) {
                return false;
            }
            Object v = view(a[0]).dict.get(t.items[0]);
            return v != null && (v == t.items[1] || Py.eq(v, t.items[1]));
        });
        String[] ops = {"and", "or", "sub", "xor"};
        int[] codes = {Ops.AND, Ops.OR, Ops.SUB, Ops.XOR};
        for (PyType t : new PyType[]{PyDictView.KEYS, PyDictView.ITEMS}) {
            for (int i = 0; i < ops.length; i++) {
                int code = codes[i];
                BuiltinLibrary.method(t, "__" + ops[i] + "__", (a, kw) -> {
                    try {
                        return viewOp(code, a[0], a[1]);
                    } catch (PyException e) {
                        return Py.NotImplemented;
                    }
                });
                BuiltinLibrary.method(t, "__r" + ops[i] + "__", (a, kw) -> {
                    try {
                        return viewOp(code, a[1], a[0]);
                    } catch (PyException e) {
                        return Py.NotImplemented;
                    }
                });
            }
            BuiltinLibrary.method(t, "__eq__", (a, kw) -> {
                if (!(a[1] instanceof PySet) && !(a[1] instanceof PyDictView v && v.type() != PyDictView.VALUES)) {
                    return Py.NotImplemented;
                }
                return asSet(a[0]).equals(asSet(a[1]));
            });
            BuiltinLibrary.method(t, "isdisjoint", (a, kw) -> {
                PySet s = asSet(a[0]);
                for (Object v : Py.toList(a[1])) {
                    if (s.contains(v)) {
                        return false;
                    }
                }
                return true;
            });
        }
    }
}
