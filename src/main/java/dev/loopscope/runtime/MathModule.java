package dev.loopscope.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The math module, with CPython's error behaviour ("math domain error", "math range error"). */
final class MathModule {
    private MathModule() {
    }

    private static PyException domain() {
        return Py.valueError("math domain error");
    }

    private static PyException range() {
        return Py.raise(Builtins.OVERFLOW_ERROR, "math range error");
    }

    static double real(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (Py.isInt(o)) {
            return Py.toDouble(o);
        }
        if (o instanceof PyInstance) {
            Object m = Py.lookupSpecial(o, "__float__");
            if (m != null) {
                return TypeConstructors.toFloat(o);
            }
            m = Py.lookupSpecial(o, "__index__");
            if (m != null) {
                return Py.toDouble(Py.call(m, new Object[0], null));
            }
        }
        throw Py.typeError("must be real number, not " + Py.typeName(o));
    }

    /** CPython's math_1: domain errors for NaN from finite input, range errors for overflow. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.def(name, (a, kw) -> {
            double x = real(Args.positional(name, a, kw, 1, 1)[0]);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                if (canOverflow) {
                    throw range();
                }
                throw domain();
            }
            return r;
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.set("pi", Math.PI).set("e", Math.E).set("tau", 2 * Math.PI).set("inf", Double.POSITIVE_INFINITY)
                .set("nan", Double.NaN);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "acos", Math::acos, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x), false);
        unary(m, "degrees", Math::toDegrees, true);
        unary(m, "radians", Math::toRadians, false);
        m.def("log", (a, kw) -> {
            Args.positional("log", a, kw, 1, 2);
            double num = logHelper(a[0], Math::log);
            if (a.length == 1) {
                return num;
            }
            double den = logHelper(a[1], Math::log);
            if (den == 0) {
                throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "float division by zero");
            }
            return num / den;
        });
        m.def("log10", (a, kw) -> logHelper(Args.positional("log10", a, kw, 1, 1)[0], Math::log10));
        m.def("log2", (a, kw) -> logHelper(Args.positional("log2", a, kw, 1, 1)[0], MathModule::log2));
        m.def("pow", (a, kw) -> {
            Args.positional("pow", a, kw, 2, 2);
            double x = real(a[0]);
            double y = real(a[1]);
            if (x == 0 && y < 0 && !Double.isInfinite(y)) {
                throw domain();
            }
            if (x < 0 && !Double.isInfinite(x) && y != Math.rint(y) && !Double.isInfinite(y)) {
                throw domain();
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw range();
            }
            return r;
        });
        m.def("atan2", (a, kw) -> {
            Args.positional("atan2", a, kw, 2, 2);
            return Math.atan2(real(a[0]), real(a[1]));
        });
        m.def("copysign", (a, kw) -> {
            Args.positional("copysign", a, kw, 2, 2);
            return Math.copySign(real(a[0]), real(a[1]));
        });
        m.def("fmod", (a, kw) -> {
            Args.positional("fmod", a, kw, 2, 2);
            double x = real(a[0]);
            double y = real(a[1]);
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x) && !Double.isNaN(y)) {
                throw domain();
            }
            return x % y;
        });
        m.def("modf", (a, kw) -> {
            double x = real(Args.positional("modf", a, kw, 1, 1)[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(Math.copySign(0.0, x), x);
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(Math.copySign(x - ip, x), ip);
        });
        m.def("frexp", (a, kw) -> {
            double x = real(Args.positional("frexp", a, kw, 1, 1)[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyTuple.of(x, 0L);
            }
            int e = Math.getExponent(x) + 1;
            if (Math.getExponent(x) < Double.MIN_EXPONENT) {
                long bits = Double.doubleToRawLongBits(Math.abs(x));
                e = (63 - Long.numberOfLeadingZeros(bits)) - 1073;
            }
            return PyTuple.of(x / Math.scalb(1.0, e), (long) e);
        });
        m.def("ldexp", (a, kw) -> {
            Args.positional("ldexp", a, kw, 2, 2);
            double r = Math.scalb(real(a[0]), (int) Math.max(-10000, Math.min(10000, Py.index(a[1]))));
            if (Double.isInfinite(r) && !Double.isInfinite(real(a[0]))) {
                throw range();
            }
            return r;
        });
        m.def("hypot", (a, kw) -> {
            CallArgs.noKeywords("hypot", kw);
            double r = 0;
            for (Object o : a) {
                r = Math.hypot(r, real(o));
            }
            return r;
        });
        m.def("floor", (a, kw) -> rounding(Args.positional("floor", a, kw, 1, 1)[0], "__floor__", Math::floor));
        m.def("ceil", (a, kw) -> rounding(Args.positional("ceil", a, kw, 1, 1)[0], "__ceil__", Math::ceil));
        m.def("trunc", (a, kw) -> rounding(Args.positional("trunc", a, kw, 1, 1)[0], "__trunc__",
                x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        m.def("isinf", (a, kw) -> Double.isInfinite(real(Args.positional("isinf", a, kw, 1, 1)[0])));
        m.def("isnan", (a, kw) -> Double.isNaN(real(Args.positional("isnan", a, kw, 1, 1)[0])));
        m.def("isfinite", (a, kw) -> Double.isFinite(real(Args.positional("isfinite", a, kw, 1, 1)[0])));
        m.def("isclose", (a, kw) -> {
            Object[] b = Args.bind("isclose", a, kw, new String[]{"a", "b", "*rel_tol", "*abs_tol"}, 2);
            double x = real(b[0]);
            double y = real(b[1]);
            double rel = real(Args.or(b[2], 1e-9));
            double abs = real(Args.or(b[3], 0.0));
            if (rel < 0 || abs < 0) {
                throw Py.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        m.def("gcd", (a, kw) -> {
            CallArgs.noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(CallArgs.bigIndex(o));
            }
            return Py.normalize(g);
        });
        m.def("lcm", (a, kw) -> {
            CallArgs.noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger v = CallArgs.bigIndex(o).abs();
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return Py.normalize(l);
        });
        m.def("factorial", (a, kw) -> {
            Object o = Args.positional("factorial", a, kw, 1, 1)[0];
            if (o instanceof Double) {
                throw Py.typeError("'float' object cannot be interpreted as an integer");
            }
            BigInteger n = CallArgs.bigIndex(o);
            if (n.signum() < 0) {
                throw Py.valueError("factorial() not defined for negative values");
            }
            if (n.bitLength() > 31) {
                throw Py.raise(Builtins.OVERFLOW_ERROR, "factorial() argument should not exceed 2147483647");
            }
            BigInteger r = BigInteger.ONE;
            for (int i = 2; i <= n.intValue(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Py.normalize(r);
        });
        m.def("comb", (a, kw) -> {
            Args.positional("comb", a, kw, 2, 2);
            BigInteger n = CallArgs.bigIndex(a[0]);
            BigInteger k = CallArgs.bigIndex(a[1]);
            if (n.signum() < 0) {
                throw Py.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Py.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            if (k.compareTo(n.subtract(k)) > 0) {
                k = n.subtract(k);
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return Py.normalize(r);
        });
        m.def("perm", (a, kw) -> {
            Args.positional("perm", a, kw, 1, 2);
            BigInteger n = CallArgs.bigIndex(a[0]);
            BigInteger k = a.length == 1 || a[1] == Py.None ? n : CallArgs.bigIndex(a[1]);
            if (n.signum() < 0) {
                throw Py.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Py.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return Py.normalize(r);
        });
        m.def("isqrt", (a, kw) -> {
            BigInteger n = CallArgs.bigIndex(Args.positional("isqrt", a, kw, 1, 1)[0]);
            if (n.signum() < 0) {
                throw Py.valueError("isqrt() argument must be nonnegative");
            }
            return Py.normalize(n.sqrt());
        });
        m.def("prod", (a, kw) -> {
            Object[] b = Args.bind("prod", a, kw, new String[]{"iterable", "*start"}, 1);
            Object acc = Args.or(b[1], 1L);
            for (Object v : Py.toList(b[0])) {
                acc = Ops.binary(Ops.MUL, acc, v, false);
            }
            return acc;
        });
        m.def("fsum", (a, kw) -> fsum(Py.toList(Args.positional("fsum", a, kw, 1, 1)[0])));
        m.def("dist", (a, kw) -> {
            Args.positional("dist", a, kw, 2, 2);
            List<Object> p = Py.toList(a[0]);
            List<Object> q = Py.toList(a[1]);
            if (p.size() != q.size()) {
                throw Py.valueError("both points must have the same number of dimensions");
            }
            double r = 0;
            for (int i = 0; i < p.size(); i++) {
                r = Math.hypot(r, real(p.get(i)) - real(q.get(i)));
            }
            return r;
        });
        return m;
    }

    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000fffffffffffffL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) {
                return Math.getExponent(x);
            }
            double m = x / Math.scalb(1.0, Math.getExponent(x));
            return Math.getExponent(x) + Math.log(m) / Math.log(2.0);
        }
        return Math.log(x) / Math.log(2.0);
    }

    /** CPython's loghelper: ints of any size, domain errors for x <= 0. */
    private static double logHelper(Object o, DoubleUnaryOperator f) {
        if (o instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw domain();
            }
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                int e = b.bitLength() - 60;
                double mant = b.shiftRight(e).doubleValue();
                // log(x) = log(mant) + e*log(2), then apply f's base by ratio
                double ln = Math.log(mant) + e * Math.log(2.0);
                return ln * (f.applyAsDouble(Math.E));
            }
            return f.applyAsDouble(d);
        }
        double x = real(o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domain();
        }
        return f.applyAsDouble(x);
    }

    private static Object rounding(Object o, String dunder, DoubleUnaryOperator f) {
        if (Py.isInt(o)) {
            return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
        }
        if (o instanceof PyInstance) {
            Object m = Py.lookupSpecial(o, dunder);
            if (m != null) {
                return Py.call(m, new Object[0], null);
            }
        }
        return TypeConstructors.floatToInt(f.applyAsDouble(real(o)));
    }

    /** CPython's math_fsum (Shewchuk's algorithm with the final half-even correction). */
    static double fsum(List<Object> values) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0;
        double infSum = 0;
        for (Object o : values) {
            double x = real(o);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Py.raise(Builtins.OVERFLOW_ERROR, "intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Py.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
