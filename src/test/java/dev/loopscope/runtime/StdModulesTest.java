package dev.loopscope.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** collections, heapq, math and sys. Expected values come from CPython 3.11.7. */
class StdModulesTest extends PyTestSupport {
    static Object f(PyModule m, String name, Object... args) {
        return Py.call(Py.getAttr(m, name), args, null);
    }

    @Test
    void deque() {
        PyModule c = StdModules.collections();
        Object d = f(c, "deque", list(1L, 2L, 3L));
        m(d, "append", 4L);
        m(d, "appendleft", 0L);
        assertRepr("deque([0, 1, 2, 3, 4])", d);
        m(d, "rotate", 2L);
        assertRepr("deque([3, 4, 0, 1, 2])", d);
        m(d, "rotate", -1L);
        assertEquals(3L, m(d, "pop"));
        assertEquals(4L, m(d, "popleft"));
        assertEquals(2L, Sequences.getItem(d, -1L));
        m(d, "extendleft", list(8L, 9L));
        assertRepr("deque([9, 8, 0, 1, 2])", d);
        assertEquals(5L, call("len", d));
        assertEquals(true, Ops.contains(d, 8L));
        assertRaises("ValueError: 7 is not in deque", () -> m(d, "remove", 7L));
        assertRaises("IndexError: deque index out of range", () -> Sequences.getItem(d, 5L));
        Object b = callKwOn(Py.getAttr(c, "deque"), new String[]{"maxlen"}, list(1L, 2L, 3L, 4L), 3L);
        assertRepr("deque([2, 3, 4], maxlen=3)", b);
        m(b, "appendleft", 1L);
        assertRepr("deque([1, 2, 3], maxlen=3)", b);
        Object empty = f(c, "deque");
        assertEquals(false, Py.truthy(empty));
        assertRaises("IndexError: pop from an empty deque", () -> m(empty, "pop"));
        assertRaises("IndexError: pop from an empty deque", () -> m(empty, "popleft"));
        assertRaises("ValueError: maxlen must be non-negative",
                () -> callKwOn(Py.getAttr(c, "deque"), new String[]{"maxlen"}, list(1L), -1L));
        assertRepr("[2, 1, 0, 8, 9]", call("list", call("reversed", d)));
    }

    static Object callKwOn(Object callable, String[] kw, Object... args) {
        return Py.call(callable, args, kw);
    }

    @Test
    void defaultdictCounterOrderedDict() {
        PyModule c = StdModules.collections();
        Object dd = f(c, "defaultdict", Builtins.LIST);
        m(Sequences.getItem(dd, "a"), "append", 1L);
        assertRepr("defaultdict(<class 'list'>, {'a': [1]})", dd);
        assertEquals(true, call("isinstance", dd, Builtins.DICT));
        assertRepr("dict_keys(['a'])", m(dd, "keys"));
        assertEquals(Py.None, m(dd, "get", "zz"));
        assertRepr("defaultdict(None, {})", f(c, "defaultdict"));
        assertRaises("TypeError: first argument must be callable or None", () -> f(c, "defaultdict", 1L));
        Object ddi = f(c, "defaultdict", Builtins.INT);
        Sequences.setItem(ddi, "x", Ops.binary(Ops.ADD, Sequences.getItem(ddi, "x"), 1L, false));
        assertRepr("{'x': 1}", call("dict", ddi));

        Object cnt = f(c, "Counter", "abracadabra");
        assertRepr("Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})", cnt);
        assertRepr("[('a', 5), ('b', 2)]", m(cnt, "most_common", 2L));
        assertEquals(0L, Sequences.getItem(cnt, "z"));
        m(cnt, "update", "zz");
        m(cnt, "subtract", call("dict", list(tuple("a", 4L))));
        assertRepr("Counter({'b': 2, 'r': 2, 'z': 2, 'a': 1, 'c': 1, 'd': 1})", cnt);
        assertRepr("['b', 'b', 'a']", call("list", m(f(c, "Counter", "bab"), "elements")));
        assertRepr("Counter({'a': 2, 'b': 1})", Ops.binary(Ops.ADD, f(c, "Counter", "a"), f(c, "Counter", "ab"),
                false));
        assertRepr("Counter()", f(c, "Counter"));

        Object od = callKwOn(Py.getAttr(c, "OrderedDict"), new String[]{"a", "b"}, 1L, 2L);
        assertRepr("OrderedDict([('a', 1), ('b', 2)])", od);
        m(od, "move_to_end", "a");
        assertRepr("OrderedDict([('b', 2), ('a', 1)])", od);
        assertRepr("('b', 2)", mKw(od, "popitem", new String[]{"last"}, false));
        assertRepr("OrderedDict()", f(c, "OrderedDict"));
        assertRaises("KeyError: 'dictionary is empty'", () -> m(f(c, "OrderedDict"), "popitem"));
    }

    @Test
    void namedtuple() {
        PyModule c = StdModules.collections();
        Object point = f(c, "namedtuple", "Point", "x y");
        assertRepr("<class '__main__.Point'>", point);
        Object p = Py.call(point, 1L, 2L);
        assertRepr("Point(x=1, y=2)", p);
        assertEquals(1L, Py.getAttr(p, "x"));
        assertEquals(2L, Sequences.getItem(p, 1L));
        assertRepr("[1, 2]", call("list", p));
        assertEquals(true, Py.eq(p, tuple(1L, 2L)));
        assertEquals(true, call("isinstance", p, Builtins.TUPLE));
        assertRepr("{'x': 1, 'y': 2}", m(p, "_asdict"));
        assertRepr("Point(x=1, y=5)", mKw(p, "_replace", new String[]{"y"}, 5L));
        assertRepr("Point(x=3, y=4)", Py.call(point, new Object[]{3L, 4L}, new String[]{"y"}));
        assertRepr("('x', 'y')", Py.getAttr(f(c, "namedtuple", "P", "x, y"), "_fields"));
        assertEquals(Hashing.hash(tuple(1L, 2L)), call("hash", p));
        PyDict d = new PyDict();
        d.put(p, "v");
        assertEquals("v", d.get(Py.call(point, 1L, 2L)));
        assertRepr("P(x=1, y=0)", Py.call(Py.call(Py.getAttr(c, "namedtuple"), new Object[]{"P", list("x", "y"),
                list(0L)}, new String[]{"defaults"}), 1L));
        assertRaises("ValueError: Type names and field names must be valid identifiers: '1y'",
                () -> f(c, "namedtuple", "P", "x 1y"));
        assertRaises("ValueError: Field names cannot start with an underscore: '_y'",
                () -> f(c, "namedtuple", "P", "x _y"));
        assertRaises("ValueError: Encountered duplicate field name: 'x'", () -> f(c, "namedtuple", "P", "x x"));
        assertRaises("TypeError: Point.__new__() missing 1 required positional argument: 'y'",
                () -> Py.call(point, 1L));
        assertRaises("TypeError: Point.__new__() takes 3 positional arguments but 4 were given",
                () -> Py.call(point, 1L, 2L, 3L));
        assertRaises("TypeError: Point.__new__() got an unexpected keyword argument 'z'",
                () -> Py.call(point, new Object[]{1L, 2L}, new String[]{"z"}));
        assertRaises("ValueError: Got unexpected field names: ['z']",
                () -> mKw(p, "_replace", new String[]{"z"}, 3L));
    }

    @Test
    void heapq() {
        PyModule h = StdModules.heapq();
        PyList heap = new PyList();
        for (long v : new long[]{5, 1, 8, 3, 9, 2, 7}) {
            f(h, "heappush", heap, v);
        }
        assertRepr("[1, 3, 2, 5, 9, 8, 7]", heap);
        assertEquals(1L, f(h, "heappop", heap));
        assertRepr("[2, 3, 7, 5, 9, 8]", heap);
        assertEquals(2L, f(h, "heapreplace", heap, 6L));
        assertEquals(0L, f(h, "heappushpop", heap, 0L));
        PyList x = list(9L, 4L, 7L, 1L, 8L, 2L, 6L);
        f(h, "heapify", x);
        assertRepr("[1, 4, 2, 9, 8, 7, 6]", x);
        assertRepr("[9, 8, 7]", f(h, "nlargest", 3L, list(9L, 4L, 7L, 1L, 8L, 2L, 6L)));
        assertRepr("[1, 2]", f(h, "nsmallest", 2L, list(9L, 4L, 7L, 1L, 8L, 2L, 6L)));
        PyList pairs = list(tuple("a", 3L), tuple("b", 1L), tuple("c", 3L), tuple("d", 2L), tuple("e", 3L));
        Object second = fn("k", a -> ((PyTuple) a[0]).items[1]);
        assertRepr("[('a', 3), ('c', 3)]", Py.call(Py.getAttr(h, "nlargest"), new Object[]{2L,
                call("iter", pairs), second}, new String[]{"key"}));
        assertRepr("[('b', 1), ('d', 2)]", Py.call(Py.getAttr(h, "nsmallest"), new Object[]{2L,
                call("iter", pairs), second}, new String[]{"key"}));
        assertRaises("IndexError: index out of range", () -> f(h, "heappop", new PyList()));
        assertRaises("TypeError: heappush() argument 1 must be list, not tuple", () -> f(h, "heappush", tuple(), 1L));
        assertRaises("TypeError: heapify() argument must be list, not int", () -> f(h, "heapify", 1L));
    }

    @Test
    void math() {
        PyModule m = StdModules.math();
        assertRepr("3.0", f(m, "log", 8L, 2L));
        assertRepr("3.0", f(m, "log2", 8L));
        assertRepr("3.0", f(m, "log10", 1000L));
        assertRepr("921.0340371976182", f(m, "log", call("pow", 10L, 400L)));
        assertRepr("1.0", f(m, "fsum", call("list", call("map", fn("f", a -> 0.1), call("range", 10L)))));
        assertRepr("1e-100", f(m, "fsum", list(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50)));
        assertRepr("10", f(m, "comb", 5L, 2L));
        assertRepr("120", f(m, "perm", 5L));
        assertRepr("0", f(m, "comb", 2L, 5L));
        assertRepr("0", f(m, "gcd"));
        assertRepr("12", f(m, "lcm", 4L, 6L));
        assertRepr("6", f(m, "prod", list(1L, 2L, 3L)));
        assertRepr("True", Py.call(Py.getAttr(m, "isclose"), 1L, 1.0000000001));
        assertRepr("5.0", f(m, "hypot", 3L, 4L));
        assertRepr("1.4142135623730951", f(m, "pow", 2L, 0.5));
        assertRepr("3", f(m, "ceil", 2.1));
        assertRepr("-2", f(m, "trunc", -2.5));
        assertRepr("0.7853981633974483", f(m, "atan2", 1L, 1L));
        assertRepr("180.0", f(m, "degrees", Py.getAttr(m, "pi")));
        assertRepr("3", f(m, "isqrt", 10L));
        assertRepr("(0.5, 2.0)", f(m, "modf", 2.5));
        assertRepr("(0.5, 4)", f(m, "frexp", 8.0));
        assertRepr("1.0", f(m, "fmod", 7L, -3L));
        assertRepr("-1.0", f(m, "copysign", 1L, -0.0));
        assertRepr("1.4142135623730951", f(m, "sqrt", 2L));
        assertRepr("2.718281828459045", f(m, "exp", 1L));
        assertRepr("0.6931471805599453", f(m, "log", 2L));
        assertRepr("0.8414709848078965", f(m, "sin", 1L));
        assertRepr("0.5403023058681398", f(m, "cos", 1L));
        assertRepr("1.5574077246549023", f(m, "tan", 1L));
        assertRepr("3628800", f(m, "factorial", 10L));
        assertRaises("ValueError: math domain error", () -> f(m, "sqrt", -1L));
        assertRaises("ValueError: math domain error", () -> f(m, "log", 0L));
        assertRaises("ValueError: math domain error", () -> f(m, "log", -1L));
        assertRaises("ValueError: math domain error", () -> f(m, "acos", 2L));
        assertRaises("ValueError: math domain error", () -> f(m, "pow", 0L, -1L));
        assertRaises("OverflowError: math range error", () -> f(m, "exp", 1000L));
        assertRaises("ValueError: factorial() not defined for negative values", () -> f(m, "factorial", -1L));
        assertRaises("TypeError: 'float' object cannot be interpreted as an integer", () -> f(m, "factorial", 1.5));
        assertRaises("OverflowError: cannot convert float infinity to integer",
                () -> f(m, "floor", Double.POSITIVE_INFINITY));
        assertRaises("ValueError: -inf + inf in fsum",
                () -> f(m, "fsum", list(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        assertRaises("ValueError: n must be a non-negative integer", () -> f(m, "comb", -1L, 2L));
        assertRaises("TypeError: must be real number, not str", () -> f(m, "sqrt", "a"));
    }

    @Test
    void sys() {
        PyModule s = StdModules.sys("main.py");
        assertRepr("['main.py']", Py.getAttr(s, "argv"));
        assertRepr("9223372036854775807", Py.getAttr(s, "maxsize"));
        assertRepr("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
                Py.getAttr(s, "version_info"));
        assertEquals(true, Ops.compareBool(Py.getAttr(s, "version_info"), tuple(3L, 8L), Ops.GE));
        assertRepr("<class 'sys.version_info'>", call("type", Py.getAttr(s, "version_info")));
        assertEquals(1000L, f(s, "getrecursionlimit"));
        assertRepr("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", Py.getAttr(s, "stdout"));
        m(Py.getAttr(s, "stderr"), "write", "e");
        assertEquals("e", vm.err.toString());
        assertRaises("TypeError: write() argument must be str, not int",
                () -> m(Py.getAttr(s, "stdout"), "write", 5L));
        assertRaises("SystemExit: 3", () -> f(s, "exit", 3L));
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> f(s, "exit"));
        assertEquals(Py.None, Py.getAttr(e.exc, "code"));
    }
}
