package dev.loopscope.runtime;

import java.util.function.Function;

/**
 * The methods of {@code object} (so that {@code super().__init__()} and
 * {@code object.__repr__(self)} work), and of property, classmethod, staticmethod, super and slice.
 */
final class ObjectMethods {
    private ObjectMethods() {
    }

    /** A read-only attribute of a builtin type, computed in Java. */
    static PyDescriptors.Property property(String name, Function<Object, Object> getter) {
        return new PyDescriptors.Property(new PyBuiltinFunction(name, (a, kw) -> getter.apply(a[0])), Py.None,
                Py.None, Py.None);
    }

    static void install() {
        PyType o = Builtins.OBJECT;
        BuiltinLibrary.method(o, "__init__", (a, kw) -> {
            if (a.length == 0) {
                throw Py.typeError("descriptor '__init__' of 'object' object needs an argument");
            }
            if (a.length > 1) {
                PyType t = Py.typeOf(a[0]);
                Object init = t.lookup("__init__");
                if (init != Builtins.OBJECT.dict().get("__init__")) {
                    throw Py.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                Object nw = t.lookup("__new__");
                if (!(nw instanceof PyFunction || nw instanceof PyDescriptors.StaticMethod)) {
                    throw Py.typeError(t.name() + "() takes no arguments");
                }
            }
            return Py.None;
        });
        o.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0) {
                throw Py.typeError("object.__new__(): not enough arguments");
            }
            if (!(a[0] instanceof PyType t)) {
                throw Py.typeError("object.__new__(X): X is not a type object (" + Py.typeName(a[0]) + ")");
            }
            PyType.Allocator alloc = t.allocator();
            if (alloc == null) {
                throw Py.typeError("object.__new__(" + t.name() + ") is not safe, use " + t.name()
                        + ".__new__()");
            }
            Object obj = alloc.apply(t);
            if (obj instanceof PyBaseException e) {
                e.args = PyTuple.of(CallArgs.rest(a, kw, 1));
            }
            return obj;
        }));
        BuiltinLibrary.method(o, "__eq__", (a, kw) -> a[0] == a[1] ? Boolean.TRUE : Py.NotImplemented);
        BuiltinLibrary.method(o, "__ne__", (a, kw) -> {
            Object eq = Py.lookupSpecial(a[0], "__eq__");
            if (eq == null) {
                return Py.NotImplemented;
            }
            Object r = Py.call(eq, new Object[]{a[1]}, null);
            return r == Py.NotImplemented ? r : (Object) !Py.truthy(r);
        });
        BuiltinLibrary.method(o, "__hash__", (a, kw) -> Hashing.identityHash(a[0]));
        BuiltinLibrary.method(o, "__repr__", (a, kw) -> Text.defaultRepr(a[0]));
        BuiltinLibrary.method(o, "__str__", (a, kw) -> Py.repr(a[0]));
        BuiltinLibrary.method(o, "__format__", (a, kw) -> {
            CallArgs.method("__format__", a, kw, 1, 1);
            String spec = CallArgs.str(a[1], "__format__() argument");
            if (!spec.isEmpty()) {
                throw Py.typeError("unsupported format string passed to " + Py.typeName(a[0]) + ".__format__");
            }
            return Py.str(a[0]);
        });
        BuiltinLibrary.method(o, "__setattr__", (a, kw) -> {
            CallArgs.method("__setattr__", a, kw, 2, 2);
            Py.rawSetAttr(a[0], CoreFunctions.attrName(a[1]), a[2]);
            return Py.None;
        });
        BuiltinLibrary.method(o, "__delattr__", (a, kw) -> {
            CallArgs.method("__delattr__", a, kw, 1, 1);
            java.util.Map<String, Object> d = a[0] instanceof PyObject p ? p.dict() : null;
            String name = CoreFunctions.attrName(a[1]);
            if (d == null || d.remove(name) == null) {
                throw Py.attributeError(a[0], name);
            }
            return Py.None;
        });
        BuiltinLibrary.method(o, "__getattribute__", (a, kw) -> {
            CallArgs.method("__getattribute__", a, kw, 1, 1);
            return Py.getAttr(a[0], CoreFunctions.attrName(a[1]));
        });
        o.put("__init_subclass__", new PyDescriptors.ClassMethod(
                new PyBuiltinFunction("__init_subclass__", (a, kw) -> Py.None)));

        PyType p = Builtins.PROPERTY;
        p.put("fget", property("fget", x -> ((PyDescriptors.Property) x).fget));
        p.put("fset", property("fset", x -> ((PyDescriptors.Property) x).fset));
        p.put("fdel", property("fdel", x -> ((PyDescriptors.Property) x).fdel));
        p.put("__doc__", property("__doc__", x -> ((PyDescriptors.Property) x).doc));
        BuiltinLibrary.method(p, "getter", (a, kw) -> {
            PyDescriptors.Property q = (PyDescriptors.Property) CallArgs.method("getter", a, kw, 1, 1)[0];
            return new PyDescriptors.Property(a[1], q.fset, q.fdel, q.doc);
        });
        BuiltinLibrary.method(p, "setter", (a, kw) -> {
            PyDescriptors.Property q = (PyDescriptors.Property) CallArgs.method("setter", a, kw, 1, 1)[0];
            return new PyDescriptors.Property(q.fget, a[1], q.fdel, q.doc);
        });
        BuiltinLibrary.method(p, "deleter", (a, kw) -> {
            PyDescriptors.Property q = (PyDescriptors.Property) CallArgs.method("deleter", a, kw, 1, 1)[0];
            return new PyDescriptors.Property(q.fget, q.fset, a[1], q.doc);
        });
        BuiltinLibrary.method(p, "__get__", (a, kw) -> {
            PyDescriptors.Property q = (PyDescriptors.Property) a[0];
            if (a.length < 2 || a[1] == Py.None) {
                return q;
            }
            if (q.fget == Py.None) {
                throw Py.raise(Builtins.ATTRIBUTE_ERROR, "property object has no getter");
            }
            return Py.call(q.fget, new Object[]{a[1]}, null);
        });
        BuiltinLibrary.method(p, "__set__", (a, kw) -> {
            PyDescriptors.Property q = (PyDescriptors.Property) a[0];
            if (q.fset == Py.None) {
                throw Py.raise(Builtins.ATTRIBUTE_ERROR, "property object has no setter");
            }
            Py.call(q.fset, new Object[]{a[1], a[2]}, null);
            return Py.None;
        });
        Builtins.CLASSMETHOD.put("__func__", property("__func__", x -> ((PyDescriptors.ClassMethod) x).func));
        Builtins.STATICMETHOD.put("__func__", property("__func__", x -> ((PyDescriptors.StaticMethod) x).func));
        BuiltinLibrary.method(Builtins.STATICMETHOD, "__call__", (a, kw) ->
                Py.call(((PyDescriptors.StaticMethod) a[0]).func, CallArgs.rest(a, null, 1), null));
        BuiltinLibrary.method(Builtins.SUPER, "__repr__", (a, kw) -> {
            PySuper s = (PySuper) a[0];
            return "<super: <class '" + s.thisClass.name() + "'>, <" + s.selfClass.name() + " object>>";
        });

        PyType sl = Builtins.SLICE;
        sl.put("start", property("start", x -> ((PySlice) x).start));
        sl.put("stop", property("stop", x -> ((PySlice) x).stop));
        sl.put("step", property("step", x -> ((PySlice) x).step));
        BuiltinLibrary.method(sl, "indices", (a, kw) -> {
            CallArgs.method("indices", a, kw, 1, 1);
            long n = Py.index(a[1]);
            if (n < 0) {
                throw Py.valueError("length should not be negative");
            }
            long[] ix = ((PySlice) a[0]).indices(n);
            return PyTuple.of(ix[0], ix[1], ix[2]);
        });
        BuiltinLibrary.method(sl, "__repr__", (a, kw) -> {
            PySlice s = (PySlice) a[0];
            return "slice(" + Py.repr(s.start) + ", " + Py.repr(s.stop) + ", " + Py.repr(s.step) + ")";
        });
        BuiltinLibrary.method(sl, "__eq__", (a, kw) -> {
            if (!(a[1] instanceof PySlice t)) {
                return Py.NotImplemented;
            }
            PySlice s = (PySlice) a[0];
            return Py.eq(PyTuple.of(s.start, s.stop, s.step), PyTuple.of(t.start, t.stop, t.step));
        });
        BuiltinLibrary.method(Builtins.NONE_TYPE, "__repr__", (a, kw) -> "None");
    }
}
