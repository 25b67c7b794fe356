package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods of int, bool and float. */
final class NumberMethods {
    private NumberMethods() {
    }

    private static Object intSelf(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        throw Py.typeError("descriptor requires an 'int' object but received a '" + Py.typeName(o) + "'");
    }

    private static double floatSelf(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        throw Py.typeError("descriptor requires a 'float' object but received a '" + Py.typeName(o) + "'");
    }

    private static final String[] BIN = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift",
            "rshift", "or", "xor", "and", "floordiv"};

    static void install() {
        PyType t = Builtins.INT;
        BuiltinLibrary.method(t, "bit_length", (a, kw) -> (long) Py.big(intSelf(a[0])).abs().bitLength());
        BuiltinLibrary.method(t, "bit_count", (a, kw) -> (long) Py.big(intSelf(a[0])).abs().bitCount());
        BuiltinLibrary.method(t, "conjugate", (a, kw) -> intSelf(a[0]));
        BuiltinLibrary.method(t, "__index__", (a, kw) -> intSelf(a[0]));
        BuiltinLibrary.method(t, "__int__", (a, kw) -> intSelf(a[0]));
        BuiltinLibrary.method(t, "__float__", (a, kw) -> Py.toDouble(intSelf(a[0])));
        BuiltinLibrary.method(t, "__abs__", (a, kw) -> NumericFunctions.abs(intSelf(a[0])));
        BuiltinLibrary.method(t, "__neg__", (a, kw) -> Ops.negate(intSelf(a[0])));
        BuiltinLibrary.method(t, "__bool__", (a, kw) -> Py.truthy(a[0]));
        BuiltinLibrary.method(t, "__hash__", (a, kw) -> Hashing.hash(a[0]));
        // int.__repr__(True) is '1': the int method sees the value, not bool's repr
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> a[0] instanceof Boolean b ? (b ? "1" : "0") : Py.repr(a[0]));
        BuiltinLibrary.method(t, "__round__", (a, kw) -> NumericFunctions.round(intSelf(a[0]),
                CallArgs.arg(a, 1, Py.None)));
        BuiltinLibrary.method(t, "__format__", (a, kw) -> Formatting.format(a[0],
                CallArgs.str(CallArgs.method("__format__", a, kw, 1, 1)[1], "format_spec")));
        BuiltinLibrary.method(t, "as_integer_ratio", (a, kw) -> PyTuple.of(intSelf(a[0]), 1L));
        t.put("real", ObjectMethods.property("real", NumberMethods::intSelf));
        t.put("imag", ObjectMethods.property("imag", o -> 0L));
        t.put("numerator", ObjectMethods.property("numerator", NumberMethods::intSelf));
        t.put("denominator", ObjectMethods.property("denominator", o -> 1L));

        PyType f = Builtins.FLOAT;
        BuiltinLibrary.method(f, "is_integer", (a, kw) -> {
            double d = floatSelf(CallArgs.method("is_integer", a, kw, 0, 0)[0]);
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        BuiltinLibrary.method(f, "as_integer_ratio", (a, kw) -> {
            double d = floatSelf(a[0]);
            if (Double.isNaN(d)) {
                throw Py.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw Py.raise(Builtins.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            }
            BigDecimal b = new BigDecimal(d);
            BigInteger num = b.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (b.scale() > 0) {
                den = BigInteger.TEN.pow(b.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-b.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(Py.normalize(num.divide(g)), Py.normalize(den.divide(g)));
        });
        BuiltinLibrary.method(f, "conjugate", (a, kw) -> floatSelf(a[0]));
        BuiltinLibrary.method(f, "__round__", (a, kw) -> NumericFunctions.round(floatSelf(a[0]),
                CallArgs.arg(a, 1, Py.None)));
        BuiltinLibrary.method(f, "__int__", (a, kw) -> TypeConstructors.floatToInt(floatSelf(a[0])));
        BuiltinLibrary.method(f, "__trunc__", (a, kw) -> TypeConstructors.floatToInt(floatSelf(a[0])));
        BuiltinLibrary.method(f, "__float__", (a, kw) -> floatSelf(a[0]));
        BuiltinLibrary.method(f, "__abs__", (a, kw) -> Math.abs(floatSelf(a[0])));
        BuiltinLibrary.method(f, "__neg__", (a, kw) -> -floatSelf(a[0]));
        BuiltinLibrary.method(f, "__bool__", (a, kw) -> floatSelf(a[0]) != 0.0);
        BuiltinLibrary.method(f, "__hash__", (a, kw) -> Hashing.hash(a[0]));
        BuiltinLibrary.method(f, "__repr__", (a, kw) -> Py.repr(a[0]));
        BuiltinLibrary.method(f, "__format__", (a, kw) -> Formatting.format(a[0],
                CallArgs.str(CallArgs.method("__format__", a, kw, 1, 1)[1], "format_spec")));
        f.put("real", ObjectMethods.property("real", NumberMethods::floatSelf));
        f.put("imag", ObjectMethods.property("imag", o -> 0.0));

        for (PyType type : new PyType[]{t, f}) {
            for (int i = 0; i < BIN.length; i++) {
                int op = i;
                BuiltinLibrary.method(type, "__" + BIN[i] + "__", (a, kw) -> Py.isNumber(a[1])
                        ? Ops.binary(op, a[0], a[1], false) : Py.NotImplemented);
                BuiltinLibrary.method(type, "__r" + BIN[i] + "__", (a, kw) -> Py.isNumber(a[1])
                        ? Ops.binary(op, a[1], a[0], false) : Py.NotImplemented);
            }
            String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            for (int i = 0; i < cmp.length; i++) {
                int op = i;
                BuiltinLibrary.method(type, cmp[i], (a, kw) -> Py.isNumber(a[1])
                        ? Ops.richCompare(a[0], a[1], op) : Py.NotImplemented);
            }
        }
        BuiltinLibrary.method(Builtins.BOOL, "__repr__", (a, kw) -> Py.repr(a[0]));
    }
}
