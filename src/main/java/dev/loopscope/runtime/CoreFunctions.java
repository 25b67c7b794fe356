package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The builtin functions about output, objects and attributes: print, len, repr, isinstance, id, ... */
final class CoreFunctions {
    private CoreFunctions() {
    }

    static void install() {
        BuiltinLibrary.def("print", CoreFunctions::print);
        BuiltinLibrary.def("repr", (a, kw) -> Py.repr(Args.positional("repr", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("ascii", (a, kw) -> ascii(Py.repr(Args.positional("ascii", a, kw, 1, 1)[0])));
        BuiltinLibrary.def("len", (a, kw) -> Len.of(Args.positional("len", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("isinstance", (a, kw) -> {
            Args.positional("isinstance", a, kw, 2, 2);
            return isInstance(a[0], a[1]);
        });
        BuiltinLibrary.def("issubclass", (a, kw) -> {
            Args.positional("issubclass", a, kw, 2, 2);
            if (!(a[0] instanceof PyType t)) {
                throw Py.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(t, a[1]);
        });
        BuiltinLibrary.def("hasattr", (a, kw) -> {
            Args.positional("hasattr", a, kw, 2, 2);
            String name = attrName(a[1]);
            try {
                return Py.getAttrOrNull(a[0], name) != null;
            } catch (PyException e) {
                if (e.exc.type().isSubtypeOf(Builtins.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
        });
        BuiltinLibrary.def("getattr", (a, kw) -> {
            Args.positional("getattr", a, kw, 2, 3);
            String name = attrName(a[1]);
            if (a.length == 2) {
                return Py.getAttr(a[0], name);
            }
            try {
                Object v = Py.getAttrOrNull(a[0], name);
                return v == null ? a[2] : v;
            } catch (PyException e) {
                if (e.exc.type().isSubtypeOf(Builtins.ATTRIBUTE_ERROR)) {
                    return a[2];
                }
                throw e;
            }
        });
        BuiltinLibrary.def("setattr", (a, kw) -> {
            Args.positional("setattr", a, kw, 3, 3);
            Py.setAttr(a[0], attrName(a[1]), a[2]);
            return Py.None;
        });
        BuiltinLibrary.def("delattr", (a, kw) -> {
            Args.positional("delattr", a, kw, 2, 2);
            Py.delAttr(a[0], attrName(a[1]));
            return Py.None;
        });
        BuiltinLibrary.def("id", (a, kw) -> Hashing.id(Args.positional("id", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("hash", (a, kw) -> Hashing.hash(Args.positional("hash", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("callable", (a, kw) -> Py.isCallable(Args.positional("callable", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("chr", (a, kw) -> {
            Object o = Args.positional("chr", a, kw, 1, 1)[0];
            if (o instanceof java.math.BigInteger) {
                throw Py.raise(Builtins.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            long c = Py.index(o);
            if (c < 0 || c >= 0x110000) {
                throw Py.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) c));
        });
        BuiltinLibrary.def("ord", (a, kw) -> {
            Object o = Args.positional("ord", a, kw, 1, 1)[0];
            if (!(o instanceof String s)) {
                throw Py.typeError("ord() expected string of length 1, but " + Py.typeName(o) + " found");
            }
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw Py.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) s.codePointAt(0);
        });
        BuiltinLibrary.def("bin", (a, kw) -> radix(Args.positional("bin", a, kw, 1, 1)[0], 2, "0b"));
        BuiltinLibrary.def("oct", (a, kw) -> radix(Args.positional("oct", a, kw, 1, 1)[0], 8, "0o"));
        BuiltinLibrary.def("hex", (a, kw) -> radix(Args.positional("hex", a, kw, 1, 1)[0], 16, "0x"));
        BuiltinLibrary.def("format", (a, kw) -> {
            Args.positional("format", a, kw, 1, 2);
            if (a.length == 2 && !(a[1] instanceof String)) {
                throw Py.typeError("format() argument 2 must be str, not " + Py.typeName(a[1]));
            }
            return Formatting.format(a[0], a.length == 2 ? (String) a[1] : "");
        });
        BuiltinLibrary.def("vars", (a, kw) -> {
            Args.positional("vars", a, kw, 0, 1);
            if (a.length == 0) {
                throw Py.typeError("vars() without arguments is not supported");
            }
            Map<String, Object> d = a[0] instanceof PyObject p ? p.dict() : null;
            if (d == null) {
                throw Py.typeError("vars() argument must have __dict__ attribute");
            }
            return Py.dictView(d);
        });
        BuiltinLibrary.def("dir", (a, kw) -> {
            Args.positional("dir", a, kw, 0, 1);
            if (a.length == 0) {
                throw Py.typeError("dir() without arguments is not supported");
            }
            return new PyList(dir(a[0]));
        });
        BuiltinLibrary.def("input", (a, kw) -> {
            Args.positional("input", a, kw, 0, 1);
            if (a.length == 1) {
                Py.vm().write(false, Py.str(a[0]));
            }
            throw Py.raise(Builtins.EOF_ERROR, "EOF when reading a line");
        });
    }

    static String attrName(Object o) {
        if (!(o instanceof String s)) {
            throw Py.typeError("attribute name must be string, not '" + Py.typeName(o) + "'");
        }
        return s;
    }

    private static Object print(Object[] a, String[] kw) {
        int npos = CallArgs.npos(a, kw);
        Object sep = Py.None;
        Object end = Py.None;
        Object file = Py.None;
        Object flush = false;
        for (int i = 0; kw != null && i < kw.length; i++) {
            Object v = a[npos + i];
            switch (kw[i]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw Py.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
            }
        }
        if (sep != Py.None && !(sep instanceof String)) {
            throw Py.typeError("sep must be None or a string, not " + Py.typeName(sep));
        }
        if (end != Py.None && !(end instanceof String)) {
            throw Py.typeError("end must be None or a string, not " + Py.typeName(end));
        }
        String sepS = sep == Py.None ? " " : (String) sep;
        String endS = end == Py.None ? "\n" : (String) end;
        if (file == Py.None || file instanceof PyStdStream) {
            boolean err = file instanceof PyStdStream s && s.err;
            StringBuilder sb = new StringBuilder();
            try {
                for (int i = 0; i < npos; i++) {
                    if (i > 0) {
                        sb.append(sepS);
                    }
                    sb.append(Py.str(a[i]));
                }
                sb.append(endS);
            } finally {
                // CPython writes piece by piece: what was written before a failing str() stays written
                Py.vm().write(err, sb.toString());
            }
            return Py.None;
        }
        Object write = Py.getAttrOrNull(file, "write");
        if (write == null) {
            throw Py.raise(Builtins.ATTRIBUTE_ERROR, "'" + Py.typeName(file) + "' object has no attribute 'write'");
        }
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Py.call(write, new Object[]{sepS}, null);
            }
            Py.call(write, new Object[]{Py.str(a[i])}, null);
        }
        Py.call(write, new Object[]{endS}, null);
        if (Py.truthy(flush)) {
            Object f = Py.getAttrOrNull(file, "flush");
            if (f != null) {
                Py.call(f, new Object[0], null);
            }
        }
        return Py.None;
    }

    static boolean isInstance(Object o, Object cls) {
        if (cls instanceof PyType t) {
            return Py.typeOf(o).isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Py.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PyType t, Object cls) {
        if (cls instanceof PyType c) {
            return t.isSubtypeOf(c);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Py.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    static String radix(Object o, int radix, String prefix) {
        java.math.BigInteger v = CallArgs.bigIndex(o);
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** repr text with non-ASCII characters escaped, as ascii() does. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    static List<Object> dir(Object o) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PyModule m) {
            names.addAll(m.globals.keySet());
        } else {
            if (o instanceof PyObject p && p.dict() != null && !(o instanceof PyType)) {
                names.addAll(p.dict().keySet());
            }
            PyType t = o instanceof PyType type ? type : Py.typeOf(o);
            for (PyType c : t.mro()) {
                names.addAll(c.dict().keySet());
            }
            if (!(o instanceof PyType)) {
                names.add("__class__");
            }
            if (o instanceof PyInstance) {
                names.add("__dict__");
                names.add("__module__");
                names.add("__doc__");
            }
        }
        return new ArrayList<>(names);
    }
}
