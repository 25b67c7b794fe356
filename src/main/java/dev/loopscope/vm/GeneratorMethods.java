package dev.loopscope.vm;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyType;

/** The methods of generator and coroutine objects: __next__, send, throw, close, __await__. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static {
        for (PyType t : new PyType[]{Builtins.GENERATOR, Builtins.COROUTINE}) {
            method(t, "send", (a, kw) -> step((PyGen) a[0], ((PyGen) a[0]).send(a[1])));
            method(t, "throw", (a, kw) -> {
                PyGen g = (PyGen) a[0];
                Object v = a[1];
                PyBaseException e = v instanceof PyType type ? (PyBaseException) Py.call(type)
                        : (PyBaseException) v;
                return step(g, g.throwIn(new PyException(e)));
            });
            method(t, "close", (a, kw) -> {
                ((PyGen) a[0]).close();
                return Py.None;
            });
        }
        method(Builtins.GENERATOR, "__iter__", (a, kw) -> a[0]);
        method(Builtins.GENERATOR, "__next__", (a, kw) -> step((PyGen) a[0], ((PyGen) a[0]).send(Py.None)));
        method(Builtins.COROUTINE, "__await__", (a, kw) -> new dev.loopscope.runtime.DelegateIterator((PyGen) a[0]));
        method(Builtins.COROUTINE, "__repr__", (a, kw) -> "<coroutine object " + ((PyGen) a[0]).qualname() + ">");
        method(Builtins.GENERATOR, "__repr__", (a, kw) -> "<generator object " + ((PyGen) a[0]).qualname() + ">");
    }

    static void install() {
    }

    /** After a send or throw: a yielded value, or StopIteration carrying the return value. */
    private static Object step(PyGen g, Object r) {
        if (g.finished()) {
            throw new PyException(Builtins.newException(Builtins.STOP_ITERATION, r));
        }
        return r;
    }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.put(name, new PyBuiltinFunction(name, body, t));
    }
}
