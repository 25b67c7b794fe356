package dev.loopscope.runtime;

import java.math.BigInteger;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]})
 * and the built-in {@code format(value, spec)} for int, bool, float and str, ported from CPython 3.11's
 * Python/formatter_unicode.c so that output and error messages match byte for byte.
 */
public final class FormatSpec {
    /** No grouping, ',' every 3 digits, '_' every 3 digits, '_' every 4 digits (b/o/x/X). */
    public enum Grouping { NONE, COMMA, UNDERSCORE, UNDERSCORE_FOUR }

    /** Fill code point (default space). */
    public final int fill;
    /** One of {@code < > ^ =}. */
    public final char align;
    /** {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent. */
    public final char sign;
    public final boolean noNegZero;
    public final boolean alternate;
    /** -1 when absent. */
    public final int width;
    public final Grouping grouping;
    /** -1 when absent. */
    public final int precision;
    /** Presentation type code point; the caller's default when absent (0 = none, as for float). */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, int width,
                       Grouping grouping, int precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /**
     * parse_internal_render_format_spec. {@code defaultType} is 's' for str, 'd' for int and 0 for float;
     * {@code defaultAlign} is '<' for str and '>' for numbers; {@code typeName} is used in messages.
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        boolean noNegZero = false;
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // '0' before the width: zero fill, and sign-aware padding for numbers (backwards compat)
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int[] posRef = {pos};
        int width = readInteger(cp, posRef);
        pos = posRef[0];
        Grouping grouping = Grouping.NONE;
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = Grouping.COMMA;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != Grouping.NONE) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = Grouping.UNDERSCORE;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',' && grouping == Grouping.UNDERSCORE) {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (end - pos >= 1 && cp[pos] == '.') {
            posRef[0] = pos + 1;
            precision = readInteger(cp, posRef);
            pos = posRef[0];
            if (precision < 0) {
                throw FormatError.valueError("Format specifier missing precision");
            }
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cp[pos];
        }
        if (grouping != Grouping.NONE) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping == Grouping.UNDERSCORE) {
                        grouping = Grouping.UNDERSCORE_FOUR;
                    } else {
                        throw badSeparator(grouping, type);
                    }
                }
                default -> throw badSeparator(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** get_integer: returns -1 when no digit was consumed. Accepts any Unicode decimal digit, like C. */
    private static int readInteger(int[] cp, int[] posRef) {
        long acc = 0;
        int pos = posRef[0];
        int n = 0;
        for (; pos < cp.length; pos++, n++) {
            if (Character.getType(cp[pos]) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            acc = acc * 10 + Character.digit(cp[pos], 10);
            // CPython's bound is PY_SSIZE_T_MAX; we cannot build strings beyond int range anyway
            if (acc > Integer.MAX_VALUE) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
        }
        posRef[0] = pos;
        return n == 0 ? -1 : (int) acc;
    }

    private static FormatError badSeparator(Grouping g, int type) {
        char sep = g == Grouping.COMMA ? ',' : '_';
        return FormatError.valueError("Cannot specify '" + sep + "' with " + codeText(type) + ".");
    }

    /** How CPython prints a presentation type in messages: '%c' when printable ASCII, else '\x%x'. */
    static String codeText(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    static FormatError unknownCode(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + codeText(type)
                + " for object of type '" + typeName + "'");
    }

    // ---------------------------------------------------------------- format()

    /** Built-in {@code format(value, spec)} for Long, BigInteger, Boolean, Double and String. */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatString(s, parse(spec, 's', '<', "str"));
        }
        if (value instanceof Double d) {
            return spec.isEmpty() ? FloatRepr.repr(d) : formatFloat(d, parse(spec, 0, '>', "float"), "float");
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof BigInteger
                || value instanceof Integer) {
            String typeName = value instanceof Boolean ? "bool" : "int";
            if (spec.isEmpty()) {
                return value instanceof Boolean b ? (b ? "True" : "False") : IntOps.str(value);
            }
            return formatInt(IntOps.toBig(value), parse(spec, 'd', '>', typeName), typeName);
        }
        throw FormatError.typeError("unsupported format string passed to "
                + (value == null ? "NoneType" : value.getClass().getSimpleName()) + ".__format__");
    }

    static String formatString(String s, FormatSpec f) {
        if (f.type != 's') {
            throw unknownCode(f.type, "str");
        }
        if (f.sign == ' ') {
            throw FormatError.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw FormatError.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if (f.precision >= 0 && len >= f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
            len = f.precision;
        }
        return pad(s, len, f.width, f.align, f.fill);
    }

    /** calc_padding + fill: used for strings (and %-formatting). */
    static String pad(String s, int len, int width, char align, int fill) {
        if (width <= len) {
            return s;
        }
        int total = width - len;
        int left = align == '>' ? total : align == '^' ? total / 2 : 0;
        StringBuilder sb = new StringBuilder(s.length() + total);
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, total - left);
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int cp, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }

    static String formatInt(BigInteger v, FormatSpec f, String typeName) {
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatIntegral(v, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(IntOps.toDouble(v), f, typeName);
            default:
                throw unknownCode(f.type, typeName);
        }
    }

    /** format_long_internal. */
    private static String formatIntegral(BigInteger v, FormatSpec f) {
        if (f.precision != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            long x = v.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            // 'c' output is all "remainder": never grouped or zero-padded as digits
            String ch = new String(Character.toChars((int) x));
            return NumberLayout.layout(f, "", (char) 0, "", ch, false);
        }
        int base = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = base == 10 ? IntOps.str(v.abs()) : v.abs().toString(base);
        String prefix = "";
        if (f.alternate && base != 10) {
            prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        }
        boolean upper = f.type == 'X';
        if (upper) {
            prefix = prefix.toUpperCase();
            digits = digits.toUpperCase();
        }
        return NumberLayout.layout(f, prefix, v.signum() < 0 ? '-' : (char) 0, digits, "", false);
    }

    /** format_float_internal. */
    static String formatFloat(double val, FormatSpec f, String typeName) {
        int type = f.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw unknownCode(type, typeName);
        }
        int precision = f.precision;
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (type == 0) {
            // like repr() without precision, else like 'g' with at least one digit after the point
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g'; // the C locale has no grouping and '.' as decimal point
        }
        boolean addPct = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String buf = FloatRepr.toString(val, (char) type, precision, false, addDot0, f.alternate, f.noNegZero);
        if (addPct) {
            buf = buf + "%";
        }
        char signChar = 0;
        if (buf.startsWith("-")) {
            signChar = '-';
            buf = buf.substring(1);
        }
        // parse_number: leading digits, then optional '.', then remainder (fraction, exponent, '%')
        int i = 0;
        while (i < buf.length() && buf.charAt(i) >= '0' && buf.charAt(i) <= '9') {
            i++;
        }
        String intDigits = buf.substring(0, i);
        boolean hasDecimal = i < buf.length() && buf.charAt(i) == '.';
        String remainder = buf.substring(hasDecimal ? i + 1 : i);
        return NumberLayout.layout(f, "", signChar, intDigits, remainder, hasDecimal);
    }
}
