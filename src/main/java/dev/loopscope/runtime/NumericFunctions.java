package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** abs, round, divmod and pow. */
final class NumericFunctions {
    private NumericFunctions() {
    }

    static void install() {
        BuiltinLibrary.def("abs", (a, kw) -> abs(Args.positional("abs", a, kw, 1, 1)[0]));
        BuiltinLibrary.def("round", (a, kw) -> {
            Object[] b = Args.bind("round", a, kw, new String[]{"number", "ndigits"}, 1);
            return round(b[0], b[1] == Args.MISSING ? Py.None : b[1]);
        });
        BuiltinLibrary.def("divmod", (a, kw) -> {
            Args.positional("divmod", a, kw, 2, 2);
            return divmod(a[0], a[1]);
        });
        BuiltinLibrary.def("pow", (a, kw) -> {
            Object[] b = Args.bind("pow", a, kw, new String[]{"base", "exp", "mod"}, 2);
            if (b[2] == Args.MISSING || b[2] == Py.None) {
                return Ops.binary(Ops.POW, b[0], b[1], false);
            }
            return modPow(b[0], b[1], b[2]);
        });
    }

    static Object abs(Object x) {
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof BigInteger b) {
            return Py.normalize(b.abs());
        }
        Object m = x instanceof PyInstance ? Py.lookupSpecial(x, "__abs__") : null;
        if (m == null) {
            throw Py.typeError("bad operand type for abs(): '" + Py.typeName(x) + "'");
        }
        return Py.call(m, new Object[0], null);
    }

    static Object round(Object x, Object ndigits) {
        if (Py.isInt(x)) {
            Object v = x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            if (ndigits == Py.None) {
                return v;
            }
            return roundInt(Py.big(v), CallArgs.bigIndex(ndigits));
        }
        if (x instanceof Double d) {
            if (ndigits == Py.None) {
                double r = Math.rint(d);
                return TypeConstructors.floatToInt(r);
            }
            BigInteger nd = CallArgs.bigIndex(ndigits);
            return roundFloat(d, nd.bitLength() > 31 ? (nd.signum() > 0 ? 1000 : -1000) : nd.intValue());
        }
        Object m = x instanceof PyInstance ? Py.lookupSpecial(x, "__round__") : null;
        if (m == null) {
            throw Py.typeError("type " + Py.typeName(x) + " doesn't define __round__ method");
        }
        return ndigits == Py.None ? Py.call(m, new Object[0], null) : Py.call(m, new Object[]{ndigits}, null);
    }

    static Object roundInt(BigInteger v, BigInteger ndigits) {
        if (ndigits.signum() >= 0) {
            return Py.normalize(v);
        }
        if (ndigits.compareTo(BigInteger.valueOf(-100000)) < 0) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow(ndigits.negate().intValue());
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Py.normalize(q.multiply(pow));
    }

    /** CPython's double_round: correctly rounded, half to even on the exact binary value. */
    static double roundFloat(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
        double y = r.doubleValue();
        if (Double.isInfinite(y)) {
            throw Py.raise(Builtins.OVERFLOW_ERROR, "rounded value too large to represent");
        }
        return y == 0 ? Math.copySign(0.0, x) : y;
    }

    static Object divmod(Object x, Object y) {
        if (Py.isNumber(x) && Py.isNumber(y)) {
            if (x instanceof Double || y instanceof Double) {
                double a = Py.toDouble(x);
                double b = Py.toDouble(y);
                if (b == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "float divmod()");
                }
                double[] r = IntOps.divmod(a, b);
                return PyTuple.of(r[0], r[1]);
            }
            return PyTuple.of(Ops.binary(Ops.FLOORDIV, x, y, false), Ops.binary(Ops.MOD, x, y, false));
        }
        Object m = x instanceof PyInstance ? Py.lookupSpecial(x, "__divmod__") : null;
        if (m != null) {
            Object r = Py.call(m, new Object[]{y}, null);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        m = y instanceof PyInstance ? Py.lookupSpecial(y, "__rdivmod__") : null;
        if (m != null) {
            Object r = Py.call(m, new Object[]{x}, null);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        throw Py.typeError("unsupported operand type(s) for divmod(): '" + Py.typeName(x) + "' and '"
                + Py.typeName(y) + "'");
    }

    static Object modPow(Object base, Object exp, Object mod) {
        if (!Py.isInt(base) || !Py.isInt(exp) || !Py.isInt(mod)) {
            if (base instanceof PyInstance) {
                Object m = Py.lookupSpecial(base, "__pow__");
                if (m != null) {
                    return Py.call(m, new Object[]{exp, mod}, null);
                }
            }
            throw Py.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger b = Py.big(base);
        BigInteger e = Py.big(exp);
        BigInteger m = Py.big(mod);
        if (m.signum() == 0) {
            throw Py.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        if (e.signum() < 0) {
            try {
                b = b.mod(am).modInverse(am);
            } catch (ArithmeticException ex) {
                throw Py.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : b.mod(am).modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return Py.normalize(r);
    }
}
