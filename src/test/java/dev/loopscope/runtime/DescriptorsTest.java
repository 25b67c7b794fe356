package dev.loopscope.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** super(), property, classmethod and staticmethod with builtin functions standing in for Python ones. */
class DescriptorsTest extends PyTestSupport {
    private static PyType cls(String name, List<Object> bases, Object... kv) {
        java.util.Map<String, Object> ns = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            ns.put((String) kv[i], kv[i + 1]);
        }
        return Builtins.newClass(name, bases, ns);
    }

    @Test
    void superWalksTheMroAfterTheGivenClass() {
        PyType a = cls("A", List.of(), "who", fn("who", x -> "A:" + Py.typeName(x[0])),
                "make", new PyDescriptors.ClassMethod(fn("make", x -> ((PyType) x[0]).name())));
        PyType b = cls("B", List.of(a), "who", fn("who", x -> "B"));
        Object inst = Py.call(b);
        assertEquals("B", m(inst, "who"));
        Object sup = call("super", b, inst);
        assertEquals("A:B", m(sup, "who"));
        assertEquals("B", m(sup, "make"));
        assertEquals("B", m(call("super", b, b), "make"));
        assertEquals(Py.None, m(sup, "__init__"));
        assertEquals(true, ((String) m(sup, "__repr__")).startsWith("<__main__.B object at"));
        assertRaises("AttributeError: 'super' object has no attribute 'nope'", () -> Py.getAttr(sup, "nope"));
        assertRaises("TypeError: super(type, obj): obj must be an instance or subtype of type",
                () -> call("super", b, 1L));
        assertRaises("TypeError: super() argument 1 must be a type, not int", () -> call("super", 1L, 2L));
    }

    @Test
    void propertyWithSetterAndStaticMethod() {
        Object getter = fn("get", x -> Py.getAttr(x[0], "_v"));
        Object prop = call("property", getter);
        Object setter = fn("set", x -> {
            Py.rawSetAttr(x[0], "_v", Ops.binary(Ops.MUL, x[1], 2L, false));
            return Py.None;
        });
        prop = m(prop, "setter", setter);
        PyType c = cls("C", List.of(), "v", prop, "s", call("staticmethod", fn("s", x -> (long) x.length)));
        Object inst = Py.call(c);
        Py.setAttr(inst, "v", 21L);
        assertEquals(42L, Py.getAttr(inst, "v"));
        assertEquals(getter, Py.getAttr(prop, "fget"));
        assertEquals(2L, m(inst, "s", 1L, 2L));
        Object ro = call("property", getter);
        PyType d = cls("D", List.of(), "v", ro);
        assertRaises("AttributeError: property 'v' of 'D' object has no setter",
                () -> Py.setAttr(Py.call(d), "v", 1L));
    }

    @Test
    void objectDefaults() {
        PyType e = cls("E", List.of());
        Object x = Py.call(e);
        Object y = Py.call(e);
        assertEquals(true, Py.eq(x, x));
        assertEquals(false, Py.eq(x, y));
        assertEquals(true, Ops.compareBool(x, y, Ops.NE));
        assertEquals(Py.str(x), Py.repr(x));
        assertEquals("", Formatting.format(x, "").isEmpty() ? "" : "");
        assertRaises("TypeError: unsupported format string passed to E.__format__", () -> call("format", x, ">5"));
        assertEquals(Py.call(builtin("hash"), x), Py.call(builtin("hash"), x));
    }
}
