package dev.loopscope.runtime;

import java.math.BigInteger;

/** int(str, base) and float(str) with CPython's accepted syntax and error messages. */
final class NumberParsing {
    private NumberParsing() {
    }

    static boolean isPySpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
                || c == 0x205f || c == 0x3000;
    }

    static String strip(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isPySpace(s.charAt(i))) {
            i++;
        }
        while (j > i && isPySpace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(i, j);
    }

    private static PyException invalidInt(String original, int base) {
        return Py.valueError("invalid literal for int() with base " + base + ": " + Py.repr(original));
    }

    static Object parseInt(String original, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = strip(original);
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        if (b == 0) {
            b = 10;
        }
        String body = s.substring(i);
        if (prefixed && body.startsWith("_")) {
            body = body.substring(1);
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalidInt(original, base);
        }
        StringBuilder digits = new StringBuilder(body.length());
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0 || (c >= 0x80 && !Character.isDigit(c))) {
                throw invalidInt(original, base);
            }
            digits.append(Character.forDigit(d, b));
        }
        String ds = digits.toString();
        if (base == 0 && !prefixed && ds.length() > 1 && ds.charAt(0) == '0') {
            for (int k = 0; k < ds.length(); k++) {
                if (ds.charAt(k) != '0') {
                    throw invalidInt(original, base);
                }
            }
        }
        if (b == 10 && ds.length() > 4300) {
            throw Py.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + ds.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(ds, b);
        return Py.normalize(neg ? v.negate() : v);
    }

    private static final java.util.regex.Pattern FLOAT = java.util.regex.Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.?)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    static double parseFloat(String original) {
        String s = strip(original);
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && Character.isDigit(c)) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.append(c);
            }
        }
        String t = ascii.toString();
        if (FLOAT.matcher(t).matches()) {
            return Double.parseDouble(t.replace("_", ""));
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        throw Py.valueError("could not convert string to float: " + Py.repr(original));
    }
}
