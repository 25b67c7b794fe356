package dev.loopscope.runtime;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** Shared helpers: a recording Vm, calls of builtins by name, and exception assertions. */
abstract class PyTestSupport {
    static final class RecordingVm implements Vm {
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();

        @Override
        public Object callFunction(PyFunction f, Object[] args, String[] kwnames) {
            throw new UnsupportedOperationException("no interpreter in unit tests");
        }

        @Override
        public void write(boolean toErr, String text) {
            (toErr ? err : out).append(text);
        }

        @Override
        public void tick() {
        }
    }

    static {
        Builtins.init();
    }

    RecordingVm vm = new RecordingVm();

    @org.junit.jupiter.api.BeforeEach
    void bindVm() {
        vm = new RecordingVm();
        Py.bindVm(vm);
    }

    @org.junit.jupiter.api.AfterEach
    void unbindVm() {
        Py.bindVm(null);
    }

    static Object builtin(String name) {
        Object f = Builtins.NAMES.get(name);
        if (f == null) {
            fail("no builtin " + name);
        }
        return f;
    }

    /** Calls builtin {@code name} with positional args. */
    static Object call(String name, Object... args) {
        return Py.call(builtin(name), args, null);
    }

    /** Calls with keywords: the last {@code kwnames.length} args are keyword values. */
    static Object callKw(String name, String[] kwnames, Object... args) {
        return Py.call(builtin(name), args, kwnames);
    }

    /** obj.method(args...). */
    static Object m(Object obj, String method, Object... args) {
        return Py.call(Py.getAttr(obj, method), args, null);
    }

    static Object mKw(Object obj, String method, String[] kwnames, Object... args) {
        return Py.call(Py.getAttr(obj, method), args, kwnames);
    }

    static String repr(Object o) {
        return Py.repr(o);
    }

    static void assertRepr(String expected, Object o) {
        assertEquals(expected, Py.repr(o));
    }

    /** Asserts that running {@code body} raises the Python exception "Type: message". */
    static void assertRaises(String expected, Runnable body) {
        PyException e = assertThrows(PyException.class, body::run);
        assertEquals(expected, e.exc.type().name() + ": " + Py.str(e.exc));
    }

    static PyList list(Object... items) {
        return new PyList(java.util.List.of(items));
    }

    static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    static PyBuiltinFunction fn(String name, java.util.function.Function<Object[], Object> body) {
        return new PyBuiltinFunction(name, (a, kw) -> body.apply(a));
    }

}
