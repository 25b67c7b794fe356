package dev.loopscope.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected values come from CPython 3.11.7. */
class StrMethodsTest extends PyTestSupport {
    @Test
    void splitting() {
        assertRepr("['a', 'b', 'c']", m("a b\n c", "split"));
        assertRepr("['a', 'b  ']", m("  a  b  ", "split", Py.None, 1L));
        assertRepr("['  a', 'b']", m("  a  b  ", "rsplit", Py.None, 1L));
        assertRepr("['a', 'b', ',c']", m("a,b,,c", "split", ",", 2L));
        assertRepr("['a,b', '', 'c']", m("a,b,,c", "rsplit", ",", 2L));
        assertRepr("['a', 'b c']", mKw("a b c", "split", new String[]{"maxsplit"}, " ", 1L));
        assertRepr("['abc']", mKw("abc", "split", new String[]{"maxsplit"}, 1L));
        assertRepr("['']", m("", "split", ","));
        assertRepr("[]", m("", "split"));
        assertRepr("['a', 'b', 'c', 'd', 'e', 'f']", m("a\nb\r\nc\rd\u000be\u001cf", "splitlines"));
        assertRepr("['a\\n', 'b\\r\\n']", m("a\nb\r\n", "splitlines", true));
        assertRepr("('a', ',', 'b,c')", m("a,b,c", "partition", ","));
        assertRepr("('a,b', ',', 'c')", m("a,b,c", "rpartition", ","));
        assertRepr("('abc', '', '')", m("abc", "partition", ","));
        assertRaises("ValueError: empty separator", () -> m("a", "split", ""));
        assertRaises("ValueError: empty separator", () -> m("a", "partition", ""));
    }

    @Test
    void joiningAndReplacing() {
        assertEquals("axbxc", m("x", "join", "abc"));
        assertEquals("a,b", m(",", "join", list("a", "b")));
        assertRaises("TypeError: sequence item 0: expected str instance, int found", () -> m(",", "join", list(1L)));
        assertRaises("TypeError: sequence item 1: expected str instance, int found",
                () -> m(",", "join", list("a", 2L)));
        assertRaises("TypeError: can only join an iterable", () -> m(",", "join", 1L));
        assertEquals("-a-b-c-", m("abc", "replace", "", "-"));
        assertEquals("-a-bc", m("abc", "replace", "", "-", 2L));
        assertEquals("bba", m("aaa", "replace", "a", "b", 2L));
        assertRaises("TypeError: replace() argument 1 must be str, not int", () -> m("a", "replace", 1L, "b"));
        assertEquals("b", m("  b\t", "strip"));
        assertEquals("b--", m("--b--", "lstrip", "-"));
        assertEquals("--b", m("--b--", "rstrip", "-"));
        assertRaises("TypeError: strip arg must be None or str", () -> m("a", "strip", 1L));
        assertEquals("x", m("prefix-x", "removeprefix", "prefix-"));
        assertEquals("a", m("a.py", "removesuffix", ".py"));
        assertRaises("TypeError: removeprefix() argument must be str, not int", () -> m("a", "removeprefix", 1L));
    }

    @Test
    void caseAndPadding() {
        assertEquals("Hello World  Foo", m("hello world  foo", "title"));
        assertEquals("They'Re Bill'S", m("they're bill's", "title"));
        assertEquals("SS", m("ß", "upper"));
        assertEquals("σας", m("ΣΑΣ", "lower"));
        assertEquals("A b", m("a b", "capitalize"));
        assertEquals("Hello world", m("hELLO wORLD", "capitalize"));
        assertEquals("hELLO", m("Hello", "swapcase"));
        assertEquals("a", m("A", "casefold"));
        assertEquals("  ab ", m("ab", "center", 5L));
        assertEquals("  ab  ", m("ab", "center", 6L));
        assertEquals(" abc  ", m("abc", "center", 6L));
        assertEquals(" a  ", m("a", "center", 4L));
        assertEquals("abc**", m("abc", "ljust", 5L, "*"));
        assertEquals("abc", m("abc", "rjust", 2L));
        assertEquals("0000x", m("x", "zfill", 5L));
        assertEquals("-00042", m("-42", "zfill", 6L));
        assertEquals("+004", m("+4", "zfill", 4L));
        assertEquals("a       bc      d", m("a\tbc\td", "expandtabs"));
        assertEquals("a   b", m("a\tb", "expandtabs", 4L));
        assertRaises("TypeError: The fill character must be exactly one character long",
                () -> m("a", "center", 5L, "ab"));
        assertRaises("TypeError: 'str' object cannot be interpreted as an integer", () -> m("a", "center", "5"));
    }

    @Test
    void searching() {
        assertEquals(2L, m("abc", "find", "c", -1L));
        assertEquals(-1L, m("abc", "find", "", 5L));
        assertEquals(3L, m("abc", "find", "", 3L));
        assertEquals(4L, m("abc", "count", ""));
        assertEquals(2L, m("banana", "count", "an"));
        assertEquals(3L, m("banana", "rfind", "an"));
        assertEquals(1L, m("banana", "index", "an"));
        assertEquals(true, m("abc", "startswith", tuple("x", "a")));
        assertEquals(true, m("abc", "startswith", "b", 1L));
        assertEquals(true, m("abc", "endswith", "b", 0L, 2L));
        assertEquals(false, m("abc", "startswith", "", 4L));
        assertRaises("ValueError: substring not found", () -> m("a", "index", "b"));
        assertRaises("ValueError: substring not found", () -> m("a", "rindex", "b"));
        assertRaises("TypeError: must be str, not int", () -> m("a", "find", 1L));
        assertRaises("TypeError: startswith first arg must be str or a tuple of str, not int",
                () -> m("a", "startswith", 1L));
    }

    @Test
    void predicates() {
        assertEquals(false, m("ab", "isdigit"));
        assertEquals(true, m("²", "isdigit"));
        assertEquals(false, m("²", "isdecimal"));
        assertEquals(true, m("½", "isnumeric"));
        assertEquals(true, m("Ab Cd", "istitle"));
        assertEquals(true, m("_a1", "isidentifier"));
        assertEquals(false, m("1a", "isidentifier"));
        assertEquals(false, m("a\n", "isprintable"));
        assertEquals(false, m("", "isupper"));
        assertEquals(true, m("A1", "isupper"));
        assertEquals(true, m(" \t", "isspace"));
        assertEquals(true, m("abc1", "isalnum"));
        assertEquals(false, m("é", "isascii"));
    }

    @Test
    void formatMethod() {
        assertEquals("    1", m("{:{}}", "format", 1L, 5L));
        assertEquals("{}", m("{{}}", "format"));
        assertEquals("  'a'", m("{!r:>5}", "format", "a"));
        assertEquals("2", m("{0[1]}", "format", list(1L, 2L)));
        assertEquals("5", m("{0[a]}", "format", call("dict", list(tuple("a", 5L)))));
        assertEquals("1", m("{0.real}", "format", 1L));
        assertEquals("None |", m("{0!s:5}|", "format", Py.None));
        assertEquals("   x", mKw("{name:>{width}}", "format", new String[]{"name", "width"}, "x", 4L));
        assertEquals("'\\xe9'", m("{0!a}", "format", "é"));
        assertEquals("1 2 1", m("{0} {1} {0}", "format", 1L, 2L));
        assertEquals("x=1", m("x={x}", "format_map", call("dict", list(tuple("x", 1L)))));
        assertRaises("IndexError: Replacement index 1 out of range for positional args tuple",
                () -> m("{0} {1}", "format", 1L));
        assertRaises("ValueError: cannot switch from automatic field numbering to manual field specification",
                () -> m("{} {0}", "format", 1L, 2L));
        assertRaises("ValueError: cannot switch from manual field specification to automatic field numbering",
                () -> m("{0} {}", "format", 1L, 2L));
        assertRaises("KeyError: 'x'", () -> mKw("{x}", "format", new String[]{"y"}, 1L));
        assertRaises("ValueError: Single '{' encountered in format string", () -> m("{", "format"));
        assertRaises("ValueError: Single '}' encountered in format string", () -> m("}", "format"));
        assertRaises("ValueError: Unknown conversion specifier x", () -> m("{0!x}", "format", 1L));
        assertRaises("AttributeError: 'int' object has no attribute 'b'",
                () -> mKw("{a.b}", "format", new String[]{"a"}, 1L));
        assertRaises("IndexError: list index out of range", () -> m("{0[5]}", "format", list(1L)));
        assertRaises("TypeError: unsupported format string passed to NoneType.__format__",
                () -> m("{:5}|", "format", Py.None));
    }

    @Test
    void indexingAndOperators() {
        assertEquals("cba", Sequences.getItem("abc", new PySlice(Py.None, Py.None, -1L)));
        assertEquals("😀", Sequences.getItem("a😀b", 1L));
        assertEquals(3L, call("len", "a😀b"));
        assertEquals("b😀", Sequences.getItem("a😀b", new PySlice(Py.None, Py.None, -1L)) instanceof String s
                ? s.substring(0, 3) : null);
        assertRaises("IndexError: string index out of range", () -> Sequences.getItem("abc", 5L));
        assertRaises("TypeError: string indices must be integers, not 'float'", () -> Sequences.getItem("a", 1.5));
        assertEquals(true, Ops.contains("abc", "bc"));
        assertEquals("abab", m("ab", "__mul__", 2L));
        assertEquals("{97: 99, 98: 100}", repr(m("a", "maketrans", "ab", "cd")));
        assertEquals("xc", m("abc", "translate", call("dict", list(tuple(97L, "x"), tuple(98L, Py.None)))));
        assertEquals("bb", m("abc", "translate", Py.call(Py.getAttr(Builtins.STR, "maketrans"), "a", "b", "c")));
        assertRepr("b'hello'".substring(0, 0) + "5", (long) ((byte[]) m("hello", "encode")).length);
    }

    @Test
    void stringModule() {
        PyModule s = StdModules.string();
        assertEquals("Hello World", Py.call(Py.getAttr(s, "capwords"), "hello   world"));
        assertEquals("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", Py.getAttr(s, "punctuation"));
        assertEquals(100L, call("len", Py.getAttr(s, "printable")));
    }
}
