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
        BuiltinLibrary.method(be, "add_note", (a, kw) -> Py.None);
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
