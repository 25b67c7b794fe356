package dev.loopscope.lang;

import dev.loopscope.diag.Span;

import java.io.ByteArrayOutputStream;

/** Backslash escapes of str and bytes literals, as CPython's string parser decodes them. */
final class StringDecoder {
    private StringDecoder() {
    }

    static String str(Source src, String s, int from, int to, boolean raw, Span span) {
        if (raw || !hasBackslash(s, from, to)) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            i = escape(src, s, i, to, span, out, null);
        }
        return out.toString();
    }

    private static boolean hasBackslash(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\\') {
                return true;
            }
        }
        return false;
    }

    static byte[] bytes(Source src, String s, int from, int to, boolean raw, Span span) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 128) {
                throw src.syntax(span, "bytes can only contain ASCII literal characters");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\' || raw) {
                out.write(c);
                i++;
                continue;
            }
            i = escape(src, s, i, to, span, null, out);
        }
        return out.toByteArray();
    }

    /** Decodes the escape at {@code i} (a backslash) into one of the outputs; returns the next index. */
    private static int escape(Source src, String s, int i, int to, Span span, StringBuilder str,
                              ByteArrayOutputStream bytes) {
        if (i + 1 >= to) {
            put(str, bytes, '\\');
            return i + 1;
        }
        char e = s.charAt(i + 1);
        int next = i + 2;
        int value;
        switch (e) {
            case '\n' -> {
                return next;
            }
            case '\\', '\'', '"' -> value = e;
            case 'a' -> value = 7;
            case 'b' -> value = 8;
            case 'f' -> value = 12;
            case 'n' -> value = 10;
            case 'r' -> value = 13;
            case 't' -> value = 9;
            case 'v' -> value = 11;
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                value = e - '0';
                int k = 0;
                while (k < 2 && next < to && s.charAt(next) >= '0' && s.charAt(next) <= '7') {
                    value = value * 8 + (s.charAt(next) - '0');
                    next++;
                    k++;
                }
                if (bytes != null) {
                    value &= 0xFF;
                }
            }
            case 'x' -> {
                value = hex(src, s, next, to, 2, span, bytes != null ? "(value error) invalid \\x escape"
                        : "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape");
                next += 2;
            }
            case 'u', 'U' -> {
                if (bytes != null) {
                    put(str, bytes, '\\');
                    return i + 1;
                }
                int n = e == 'u' ? 4 : 8;
                value = hex(src, s, next, to, n, span, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\"
                        + (e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
                next += n;
                if (value < 0 || value > Character.MAX_CODE_POINT) {
                    throw src.syntax(span, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
                }
                str.appendCodePoint(value);
                return next;
            }
            case 'N' -> {
                if (bytes != null) {
                    put(str, bytes, '\\');
                    return i + 1;
                }
                int close = next < to && s.charAt(next) == '{' ? s.indexOf('}', next) : -1;
                if (close < 0 || close >= to) {
                    throw src.syntax(span, "(unicode error) 'unicodeescape' codec can't decode bytes: malformed "
                            + "\\N character escape");
                }
                int cp;
                try {
                    cp = Character.codePointOf(s.substring(next + 1, close));
                } catch (IllegalArgumentException unknown) {
                    throw src.syntax(span, "(unicode error) 'unicodeescape' codec can't decode bytes: unknown "
                            + "Unicode character name");
                }
                str.appendCodePoint(cp);
                return close + 1;
            }
            default -> {
                // Unknown escapes keep their backslash (CPython only warns).
                put(str, bytes, '\\');
                return i + 1;
            }
        }
        if (str != null) {
            str.append((char) value);
        } else {
            bytes.write(value);
        }
        return next;
    }

    private static void put(StringBuilder str, ByteArrayOutputStream bytes, char c) {
        if (str != null) {
            str.append(c);
        } else {
            bytes.write(c);
        }
    }

    private static int hex(Source src, String s, int at, int to, int n, Span span, String message) {
        if (at + n > to) {
            throw src.syntax(span, message);
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0) {
                throw src.syntax(span, message);
            }
            v = v * 16 + d;
        }
        return v;
    }
}
