package dev.loopscope.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The str {@code %} operator, ported from CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c).
 * The interpreter supplies str(), repr() and type-name functions for its own objects through
 * {@link Hooks}; numbers are Long/BigInteger/Boolean/Double and are formatted here.
 */
public final class PercentFormat {
    /** How the interpreter renders arbitrary objects. */
    public record Hooks(Function<Object, String> str, Function<Object, String> repr,
                        Function<Object, String> typeName) {
        /** Hooks for plain Java values (String, numbers, Boolean, null, List, Map). */
        public static Hooks plain() {
            return new Hooks(PercentFormat::plainStr, PercentFormat::plainRepr, PercentFormat::plainTypeName);
        }
    }

    private static final int LJUST = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALT = 8;
    private static final int ZERO = 16;

    private final int[] fmt;
    private final Hooks hooks;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    /** Current argument source: a tuple's items, or a single value (arglen == -1), as in CPython. */
    private Object args;
    private int argLen;
    private int argIdx;
    private final Object dict;

    private PercentFormat(String fmt, Object args, int argLen, Object dict, Hooks hooks) {
        this.fmt = fmt.codePoints().toArray();
        this.args = args;
        this.argLen = argLen;
        this.argIdx = argLen < 0 ? -2 : 0;
        this.dict = dict;
        this.hooks = hooks;
    }

    /** {@code fmt % tuple}: the tuple's items are the arguments. */
    public static String formatTuple(String fmt, List<?> tupleItems, Hooks hooks) {
        return new PercentFormat(fmt, tupleItems, tupleItems.size(), null, hooks).run();
    }

    /**
     * {@code fmt % value} for a non-tuple value. A Map (or a List, which CPython also treats as
     * a mapping here) enables {@code %(key)s} lookups and suppresses the "not all arguments
     * converted" check, exactly as PyMapping_Check does.
     */
    public static String format(String fmt, Object value, Hooks hooks) {
        Object dict = (value instanceof Map || value instanceof List) ? value : null;
        return new PercentFormat(fmt, value, -1, dict, hooks).run();
    }

    private String run() {
        while (pos < fmt.length) {
            int c = fmt[pos];
            if (c != '%') {
                out.appendCodePoint(c);
                pos++;
            } else if (pos + 1 < fmt.length && fmt[pos + 1] == '%') {
                out.append('%');
                pos += 2;
            } else {
                pos++;
                oneArg();
            }
        }
        if (argIdx < argLen && dict == null) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private Object nextArg() {
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? args : ((List<?>) args).get(i);
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    private int read() {
        if (pos >= fmt.length) {
            throw FormatError.valueError("incomplete format");
        }
        return fmt[pos++];
    }

    /** unicode_format_arg: parse one conversion specifier, format its argument and append it. */
    private void oneArg() {
        if (pos < fmt.length && fmt[pos] == '(') {
            lookUpKey();
        }
        int flags = 0;
        int ch;
        while (true) {
            ch = read();
            int f = switch (ch) {
                case '-' -> LJUST;
                case '+' -> SIGN;
                case ' ' -> BLANK;
                case '#' -> ALT;
                case '0' -> ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            flags |= f;
        }
        int width = -1;
        if (ch == '*') {
            width = starValue();
            if (width < 0) {
                flags |= LJUST;
                width = -width;
            }
            ch = read();
        } else if (ch >= '0' && ch <= '9') {
            width = 0;
            while (ch >= '0' && ch <= '9') {
                width = accumulate(width, ch, "width too big");
                ch = read();
            }
        }
        int prec = -1;
        if (ch == '.') {
            prec = 0;
            ch = read();
            if (ch == '*') {
                prec = Math.max(0, starValue());
                ch = read();
            } else {
                while (ch >= '0' && ch <= '9') {
                    prec = accumulate(prec, ch, "precision too big");
                    ch = read();
                }
            }
        }
        while (ch == 'h' || ch == 'l' || ch == 'L') { // C length modifiers are accepted and ignored
            ch = read();
        }
        convert(ch, flags, width, prec);
    }

    private static int accumulate(int acc, int digit, String tooBig) {
        long v = acc * 10L + (digit - '0');
        if (v > Integer.MAX_VALUE) {
            throw FormatError.valueError(tooBig);
        }
        return (int) v;
    }

    private int starValue() {
        Object v = nextArg();
        if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Integer)) {
            throw FormatError.typeError("* wants int");
        }
        BigInteger b = IntOps.toBig(v);
        if (b.bitLength() > 31) {
            throw FormatError.overflowError("Python int too large to convert to C ssize_t");
        }
        return b.intValue();
    }

    /** {@code %(key)}: balanced parentheses, then the mapping's value becomes the single argument. */
    private void lookUpKey() {
        if (dict == null) {
            throw FormatError.typeError("format requires a mapping");
        }
        pos++;
        int start = pos;
        int depth = 1;
        while (depth > 0 && pos < fmt.length) {
            int c = fmt[pos++];
            if (c == ')') {
                depth--;
            } else if (c == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            throw FormatError.valueError("incomplete format key");
        }
        String key = new String(fmt, start, pos - 1 - start);
        if (!(dict instanceof Map<?, ?> map)) {
            throw FormatError.typeError(hooks.typeName().apply(dict) + " indices must be integers or slices, not str");
        }
        if (!map.containsKey(key)) {
            throw new FormatError("KeyError", StrRepr.repr(key));
        }
        args = map.get(key);
        argLen = -1;
        argIdx = -2;
    }

    private void convert(int ch, int flags, int width, int prec) {
        Object v = nextArg();
        String s;
        boolean numeric = false;
        switch (ch) {
            case 's' -> s = v instanceof String str ? str : hooks.str().apply(v);
            case 'r' -> s = hooks.repr().apply(v);
            case 'a' -> s = asciiOf(hooks.repr().apply(v));
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                s = formatLong(v, ch, flags, prec);
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                s = FloatRepr.toString(realArg(v), (char) ch, prec < 0 ? 6 : prec, false, false,
                        (flags & ALT) != 0, false);
                numeric = true;
            }
            case 'c' -> s = new String(Character.toChars(charArg(v)));
            default -> throw FormatError.valueError("unsupported format character '"
                    + (ch >= 31 && ch <= 126 ? (char) ch : '?') + "' (0x" + Integer.toHexString(ch)
                    + ") at index " + (pos - 1));
        }
        output(s, ch, flags, width, prec, numeric);
    }

    /** ascii(obj) is repr(obj) with every non-ASCII code point escaped. */
    static String asciiOf(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                String esc = StrRepr.ascii(new String(Character.toChars(cp)));
                sb.append(esc, 1, esc.length() - 1);
            }
        });
        return sb.toString();
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Integer;
    }

    private double realArg(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (isInt(v)) {
            return IntOps.toDouble(v);
        }
        throw FormatError.typeError("must be real number, not " + hooks.typeName().apply(v));
    }

    private int charArg(Object v) {
        if (v instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        if (isInt(v)) {
            BigInteger b = IntOps.toBig(v);
            if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            return b.intValue();
        }
        throw FormatError.typeError("%c requires int or char");
    }

    /** mainformatlong + _PyUnicode_FormatLong: [-][0x][zeros up to precision]digits. */
    private String formatLong(Object v, int type, int flags, int prec) {
        BigInteger b;
        if (isInt(v)) {
            b = IntOps.toBig(v);
        } else if (v instanceof Double d && type != 'o' && type != 'x' && type != 'X') {
            b = IntOps.toBig(IntOps.fromDouble(d));
        } else {
            String need = (type == 'o' || type == 'x' || type == 'X') ? "an integer" : "a real number";
            throw FormatError.typeError("%" + (char) type + " format: " + need + " is required, not "
                    + hooks.typeName().apply(v));
        }
        int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        String digits = base == 10 ? IntOps.str(b.abs()) : b.abs().toString(base);
        StringBuilder sb = new StringBuilder();
        if (b.signum() < 0) {
            sb.append('-');
        }
        if ((flags & ALT) != 0 && base != 10) {
            sb.append(base == 8 ? "0o" : "0x");
        }
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(digits);
        return type == 'X' ? sb.toString().toUpperCase() : sb.toString();
    }

    /** unicode_format_arg_output: sign, "0x" prefix, padding and precision truncation. */
    private void output(String s, int ch, int flags, int width, int prec, boolean numeric) {
        int[] cps = s.codePoints().toArray();
        int len = cps.length;
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            len = prec;
        }
        int index = 0;
        char signChar = 0;
        boolean sign = numeric;
        if (sign) {
            if (len > 0 && (cps[0] == '-' || cps[0] == '+')) {
                signChar = (char) cps[0];
                len--;
                index++;
            } else if ((flags & SIGN) != 0) {
                signChar = '+';
            } else if ((flags & BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        char fill = (numeric && (flags & ZERO) != 0) ? '0' : ' ';
        width = Math.max(width, len);
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        // the alternate-form prefix (0x, 0X, 0o) goes before zero padding
        boolean hexPrefix = (flags & ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (hexPrefix) {
            if (fill != ' ') {
                out.append('0').append((char) ch);
                index += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & LJUST) == 0) {
            FormatSpec.repeat(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (hexPrefix) {
                out.append('0').append((char) ch);
                index += 2;
            }
        }
        for (int i = 0; i < len; i++) {
            out.appendCodePoint(cps[index + i]);
        }
        if (width > len) {
            FormatSpec.repeat(out, ' ', width - len);
        }
    }

    // ------------------------------------------------------------------ plain-Java hooks

    static String plainStr(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return plainRepr(v);
    }

    static String plainRepr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (isInt(v)) {
            return IntOps.str(v);
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(plainRepr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(plainRepr(e.getKey())).append(": ").append(plainRepr(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }

    static String plainTypeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (isInt(v)) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Map) {
            return "dict";
        }
        return v.getClass().getSimpleName();
    }
}
