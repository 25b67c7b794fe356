package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python int and float arithmetic whose results must match CPython exactly: str() with the
 * 4300-digit limit, float conversion, correctly rounded true division, floor division and modulo
 * with the divisor's sign, pow, and round(). Ints are Long, or BigInteger outside long range;
 * Boolean and Integer are accepted as inputs and every int result is normalised.
 */
public final class IntOps {
    /** sys.int_info.default_max_str_digits. */
    public static final int MAX_STR_DIGITS = 4300;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private IntOps() {
    }

    // ------------------------------------------------------------------ conversions

    public static BigInteger toBig(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new IllegalArgumentException("not a Python int: " + v);
    }

    /** The canonical representation: Long when it fits, else BigInteger. */
    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static boolean isSmall(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Boolean;
    }

    static long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        return ((Boolean) v) ? 1 : 0;
    }

    /** str(int) / repr(int); bools print as True/False. */
    public static String str(Object v) {
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (isSmall(v)) {
            return Long.toString(toLong(v));
        }
        BigInteger b = toBig(v);
        // 10**4300 needs about 14284 bits, so anything wider is certainly over the limit
        if (b.bitLength() > 14300) {
            throw tooManyDigits();
        }
        String s = b.toString();
        int digits = s.length() - (b.signum() < 0 ? 1 : 0);
        if (digits > MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return s;
    }

    private static FormatError tooManyDigits() {
        return FormatError.valueError("Exceeds the limit (" + MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** float(int): correctly rounded (half-even), OverflowError when out of range. */
    public static double toDouble(Object v) {
        if (isSmall(v)) {
            return (double) toLong(v); // Java's long->double is round-half-even too
        }
        double d = toBig(v).doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** int(float): truncation toward zero. */
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return normalize(new BigDecimal(d).toBigInteger());
    }

    // ------------------------------------------------------------------ int arithmetic

    /** int / int, correctly rounded like CPython's long_true_divide. */
    public static double trueDivide(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            long x = toLong(a);
            long y = toLong(b);
            if (y == 0) {
                throw new FormatError("ZeroDivisionError", "division by zero");
            }
            // operands exactly representable: a single IEEE division rounds correctly
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = toBig(a);
        BigInteger y = toBig(b);
        if (y.signum() == 0) {
            throw new FormatError("ZeroDivisionError", "division by zero");
        }
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        boolean negative = x.signum() != y.signum();
        double r = ratioToDouble(x.abs(), y.abs());
        if (Double.isInfinite(r)) {
            throw FormatError.overflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** Correctly rounded p/q for positive p, q, including subnormal results. Infinity on overflow. */
    static double ratioToDouble(BigInteger p, BigInteger q) {
        int e = p.bitLength() - q.bitLength();
        // keep 55+ significant bits, but never resolve finer than two bits below the smallest subnormal
        int shift = Math.max(e - 56, -1074 - 2);
        BigInteger num = shift < 0 ? p.shiftLeft(-shift) : p;
        BigInteger den = shift > 0 ? q.shiftLeft(shift) : q;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger m = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int drop = Math.max(m.bitLength() - 53, -1074 - shift);
        if (drop > 0) {
            BigInteger kept = m.shiftRight(drop);
            BigInteger dropped = m.subtract(kept.shiftLeft(drop));
            BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
            int cmp = dropped.compareTo(half);
            if (cmp == 0 && sticky) {
                cmp = 1;
            }
            if (cmp > 0 || (cmp == 0 && kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            m = kept;
            shift += drop;
        }
        if (shift > 1100) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.scalb(m.doubleValue(), shift);
    }

    /** int // int (floor). */
    public static Object floorDiv(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            long x = toLong(a);
            long y = toLong(b);
            if (y == 0) {
                throw new FormatError("ZeroDivisionError", "integer division or modulo by zero");
            }
            if (!(x == Long.MIN_VALUE && y == -1)) {
                return Math.floorDiv(x, y);
            }
        }
        return normalize(divmodBig(toBig(a), toBig(b), "integer division or modulo by zero")[0]);
    }

    /** int % int: result has the divisor's sign. */
    public static Object mod(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            long y = toLong(b);
            if (y == 0) {
                throw new FormatError("ZeroDivisionError", "integer modulo by zero");
            }
            return Math.floorMod(toLong(a), y);
        }
        return normalize(divmodBig(toBig(a), toBig(b), "integer modulo by zero")[1]);
    }

    /** divmod(int, int) as a two-element array. */
    public static Object[] divmod(Object a, Object b) {
        BigInteger[] qr = divmodBig(toBig(a), toBig(b), "integer division or modulo by zero");
        return new Object[] {normalize(qr[0]), normalize(qr[1])};
    }

    private static BigInteger[] divmodBig(BigInteger x, BigInteger y, String zeroMessage) {
        if (y.signum() == 0) {
            throw new FormatError("ZeroDivisionError", zeroMessage);
        }
        BigInteger[] qr = x.divideAndRemainder(y); // truncating
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /** int ** int: an int for non-negative exponents, else float pow of the converted operands. */
    public static Object pow(Object base, Object exp) {
        BigInteger e = toBig(exp);
        if (e.signum() < 0) {
            return floatPow(toDouble(base), toDouble(exp));
        }
        BigInteger b = toBig(base);
        if (b.signum() == 0 || b.equals(BigInteger.ONE)) {
            return e.signum() == 0 ? 1L : normalize(b);
        }
        if (b.equals(BigInteger.ONE.negate())) {
            return e.testBit(0) ? -1L : 1L;
        }
        if (e.bitLength() > 31) {
            throw new FormatError("MemoryError", "");
        }
        return normalize(b.pow(e.intValue()));
    }

    /** pow(base, exp, mod) for ints, including negative exponents (modular inverse). */
    public static Object pow(Object base, Object exp, Object modulus) {
        BigInteger m = toBig(modulus);
        if (m.signum() == 0) {
            throw FormatError.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        if (am.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger r;
        try {
            r = toBig(base).modPow(toBig(exp), am);
        } catch (ArithmeticException notInvertible) {
            throw FormatError.valueError("base is not invertible for the given modulus");
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.subtract(am);
        }
        return normalize(r);
    }

    // ------------------------------------------------------------------ float arithmetic

    /** float // float (float_floor_div). */
    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw new FormatError("ZeroDivisionError", "float floor division by zero");
        }
        return floatDivmod(a, b)[0];
    }

    /** float % float (float_rem): sign of the divisor, zero carries the divisor's sign. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw new FormatError("ZeroDivisionError", "float modulo");
        }
        double mod = a % b; // Java's % on doubles is C fmod
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** divmod(float, float) as {floordiv, mod}. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw new FormatError("ZeroDivisionError", "float divmod()");
        }
        return floatDivmod(a, b);
    }

    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0; // snap to the nearest integral value
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 9007199254740992.0 * 2 && w == Math.floor(w) && Math.abs(w % 2.0) == 1.0;
    }

    /**
     * float ** float (float_pow) for real results. A negative base with a non-integral exponent
     * yields a complex number in Python; that is reported as an UnsupportedOperationException.
     */
    public static double floatPow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            }
            return ((iw > 0.0) == (a > 1.0)) ? Math.abs(iw) : 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw new FormatError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw new UnsupportedOperationException("negative number to a fractional power is complex");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = iw == Math.rint(iw) && Math.abs(iw) <= 256 ? exactPow(iv, (int) iw) : Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw FormatError.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -ix : ix;
    }

    /**
     * Correctly rounded x**n for finite positive x and small integral n, computed exactly as a
     * ratio of integers: glibc's pow is (practically) correctly rounded and Java's is not.
     */
    private static double exactPow(double x, int n) {
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        int e2 = exp - 1075; // x == mant * 2**e2
        BigInteger m = BigInteger.valueOf(mant).pow(Math.abs(n));
        long shift = (long) e2 * n;
        BigInteger num = n > 0 ? m : BigInteger.ONE;
        BigInteger den = n > 0 ? BigInteger.ONE : m;
        if (shift >= 0) {
            num = num.shiftLeft((int) shift);
        } else {
            den = den.shiftLeft((int) -shift);
        }
        return ratioToDouble(num, den);
    }

    // ------------------------------------------------------------------ round()

    /** round(float) with no ndigits: an int, ties to even. */
    public static Object round(double x) {
        double rounded = Math.rint(x); // rint rounds half to even
        return fromDouble(rounded);
    }

    /** round(float, ndigits): correctly rounded half-even on the exact binary value (CPython double_round). */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) { // NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
            return x;
        }
        if (ndigits < -308) { // NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double y = r.doubleValue();
        if (Double.isInfinite(y)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        if (y == 0.0) {
            return Math.copySign(0.0, x);
        }
        return y;
    }

    /** round(int, ndigits): unchanged for ndigits >= 0, else to a multiple of 10**-ndigits, ties to even. */
    public static Object round(Object v, long ndigits) {
        if (ndigits >= 0) {
            return normalize(toBig(v));
        }
        if (ndigits < -100000) {
            return 0L;
        }
        BigInteger x = toBig(v);
        BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = divmodBig(x, unit, "");
        // _PyLong_DivmodNear: round the quotient to nearest, ties to even
        int cmp = qr[1].shiftLeft(1).compareTo(unit);
        BigInteger q = qr[0];
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return normalize(q.multiply(unit));
    }
}
