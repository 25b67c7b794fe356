package dev.loopscope.runtime;

import java.util.List;

/** BaseException's methods: __init__, __str__, __repr__, with_traceback, and the groups'. */
final class ExceptionMethods {
    private ExceptionMethods() {
    }

    static void install() {
        PyType be = Builtins.BASE_EXCEPTION;
        BuiltinLibrary.method(be, "__init__", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Py.typeError(Py.typeName(a[0]) + "() takes no keyword arguments");
            }
            PyBaseException e = (PyBaseException) a[0];
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            e.args = PyTuple.of(rest);
            return Py.None;
        });
        BuiltinLibrary.method(be, "__str__", (a, kw) -> str((PyBaseException) a[0]));
        BuiltinLibrary.method(be, "__repr__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            String name = e.type().name();
            if (e.args.items.length == 1) {
                return name + "(" + Py.repr(e.args.items[0]) + ")";
            }
            return name + Py.repr(e.args);
        });
        BuiltinLibrary.method(be, "with_traceback", (a, kw) -> a[0]);
        BuiltinLibrary.method(be, "add_note", (a, kw) -> {
            if (a.length != 2 || !(a[1] instanceof String)) {
                throw Py.typeError("note must be a str, not '" + Py.typeName(a.length > 1 ? a[1] : Py.None) + "'");
            }
            PyBaseException e = (PyBaseException) a[0];
            Object notes = e.dict().get("__notes__");
            PyList list = notes instanceof PyList l ? l : new PyList();
            e.dict().put("__notes__", list);
            list.items.add(a[1]);
            return Py.None;
        });
        osError();
        BuiltinLibrary.method(Builtins.KEY_ERROR, "__str__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            return e.args.items.length == 1 ? Py.repr(e.args.items[0]) : str(e);
        });
        PyType beg = Builtins.BASE_EXCEPTION_GROUP;
        BuiltinLibrary.method(beg, "__init__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            if (a.length != 3) {
                throw Py.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + (a.length - 1)
                        + " given)");
            }
            if (!(a[1] instanceof String)) {
                throw Py.typeError("argument 1 must be str, not " + Py.typeName(a[1]));
            }
            java.util.List<Object> excs = Py.toList(a[2]);
            if (excs.isEmpty()) {
                throw Py.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            for (Object x : excs) {
                if (!(x instanceof PyBaseException)) {
                    throw Py.valueError("Item " + excs.indexOf(x) + " of second argument (exceptions) is not an "
                            + "exception");
                }
            }
            e.args = PyTuple.of(a[1], new PyList(excs));
            return Py.None;
        });
        PyBuiltinFunction.Body make = (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Py.typeError("BaseExceptionGroup() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw Py.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + a.length + " given)");
            }
            if (!(a[0] instanceof String)) {
                throw Py.typeError("argument 1 must be str, not " + Py.typeName(a[0]));
            }
            List<Object> excs = checkedMembers(a[1]);
            return ExceptionGroups.newGroup((String) a[0], excs);
        };
        BuiltinLibrary.constructor(beg, make);
        BuiltinLibrary.constructor(Builtins.EXCEPTION_GROUP, (a, kw) -> {
            PyBaseException g = (PyBaseException) make.call(a, kw);
            if (g.type() != Builtins.EXCEPTION_GROUP) {
                throw Py.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            return g;
        });
        BuiltinLibrary.method(beg, "derive", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            return Py.call(Builtins.BASE_EXCEPTION_GROUP, e.args.items[0], a[1]);
        });
        BuiltinLibrary.method(beg, "split", (a, kw) -> ExceptionGroups.splitMethod((PyBaseException) a[0], a[1]));
        BuiltinLibrary.method(beg, "subgroup", (a, kw) ->
                ExceptionGroups.splitMethod((PyBaseException) a[0], a[1]).items[0]);
        BuiltinLibrary.method(beg, "__str__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            int n = Py.toList(e.args.items[1]).size();
            return e.args.items[0] + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        });
        BuiltinLibrary.method(beg, "__repr__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            return e.type().name() + "(" + Py.repr(e.args.items[0]) + ", " + Py.repr(e.args.items[1]) + ")";
        });
    }

    /** OSError(errno, strerror[, filename]): the subclass the errno names, [Errno N] text, attributes. */
    private static void osError() {
        PyType os = Builtins.OS_ERROR;
        java.util.Map<Long, PyType> byErrno = java.util.Map.ofEntries(
                java.util.Map.entry(1L, Builtins.PERMISSION_ERROR), java.util.Map.entry(2L, Builtins.FILE_NOT_FOUND_ERROR),
                java.util.Map.entry(13L, Builtins.PERMISSION_ERROR), java.util.Map.entry(17L, Builtins.FILE_EXISTS_ERROR),
                java.util.Map.entry(32L, Builtins.BROKEN_PIPE_ERROR), java.util.Map.entry(103L, Builtins.CONNECTION_ABORTED_ERROR),
                java.util.Map.entry(104L, Builtins.CONNECTION_RESET_ERROR), java.util.Map.entry(108L, Builtins.BROKEN_PIPE_ERROR),
                java.util.Map.entry(110L, Builtins.TIMEOUT_ERROR), java.util.Map.entry(111L, Builtins.CONNECTION_REFUSED_ERROR));
        BuiltinLibrary.constructor(os, (a, kw) -> {
            PyType t = os;
            if (a.length >= 2 && a[0] instanceof Long errno && byErrno.containsKey(errno)) {
                t = byErrno.get(errno);
            }
            PyBaseException e = (PyBaseException) t.allocator().apply(t);
            e.args = PyTuple.of(a.length >= 2 && a.length <= 3 ? new Object[]{a[0], a[1]} : a);
            if (a.length == 3) {
                e.dict().put("filename", a[2]);
            }
            return e;
        });
        BuiltinLibrary.method(os, "__init__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            e.args = PyTuple.of(rest.length >= 2 && rest.length <= 3 ? new Object[]{rest[0], rest[1]} : rest);
            if (rest.length == 3) {
                e.dict().put("filename", rest[2]);
            }
            return Py.None;
        });
        BuiltinLibrary.method(os, "__str__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object[] args = e.args.items;
            Object filename = e.dict().get("filename");
            if (args.length == 2) {
                String base = "[Errno " + Py.str(args[0]) + "] " + Py.str(args[1]);
                return filename == null || filename == Py.None ? base : base + ": " + Py.repr(filename);
            }
            return str(e);
        });
        for (String[] field : new String[][]{{"errno", "0"}, {"strerror", "1"}}) {
            int i = Integer.parseInt(field[1]);
            os.put(field[0], new PyDescriptors.Property(new PyBuiltinFunction(field[0], (a, kw) -> {
                Object[] args = ((PyBaseException) a[0]).args.items;
                return args.length >= 2 && args.length <= 3 ? args[i] : Py.None;
            }), Py.None, Py.None, Py.None));
        }
        os.put("filename", new PyDescriptors.Property(new PyBuiltinFunction("filename", (a, kw) -> {
            Object f = ((PyBaseException) a[0]).dict().get("filename");
            return f == null ? Py.None : f;
        }), Py.None, Py.None, Py.None));
    }

    private static List<Object> checkedMembers(Object seq) {
        if (!(seq instanceof PyList) && !(seq instanceof PyTuple)) {
            throw Py.typeError("second argument (exceptions) must be a sequence");
        }
        List<Object> excs = Py.toList(seq);
        if (excs.isEmpty()) {
            throw Py.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        for (int i = 0; i < excs.size(); i++) {
            if (!(excs.get(i) instanceof PyBaseException)) {
                throw Py.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
        }
        return excs;
    }

    static String str(PyBaseException e) {
        Object[] args = e.args.items;
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1) {
            return Py.str(args[0]);
        }
        return Py.str(e.args);
    }
}
