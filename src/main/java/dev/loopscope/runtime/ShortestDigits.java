package dev.loopscope.runtime;

import dev.loopscope.runtime.FloatRepr.Digits;
import java.math.BigDecimal;

/**
 * The fast way to repr's shortest digits, for the common case. Java's {@code Double.toString}
 * gives digits that read back as the value, usually the shortest and closest ones but not always;
 * this checks that claim with a few exact parses, and where it fails (or where several n-digit
 * strings read back and the closest must be found) hands over to the exact search in
 * {@link FloatRepr}, told how short the answer can be. Sums like {@code 0.1 + 0.2} need all 17 digits,
 * where that search rounds a big decimal 17 times (measured: a tenth of a 10,000-task run).
 *
 * <p>Why a few parses suffice: the decimals that read back as the value form an interval around
 * it that contains Java's digits {@code D} (n of them). A shorter string exists iff the interval
 * holds a point of the (n-1)-digit grid, and then, being convex, it holds one of the two grid
 * points around {@code D}. Likewise {@code D} is the closest n-digit string unless one of its
 * n-digit neighbours also reads back.
 */
final class ShortestDigits {
    /** Integers below 2^53 are exact doubles. */
    private static final long EXACT_UNITS = 1L << 53;
    /** 10^22 is the largest power of ten that is an exact double. */
    private static final int EXACT_POWERS = 22;
    private static final long[] LONG_POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L};
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private ShortestDigits() {
    }

    /** The shortest digits that read back as a finite positive value, the closest ones among equals. */
    static Digits of(double value) {
        String s = Double.toString(value);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp;
        int first = 0;
        while (first < all.length() - 1 && all.charAt(first) == '0') {
            first++;
            decpt--;
        }
        int last = all.length();
        while (last > first + 1 && all.charAt(last - 1) == '0') {
            last--;
        }
        String digits = all.substring(first, last);
        int n = digits.length();
        if (n > 17) {
            return FloatRepr.shortest(value, new BigDecimal(value));
        }
        Digits exact = closestOfLength(value, n, decpt);
        if (exact != null) {
            return exact;
        }
        long d = Long.parseLong(digits);
        if (n > 1) {
            long t = d / 10;
            if (readsBack(t, decpt - n + 1, value) || readsBack(t + 1, decpt - n + 1, value)) {
                return FloatRepr.shortest(value, new BigDecimal(value)); // Java's digits are not the shortest
            }
        }
        if (readsBack(d - 1, decpt - n, value) || readsBack(d + 1, decpt - n, value)) {
            return FloatRepr.shortest(value, new BigDecimal(value), n); // n digits, but which ones
        }
        return new Digits(digits, decpt);
    }

    /**
     * The same answer from the value's exact binary digits, given Java's length and decimal point: the
     * closest decimal of that length that reads back, unless a shorter one does. Null where
     * {@link ScaledDouble} cannot scale the value, or where a power of ten lies between the value and
     * Java's digits, so that "that length" would mean another grid.
     */
    private static Digits closestOfLength(double value, int n, int decpt) {
        ScaledDouble atLength = ScaledDouble.of(value, n - decpt);
        ScaledDouble shorter = n > 1 ? ScaledDouble.of(value, n - 1 - decpt) : null;
        if (atLength == null || n > 1 && shorter == null) {
            return null;
        }
        long below = atLength.floor();
        if (below < LONG_POWERS_OF_TEN[n - 1] || below >= LONG_POWERS_OF_TEN[n]) {
            return null;
        }
        if (shorter != null) {
            long belowShorter = shorter.floor();
            if (shorter.readsBack(belowShorter) || shorter.readsBack(belowShorter + 1)) {
                return FloatRepr.shortest(value, new BigDecimal(value)); // Java's digits are not the shortest
            }
        }
        int half = atLength.fractionAgainstHalf();
        long nearer = half < 0 || half == 0 && (below & 1) == 0 ? below : below + 1;
        long other = nearer == below ? below + 1 : below;
        long units = atLength.readsBack(nearer) ? nearer : atLength.readsBack(other) ? other : -1;
        if (units < 0) {
            return null;
        }
        String text = Long.toString(units); // n digits, or n + 1 when rounding up reached 10^n
        int end = text.length();
        while (end > 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(text.substring(0, end), decpt + text.length() - n);
    }

    /** Whether {@code units * 10^scale} reads back as {@code value}. */
    private static boolean readsBack(long units, int scale, double value) {
        if (units <= 0) {
            return false;
        }
        // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds the decimal
        // correctly, as the parse would; the parse costs microseconds, most of a repr
        if (units < EXACT_UNITS && scale >= -EXACT_POWERS && scale <= EXACT_POWERS) {
            double read = scale >= 0 ? units * POWERS_OF_TEN[scale] : units / POWERS_OF_TEN[-scale];
            return read == value;
        }
        return Double.parseDouble(units + "E" + scale) == value;
    }
}
