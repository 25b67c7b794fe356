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

    /** Whether {@code units * 10^scale} reads back as {@code value}. */
    private static boolean readsBack(long units, int scale, double value) {
        return units > 0 && Double.parseDouble(units + "E" + scale) == value;
    }
}
