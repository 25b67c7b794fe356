package dev.loopscope.runtime;

import java.util.List;

/** The parts of sys a scenario may use. The engine sets argv. */
final class SysModule {
    private SysModule() {
    }

    static PyModule create(String scriptName) {
        PyModule m = new PyModule("sys");
        PyType vi = CollectionsModule.makeNamedTuple("sys.version_info", "builtins",
                List.of("major", "minor", "micro", "releaselevel", "serial"), List.of());
        m.set("stdout", PyStdStream.STDOUT).set("stderr", PyStdStream.STDERR)
                .set("__stdout__", PyStdStream.STDOUT).set("__stderr__", PyStdStream.STDERR)
                .set("argv", new PyList(List.of(scriptName)))
                .set("maxsize", Long.MAX_VALUE)
                .set("version_info", CollectionsModule.instance(vi, 3L, 11L, 7L, "final", 0L))
                .set("version", "3.11.7 (main) [LoopScope]")
                .set("hexversion", 0x030b07f0L)
                .set("platform", "linux")
                .set("byteorder", "little")
                .set("implementation", Py.None)
                .set("path", new PyList())
                .set("maxunicode", 0x10ffffL);
        long[] limit = {1000};
        m.def("getrecursionlimit", (a, kw) -> {
            Args.positional("getrecursionlimit", a, kw, 0, 0);
            return limit[0];
        });
        m.def("setrecursionlimit", (a, kw) -> {
            Object o = Args.positional("setrecursionlimit", a, kw, 1, 1)[0];
            if (o instanceof Double) {
                throw Py.typeError("'float' object cannot be interpreted as an integer");
            }
            long n = Py.index(o);
            if (n < 1) {
                throw Py.valueError("recursion limit must be greater or equal than 1");
            }
            limit[0] = n;
            return Py.None;
        });
        m.def("exit", (a, kw) -> {
            Args.positional("exit", a, kw, 0, 1);
            throw new PyException(Builtins.newException(Builtins.SYSTEM_EXIT, a.length == 0 ? new Object[0]
                    : new Object[]{a[0]}));
        });
        m.def("getsizeof", (a, kw) -> 64L);
        m.def("intern", (a, kw) -> Args.positional("intern", a, kw, 1, 1)[0]);
        return m;
    }
}
