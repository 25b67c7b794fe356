package dev.loopscope.runtime;

/** The builtin functions (print, len, ...) and the constructors of the builtin types. */
final class CoreFunctions {
    private CoreFunctions() {
    }

    static void install() {
        BuiltinLibrary.def("print", (a, kw) -> {
            Object[] b = Args.bind("print", a, kw, new String[]{}, 0);
            return Py.None;
        });
        BuiltinLibrary.def("repr", (a, kw) -> Py.repr(Args.positional("repr", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("len", (a, kw) -> Len.of(Args.positional("len", a, kw, 1, 1)[0]));
    }
}
