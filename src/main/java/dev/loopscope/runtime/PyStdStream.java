package dev.loopscope.runtime;

import java.util.LinkedHashMap;
import java.util.List;

/** sys.stdout and sys.stderr: text streams whose writes go to the run's output. */
public final class PyStdStream extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", "_io", List.of(Builtins.OBJECT),
            new LinkedHashMap<>(), true);
    public static final PyStdStream STDOUT = new PyStdStream(false);
    public static final PyStdStream STDERR = new PyStdStream(true);

    public final boolean err;

    private PyStdStream(boolean err) {
        this.err = err;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return err ? "<stderr>" : "<stdout>";
    }

    static void install() {
        BuiltinLibrary.method(TYPE, "write", (a, kw) -> {
            CallArgs.method("write", a, kw, 1, 1);
            if (!(a[1] instanceof String s)) {
                throw Py.typeError("write() argument must be str, not " + Py.typeName(a[1]));
            }
            Py.vm().write(((PyStdStream) a[0]).err, s);
            return (long) s.codePointCount(0, s.length());
        });
        BuiltinLibrary.method(TYPE, "flush", (a, kw) -> Py.None);
        BuiltinLibrary.method(TYPE, "isatty", (a, kw) -> false);
        BuiltinLibrary.method(TYPE, "writable", (a, kw) -> true);
        BuiltinLibrary.method(TYPE, "readable", (a, kw) -> false);
        BuiltinLibrary.method(TYPE, "fileno", (a, kw) -> ((PyStdStream) a[0]).err ? 2L : 1L);
        BuiltinLibrary.method(TYPE, "__repr__", (a, kw) -> "<_io.TextIOWrapper name='"
                + ((PyStdStream) a[0]).name() + "' mode='w' encoding='utf-8'>");
        TYPE.put("name", ObjectMethods.property("name", o -> ((PyStdStream) o).name()));
        TYPE.put("encoding", ObjectMethods.property("encoding", o -> "utf-8"));
        TYPE.put("mode", ObjectMethods.property("mode", o -> "w"));
    }
}
