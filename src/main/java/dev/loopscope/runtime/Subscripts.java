package dev.loopscope.runtime;

/** {@code o[k]}, {@code o[k] = v} and {@code del o[k]}: fast paths, then __getitem__ and friends. */
public final class Subscripts {
    private Subscripts() {
    }

    public static Object get(Object o, Object key) {
        if (o instanceof PyList l && key instanceof Long i) {
            long n = l.items.size();
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw Py.raise(Builtins.INDEX_ERROR, "list index out of range");
            }
            return l.items.get((int) j);
        }
        if (o instanceof PyTuple t && key instanceof Long i) {
            long n = t.items.length;
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw Py.raise(Builtins.INDEX_ERROR, "tuple index out of range");
            }
            return t.items[(int) j];
        }
        if (o instanceof PyDict d && Py.typeOf(o) == Builtins.DICT) {
            Object v = d.get(key);
            if (v == null) {
                throw new PyException(Builtins.newException(Builtins.KEY_ERROR, key));
            }
            return v;
        }
        if (o instanceof PyType t) {
            Object cg = t.lookup("__class_getitem__");
            if (cg != null) {
                return Py.call(Py.getAttr(t, "__class_getitem__"), key);
            }
            if (t.isBuiltin()) {
                return t;
            }
        }
        Object m = Py.lookupSpecial(o, "__getitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(o) + "' object is not subscriptable");
        }
        return Py.call(m, new Object[]{key}, null);
    }

    public static void set(Object o, Object key, Object value) {
        if (o instanceof PyList l && key instanceof Long i) {
            long n = l.items.size();
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw Py.raise(Builtins.INDEX_ERROR, "list assignment index out of range");
            }
            l.items.set((int) j, value);
            return;
        }
        if (o instanceof PyDict d && Py.typeOf(o) == Builtins.DICT) {
            d.put(key, value);
            return;
        }
        Object m = Py.lookupSpecial(o, "__setitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(o) + "' object does not support item assignment");
        }
        Py.call(m, new Object[]{key, value}, null);
    }

    public static void delete(Object o, Object key) {
        if (o instanceof PyDict d && Py.typeOf(o) == Builtins.DICT) {
            if (d.remove(key) == null) {
                throw new PyException(Builtins.newException(Builtins.KEY_ERROR, key));
            }
            return;
        }
        Object m = Py.lookupSpecial(o, "__delitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(o) + "' object does not support item deletion");
        }
        Py.call(m, new Object[]{key}, null);
    }
}
