package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The collections module: deque, defaultdict, Counter, OrderedDict and namedtuple. */
final class CollectionsModule {
    private CollectionsModule() {
    }

    static final PyType DEQUE = new PyType("deque", "collections", List.of(Builtins.OBJECT), new LinkedHashMap<>(),
            true).withAllocator(PyDeque::new);
    static final PyType DEFAULTDICT = new PyType("defaultdict", "collections", List.of(Builtins.DICT),
            new LinkedHashMap<>(), true).withAllocator(PyMapping::new);
    static final PyType COUNTER = new PyType("Counter", "collections", List.of(Builtins.DICT), new LinkedHashMap<>(),
            true).withAllocator(PyMapping::new);
    static final PyType ORDERED_DICT = new PyType("OrderedDict", "collections", List.of(Builtins.DICT),
            new LinkedHashMap<>(), true).withAllocator(PyMapping::new);

    private static boolean installed;

    static PyModule create() {
        install();
        PyModule m = new PyModule("collections");
        m.set("deque", DEQUE).set("defaultdict", DEFAULTDICT).set("Counter", COUNTER).set("OrderedDict", ORDERED_DICT);
        m.def("namedtuple", CollectionsModule::namedtuple);
        return m;
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        // the asyncio port imports collections for deque alone: the other types' methods wait for their first use
        BuiltinLibrary.onFirstUse(CollectionsModule::installDeque, DEQUE);
        BuiltinLibrary.onFirstUse(CollectionsModule::installDefaultDict, DEFAULTDICT);
        BuiltinLibrary.onFirstUse(CollectionsModule::installCounter, COUNTER);
        BuiltinLibrary.onFirstUse(CollectionsModule::installOrderedDict, ORDERED_DICT);
    }

    // ------------------------------------------------------------------------------- deque

    private static PyDeque dq(Object o) {
        if (o instanceof PyDeque d) {
            return d;
        }
        throw Py.typeError("descriptor requires a 'collections.deque' object but received a '"
                + Py.typeName(o) + "'");
    }

    private static void installDeque() {
        PyType t = DEQUE;
        BuiltinLibrary.method(t, "__init__", (a, kw) -> {
            Object[] b = Args.bind("deque", CallArgs.rest(a, null, 1), kw == null ? null : kw,
                    new String[]{"iterable", "maxlen"}, 0);
            PyDeque d = dq(a[0]);
            Object maxlen = Args.or(b[1], Py.None);
            if (maxlen != Py.None) {
                long n = Py.index(maxlen);
                if (n < 0) {
                    throw Py.valueError("maxlen must be non-negative");
                }
                d.maxlen = n;
            }
            d.items.clear();
            if (b[0] != Args.MISSING) {
                for (Object v : Py.toList(b[0])) {
                    d.append(v);
                }
            }
            return Py.None;
        });
        t.put("maxlen", ObjectMethods.property("maxlen", o -> dq(o).maxlen < 0 ? Py.None : (Object) dq(o).maxlen));
        BuiltinLibrary.method(t, "append", (a, kw) -> {
            dq(CallArgs.method("append", a, kw, 1, 1)[0]).append(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "appendleft", (a, kw) -> {
            dq(CallArgs.method("appendleft", a, kw, 1, 1)[0]).appendLeft(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "pop", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("pop", a, kw, 0, 0)[0]);
            if (d.items.isEmpty()) {
                throw Py.raise(Builtins.INDEX_ERROR, "pop from an empty deque");
            }
            d.state++;
            return d.items.remove(d.items.size() - 1);
        });
        BuiltinLibrary.method(t, "popleft", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("popleft", a, kw, 0, 0)[0]);
            if (d.items.isEmpty()) {
                throw Py.raise(Builtins.INDEX_ERROR, "pop from an empty deque");
            }
            d.state++;
            return d.items.remove(0);
        });
        BuiltinLibrary.method(t, "extend", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("extend", a, kw, 1, 1)[0]);
            for (Object v : Py.toList(a[1])) {
                d.append(v);
            }
            return Py.None;
        });
        BuiltinLibrary.method(t, "extendleft", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("extendleft", a, kw, 1, 1)[0]);
            for (Object v : Py.toList(a[1])) {
                d.appendLeft(v);
            }
            return Py.None;
        });
        BuiltinLibrary.method(t, "rotate", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("rotate", a, kw, 0, 1)[0]);
            long n = a.length > 1 ? Py.index(a[1]) : 1;
            int size = d.items.size();
            if (size > 1) {
                java.util.Collections.rotate(d.items, (int) (n % size));
            }
            d.state++;
            return Py.None;
        });
        BuiltinLibrary.method(t, "clear", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("clear", a, kw, 0, 0)[0]);
            d.items.clear();
            d.state++;
            return Py.None;
        });
        BuiltinLibrary.method(t, "count", (a, kw) -> ListMethods.count(dq(CallArgs.method("count", a, kw, 1, 1)[0])
                .items, a[1]));
        BuiltinLibrary.method(t, "index", (a, kw) -> ListMethods.indexOf(dq(CallArgs.method("index", a, kw, 1, 3)[0])
                .items, a, Py.repr(a[1]) + " is not in deque"));
        BuiltinLibrary.method(t, "remove", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("remove", a, kw, 1, 1)[0]);
            for (int i = 0; i < d.items.size(); i++) {
                Object o = d.items.get(i);
                if (o == a[1] || Py.eq(o, a[1])) {
                    d.items.remove(i);
                    d.state++;
                    return Py.None;
                }
            }
            throw Py.valueError(Py.repr(a[1]) + " is not in deque");
        });
        BuiltinLibrary.method(t, "insert", (a, kw) -> {
            PyDeque d = dq(CallArgs.method("insert", a, kw, 2, 2)[0]);
            if (d.maxlen >= 0 && d.items.size() >= d.maxlen) {
                throw Py.raise(Builtins.INDEX_ERROR, "deque already at its maximum size");
            }
            long i = Py.index(a[1]);
            int n = d.items.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            d.items.add((int) Math.min(i, n), a[2]);
            d.state++;
            return Py.None;
        });
        BuiltinLibrary.method(t, "reverse", (a, kw) -> {
            PyDeque d = dq(a[0]);
            java.util.Collections.reverse(d.items);
            d.state++;
            return Py.None;
        });
        BuiltinLibrary.method(t, "copy", (a, kw) -> copyDeque(dq(a[0])));
        BuiltinLibrary.method(t, "__copy__", (a, kw) -> copyDeque(dq(a[0])));
        BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) dq(a[0]).items.size());
        BuiltinLibrary.method(t, "__bool__", (a, kw) -> !dq(a[0]).items.isEmpty());
        BuiltinLibrary.method(t, "__contains__", (a, kw) -> Ops.contains(new PyList(dq(a[0]).items), a[1]));
        BuiltinLibrary.method(t, "__iter__", (a, kw) -> iterate(dq(a[0]), false));
        BuiltinLibrary.method(t, "__reversed__", (a, kw) -> iterate(dq(a[0]), true));
        BuiltinLibrary.method(t, "__getitem__", (a, kw) -> {
            PyDeque d = dq(a[0]);
            if (!Sequences.isIndex(a[1])) {
                throw Py.typeError("sequence index must be integer, not '" + Py.typeName(a[1]) + "'");
            }
            return d.items.get(dequeIndex(d, a[1]));
        });
        BuiltinLibrary.method(t, "__setitem__", (a, kw) -> {
            PyDeque d = dq(a[0]);
            d.items.set(dequeIndex(d, a[1]), a[2]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__delitem__", (a, kw) -> {
            PyDeque d = dq(a[0]);
            d.items.remove(dequeIndex(d, a[1]));
            d.state++;
            return Py.None;
        });
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> {
            PyDeque d = dq(a[0]);
            String body = Py.repr(new PyList(d.items));
            return Py.typeName(d) + "(" + body + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")";
        });
        BuiltinLibrary.method(t, "__eq__", (a, kw) -> a[1] instanceof PyDeque o
                ? Py.eq(new PyList(dq(a[0]).items), new PyList(o.items)) : Py.NotImplemented);
        BuiltinLibrary.method(t, "__add__", (a, kw) -> {
            if (!(a[1] instanceof PyDeque o)) {
                throw Py.typeError("can only concatenate deque (not \"" + Py.typeName(a[1]) + "\") to deque");
            }
            PyDeque c = copyDeque(dq(a[0]));
            for (Object v : new ArrayList<>(o.items)) {
                c.append(v);
            }
            return c;
        });
        BuiltinLibrary.method(t, "__iadd__", (a, kw) -> {
            PyDeque d = dq(a[0]);
            for (Object v : Py.toList(a[1])) {
                d.append(v);
            }
            return d;
        });
        t.put("__hash__", Py.None);
    }

    private static int dequeIndex(PyDeque d, Object key) {
        long i = Py.index(key);
        int n = d.items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.raise(Builtins.INDEX_ERROR, "deque index out of range");
        }
        return (int) i;
    }

    private static PyDeque copyDeque(PyDeque d) {
        PyDeque c = new PyDeque(d.type());
        c.maxlen = d.maxlen;
        c.items.addAll(d.items);
        return c;
    }

    private static PyIter iterate(PyDeque d, boolean reverse) {
        long state = d.state;
        int[] i = {0};
        PyType type = reverse ? DEQUE_REVERSE_ITERATOR : DEQUE_ITERATOR;
        return IterTypes.of(type, () -> {
            if (d.state != state) {
                throw Py.runtimeError("deque mutated during iteration");
            }
            int n = d.items.size();
            if (i[0] >= n) {
                return null;
            }
            int k = i[0]++;
            return d.items.get(reverse ? n - 1 - k : k);
        });
    }

    static final PyType DEQUE_ITERATOR = PyType.builtin("_collections._deque_iterator", Builtins.ITERATOR);
    static final PyType DEQUE_REVERSE_ITERATOR = PyType.builtin("_collections._deque_reverse_iterator",
            Builtins.ITERATOR);

    // --------------------------------------------------------------------------- defaultdict

    private static PyMapping mapping(Object o) {
        if (o instanceof PyMapping m) {
            return m;
        }
        throw Py.typeError("descriptor requires a dict subclass but received a '" + Py.typeName(o) + "'");
    }

    private static void installDefaultDict() {
        PyType t = DEFAULTDICT;
        BuiltinLibrary.method(t, "__init__", (a, kw) -> {
            PyMapping m = mapping(a[0]);
            int npos = CallArgs.npos(a, kw);
            Object[] rest = a;
            if (npos > 1) {
                Object f = a[1];
                if (f != Py.None && !Py.isCallable(f)) {
                    throw Py.typeError("first argument must be callable or None");
                }
                m.defaultFactory = f;
                rest = new Object[a.length - 1];
                rest[0] = a[0];
                System.arraycopy(a, 2, rest, 1, a.length - 2);
            }
            return Py.call(Builtins.DICT.dict().get("__init__"), rest, kw);
        });
        t.put("default_factory", new PyDescriptors.Property(
                new PyBuiltinFunction("default_factory", (a, kw) -> mapping(a[0]).defaultFactory),
                new PyBuiltinFunction("default_factory", (a, kw) -> {
                    mapping(a[0]).defaultFactory = a[1];
                    return Py.None;
                }), Py.None, Py.None));
        BuiltinLibrary.method(t, "__missing__", (a, kw) -> {
            PyMapping m = mapping(CallArgs.method("__missing__", a, kw, 1, 1)[0]);
            if (m.defaultFactory == Py.None) {
                throw CallArgs.keyError(a[1]);
            }
            Object v = Py.call(m.defaultFactory, new Object[0], null);
            m.map.put(a[1], v);
            return v;
        });
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> {
            PyMapping m = mapping(a[0]);
            return Py.typeName(m) + "(" + Py.repr(m.defaultFactory) + ", " + Py.repr(m.map) + ")";
        });
        BuiltinLibrary.method(t, "copy", (a, kw) -> copyMapping(mapping(a[0])));
        BuiltinLibrary.method(t, "__copy__", (a, kw) -> copyMapping(mapping(a[0])));
    }

    static PyMapping copyMapping(PyMapping m) {
        PyMapping c = (PyMapping) DictMethods.sameKind(m);
        for (Map.Entry<Object, Object> e : m.map.entries()) {
            c.map.put(e.getKey(), e.getValue());
        }
        return c;
    }

    // ------------------------------------------------------------------------------- Counter

    private static void countInto(PyMapping m, Object src, boolean add) {
        if (src == Py.None) {
            return;
        }
        if (DictMethods.isDict(src)) {
            for (Map.Entry<Object, Object> e : DictMethods.self(src).entries()) {
                Object old = m.map.get(e.getKey());
                Object base = old == null ? 0L : old;
                m.map.put(e.getKey(), Ops.binary(add ? Ops.ADD : Ops.SUB, base, e.getValue(), false));
            }
            return;
        }
        Object it = Py.iter(src);
        for (Object v = Py.next(it); v != null; v = Py.next(it)) {
            Object old = m.map.get(v);
            Object base = old == null ? 0L : old;
            m.map.put(v, Ops.binary(add ? Ops.ADD : Ops.SUB, base, 1L, false));
        }
    }

    private static void countKeywords(PyMapping m, Object[] a, String[] kw, boolean add) {
        int npos = CallArgs.npos(a, kw);
        if (npos > 2) {
            throw Py.typeError("expected at most 1 argument, got " + (npos - 1));
        }
        if (npos == 2) {
            countInto(m, a[1], add);
        }
        if (kw != null && kw.length > 0) {
            PyDict d = new PyDict();
            for (int i = 0; i < kw.length; i++) {
                d.put(kw[i], a[npos + i]);
            }
            countInto(m, d, add);
        }
    }

    static List<Object> mostCommon(PyMapping m) {
        List<Object> items = new ArrayList<>();
        for (Map.Entry<Object, Object> e : m.map.entries()) {
            items.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        Sorting.sort(items, new PyBuiltinFunction("<lambda>", (a, kw) -> ((PyTuple) a[0]).items[1]), true);
        return items;
    }

    private static PyMapping newCounter(PyMapping like) {
        return (PyMapping) COUNTER.allocator().apply(like == null ? COUNTER : COUNTER);
    }

    private static void installCounter() {
        PyType t = COUNTER;
        BuiltinLibrary.method(t, "__init__", (a, kw) -> {
            countKeywords(mapping(a[0]), a, kw, true);
            return Py.None;
        });
        BuiltinLibrary.method(t, "update", (a, kw) -> {
            countKeywords(mapping(a[0]), a, kw, true);
            return Py.None;
        });
        BuiltinLibrary.method(t, "subtract", (a, kw) -> {
            countKeywords(mapping(a[0]), a, kw, false);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__missing__", (a, kw) -> 0L);
        BuiltinLibrary.method(t, "total", (a, kw) -> {
            Object acc = 0L;
            for (Object v : mapping(a[0]).map.values()) {
                acc = Ops.binary(Ops.ADD, acc, v, false);
            }
            return acc;
        });
        BuiltinLibrary.method(t, "most_common", (a, kw) -> {
            Object[] b = Args.bind("most_common", CallArgs.rest(a, null, 1), kw, new String[]{"n"}, 0);
            List<Object> items = mostCommon(mapping(a[0]));
            Object n = Args.or(b[0], Py.None);
            if (n != Py.None) {
                long k = Py.index(n);
                items = items.subList(0, (int) Math.max(0, Math.min(k, items.size())));
            }
            return new PyList(items);
        });
        BuiltinLibrary.method(t, "elements", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            for (Map.Entry<Object, Object> e : mapping(a[0]).map.entries()) {
                long n = Py.index(e.getValue());
                for (long i = 0; i < n; i++) {
                    out.add(e.getKey());
                }
            }
            return IterTypes.of(IterTypes.CHAIN, PyIter.over(out)::next);
        });
        BuiltinLibrary.method(t, "__delitem__", (a, kw) -> {
            mapping(a[0]).map.remove(a[1]);
            return Py.None;
        });
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> {
            PyMapping m = mapping(a[0]);
            if (m.map.size() == 0) {
                return Py.typeName(m) + "()";
            }
            StringBuilder sb = new StringBuilder(Py.typeName(m)).append("({");
            boolean first = true;
            for (Object o : mostCommon(m)) {
                PyTuple p = (PyTuple) o;
                sb.append(first ? "" : ", ").append(Py.repr(p.items[0])).append(": ").append(Py.repr(p.items[1]));
                first = false;
            }
            return sb.append("})").toString();
        });
        BuiltinLibrary.method(t, "copy", (a, kw) -> copyMapping(mapping(a[0])));
        counterOp(t, "__add__", (x, y) -> Ops.binary(Ops.ADD, x, y, false), true);
        counterOp(t, "__sub__", (x, y) -> Ops.binary(Ops.SUB, x, y, false), false);
        counterOp(t, "__or__", (x, y) -> Ops.compareBool(x, y, Ops.LT) ? y : x, true);
        counterOp(t, "__and__", (x, y) -> Ops.compareBool(x, y, Ops.LT) ? x : y, false);
        BuiltinLibrary.method(t, "__pos__", (a, kw) -> {
            PyMapping out = newCounter(null);
            for (Map.Entry<Object, Object> e : mapping(a[0]).map.entries()) {
                if (Ops.compareBool(e.getValue(), 0L, Ops.GT)) {
                    out.map.put(e.getKey(), e.getValue());
                }
            }
            return out;
        });
    }

    interface Combine {
        Object apply(Object x, Object y);
    }

    /** Counter's multiset operators: like Lib/collections/__init__.py, keeping positive counts only. */
    private static void counterOp(PyType t, String name, Combine f, boolean includeOtherOnly) {
        BuiltinLibrary.method(t, name, (a, kw) -> {
            if (!(a[1] instanceof PyMapping o) || !o.type().isSubtypeOf(COUNTER)) {
                return Py.NotImplemented;
            }
            PyMapping self = mapping(a[0]);
            PyMapping out = newCounter(self);
            boolean and = name.equals("__and__");
            for (Map.Entry<Object, Object> e : self.map.entries()) {
                Object other = o.map.get(e.getKey());
                Object r;
                if (other == null) {
                    if (and) {
                        continue;
                    }
                    other = 0L;
                }
                r = f.apply(e.getValue(), other);
                if (Ops.compareBool(r, 0L, Ops.GT)) {
                    out.map.put(e.getKey(), r);
                }
            }
            if (includeOtherOnly || name.equals("__sub__")) {
                for (Map.Entry<Object, Object> e : o.map.entries()) {
                    if (self.map.containsKey(e.getKey())) {
                        continue;
                    }
                    Object r = name.equals("__sub__") ? Ops.binary(Ops.SUB, 0L, e.getValue(), false) : e.getValue();
                    if (Ops.compareBool(r, 0L, Ops.GT)) {
                        out.map.put(e.getKey(), r);
                    }
                }
            }
            return out;
        });
    }

    // --------------------------------------------------------------------------- OrderedDict

    private static void installOrderedDict() {
        PyType t = ORDERED_DICT;
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> {
            PyMapping m = mapping(a[0]);
            if (m.map.size() == 0) {
                return Py.typeName(m) + "()";
            }
            List<Object> items = new ArrayList<>();
            for (Map.Entry<Object, Object> e : m.map.entries()) {
                items.add(PyTuple.of(e.getKey(), e.getValue()));
            }
            return Py.typeName(m) + "(" + Py.repr(new PyList(items)) + ")";
        });
        BuiltinLibrary.method(t, "move_to_end", (a, kw) -> {
            Object[] b = Args.bind("move_to_end", CallArgs.rest(a, null, 1), kw, new String[]{"key", "last"}, 1);
            PyMapping m = mapping(a[0]);
            Object key = b[0];
            if (!m.map.containsKey(key)) {
                throw CallArgs.keyError(key);
            }
            boolean last = Py.truthy(Args.or(b[1], true));
            Object v = m.map.remove(key);
            if (last) {
                m.map.put(key, v);
            } else {
                List<Map.Entry<Object, Object>> rest = m.map.entries();
                m.map.clear();
                m.map.put(key, v);
                for (Map.Entry<Object, Object> e : rest) {
                    m.map.put(e.getKey(), e.getValue());
                }
            }
            return Py.None;
        });
        BuiltinLibrary.method(t, "popitem", (a, kw) -> {
            Object[] b = Args.bind("popitem", CallArgs.rest(a, null, 1), kw, new String[]{"last"}, 0);
            PyMapping m = mapping(a[0]);
            if (m.map.size() == 0) {
                throw CallArgs.keyError("dictionary is empty");
            }
            List<Object> keys = m.map.keys();
            Object k = Py.truthy(Args.or(b[0], true)) ? keys.get(keys.size() - 1) : keys.get(0);
            return PyTuple.of(k, m.map.remove(k));
        });
        BuiltinLibrary.method(t, "__eq__", (a, kw) -> {
            if (!DictMethods.isDict(a[1])) {
                return Py.NotImplemented;
            }
            PyDict x = mapping(a[0]).map;
            PyDict y = DictMethods.self(a[1]);
            if (!x.equals(y)) {
                return false;
            }
            if (a[1] instanceof PyMapping o && o.type().isSubtypeOf(ORDERED_DICT)) {
                List<Object> kx = x.keys();
                List<Object> ky = y.keys();
                for (int i = 0; i < kx.size(); i++) {
                    if (!Py.eq(kx.get(i), ky.get(i))) {
                        return false;
                    }
                }
            }
            return true;
        });
        BuiltinLibrary.method(t, "copy", (a, kw) -> copyMapping(mapping(a[0])));
    }

    // ---------------------------------------------------------------------------- namedtuple

    private static Object namedtuple(Object[] a, String[] kw) {
        Object[] b = Args.bind("namedtuple", a, kw, new String[]{"typename", "field_names", "*rename", "*defaults",
                "*module"}, 2);
        String typename = Py.str(b[0]);
        List<Object> raw = b[1] instanceof String s ? new ArrayList<>(List.of(
                (Object[]) s.replace(',', ' ').trim().split("\\s+"))) : Py.toList(b[1]);
        if (raw.size() == 1 && raw.get(0).equals("")) {
            raw.clear();
        }
        boolean rename = Py.truthy(Args.or(b[2], false));
        List<String> fields = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String f = Py.str(raw.get(i));
            if (rename && (!StrMethods.isIdentifier(f) || KEYWORDS.contains(f) || f.startsWith("_")
                    || seen.contains(f))) {
                f = "_" + i;
            }
            seen.add(f);
            fields.add(f);
        }
        List<String> all = new ArrayList<>(fields);
        all.add(0, typename);
        for (String n : all) {
            if (!StrMethods.isIdentifier(n)) {
                throw Py.valueError("Type names and field names must be valid identifiers: " + Py.repr(n));
            }
            if (KEYWORDS.contains(n)) {
                throw Py.valueError("Type names and field names cannot be a keyword: " + Py.repr(n));
            }
        }
        java.util.Set<String> dup = new java.util.HashSet<>();
        for (String f : fields) {
            if (f.startsWith("_") && !rename) {
                throw Py.valueError("Field names cannot start with an underscore: " + Py.repr(f));
            }
            if (!dup.add(f)) {
                throw Py.valueError("Encountered duplicate field name: " + Py.repr(f));
            }
        }
        Object defaults = Args.or(b[3], Py.None);
        List<Object> defs = defaults == Py.None ? List.of() : Py.toList(defaults);
        if (defs.size() > fields.size()) {
            throw Py.typeError("Got more default values than field names");
        }
        Object module = Args.or(b[4], Py.None);
        return makeNamedTuple(typename, module == Py.None ? "__main__" : Py.str(module), fields, defs);
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as",
            "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "return", "try", "while", "with", "yield");

    private static PyNamedTuple nt(Object o) {
        if (o instanceof PyNamedTuple n) {
            return n;
        }
        throw Py.typeError("descriptor requires a namedtuple but received a '" + Py.typeName(o) + "'");
    }

    /** A namedtuple class; also used for struct sequences such as sys.version_info. */
    static PyType makeNamedTuple(String typename, String module, List<String> fields, List<Object> defaults) {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("__module__", module);
        PyType t = new PyType(typename, module, List.of(Builtins.TUPLE), dict, false);
        t.withAllocator(PyNamedTuple::new);
        int nf = fields.size();
        Object[] fieldTuple = fields.toArray();
        dict.put("_fields", PyTuple.of(fieldTuple));
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.size(); i++) {
            fieldDefaults.put(fields.get(nf - defaults.size() + i), defaults.get(i));
        }
        dict.put("_field_defaults", fieldDefaults);
        for (int i = 0; i < nf; i++) {
            int idx = i;
            dict.put(fields.get(i), ObjectMethods.property(fields.get(i), o -> nt(o).items[idx]));
        }
        dict.put("__init__", new PyBuiltinFunction("__init__", (a, kw) -> {
            PyNamedTuple self = nt(a[0]);
            String name = Py.typeOf(self).name();
            int npos = CallArgs.npos(a, kw) - 1;
            if (npos > nf) {
                throw Py.typeError(name + ".__new__() takes " + (nf + 1) + " positional argument"
                        + (nf == 0 ? "" : "s") + " but " + (npos + 1) + " were given");
            }
            Object[] items = new Object[nf];
            System.arraycopy(a, 1, items, 0, npos);
            for (int k = 0; kw != null && k < kw.length; k++) {
                int f = fields.indexOf(kw[k]);
                if (f < 0) {
                    throw Py.typeError(name + ".__new__() got an unexpected keyword argument '" + kw[k] + "'");
                }
                if (items[f] != null) {
                    throw Py.typeError(name + ".__new__() got multiple values for argument '" + kw[k] + "'");
                }
                items[f] = a[npos + 1 + k];
            }
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < nf; k++) {
                if (items[k] == null) {
                    Object d = fieldDefaults.get(fields.get(k));
                    if (d != null) {
                        items[k] = d;
                    } else {
                        missing.add("'" + fields.get(k) + "'");
                    }
                }
            }
            if (!missing.isEmpty()) {
                String names = missing.size() == 1 ? missing.get(0) : missing.size() == 2
                        ? missing.get(0) + " and " + missing.get(1)
                        : String.join(", ", missing.subList(0, missing.size() - 1)) + ", and "
                        + missing.get(missing.size() - 1);
                throw Py.typeError(name + ".__new__() missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + names);
            }
            self.items = items;
            return Py.None;
        }, t));
        dict.put("__repr__", new PyBuiltinFunction("__repr__", (a, kw) -> {
            PyNamedTuple self = nt(a[0]);
            StringBuilder sb = new StringBuilder(Py.typeOf(self).name()).append('(');
            for (int i = 0; i < nf; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=').append(Py.repr(self.items[i]));
            }
            return sb.append(')').toString();
        }, t));
        dict.put("_asdict", new PyBuiltinFunction("_asdict", (a, kw) -> {
            PyDict d = new PyDict();
            for (int i = 0; i < nf; i++) {
                d.put(fields.get(i), nt(a[0]).items[i]);
            }
            return d;
        }, t));
        dict.put("_replace", new PyBuiltinFunction("_replace", (a, kw) -> {
            PyNamedTuple self = nt(a[0]);
            PyNamedTuple c = new PyNamedTuple(self.type());
            c.items = self.items.clone();
            int npos = CallArgs.npos(a, kw);
            List<Object> unexpected = new ArrayList<>();
            for (int k = 0; kw != null && k < kw.length; k++) {
                int f = fields.indexOf(kw[k]);
                if (f < 0) {
                    unexpected.add(kw[k]);
                } else {
                    c.items[f] = a[npos + k];
                }
            }
            if (!unexpected.isEmpty()) {
                throw Py.valueError("Got unexpected field names: " + Py.repr(new PyList(unexpected)));
            }
            return c;
        }, t));
        dict.put("_make", new PyDescriptors.ClassMethod(new PyBuiltinFunction("_make", (a, kw) ->
                Py.call(a[0], Py.toList(a[1]).toArray(), null), t)));
        dict.put("__getitem__", new PyBuiltinFunction("__getitem__", (a, kw) ->
                Sequences.getItem(PyTuple.of(nt(a[0]).items), a[1]), t));
        dict.put("__len__", new PyBuiltinFunction("__len__", (a, kw) -> (long) nt(a[0]).items.length, t));
        dict.put("__iter__", new PyBuiltinFunction("__iter__", (a, kw) ->
                IterTypes.of(IterTypes.TUPLE_ITERATOR, PyIter.over(nt(a[0]).items)::next), t));
        dict.put("__contains__", new PyBuiltinFunction("__contains__", (a, kw) ->
                Ops.contains(PyTuple.of(nt(a[0]).items), a[1]), t));
        dict.put("__hash__", new PyBuiltinFunction("__hash__", (a, kw) ->
                Hashing.hashTuple(nt(a[0]).items), t));
        dict.put("count", new PyBuiltinFunction("count", (a, kw) ->
                ListMethods.count(List.of(nt(a[0]).items), a[1]), t));
        dict.put("index", new PyBuiltinFunction("index", (a, kw) ->
                ListMethods.indexOf(List.of(nt(a[0]).items), a, "tuple.index(x): x not in tuple"), t));
        dict.put("__add__", new PyBuiltinFunction("__add__", (a, kw) -> {
            Object o = a[1] instanceof PyNamedTuple n ? PyTuple.of(n.items) : a[1];
            return o instanceof PyTuple ? Ops.binary(Ops.ADD, PyTuple.of(nt(a[0]).items), o, false)
                    : Py.NotImplemented;
        }, t));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            dict.put(cmp[i], new PyBuiltinFunction(cmp[i], (a, kw) -> {
                Object o = a[1] instanceof PyNamedTuple n ? PyTuple.of(n.items) : a[1];
                if (!(o instanceof PyTuple)) {
                    return Py.NotImplemented;
                }
                return Ops.richCompare(PyTuple.of(nt(a[0]).items), o, op);
            }, t));
        }
        return t;
    }

    /** A namedtuple instance with the given values (for sys.version_info and the like). */
    static PyNamedTuple instance(PyType t, Object... values) {
        PyNamedTuple n = new PyNamedTuple(t);
        n.items = values;
        return n;
    }
}
