package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Arithmetic on int (Long/BigInteger), bool and float with Python's semantics. */
public final class Numbers {
    private Numbers() {
    }

    public static final int UNORDERED = Integer.MIN_VALUE;

    /** Fast path for two longs; null when the op needs the general path. */
    static Object longOp(int op, long x, long y) {
        switch (op) {
            case Ops.ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
                }
                return r;
            }
            case Ops.SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
                }
                return r;
            }
            case Ops.MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
                return Py.normalize(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case Ops.FLOORDIV:
                if (y == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return null;
                }
                return Math.floorDiv(x, y);
            case Ops.MOD:
                if (y == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "integer modulo by zero");
                }
                if (y == -1) {
                    return 0L;
                }
                return Math.floorMod(x, y);
            case Ops.DIV:
                if (y == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "division by zero");
                }
                if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                    return (double) x / (double) y;
                }
                return null;
            case Ops.AND:
                return x & y;
            case Ops.OR:
                return x | y;
            case Ops.XOR:
                return x ^ y;
            default:
                return null;
        }
    }

    /** Numeric binary op for any int/bool/float pair, or null if an operand is not a number. */
    static Object numericOp(int op, Object a, Object b) {
        if (!Py.isNumber(a) || !Py.isNumber(b)) {
            return null;
        }
        if (a instanceof Double || b instanceof Double) {
            return floatOp(op, Py.toDouble(a), Py.toDouble(b), a, b);
        }
        BigInteger x = Py.big(a);
        BigInteger y = Py.big(b);
        if (a instanceof Boolean p && b instanceof Boolean q && (op == Ops.AND || op == Ops.OR || op == Ops.XOR)) {
            return op == Ops.AND ? p & q : op == Ops.OR ? p | q : p ^ q;
        }
        switch (op) {
            case Ops.ADD:
                return Py.normalize(x.add(y));
            case Ops.SUB:
                return Py.normalize(x.subtract(y));
            case Ops.MUL:
                checkSize(x.bitLength() + (long) y.bitLength());
                return Py.normalize(x.multiply(y));
            case Ops.FLOORDIV:
                if (y.signum() == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
                }
                return Py.normalize(floorDiv(x, y));
            case Ops.MOD:
                if (y.signum() == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "integer modulo by zero");
                }
                return Py.normalize(x.subtract(floorDiv(x, y).multiply(y)));
            case Ops.DIV:
                if (y.signum() == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "division by zero");
                }
                return trueDivide(x, y);
            case Ops.POW:
                return intPow(x, y);
            case Ops.LSHIFT: {
                if (y.signum() < 0) {
                    throw Py.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return 0L;
                }
                if (y.bitLength() > 31) {
                    throw Py.raise(Builtins.OVERFLOW_ERROR, "too many digits in integer");
                }
                checkSize(x.bitLength() + y.longValue());
                return Py.normalize(x.shiftLeft(y.intValue()));
            }
            case Ops.RSHIFT: {
                if (y.signum() < 0) {
                    throw Py.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return Py.normalize(x.shiftRight(y.intValue()));
            }
            case Ops.AND:
                return Py.normalize(x.and(y));
            case Ops.OR:
                return Py.normalize(x.or(y));
            case Ops.XOR:
                return Py.normalize(x.xor(y));
            default:
                return null;
        }
    }

    private static void checkSize(long bits) {
        if (bits > 64_000_000L) {
            throw Py.raise(Builtins.MEMORY_ERROR, "");
        }
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Py.raise(Builtins.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return d;
    }

    private static Object intPow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
            }
            return Math.pow(Py.toDouble(Py.normalize(x)), y.doubleValue());
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0) {
            return Py.normalize(y.signum() == 0 ? BigInteger.ONE : x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31) {
            throw Py.raise(Builtins.MEMORY_ERROR, "");
        }
        checkSize((long) x.bitLength() * y.longValue());
        return Py.normalize(x.pow(y.intValue()));
    }

    private static Object floatOp(int op, double x, double y, Object a, Object b) {
        switch (op) {
            case Ops.ADD:
                return x + y;
            case Ops.SUB:
                return x - y;
            case Ops.MUL:
                return x * y;
            case Ops.DIV:
                if (y == 0) {
                    throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "float division by zero");
                }
                return x / y;
            case Ops.FLOORDIV:
                return IntOps.floorDiv(x, y);
            case Ops.MOD:
                return IntOps.mod(x, y);
            case Ops.POW:
                return floatPow(x, y);
            default:
                throw Py.typeError("unsupported operand type(s) for " + symbol(op) + ": '" + Py.typeName(a)
                        + "' and '" + Py.typeName(b) + "'");
        }
    }

    private static String symbol(int op) {
        return new String[]{"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"}[op];
    }

    static double floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw Py.raise(Builtins.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            throw Py.valueError("math domain error");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Py.raise(Builtins.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** Compares two numbers exactly (int vs float without rounding); UNORDERED for NaN. */
    static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Long y && Math.abs(y) <= (1L << 53)) {
            return x.isNaN() ? UNORDERED : Double.compare(x == 0 ? 0.0 : x, (double) y);
        }
        if (a instanceof Long x && b instanceof Double y && Math.abs(x) <= (1L << 53)) {
            return y.isNaN() ? UNORDERED : Double.compare((double) x, y == 0 ? 0.0 : y);
        }
        if (a instanceof Double || b instanceof Double) {
            double x = Py.toDoubleLossy(a);
            double y = Py.toDoubleLossy(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return UNORDERED;
            }
            if (a instanceof Double && b instanceof Double || Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
            }
            return new BigDecimal(a instanceof Double ? x : 0).add(a instanceof Double ? BigDecimal.ZERO
                    : new BigDecimal(Py.big(a))).compareTo(new BigDecimal(b instanceof Double ? y : 0)
                    .add(b instanceof Double ? BigDecimal.ZERO : new BigDecimal(Py.big(b))));
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Py.big(a).compareTo(Py.big(b));
    }
}
