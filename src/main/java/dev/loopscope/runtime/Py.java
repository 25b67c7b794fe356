package dev.loopscope.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The object protocol: what CPython's abstract.c and object.c do, for LoopScope's values. */
public final class Py {
    private Py() {
    }

    public static final PySingleton None = new PySingleton("None");
    public static final PySingleton NotImplemented = new PySingleton("NotImplemented");
    public static final PySingleton Ellipsis = new PySingleton("Ellipsis");

    private static final ThreadLocal<Vm> VM = new ThreadLocal<>();

    public static Vm vm() {
        Vm vm = VM.get();
        if (vm == null) {
            throw new IllegalStateException("no scenario runs on this thread");
        }
        return vm;
    }

    public static void bindVm(Vm vm) {
        if (vm == null) {
            VM.remove();
        } else {
            VM.set(vm);
        }
    }

    // ------------------------------------------------------------------------------------ types

    public static PyType typeOf(Object o) {
        if (o instanceof PyObject p) {
            return p.type();
        }
        if (o instanceof String) {
            return Builtins.STR;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return Builtins.INT;
        }
        if (o instanceof Double) {
            return Builtins.FLOAT;
        }
        if (o instanceof Boolean) {
            return Builtins.BOOL;
        }
        if (o instanceof byte[]) {
            return Builtins.BYTES;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass()));
    }

    public static boolean isInstance(Object o, PyType t) {
        return typeOf(o).isSubtypeOf(t);
    }

    public static String typeName(Object o) {
        return typeOf(o).name();
    }

    // ---------------------------------------------------------------------------------- numbers

    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    /** An int as a Java long; OverflowError-free callers check {@link #isInt} first. */
    public static long index(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger) {
            throw raise(Builtins.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        if (o instanceof PyInstance) {
            Object m = lookupSpecial(o, "__index__");
            if (m != null) {
                return index(call(m, new Object[0], null));
            }
        }
        throw typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw raise(Builtins.OVERFLOW_ERROR, "int too large to convert to float");
            }
            return d;
        }
        throw typeError("must be real number, not " + typeName(o));
    }

    /** int to float for comparisons: huge ints become infinities instead of raising. */
    static double toDoubleLossy(Object o) {
        return o instanceof BigInteger b ? b.doubleValue() : toDouble(o);
    }

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    // ---------------------------------------------------------------------------------- truth

    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o == None) {
            return false;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof PyList l) {
            return !l.items.isEmpty();
        }
        if (o instanceof PyTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PySet s) {
            return s.size() != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof PyRange r) {
            return r.length() != 0;
        }
        if (o instanceof PyInstance) {
            Object m = lookupSpecial(o, "__bool__");
            if (m != null) {
                Object r = call(m, new Object[0], null);
                if (!(r instanceof Boolean b)) {
                    throw typeError("__bool__ should return bool, returned " + typeName(r));
                }
                return b;
            }
            m = lookupSpecial(o, "__len__");
            if (m != null) {
                return index(call(m, new Object[0], null)) != 0;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------ str / repr

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    public static String repr(Object o) {
        if (o instanceof String s) {
            return Text.reprString(s);
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return Text.reprFloat(d);
        }
        if (o instanceof PySingleton) {
            return o.toString();
        }
        if (o instanceof byte[] b) {
            return BytesMethods.repr(b);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple) {
            IdentityHashMap<Object, Boolean> active = REPR_ACTIVE.get();
            if (active.containsKey(o)) {
                return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "(...)";
            }
            active.put(o, Boolean.TRUE);
            try {
                return Text.reprContainer(o);
            } finally {
                active.remove(o);
            }
        }
        Object m = lookupSpecial(o, "__repr__");
        if (m != null) {
            Object r = call(m, new Object[0], null);
            if (!(r instanceof String s)) {
                throw typeError("__repr__ returned non-string (type " + typeName(r) + ")");
            }
            return s;
        }
        return Text.defaultRepr(o);
    }

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return Text.intToString(o);
        }
        if (o instanceof Double || o instanceof Boolean || o instanceof PySingleton) {
            return repr(o);
        }
        Object m = lookupSpecial(o, "__str__");
        if (m != null) {
            Object r = call(m, new Object[0], null);
            if (!(r instanceof String s)) {
                throw typeError("__str__ returned non-string (type " + typeName(r) + ")");
            }
            return s;
        }
        return repr(o);
    }

    public static String nameOf(Object callable) {
        if (callable instanceof PyFunction f) {
            return f.name;
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.name;
        }
        if (callable instanceof PyBoundMethod m) {
            return nameOf(m.func);
        }
        if (callable instanceof PyType t) {
            return t.name();
        }
        Object n = callable instanceof PyObject p && p.dict() != null ? p.dict().get("__name__") : null;
        return n instanceof String s ? s : typeName(callable);
    }

    // ---------------------------------------------------------------------------- eq and hash

    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return a != null && !(a instanceof Double d && d.isNaN());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return truthy(Ops.richCompare(a, b, Ops.EQ));
    }

    public static int hash(Object o) {
        if (o instanceof Long l) {
            return Long.hashCode(l);
        }
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
                return Long.hashCode((long) v);
            }
            return Double.hashCode(v);
        }
        if (o instanceof BigInteger b) {
            return b.hashCode();
        }
        return o.hashCode();
    }

    /** Java hashCode of a scenario object: its __hash__ when its class defines one. */
    static int hashOfInstance(PyInstance o) {
        if (o.type().definesPyEquality()) {
            Object h = o.type().lookup("__hash__");
            if (h == None) {
                throw typeError("unhashable type: '" + o.type().name() + "'");
            }
            if (h != null && !(h instanceof PyBuiltinFunction)) {
                return (int) index(call(h, new Object[]{o}, null));
            }
            if (o.type().lookup("__eq__") instanceof PyFunction) {
                throw typeError("unhashable type: '" + o.type().name() + "'");
            }
        }
        return System.identityHashCode(o);
    }

    static boolean eqOfInstance(PyInstance o, Object other) {
        if (!o.type().definesPyEquality()) {
            return false;
        }
        return truthy(Ops.richCompare(o, other, Ops.EQ));
    }

    // ---------------------------------------------------------------------------- attributes

    /** Looks a special method up on the type only (as CPython does), bound to {@code o}. */
    public static Object lookupSpecial(Object o, String name) {
        Object f = typeOf(o).lookup(name);
        if (f == null) {
            return null;
        }
        return bindDescriptor(f, o, typeOf(o));
    }

    static Object bindDescriptor(Object f, Object self, PyType owner) {
        if (f instanceof PyFunction || f instanceof PyBuiltinFunction) {
            return new PyBoundMethod(self, f);
        }
        if (f instanceof PyDescriptors.ClassMethod cm) {
            return new PyBoundMethod(owner, cm.func);
        }
        if (f instanceof PyDescriptors.StaticMethod sm) {
            return sm.func;
        }
        if (f instanceof PyDescriptors.Property p) {
            if (p.fget == None || p.fget == null) {
                throw raise(Builtins.ATTRIBUTE_ERROR, "property object has no getter");
            }
            return call(p.fget, new Object[]{self}, null);
        }
        return userGet(f, self, owner);
    }

    /** A descriptor written in Python (an instance whose class defines __get__): its __get__(obj, owner). */
    private static Object userGet(Object f, Object self, PyType owner) {
        if (f instanceof PyInstance && !(f instanceof PyType)) {
            Object get = typeOf(f).lookup("__get__");
            if (get instanceof PyFunction) {
                return call(get, new Object[]{f, self, owner}, null);
            }
        }
        return f;
    }

    public static Object getAttr(Object o, String name) {
        Object v = getAttrOrNull(o, name);
        if (v == null) {
            throw attributeError(o, name);
        }
        return v;
    }

    public static PyException attributeError(Object o, String name) {
        if (o instanceof PyModule m) {
            return raise(Builtins.ATTRIBUTE_ERROR, "module '" + m.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyType t) {
            return raise(Builtins.ATTRIBUTE_ERROR, "type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        return raise(Builtins.ATTRIBUTE_ERROR, "'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    /** {@code getattr(o, name)}, or null when there is no such attribute. */
    public static Object getAttrOrNull(Object o, String name) {
        if (o instanceof PyModule m) {
            Object v = m.globals.get(name);
            if (v != null) {
                return v;
            }
            if (name.equals("__dict__")) {
                return dictView(m.globals);
            }
            return null;
        }
        if (o instanceof PyType t) {
            return typeAttr(t, name);
        }
        PyType type = typeOf(o);
        Object descr = type.lookup(name);
        if (descr instanceof PyDescriptors.Property) {
            return bindDescriptor(descr, o, type);
        }
        if (o instanceof PyObject p) {
            Map<String, Object> d = p.dict();
            if (d != null) {
                Object v = d.get(name);
                if (v != null) {
                    return v;
                }
            }
            Object special = Builtins.specialAttr(p, name);
            if (special != null) {
                return special;
            }
        }
        if (descr != null) {
            return bindDescriptor(descr, o, type);
        }
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__") && o instanceof PyInstance p && p.dict() instanceof java.util.LinkedHashMap) {
            return PyDict.over(p.dict());
        }
        if (name.equals("__dict__") && o instanceof PyObject p && p.dict() != null) {
            return dictView(p.dict());
        }
        if (o instanceof PyInstance) {
            Object ga = type.lookup("__getattr__");
            if (ga != null) {
                try {
                    return call(ga, new Object[]{o, name}, null);
                } catch (PyException e) {
                    if (e.exc.type().isSubtypeOf(Builtins.ATTRIBUTE_ERROR)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        return null;
    }

    private static Object typeAttr(PyType t, String name) {
        Object v = t.lookup(name);
        if (v != null) {
            if (v instanceof PyDescriptors.ClassMethod cm) {
                return new PyBoundMethod(t, cm.func);
            }
            if (v instanceof PyDescriptors.StaticMethod sm) {
                return sm.func;
            }
            return userGet(v, None, t);
        }
        switch (name) {
            case "__name__":
                return t.name();
            case "__qualname__":
                return t.qualname();
            case "__module__":
                return t.module();
            case "__mro__":
                return PyTuple.of((Object[]) t.mro());
            case "__bases__":
                return PyTuple.of(t.bases().toArray());
            case "__base__":
                return t.bases().isEmpty() ? None : t.bases().get(0);
            case "__dict__":
                return dictView(t.dict());
            case "__class__":
                return Builtins.TYPE;
            case "__doc__":
                return None;
            default:
                return null;
        }
    }

    /** A dict with an object's attributes, in their order (a snapshot: CPython's is live). */
    public static PyDict dictView(Map<String, Object> m) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }

    public static void setAttr(Object o, String name, Object value) {
        PyType type = typeOf(o);
        Object descr = type.lookup(name);
        if (descr instanceof PyDescriptors.Property p) {
            if (p.fset == None) {
                throw raise(Builtins.ATTRIBUTE_ERROR, "property '" + name + "' of '" + type.name()
                        + "' object has no setter");
            }
            call(p.fset, new Object[]{o, value}, null);
            return;
        }
        if (o instanceof PyInstance && type.lookup("__setattr__") instanceof PyFunction f) {
            call(f, new Object[]{o, name, value}, null);
            return;
        }
        rawSetAttr(o, name, value);
    }

    /** object.__setattr__: no descriptors, no user hooks. */
    public static void rawSetAttr(Object o, String name, Object value) {
        if (o instanceof PyType t) {
            if (t.isBuiltin()) {
                throw typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
            }
            t.put(name, value);
            t.invalidateCaches();
            return;
        }
        if (o instanceof PyObject p && Builtins.setSpecialAttr(p, name, value)) {
            return;
        }
        Map<String, Object> d = o instanceof PyObject p ? p.dict() : null;
        if (d != null && o instanceof PyInstance inst && !(o instanceof PyBaseException)) {
            java.util.Set<String> slots = inst.type().slotNames();
            if (slots != null && !slots.contains(name)) {
                throw raise(Builtins.ATTRIBUTE_ERROR, "'" + typeName(o) + "' object has no attribute '" + name + "'");
            }
        }
        if (d == null) {
            if (typeOf(o).lookup(name) != null) {
                throw raise(Builtins.ATTRIBUTE_ERROR, "'" + typeName(o) + "' object attribute '" + name
                        + "' is read-only");
            }
            throw raise(Builtins.ATTRIBUTE_ERROR, "'" + typeName(o) + "' object has no attribute '" + name + "'");
        }
        d.put(name, value);
    }

    public static void delAttr(Object o, String name) {
        PyType type = typeOf(o);
        if (o instanceof PyInstance && type.lookup("__delattr__") instanceof PyFunction f) {
            call(f, new Object[]{o, name}, null);
            return;
        }
        Object descr = type.lookup(name);
        if (descr instanceof PyDescriptors.Property p) {
            if (p.fdel == None) {
                throw raise(Builtins.ATTRIBUTE_ERROR, "property '" + name + "' of '" + type.name()
                        + "' object has no deleter");
            }
            call(p.fdel, new Object[]{o}, null);
            return;
        }
        Map<String, Object> d = o instanceof PyObject p ? p.dict() : null;
        if (d == null || d.remove(name) == null) {
            throw attributeError(o, name);
        }
        if (o instanceof PyType t) {
            t.invalidateCaches();
        }
    }

    // -------------------------------------------------------------------------------- calls

    public static final String[] NO_KW = null;

    public static Object call(Object callable, Object... args) {
        return call(callable, args, null);
    }

    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return vm().callFunction(f, args, kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwnames);
        }
        if (callable instanceof PyBoundMethod m) {
            Object[] all = new Object[args.length + 1];
            all[0] = m.self;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(m.func, all, kwnames);
        }
        if (callable instanceof PyType t) {
            return Builtins.callType(t, args, kwnames);
        }
        Object m = callable instanceof PyInstance || callable instanceof PyObject ? lookupSpecial(callable, "__call__")
                : null;
        if (m != null) {
            return call(m, args, kwnames);
        }
        throw typeError("'" + typeName(callable) + "' object is not callable");
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || typeOf(o).lookup("__call__") != null;
    }

    // ---------------------------------------------------------------------------- iteration

    public static Object iter(Object o) {
        if (o instanceof PyList l) {
            return new ListIter(l);
        }
        if (o instanceof PyTuple t) {
            return PyIter.over(t.items);
        }
        if (o instanceof PyRange r) {
            return r.iterator();
        }
        if (o instanceof String s) {
            return new PyIter() {
                int i;

                @Override
                public Object next() {
                    if (i >= s.length()) {
                        return null;
                    }
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    return new String(Character.toChars(cp));
                }
            };
        }
        if (o instanceof PyDict d) {
            return new DictKeyIter(d);
        }
        if (o instanceof PySet s) {
            return s.iterator();
        }
        if (o instanceof PyIter) {
            return o;
        }
        Object m = lookupSpecial(o, "__iter__");
        if (m != null) {
            Object it = call(m, new Object[0], null);
            if (typeOf(it).lookup("__next__") == null && !(it instanceof PyIter)) {
                throw typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return it;
        }
        Object gi = lookupSpecial(o, "__getitem__");
        if (gi != null) {
            return new PyIter() {
                long i;

                @Override
                public Object next() {
                    try {
                        return call(gi, new Object[]{i++}, null);
                    } catch (PyException e) {
                        if (e.exc.type().isSubtypeOf(Builtins.INDEX_ERROR)
                                || e.exc.type().isSubtypeOf(Builtins.STOP_ITERATION)) {
                            return null;
                        }
                        throw e;
                    }
                }
            };
        }
        throw typeError("'" + typeName(o) + "' object is not iterable");
    }

    /** The next item of an iterator, or null when it is exhausted. */
    public static Object next(Object it) {
        if (it instanceof PyIter p) {
            return p.next();
        }
        Object m = lookupSpecial(it, "__next__");
        if (m == null) {
            throw typeError("'" + typeName(it) + "' object is not an iterator");
        }
        try {
            return call(m, new Object[0], null);
        } catch (PyException e) {
            if (e.exc.type().isSubtypeOf(Builtins.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    public static List<Object> toList(Object iterable) {
        if (iterable instanceof PyList l) {
            return new ArrayList<>(l.items);
        }
        if (iterable instanceof PyTuple t) {
            return new ArrayList<>(List.of(t.items));
        }
        List<Object> out = new ArrayList<>();
        Object it = iter(iterable);
        for (Object v = next(it); v != null; v = next(it)) {
            out.add(v);
        }
        return out;
    }

    static final class ListIter extends PyIter {
        private final PyList list;
        private int i;

        ListIter(PyList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            return i < list.items.size() ? list.items.get(i++) : null;
        }
    }

    static final class DictKeyIter extends PyIter {
        private final PyDict dict;
        private final java.util.Iterator<Object> it;
        private final int size;

        DictKeyIter(PyDict dict) {
            this.dict = dict;
            this.it = dict.liveKeys().iterator();
            this.size = dict.size();
        }

        @Override
        public Object next() {
            if (dict.size() != size) {
                throw raise(Builtins.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            try {
                return it.hasNext() ? dict.originalKey(it.next()) : null;
            } catch (java.util.ConcurrentModificationException e) {
                throw raise(Builtins.RUNTIME_ERROR, "dictionary keys changed during iteration");
            }
        }
    }

    // --------------------------------------------------------------------------- exceptions

    public static PyException raise(PyType type, String message) {
        return new PyException(Builtins.newException(type, message));
    }

    public static PyException typeError(String message) {
        return raise(Builtins.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(Builtins.VALUE_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return raise(Builtins.RUNTIME_ERROR, message);
    }
}
