package dev.loopscope.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Expected values come from CPython 3.11.7. */
class CoreFunctionsTest extends PyTestSupport {
    @Test
    void printWritesWithSepAndEnd() {
        call("print", 1L, "a", 2.5, Py.None);
        callKw("print", new String[]{"sep", "end"}, 1L, 2L, "-", "!\n");
        callKw("print", new String[]{"file"}, "oops", PyStdStream.STDERR);
        call("print");
        assertEquals("1 a 2.5 None\n1-2!\n\n", vm.out.toString());
        assertEquals("oops\n", vm.err.toString());
        assertRaises("TypeError: sep must be None or a string, not int",
                () -> callKw("print", new String[]{"sep"}, 1L, 1L));
        assertRaises("TypeError: 'foo' is an invalid keyword argument for print()",
                () -> callKw("print", new String[]{"foo"}, 1L, 1L));
    }

    @Test
    void printToObjectWithWrite() {
        PyList parts = new PyList();
        PyInstance sink = new PyInstance(Builtins.OBJECT);
        sink.dict().put("write", fn("write", a -> {
            parts.items.add(a[0]);
            return 0L;
        }));
        callKw("print", new String[]{"file"}, "a", "b", sink);
        assertRepr("['a', ' ', 'b', '\\n']", parts);
        assertEquals(3L, m(PyStdStream.STDOUT, "write", "abc"));
        assertEquals("abc", vm.out.toString());
    }

    @Test
    void intParsing() {
        assertEquals(10L, call("int", " 1_0 "));
        assertEquals(255L, call("int", "0x_ff", 0L));
        assertEquals(0L, call("int", "00", 0L));
        assertEquals(-5L, call("int", " -0b101 ", 0L));
        assertEquals(5L, call("int", "0b101", 2L));
        assertEquals(45313L, call("int", "0b101", 16L));
        assertEquals(12L, call("int", "١٢"));
        assertEquals(-3L, call("int", -3.9));
        assertEquals(0L, call("int"));
        assertRaises("ValueError: invalid literal for int() with base 10: 'x'", () -> call("int", "x"));
        assertRaises("ValueError: invalid literal for int() with base 10: '1__0'", () -> call("int", "1__0"));
        assertRaises("ValueError: invalid literal for int() with base 10: '_1'", () -> call("int", "_1"));
        assertRaises("ValueError: invalid literal for int() with base 0: '010'", () -> call("int", "010", 0L));
        assertRaises("ValueError: invalid literal for int() with base 10: ''", () -> call("int", ""));
        assertRaises("ValueError: invalid literal for int() with base 2: '12'", () -> call("int", "12", 2L));
        assertRaises("ValueError: int() base must be >= 2 and <= 36, or 0", () -> call("int", "ff", 37L));
        assertRaises("TypeError: int() can't convert non-string with explicit base", () -> call("int", 1.5, 10L));
        assertRaises("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
                () -> call("int", new PyList()));
        assertRaises("ValueError: cannot convert float NaN to integer", () -> call("int", Double.NaN));
        assertRaises("OverflowError: cannot convert float infinity to integer",
                () -> call("int", Double.POSITIVE_INFINITY));
        assertRepr("100000000000000000000", call("int", "100000000000000000000"));
    }

    @Test
    void floatParsing() {
        assertEquals(2.5, call("float", " 2.5 "));
        assertEquals(1000.5, call("float", "1_000.5"));
        assertEquals(Double.NEGATIVE_INFINITY, call("float", "-inf"));
        assertEquals(Double.POSITIVE_INFINITY, call("float", "Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, call("float", "1e500"));
        assertRepr("nan", call("float", "nan"));
        assertEquals(0.5, call("float", ".5"));
        assertEquals(5.0, call("float", "5."));
        for (String bad : new String[]{"x", "1__0", "0x1p3", ".", "1e"}) {
            assertRaises("ValueError: could not convert string to float: " + Py.repr(bad), () -> call("float", bad));
        }
        assertRaises("TypeError: float() argument must be a string or a real number, not 'list'",
                () -> call("float", new PyList()));
    }

    @Test
    void conversions() {
        assertEquals("", call("str"));
        assertEquals("[1, 'a']", call("str", list(1L, "a")));
        assertEquals(false, call("bool", new PyList()));
        assertEquals(true, call("bool", "0"));
        assertRepr("['a', 'b']", call("list", "ab"));
        assertRepr("(1, 2)", call("tuple", list(1L, 2L)));
        assertRepr("{'x': 9, 'y': 8}", call("dict", call("zip", "xy", list(9L, 8L))));
        assertRepr("{'a': 1, 'b': 2}", callKw("dict", new String[]{"b"}, list(tuple("a", 1L)), 2L));
        assertRepr("{1, 2}", call("set", list(1L, 2L, 1L)));
        assertRepr("frozenset({3})", call("frozenset", list(3L)));
        assertRaises("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                () -> call("dict", list(1L)));
        assertRaises("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                () -> call("dict", list(tuple(1L, 2L, 3L))));
        assertRaises("TypeError: 'int' object is not iterable", () -> call("list", 1L));
        assertRaises("TypeError: object() takes no arguments", () -> call("object", 1L));
    }

    @Test
    void rangesAndSlices() {
        assertRepr("range(0, 5)", call("range", 5L));
        assertRepr("range(0, 5, 2)", call("range", 0L, 5L, 2L));
        assertRepr("[2, 5, 8]", call("list", call("range", 2L, 11L, 3L)));
        assertRepr("[5, 3, 1]", call("list", call("range", 5L, 0L, -2L)));
        assertEquals(15L, call("len", call("range", 0L, 100L, 7L)));
        Object r = call("range", 10L);
        assertRepr("range(2, 8, 2)", Sequences.getItem(r, new PySlice(2L, 8L, 2L)));
        assertEquals(9L, Sequences.getItem(r, -1L));
        assertEquals(3L, m(r, "index", 3L));
        assertRaises("IndexError: range object index out of range", () -> Sequences.getItem(r, 10L));
        assertRaises("ValueError: 10 is not in range", () -> m(r, "index", 10L));
        assertRepr("[4, 3, 2, 1, 0]", call("list", call("reversed", call("range", 5L))));
        assertRaises("TypeError: range expected at least 1 argument, got 0", () -> call("range"));
        assertRaises("TypeError: 'float' object cannot be interpreted as an integer", () -> call("range", 1.5));
        assertRaises("ValueError: range() arg 3 must not be zero", () -> call("range", 1L, 2L, 0L));
        assertRepr("slice(1, 2, None)", call("slice", 1L, 2L));
        assertRepr("(1, 4, 1)", m(call("slice", 1L, -1L), "indices", 5L));
        assertEquals(true, Py.eq(call("range", 0L), call("range", 5L, 2L)));
    }

    @Test
    void introspection() {
        assertEquals(true, call("isinstance", 3L, Builtins.INT));
        assertEquals(true, call("isinstance", true, Builtins.INT));
        assertEquals(false, call("isinstance", 3.0, tuple(Builtins.INT, Builtins.STR)));
        assertEquals(true, call("isinstance", 3.0, tuple(Builtins.INT, tuple(Builtins.FLOAT))));
        assertEquals(true, call("issubclass", Builtins.BOOL, Builtins.INT));
        assertRaises("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                () -> call("isinstance", 1L, 2L));
        assertRaises("TypeError: issubclass() arg 1 must be a class", () -> call("issubclass", 1L, Builtins.INT));
        PyInstance b = new PyInstance(Builtins.OBJECT);
        PyType box = Builtins.newClass("Box", java.util.List.of(), new java.util.HashMap<>());
        Object bx = call("Box".isEmpty() ? "" : "type", b);
        assertEquals(Builtins.OBJECT, bx);
        Object inst = Py.call(box);
        call("setattr", inst, "size", 42L);
        assertEquals(true, call("hasattr", inst, "size"));
        assertEquals(42L, call("getattr", inst, "size"));
        assertEquals("none", call("getattr", inst, "color", "none"));
        assertRaises("AttributeError: 'Box' object has no attribute 'color'", () -> call("getattr", inst, "color"));
        assertRaises("TypeError: attribute name must be string, not 'int'", () -> call("getattr", 1L, 2L));
        assertEquals(true, call("callable", builtin("len")));
        assertEquals(false, call("callable", inst));
        assertRepr("{'size': 42}", call("vars", inst));
        call("delattr", inst, "size");
        assertEquals(false, call("hasattr", inst, "size"));
        assertRaises("TypeError: vars() argument must have __dict__ attribute", () -> call("vars", 1L));
        assertRaises("TypeError: Box() takes no arguments", () -> Py.call(box, 1L));
        assertEquals(true, ((String) Py.repr(inst)).startsWith("<__main__.Box object at 0x"));
        assertEquals(Py.repr(inst), Py.call(Py.getAttr(Builtins.OBJECT, "__repr__"), inst));
        assertEquals(Py.None, Py.call(Py.getAttr(Builtins.OBJECT, "__init__"), inst));
    }

    @Test
    void idIsStableAndHashMatchesCPython() {
        Object a = new PyList();
        Object b = new PyList();
        assertEquals(call("id", a), call("id", a));
        assertNotEquals(call("id", a), call("id", b));
        assertEquals(-2L, call("hash", -1L));
        assertEquals(1L, call("hash", call("pow", 2L, 61L)));
        assertEquals(1152921504606846977L, call("hash", 1.5));
        assertEquals(-3550055125485641917L, call("hash", tuple(1L, 2L)));
        assertEquals(5740354900026072187L, call("hash", PyTuple.EMPTY));
        assertEquals(-2L, call("hash", -1.0));
        assertEquals(230584300921369408L, call("hash", 0.1));
        assertEquals(7267574591690527098L, call("hash", tuple(1L, tuple(2L, 3L))));
        assertEquals(314159L, call("hash", Double.POSITIVE_INFINITY));
        assertEquals(1L, call("hash", true));
        assertRaises("TypeError: unhashable type: 'list'", () -> call("hash", new PyList()));
    }

    @Test
    void charactersAndRadix() {
        assertEquals("A", call("chr", 65L));
        assertEquals(122L, call("ord", "z"));
        assertEquals("0xff", call("hex", 255L));
        assertEquals("0b1010", call("bin", 10L));
        assertEquals("0o100", call("oct", 64L));
        assertEquals("-0b1010", call("bin", -10L));
        assertEquals("0x56bc75e2d63100000", call("hex", call("pow", 10L, 20L)));
        assertEquals("-0o10", call("oct", -8L));
        assertEquals("'h\\xe9llo\\u20ac\\U0001f600'", call("ascii", "héllo€😀"));
        assertRaises("ValueError: chr() arg not in range(0x110000)", () -> call("chr", -1L));
        assertRaises("TypeError: 'str' object cannot be interpreted as an integer", () -> call("chr", "a"));
        assertRaises("TypeError: ord() expected a character, but string of length 2 found", () -> call("ord", "ab"));
        assertRaises("TypeError: ord() expected string of length 1, but int found", () -> call("ord", 1L));
        assertRaises("TypeError: 'float' object cannot be interpreted as an integer", () -> call("bin", 1.5));
        assertRaises("TypeError: format() argument 2 must be str, not int", () -> call("format", 1L, 2L));
        assertEquals("1", call("format", 1L));
    }

    @Test
    void numericBuiltins() {
        assertRepr("[2, 4, -2, 0, 2, 2.67, 1200, 7]", list(call("round", 2.5), call("round", 3.5),
                call("round", -1.5), call("round", -0.5), call("round", 2.4999), call("round", 2.675, 2L),
                call("round", 1234L, -2L), call("round", 7.0)));
        assertRepr("0.12", call("round", 0.125, 2L));
        assertRepr("-0.0", call("round", -0.4, 0L));
        assertRepr("20", call("round", 25L, -1L));
        assertRepr("40", call("round", 35L, -1L));
        assertRepr("0.0", call("round", 1e300, -400L));
        assertRepr("inf", call("round", Double.POSITIVE_INFINITY, 2L));
        assertRaises("ValueError: cannot convert float NaN to integer", () -> call("round", Double.NaN));
        assertRaises("TypeError: type str doesn't define __round__ method", () -> call("round", "a"));
        assertRepr("(3, 2)", call("divmod", 17L, 5L));
        assertRepr("(-4, 3)", call("divmod", -17L, 5L));
        assertRepr("(3.0, 1.5)", call("divmod", 7.5, 2L));
        assertRaises("ZeroDivisionError: float divmod()", () -> call("divmod", 1.0, 0L));
        assertRaises("ZeroDivisionError: integer division or modulo by zero", () -> call("divmod", 1L, 0L));
        assertRaises("TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
                () -> call("divmod", "a", 1L));
        assertRepr("1024", call("pow", 2L, 10L));
        assertRepr("1", call("pow", 3L, 4L, 5L));
        assertRepr("0.5", call("pow", 2L, -1L));
        assertRepr("5", call("pow", 3L, -1L, 7L));
        assertRepr("-1", call("pow", 3L, 2L, -5L));
        assertRaises("ValueError: pow() 3rd argument cannot be 0", () -> call("pow", 2L, 3L, 0L));
        assertRaises("ValueError: base is not invertible for the given modulus", () -> call("pow", 2L, -1L, 4L));
        assertRaises("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                () -> call("pow", 2.0, 3L, 5L));
        assertRepr("7", call("abs", -7L));
        assertRepr("2.5", call("abs", -2.5));
        assertRaises("TypeError: bad operand type for abs(): 'str'", () -> call("abs", "a"));
    }

    @Test
    void iterationBuiltins() {
        PyList words = list("delta", "Alpha", "charlie", "bravo");
        assertRepr("[(1, 'delta'), (2, 'Alpha')]", Sequences.getItem(call("list",
                callKw("enumerate", new String[]{"start"}, words, 1L)), new PySlice(Py.None, 2L, Py.None)));
        assertRepr("[(1, 'a'), (2, 'b')]", call("list", call("zip", list(1L, 2L, 3L), "ab")));
        assertRepr("['Alpha', 'bravo', 'charlie', 'delta']", call("sorted", words));
        assertRepr("['Alpha', 'bravo', 'charlie', 'delta']", callKw("sorted", new String[]{"key"}, words,
                Py.getAttr(Builtins.STR, "lower")));
        assertRepr("['charlie', 'delta', 'Alpha', 'bravo']", callKw("sorted", new String[]{"key", "reverse"}, words,
                builtin("len"), true));
        assertRepr("['bravo', 'charlie', 'Alpha', 'delta']", call("list", call("reversed", words)));
        assertEquals("delta", callKw("min", new String[]{"key"}, words, builtin("len")));
        assertEquals(-7L, callKw("max", new String[]{"key"}, list(4L, -7L, 2L), builtin("abs")));
        assertEquals("none", callKw("min", new String[]{"default"}, new PyList(), "none"));
        assertEquals(9L, call("max", 3L, 9L, 4L));
        assertEquals(1L, callKw("max", new String[]{"key"}, list(1L, 1.0), builtin("abs")));
        assertRaises("ValueError: max() arg is an empty sequence", () -> call("max", new PyList()));
        assertRaises("TypeError: max expected at least 1 argument, got 0", () -> call("max"));
        assertRaises("TypeError: Cannot specify a default for max() with multiple positional arguments",
                () -> callKw("max", new String[]{"default"}, 1L, 2L, 3L));
        assertRaises("TypeError: '>' not supported between instances of 'int' and 'str'", () -> call("max", "a", 1L));
        assertRaises("TypeError: '<' not supported between instances of 'str' and 'int'",
                () -> call("sorted", list(1L, "a")));
        assertRepr("6", call("sum", list(1L, 2L, 3L)));
        assertRepr("10.75", call("sum", list(0.5, 0.25), 10L));
        assertRepr("0.9999999999999999", call("sum", call("list", Py.call(builtin("map"), fn("f", a -> 0.1),
                call("range", 10L)))));
        assertRepr("[1]", call("sum", list(list(1L)), new PyList()));
        assertRaises("TypeError: sum() can't sum strings [use ''.join(seq) instead]",
                () -> call("sum", list("a"), ""));
        assertRepr("['DELTA', 'ALPHA', 'CHARLIE', 'BRAVO']", call("list", call("map",
                Py.getAttr(Builtins.STR, "upper"), words)));
        assertRepr("[1, 'x', [0]]", call("list", call("filter", Py.None, list(0L, 1L, "", "x", new PyList(),
                list(0L)))));
        assertRepr("[False, True, False, True]", list(call("any", new PyList()), call("all", new PyList()),
                call("any", list(0L, 0L)), call("all", list(1L, "a", list(0L)))));
        Object it = call("iter", list(1L));
        assertEquals(1L, call("next", it));
        assertEquals(5L, call("next", it, 5L));
        assertRaises("StopIteration: ", () -> call("next", it));
        assertRaises("TypeError: 'list' object is not an iterator", () -> call("next", new PyList()));
        assertRaises("TypeError: 'int' object is not reversible", () -> call("reversed", 1L));
        assertRaises("TypeError: map() must have at least two arguments.", () -> call("map", builtin("len")));
        Object strict = callKw("zip", new String[]{"strict"}, list(1L, 2L), list(1L), true);
        assertRaises("ValueError: zip() argument 2 is shorter than argument 1", () -> call("list", strict));
        Object strict3 = callKw("zip", new String[]{"strict"}, list(1L), list(1L), list(1L, 2L), true);
        assertRaises("ValueError: zip() argument 3 is longer than arguments 1-2", () -> call("list", strict3));
        assertRaises("EOFError: EOF when reading a line", () -> call("input", "? "));
        assertEquals("? ", vm.out.toString());
    }

    @Test
    void sortIsStable() {
        PyList pairs = list(tuple(1L, "a"), tuple(0L, "b"), tuple(1L, "c"), tuple(0L, "d"), tuple(1L, "e"));
        Object first = fn("first", a -> ((PyTuple) a[0]).items[0]);
        assertRepr("[(1, 'a'), (1, 'c'), (1, 'e'), (0, 'b'), (0, 'd')]",
                callKw("sorted", new String[]{"key", "reverse"}, pairs, first, true));
        assertRepr("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c'), (1, 'e')]",
                callKw("sorted", new String[]{"key"}, pairs, first));
    }
}
