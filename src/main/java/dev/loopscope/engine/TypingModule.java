package dev.loopscope.engine;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.PyType;

/**
 * typing, for annotations only: each name is a type that can be subscripted ({@code List[int]})
 * and stands for itself. Nothing checks annotations at run time, as in CPython.
 */
final class TypingModule {
    private TypingModule() {
    }

    private static final String[] NAMES = {"Any", "Optional", "Union", "Callable", "Awaitable", "Coroutine",
            "Iterable", "Iterator", "AsyncIterator", "AsyncIterable", "Sequence", "Mapping", "Generator",
            "AsyncGenerator", "NoReturn", "TypeVar", "Generic", "Protocol", "Literal", "Final", "ClassVar"};

    static PyModule create() {
        PyModule m = new PyModule("typing");
        m.set("List", Builtins.LIST).set("Dict", Builtins.DICT).set("Tuple", Builtins.TUPLE).set("Set", Builtins.SET)
                .set("FrozenSet", Builtins.FROZENSET).set("Type", Builtins.TYPE);
        for (String n : NAMES) {
            PyType t = PyType.builtin(n, Builtins.OBJECT);
            t.put("__module__", "typing");
            t.put("__class_getitem__", new dev.loopscope.runtime.PyDescriptors.ClassMethod(
                    new PyBuiltinFunction("__class_getitem__", (a, kw) -> a[0])));
            m.set(n, t);
        }
        m.def("cast", (a, kw) -> a[1]);
        m.set("TYPE_CHECKING", false);
        m.def("NamedTuple", (a, kw) -> {
            throw Py.raise(Builtins.NOT_IMPLEMENTED_ERROR, "typing.NamedTuple is not supported yet");
        });
        return m;
    }
}
