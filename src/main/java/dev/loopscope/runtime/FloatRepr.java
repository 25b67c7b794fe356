package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's float-to-string conversion: a port of {@code PyOS_double_to_string} and
 * {@code format_float_short} (Python/pystrtod.c), with David Gay's {@code _Py_dg_dtoa} replaced
 * by exact {@link BigDecimal} arithmetic (the exact binary value rounded half-even, as dtoa does).
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** Digit string without trailing zeros (may be empty) and decimal point position, as dtoa returns. */
    record Digits(String digits, int decpt) {
    }

    /** repr(float) == str(float) in CPython 3.11. */
    public static String repr(double d) {
        return toString(d, 'r', 0, false, true, false, false);
    }

    /**
     * PyOS_double_to_string. {@code code} is one of e E f F g G r; flags mirror Py_DTSF_SIGN,
     * Py_DTSF_ADD_DOT_0, Py_DTSF_ALT and Py_DTSF_NO_NEG_0.
     */
    public static String toString(double d, char code, int precision, boolean alwaysSign,
                                  boolean addDot0, boolean alt, boolean noNegZero) {
        boolean upper = Character.isUpperCase(code);
        char fmt = Character.toLowerCase(code);
        int mode;
        switch (fmt) {
            case 'e' -> {
                mode = 2;
                precision++;
            }
            case 'f' -> mode = 3;
            case 'g' -> {
                mode = 2;
                if (precision == 0) {
                    precision = 1; // precision 0 makes no sense for 'g'
                }
            }
            case 'r' -> mode = 0;
            default -> throw new IllegalArgumentException("bad float format code " + code);
        }
        return formatShort(d, fmt, mode, precision, alwaysSign, addDot0, alt, noNegZero, upper);
    }

    private static String formatShort(double d, char fmt, int mode, int precision, boolean alwaysSign,
                                      boolean addDot0, boolean alt, boolean noNegZero, boolean upper) {
        StringBuilder out = new StringBuilder();
        boolean negative = (Double.doubleToRawLongBits(d) < 0) && !Double.isNaN(d);
        if (Double.isNaN(d)) {
            if (alwaysSign) {
                out.append('+');
            }
            return out.append(upper ? "NAN" : "nan").toString();
        }
        if (Double.isInfinite(d)) {
            out.append(negative ? "-" : alwaysSign ? "+" : "");
            return out.append(upper ? "INF" : "inf").toString();
        }
        Digits dg = dtoa(Math.abs(d), mode, precision);
        String digits = dg.digits();
        int decpt = dg.decpt();
        int digitsLen = digits.length();
        if (noNegZero && negative && (digitsLen == 0 || digits.equals("0"))) {
            negative = false;
        }
        if (negative) {
            out.append('-');
        } else if (alwaysSign) {
            out.append('+');
        }

        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        int exp = 0;
        switch (fmt) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
            }
            default -> { // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }

        // zero padding on the left of the digit string
        if (decpt <= 0) {
            zeros(out, decpt - vdigitsStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vdigitsStart);
        }
        // digits, with the decimal point inside them
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            out.append(digits);
        }
        // zeros on the right
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vdigitsEnd - decpt);
        } else {
            zeros(out, vdigitsEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                out.append('0');
            }
            out.append(a);
        }
        return out.toString();
    }

    private static void zeros(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append('0');
        }
    }

    /**
     * _Py_dg_dtoa for a finite non-negative value. mode 0: shortest round-tripping digits;
     * mode 2: max(1, n) significant digits; mode 3: n digits after the decimal point.
     */
    static Digits dtoa(double value, int mode, int ndigits) {
        if (value == 0.0) {
            return new Digits("0", 1);
        }
        if (mode == 0) {
            return ShortestDigits.of(value);
        }
        BigDecimal exact = new BigDecimal(value);
        switch (mode) {
            case 2:
                return digitsOf(exact.round(new MathContext(Math.max(1, ndigits), RoundingMode.HALF_EVEN)));
            default: {
                BigDecimal r = exact.setScale(ndigits, RoundingMode.HALF_EVEN);
                if (r.signum() == 0) {
                    return new Digits("", -ndigits); // dtoa's "no_digits" result
                }
                return digitsOf(r);
            }
        }
    }

    private static Digits digitsOf(BigDecimal nonZero) {
        BigDecimal s = nonZero.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        return new Digits(digits, digits.length() - s.scale());
    }

    /**
     * Shortest digit string that reads back as {@code value}; among equally short ones the
     * closest to the exact value. The nearest p-digit decimal may fall just outside the
     * rounding interval next to a power of two while its other neighbour lies inside, so
     * both directed roundings are tried as well.
     */
    static Digits shortest(double value, BigDecimal exact) {
        return shortest(value, exact, 1);
    }

    /** The search from {@code fromLength} digits on, when no shorter string reads back. */
    static Digits shortest(double value, BigDecimal exact, int fromLength) {
        for (int p = fromLength; p <= 17; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == value) {
                return digitsOf(nearest);
            }
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
            if (down.doubleValue() == value) {
                return digitsOf(down);
            }
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
            if (up.doubleValue() == value) {
                return digitsOf(up);
            }
        }
        return digitsOf(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }
}
