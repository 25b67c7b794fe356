package dev.loopscope.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** list, tuple, dict and set methods. Expected values come from CPython 3.11.7. */
class ContainerMethodsTest extends PyTestSupport {
    @Test
    void listMethods() {
        PyList l = list(3L, 1L, 2L);
        m(l, "append", 4L);
        m(l, "extend", tuple(5L, 6L));
        m(l, "insert", 0L, 0L);
        m(l, "insert", -1L, 9L);
        m(l, "insert", 100L, 7L);
        assertRepr("[0, 3, 1, 2, 4, 5, 9, 6, 7]", l);
        assertEquals(7L, m(l, "pop"));
        assertEquals(0L, m(l, "pop", 0L));
        m(l, "remove", 9L);
        assertEquals(2L, m(l, "index", 2L));
        assertEquals(1L, m(l, "count", 3L));
        m(l, "sort");
        assertRepr("[1, 2, 3, 4, 5, 6]", l);
        mKw(l, "sort", new String[]{"reverse"}, true);
        assertRepr("[6, 5, 4, 3, 2, 1]", l);
        m(l, "reverse");
        PyList c = (PyList) m(l, "copy");
        m(l, "clear");
        assertRepr("[]", l);
        assertRepr("[1, 2, 3, 4, 5, 6]", c);
        assertRaises("IndexError: pop from empty list", () -> m(l, "pop"));
        assertRaises("IndexError: pop index out of range", () -> m(c, "pop", 10L));
        assertRaises("ValueError: list.remove(x): x not in list", () -> m(c, "remove", 10L));
        assertRaises("ValueError: 'a' is not in list", () -> m(c, "index", "a"));
        assertRaises("ValueError: 1 is not in list", () -> m(c, "index", 1L, 1L));
        assertRaises("TypeError: sort() got an unexpected keyword argument 'x'",
                () -> mKw(c, "sort", new String[]{"x"}, 1L));
    }

    @Test
    void listSlices() {
        PyList l = (PyList) call("list", call("range", 10L));
        Py.call(Py.getAttr(l, "__setitem__"), new PySlice(2L, 5L, Py.None), list("a"));
        assertRepr("[0, 1, 'a', 5, 6, 7, 8, 9]", l);
        Py.call(Py.getAttr(l, "__setitem__"), new PySlice(Py.None, Py.None, 2L), list("w", "x", "y", "z"));
        assertRepr("['w', 1, 'x', 5, 'y', 7, 'z', 9]", l);
        Py.call(Py.getAttr(l, "__delitem__"), new PySlice(Py.None, Py.None, 3L));
        assertRepr("[1, 'x', 'y', 7, 9]", l);
        Py.call(Py.getAttr(l, "__delitem__"), -1L);
        assertRepr("[1, 'x', 'y', 7]", l);
        assertRepr("[7, 'x']", Sequences.getItem(l, new PySlice(Py.None, Py.None, -2L)));
        assertRaises("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
                () -> Py.call(Py.getAttr(l, "__setitem__"), new PySlice(Py.None, Py.None, 2L), list(1L)));
        assertRaises("IndexError: list assignment index out of range",
                () -> Py.call(Py.getAttr(l, "__setitem__"), 10L, 1L));
        assertRaises("IndexError: list index out of range", () -> Sequences.getItem(l, 10L));
        assertRaises("TypeError: list indices must be integers or slices, not str", () -> Sequences.getItem(l, "x"));
        assertRaises("TypeError: can only concatenate list (not \"int\") to list", () -> m(l, "__add__", 1L));
    }

    @Test
    void tupleMethods() {
        PyTuple t = tuple(1L, 2L, 1L);
        assertEquals(2L, m(t, "count", 1L));
        assertEquals(1L, m(t, "index", 2L));
        assertRepr("(1, 1)", Sequences.getItem(t, new PySlice(Py.None, Py.None, 2L)));
        assertRaises("ValueError: tuple.index(x): x not in tuple", () -> m(t, "index", 5L));
        assertRaises("IndexError: tuple index out of range", () -> Sequences.getItem(t, 5L));
    }

    @Test
    void dictMethods() {
        PyDict d = (PyDict) call("dict", list(tuple("a", 1L), tuple("b", 2L)));
        assertRepr("dict_keys(['a', 'b'])", m(d, "keys"));
        assertRepr("dict_values([1, 2])", m(d, "values"));
        assertRepr("dict_items([('a', 1), ('b', 2)])", m(d, "items"));
        assertEquals(2L, call("len", m(d, "items")));
        assertEquals(true, Ops.contains(m(d, "keys"), "a"));
        assertEquals(true, Ops.contains(m(d, "items"), tuple("b", 2L)));
        assertRepr("{'b'}", Ops.binary(Ops.SUB, m(d, "keys"), call("set", list("a")), false));
        assertRepr("{'a', 'b', 'c'}", Ops.binary(Ops.OR, m(d, "keys"), list("c"), false));
        assertEquals(Py.None, m(d, "get", "z"));
        assertEquals(0L, m(d, "get", "z", 0L));
        assertEquals(3L, m(d, "setdefault", "c", 3L));
        assertEquals(1L, m(d, "setdefault", "a", 9L));
        assertEquals(3L, m(d, "pop", "c"));
        assertEquals("x", m(d, "pop", "c", "x"));
        assertRaises("KeyError: 'c'", () -> m(d, "pop", "c"));
        mKw(d, "update", new String[]{"e"}, list(tuple("d", 4L)), 5L);
        assertRepr("{'a': 1, 'b': 2, 'd': 4, 'e': 5}", d);
        assertRepr("('e', 5)", m(d, "popitem"));
        assertRepr("{'x': 0, 'y': 0}", Py.call(Py.getAttr(Builtins.DICT, "fromkeys"), "xy", 0L));
        PyDict c = (PyDict) m(d, "copy");
        m(d, "clear");
        assertRepr("{}", d);
        assertRaises("KeyError: 'popitem(): dictionary is empty'", () -> m(d, "popitem"));
        assertRaises("KeyError: 'zz'", () -> Sequences.getItem(c, "zz"));
        assertRaises("KeyError: (1, 2)", () -> Sequences.getItem(c, tuple(1L, 2L)));
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Py.call(Py.getAttr(c, "__delitem__"), "zz"));
        assertRepr("('zz',)", e.exc.args);
        assertEquals(true, Py.eq(c, call("dict", list(tuple("d", 4L), tuple("a", 1L), tuple("b", 2L)))));
    }

    @Test
    void setMethods() {
        PySet s = (PySet) call("set", list(1L, 2L, 3L));
        m(s, "add", 4L);
        m(s, "discard", 10L);
        m(s, "remove", 1L);
        assertRaises("KeyError: 1", () -> m(s, "remove", 1L));
        assertRepr("{2, 3, 4}", s);
        assertRepr("{2, 3, 4, 5}", m(s, "union", list(5L)));
        assertRepr("{3}", m(s, "intersection", list(3L, 9L), list(3L)));
        assertRepr("{2, 4}", m(s, "difference", list(3L)));
        assertRepr("{9, 2, 4}", m(s, "symmetric_difference", list(3L, 9L)));
        assertEquals(true, m(s, "issubset", call("range", 10L)));
        assertEquals(true, m(s, "issuperset", list(2L)));
        assertEquals(true, m(s, "isdisjoint", list(7L)));
        m(s, "intersection_update", list(2L, 3L));
        assertRepr("{2, 3}", s);
        m(s, "difference_update", list(2L));
        assertEquals(3L, m(s, "pop"));
        assertRaises("KeyError: 'pop from an empty set'", () -> m(s, "pop"));
        PySet f = (PySet) call("frozenset", list(1L, 2L));
        assertRepr("frozenset({1, 2, 3})", m(f, "union", list(3L)));
        assertRaises("AttributeError: 'frozenset' object has no attribute 'add'", () -> m(f, "add", 3L));
    }

    @Test
    void numberMethods() {
        assertEquals(10L, m(1000L, "bit_length"));
        assertEquals(true, m(2.0, "is_integer"));
        assertEquals(false, m(2.5, "is_integer"));
        assertRepr("(1, 4)", m(0.25, "as_integer_ratio"));
        assertRepr("(3602879701896397, 36028797018963968)", m(0.1, "as_integer_ratio"));
        assertRepr("2.67", m(2.675, "__round__", 2L));
        assertRepr("3", m(2.5, "__add__", 0.5) instanceof Double d ? (Object) (long) (double) d : null);
        assertRepr("True", true);
        assertEquals(5L, Py.getAttr(5L, "real"));
    }
}
