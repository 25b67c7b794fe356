package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The constructors of the builtin types: int(), float(), str(), list(), dict(), range(), ... */
final class TypeConstructors {
    private TypeConstructors() {
    }

    static void install() {
        BuiltinLibrary.constructor(Builtins.INT, (a, kw) -> {
            Object[] b = Args.bind("int", a, kw, new String[]{"x", "base"}, 0);
            if (b[0] == Args.MISSING) {
                if (b[1] != Args.MISSING) {
                    throw Py.typeError("int() missing string argument");
                }
                return 0L;
            }
            return toInt(b[0], b[1]);
        });
        BuiltinLibrary.constructor(Builtins.FLOAT, (a, kw) -> {
            CallArgs.noKeywords("float", kw);
            Args.positional("float", a, kw, 0, 1);
            return a.length == 0 ? 0.0 : toFloat(a[0]);
        });
        BuiltinLibrary.constructor(Builtins.STR, (a, kw) -> {
            Object[] b = Args.bind("str", a, kw, new String[]{"object", "encoding", "errors"}, 0);
            if (b[0] == Args.MISSING) {
                return "";
            }
            if (b[1] == Args.MISSING && b[2] == Args.MISSING) {
                return Py.str(b[0]);
            }
            if (b[1] != Args.MISSING && !(b[1] instanceof String)) {
                throw Py.typeError("str() argument 'encoding' must be str, not " + Py.typeName(b[1]));
            }
            if (b[0] instanceof byte[] bytes) {
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
            throw Py.typeError("decoding to str: need a bytes-like object, " + Py.typeName(b[0]) + " found");
        });
        BuiltinLibrary.constructor(Builtins.BOOL, (a, kw) -> {
            CallArgs.noKeywords("bool", kw);
            Args.positional("bool", a, kw, 0, 1);
            return a.length != 0 && Py.truthy(a[0]);
        });
        BuiltinLibrary.constructor(Builtins.LIST, (a, kw) -> {
            CallArgs.noKeywords("list", kw);
            Args.positional("list", a, kw, 0, 1);
            return a.length == 0 ? new PyList() : new PyList(Py.toList(a[0]));
        });
        BuiltinLibrary.constructor(Builtins.TUPLE, (a, kw) -> {
            CallArgs.noKeywords("tuple", kw);
            Args.positional("tuple", a, kw, 0, 1);
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            return a[0] instanceof PyTuple t ? t : PyTuple.of(Py.toList(a[0]));
        });
        BuiltinLibrary.constructor(Builtins.DICT, (a, kw) -> {
            int npos = CallArgs.npos(a, kw);
            if (npos > 1) {
                throw Py.typeError("dict expected at most 1 argument, got " + npos);
            }
            PyDict d = new PyDict();
            if (npos == 1) {
                DictMethods.update(d, a[0]);
            }
            for (int i = 0; kw != null && i < kw.length; i++) {
                d.put(kw[i], a[npos + i]);
            }
            return d;
        });
        BuiltinLibrary.constructor(Builtins.SET, (a, kw) -> {
            CallArgs.noKeywords("set", kw);
            Args.positional("set", a, kw, 0, 1);
            return PySet.of(false, a.length == 1 ? a[0] : null);
        });
        BuiltinLibrary.constructor(Builtins.FROZENSET, (a, kw) -> {
            CallArgs.noKeywords("frozenset", kw);
            Args.positional("frozenset", a, kw, 0, 1);
            if (a.length == 1 && a[0] instanceof PySet s && s.frozen) {
                return s;
            }
            return PySet.of(true, a.length == 1 ? a[0] : null);
        });
        BuiltinLibrary.constructor(Builtins.RANGE, (a, kw) -> {
            CallArgs.noKeywords("range", kw);
            Args.positional("range", a, kw, 1, 3);
            if (a.length == 1) {
                return new PyRange(0, rangeArg(a[0]), 1);
            }
            return new PyRange(rangeArg(a[0]), rangeArg(a[1]), a.length == 3 ? rangeArg(a[2]) : 1);
        });
        BuiltinLibrary.constructor(Builtins.SLICE, (a, kw) -> {
            CallArgs.noKeywords("slice", kw);
            Args.positional("slice", a, kw, 1, 3);
            if (a.length == 1) {
                return new PySlice(Py.None, a[0], Py.None);
            }
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : Py.None);
        });
        BuiltinLibrary.constructor(Builtins.PROPERTY, (a, kw) -> {
            Object[] b = Args.bind("property", a, kw, new String[]{"fget", "fset", "fdel", "doc"}, 0);
            return new PyDescriptors.Property(Args.or(b[0], Py.None), Args.or(b[1], Py.None),
                    Args.or(b[2], Py.None), Args.or(b[3], Py.None));
        });
        BuiltinLibrary.constructor(Builtins.CLASSMETHOD, (a, kw) -> {
            CallArgs.noKeywords("classmethod", kw);
            Args.positional("classmethod", a, kw, 1, 1);
            return new PyDescriptors.ClassMethod(a[0]);
        });
        BuiltinLibrary.constructor(Builtins.STATICMETHOD, (a, kw) -> {
            CallArgs.noKeywords("staticmethod", kw);
            Args.positional("staticmethod", a, kw, 1, 1);
            return new PyDescriptors.StaticMethod(a[0]);
        });
        BuiltinLibrary.constructor(Builtins.SUPER, (a, kw) -> {
            CallArgs.noKeywords("super", kw);
            if (a.length == 0) {
                throw Py.runtimeError("super(): no arguments");
            }
            Args.positional("super", a, kw, 1, 2);
            if (!(a[0] instanceof PyType t)) {
                throw Py.typeError("super() argument 1 must be a type, not " + Py.typeName(a[0]));
            }
            if (a.length == 1) {
                throw Py.runtimeError("super(): unbound super objects are not supported");
            }
            return new PySuper(t, a[1]);
        });
    }

    private static long rangeArg(Object o) {
        if (o instanceof BigInteger) {
            throw Py.raise(Builtins.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return Py.index(o);
    }

    static Object toInt(Object x, Object base) {
        if (base != Args.MISSING) {
            if (!(x instanceof String) && !(x instanceof byte[])) {
                throw Py.typeError("int() can't convert non-string with explicit base");
            }
            long b = Py.index(base);
            String s = x instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : (String) x;
            if (b != 0 && (b < 2 || b > 36)) {
                throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return NumberParsing.parseInt(s, (int) b);
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return floatToInt(d);
        }
        if (x instanceof String s) {
            return NumberParsing.parseInt(s, 10);
        }
        if (x instanceof byte[] bytes) {
            return NumberParsing.parseInt(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        for (String name : new String[]{"__int__", "__index__", "__trunc__"}) {
            Object m = x instanceof PyInstance ? Py.lookupSpecial(x, name) : null;
            if (m != null) {
                Object r = Py.call(m, new Object[0], null);
                if (!Py.isInt(r)) {
                    throw Py.typeError(name + " returned non-int (type " + Py.typeName(r) + ")");
                }
                return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
            }
        }
        throw Py.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Py.typeName(x) + "'");
    }

    static Object floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw Py.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Py.raise(Builtins.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return Py.normalize(new BigDecimal(d).toBigInteger());
    }

    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Py.isNumber(x)) {
            return Py.toDouble(x);
        }
        if (x instanceof String s) {
            return NumberParsing.parseFloat(s);
        }
        if (x instanceof PyInstance) {
            Object m = Py.lookupSpecial(x, "__float__");
            if (m != null) {
                Object r = Py.call(m, new Object[0], null);
                if (!(r instanceof Double d)) {
                    throw Py.typeError(Py.typeName(x) + ".__float__ returned non-float (type " + Py.typeName(r)
                            + ")");
                }
                return d;
            }
            m = Py.lookupSpecial(x, "__index__");
            if (m != null) {
                return Py.toDouble(Py.call(m, new Object[0], null));
            }
        }
        throw Py.typeError("float() argument must be a string or a real number, not '" + Py.typeName(x) + "'");
    }

}
