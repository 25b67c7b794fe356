package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The methods of str, with CPython's semantics and messages. Indices are code point indices. */
final class StrMethods {
    private StrMethods() {
    }

    private static String self(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw Py.typeError("descriptor requires a 'str' object but received a '" + Py.typeName(o) + "'");
    }

    private static String strArg(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw Py.typeError("must be str, not " + Py.typeName(o));
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Code point index to char index. */
    private static int toChar(String s, int cp) {
        return Sequences.hasSurrogates(s) ? s.offsetByCodePoints(0, cp) : cp;
    }

    private static int toCp(String s, int ch) {
        return Sequences.hasSurrogates(s) ? s.codePointCount(0, ch) : ch;
    }

    /** start/end slice arguments (None allowed), adjusted as CPython's ADJUST_INDICES: {start, end} in cps. */
    private static int[] range(String s, Object[] a, int from) {
        int n = len(s);
        long start = 0;
        long end = n;
        if (from < a.length && a[from] != Py.None) {
            start = sliceIndex(a[from]);
        }
        if (from + 1 < a.length && a[from + 1] != Py.None) {
            end = sliceIndex(a[from + 1]);
        }
        if (end > n) {
            end = n;
        } else if (end < 0) {
            end = Math.max(0, end + n);
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        return new int[]{(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    private static long sliceIndex(Object o) {
        if (o instanceof java.math.BigInteger b) {
            return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        if (!Sequences.isIndex(o)) {
            throw Py.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Py.index(o);
    }

    static long find(String s, String sub, int[] r, boolean reverse) {
        int start = r[0];
        int end = r[1];
        if (start > len(s) || end - start < len(sub)) {
            return -1;
        }
        int cs = toChar(s, start);
        int ce = toChar(s, end);
        int pos;
        if (reverse) {
            pos = s.lastIndexOf(sub, ce - sub.length());
            if (pos < cs) {
                pos = -1;
            }
        } else {
            pos = s.indexOf(sub, cs);
            if (pos + sub.length() > ce) {
                pos = -1;
            }
        }
        return pos < 0 ? -1 : toCp(s, pos);
    }

    static boolean isSpace(int c) {
        return NumberParsing.isPySpace(c);
    }

    static List<Object> split(String s, Object sepObj, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sepObj == Py.None) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        String sep = strArg(sepObj);
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        int i = 0;
        while (out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    static List<Object> rsplit(String s, Object sepObj, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sepObj == Py.None) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                j = i;
            }
            java.util.Collections.reverse(out);
            return out;
        }
        String sep = strArg(sepObj);
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        int j = s.length();
        while (out.size() < maxsplit) {
            int i = s.lastIndexOf(sep, j - sep.length());
            if (i < 0) {
                break;
            }
            out.add(s.substring(i + sep.length(), j));
            j = i;
        }
        out.add(s.substring(0, j));
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static List<Object> splitlines(String s, boolean keepends) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    static String strip(String s, Object chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == Py.None) {
            while (left && i < j && isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            if (!(chars instanceof String cs)) {
                throw Py.typeError((left && right ? "strip" : left ? "lstrip" : "rstrip")
                        + " arg must be None or str");
            }
            while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long done = 0;
            int i = 0;
            if (done < count) {
                sb.append(rep);
                done++;
            }
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
                if (done < count && i <= s.length()) {
                    sb.append(rep);
                    done++;
                }
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            done++;
        }
        return sb.append(s.substring(i)).toString();
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String ch = new String(Character.toChars(c));
            if (prevCased) {
                sb.append(ch.toLowerCase(Locale.ROOT));
            } else {
                sb.append(titleCase(c));
            }
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String titleCase(int c) {
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            // e.g. 'ß' -> 'Ss'
            int first = up.codePointAt(0);
            return new String(Character.toChars(first))
                    + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return new String(Character.toChars(Character.toTitleCase(c)));
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int c = s.codePointAt(0);
        return titleCase(c) + s.substring(Character.charCount(c)).toLowerCase(Locale.ROOT);
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            if (Character.isUpperCase(c)) {
                sb.append(ch.toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(c)) {
                sb.append(ch.toUpperCase(Locale.ROOT));
            } else {
                sb.append(ch);
            }
        });
        return sb.toString();
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        int t = Character.getType(c);
        int v = Character.getNumericValue(c);
        return t == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    interface CharTest {
        boolean test(int c);
    }

    private static void predicate(String name, CharTest t) {
        BuiltinLibrary.method(Builtins.STR, name, (a, kw) -> {
            String s = self(CallArgs.method(name, a, kw, 0, 0)[0]);
            if (s.isEmpty()) {
                return false;
            }
            return s.codePoints().allMatch(t::test);
        });
    }

    static String pad(String s, long width, Object fillObj, int align) {
        String fill = " ";
        if (fillObj != null) {
            if (!(fillObj instanceof String f) || f.codePointCount(0, f.length()) != 1) {
                if (!(fillObj instanceof String)) {
                    throw Py.typeError("The fill character must be a unicode character, not "
                            + Py.typeName(fillObj));
                }
                throw Py.typeError("The fill character must be exactly one character long");
            }
            fill = f;
        }
        int n = len(s);
        if (width <= n) {
            return s;
        }
        int marg = (int) (width - n);
        int left;
        if (align < 0) {
            left = 0;
        } else if (align > 0) {
            left = marg;
        } else {
            left = marg / 2 + (marg & (int) width & 1);
        }
        return fill.repeat(left) + s + fill.repeat(marg - left);
    }

    static String zfill(String s, long width) {
        int n = len(s);
        if (width <= n) {
            return s;
        }
        String zeros = "0".repeat((int) (width - n));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - (col % tabsize);
                    sb.append(" ".repeat((int) spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    private static boolean affix(String fname, Object[] a, boolean prefix) {
        String s = self(a[0]);
        Object what = a[1];
        int[] r = range(s, a, 2);
        if (what instanceof PyTuple t) {
            for (Object o : t.items) {
                if (!(o instanceof String p)) {
                    throw Py.typeError("tuple for " + fname + " must only contain str, not " + Py.typeName(o));
                }
                if (matchAffix(s, p, r, prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(what instanceof String p)) {
            throw Py.typeError(fname + " first arg must be str or a tuple of str, not " + Py.typeName(what));
        }
        return matchAffix(s, p, r, prefix);
    }

    private static boolean matchAffix(String s, String p, int[] r, boolean prefix) {
        int start = r[0];
        int end = r[1];
        int n = len(s);
        if (start > n) {
            return false;
        }
        if (end - start < len(p)) {
            return false;
        }
        String sub = s.substring(toChar(s, start), toChar(s, Math.max(start, end)));
        return prefix ? sub.startsWith(p) : sub.endsWith(p);
    }

    static String join(String sep, Object iterable) {
        List<Object> items;
        try {
            items = Py.toList(iterable);
        } catch (PyException e) {
            if (e.exc.type() == Builtins.TYPE_ERROR && !(Py.isInstance(iterable, Builtins.OBJECT)
                    && Py.typeOf(iterable).lookup("__iter__") != null)) {
                throw Py.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object o = items.get(i);
            if (!(o instanceof String str)) {
                throw Py.typeError("sequence item " + i + ": expected str instance, " + Py.typeName(o) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(str);
        }
        return sb.toString();
    }

    static void install() {
        PyType t = Builtins.STR;
        BuiltinLibrary.method(t, "split", (a, kw) -> {
            Object[] b = Args.bind("split", a, kw, new String[]{"self", "sep", "maxsplit"}, 1);
            return new PyList(split(self(b[0]), Args.or(b[1], Py.None), Py.index(Args.or(b[2], -1L))));
        });
        BuiltinLibrary.method(t, "rsplit", (a, kw) -> {
            Object[] b = Args.bind("rsplit", a, kw, new String[]{"self", "sep", "maxsplit"}, 1);
            return new PyList(rsplit(self(b[0]), Args.or(b[1], Py.None), Py.index(Args.or(b[2], -1L))));
        });
        BuiltinLibrary.method(t, "splitlines", (a, kw) -> {
            Object[] b = Args.bind("splitlines", a, kw, new String[]{"self", "keepends"}, 1);
            return new PyList(splitlines(self(b[0]), Py.truthy(Args.or(b[1], false))));
        });
        BuiltinLibrary.method(t, "join", (a, kw) -> join(self(CallArgs.method("join", a, kw, 1, 1)[0]), a[1]));
        BuiltinLibrary.method(t, "strip", (a, kw) ->
                strip(self(CallArgs.method("strip", a, kw, 0, 1)[0]), CallArgs.arg(a, 1, Py.None), true, true));
        BuiltinLibrary.method(t, "lstrip", (a, kw) ->
                strip(self(CallArgs.method("lstrip", a, kw, 0, 1)[0]), CallArgs.arg(a, 1, Py.None), true, false));
        BuiltinLibrary.method(t, "rstrip", (a, kw) ->
                strip(self(CallArgs.method("rstrip", a, kw, 0, 1)[0]), CallArgs.arg(a, 1, Py.None), false, true));
        BuiltinLibrary.method(t, "replace", (a, kw) -> {
            CallArgs.method("replace", a, kw, 2, 3);
            String s = self(a[0]);
            for (int i = 1; i <= 2; i++) {
                if (!(a[i] instanceof String)) {
                    throw Py.typeError("replace() argument " + i + " must be str, not " + Py.typeName(a[i]));
                }
            }
            return replace(s, (String) a[1], (String) a[2], a.length > 3 ? Py.index(a[3]) : -1);
        });
        BuiltinLibrary.method(t, "upper", (a, kw) -> self(CallArgs.method("upper", a, kw, 0, 0)[0])
                .toUpperCase(Locale.ROOT));
        BuiltinLibrary.method(t, "lower", (a, kw) -> self(CallArgs.method("lower", a, kw, 0, 0)[0])
                .toLowerCase(Locale.ROOT));
        BuiltinLibrary.method(t, "casefold", (a, kw) -> self(CallArgs.method("casefold", a, kw, 0, 0)[0])
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        BuiltinLibrary.method(t, "title", (a, kw) -> title(self(CallArgs.method("title", a, kw, 0, 0)[0])));
        BuiltinLibrary.method(t, "capitalize", (a, kw) ->
                capitalize(self(CallArgs.method("capitalize", a, kw, 0, 0)[0])));
        BuiltinLibrary.method(t, "swapcase", (a, kw) -> swapcase(self(CallArgs.method("swapcase", a, kw, 0, 0)[0])));
        BuiltinLibrary.method(t, "startswith", (a, kw) -> affix("startswith",
                CallArgs.method("startswith", a, kw, 1, 3), true));
        BuiltinLibrary.method(t, "endswith", (a, kw) -> affix("endswith",
                CallArgs.method("endswith", a, kw, 1, 3), false));
        BuiltinLibrary.method(t, "find", (a, kw) -> {
            CallArgs.method("find", a, kw, 1, 3);
            String s = self(a[0]);
            return find(s, strArg(a[1]), range(s, a, 2), false);
        });
        BuiltinLibrary.method(t, "rfind", (a, kw) -> {
            CallArgs.method("rfind", a, kw, 1, 3);
            String s = self(a[0]);
            return find(s, strArg(a[1]), range(s, a, 2), true);
        });
        BuiltinLibrary.method(t, "index", (a, kw) -> {
            CallArgs.method("index", a, kw, 1, 3);
            String s = self(a[0]);
            long r = find(s, strArg(a[1]), range(s, a, 2), false);
            if (r < 0) {
                throw Py.valueError("substring not found");
            }
            return r;
        });
        BuiltinLibrary.method(t, "rindex", (a, kw) -> {
            CallArgs.method("rindex", a, kw, 1, 3);
            String s = self(a[0]);
            long r = find(s, strArg(a[1]), range(s, a, 2), true);
            if (r < 0) {
                throw Py.valueError("substring not found");
            }
            return r;
        });
        BuiltinLibrary.method(t, "count", (a, kw) -> {
            CallArgs.method("count", a, kw, 1, 3);
            String s = self(a[0]);
            String sub = strArg(a[1]);
            int[] r = range(s, a, 2);
            if (r[0] > len(s) || r[1] < r[0]) {
                return 0L;
            }
            String part = s.substring(toChar(s, r[0]), toChar(s, r[1]));
            if (sub.isEmpty()) {
                return (long) len(part) + 1;
            }
            long n = 0;
            int i = 0;
            while ((i = part.indexOf(sub, i)) >= 0) {
                n++;
                i += sub.length();
            }
            return n;
        });
        predicate("isdigit", StrMethods::isDigit);
        predicate("isdecimal", StrMethods::isDecimal);
        predicate("isnumeric", StrMethods::isNumeric);
        predicate("isalpha", Character::isLetter);
        predicate("isalnum", c -> Character.isLetter(c) || isNumeric(c));
        predicate("isspace", StrMethods::isSpace);
        BuiltinLibrary.method(t, "isascii", (a, kw) -> Sequences.isAscii(self(a[0])));
        BuiltinLibrary.method(t, "isprintable", (a, kw) -> self(a[0]).codePoints().allMatch(StrMethods::isPrintable));
        BuiltinLibrary.method(t, "isupper", (a, kw) -> {
            String s = self(CallArgs.method("isupper", a, kw, 0, 0)[0]);
            boolean cased = false;
            for (int c : s.codePoints().toArray()) {
                if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                    return false;
                }
                cased |= Character.isUpperCase(c);
            }
            return cased;
        });
        BuiltinLibrary.method(t, "islower", (a, kw) -> {
            String s = self(CallArgs.method("islower", a, kw, 0, 0)[0]);
            boolean cased = false;
            for (int c : s.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    return false;
                }
                cased |= Character.isLowerCase(c);
            }
            return cased;
        });
        BuiltinLibrary.method(t, "istitle", (a, kw) -> {
            String s = self(CallArgs.method("istitle", a, kw, 0, 0)[0]);
            boolean cased = false;
            boolean prevCased = false;
            for (int c : s.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) {
                        return false;
                    }
                    prevCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) {
                        return false;
                    }
                    prevCased = true;
                    cased = true;
                } else {
                    prevCased = false;
                }
            }
            return cased;
        });
        BuiltinLibrary.method(t, "isidentifier", (a, kw) -> isIdentifier(self(a[0])));
        BuiltinLibrary.method(t, "zfill", (a, kw) -> zfill(self(CallArgs.method("zfill", a, kw, 1, 1)[0]),
                Py.index(a[1])));
        BuiltinLibrary.method(t, "center", (a, kw) -> pad(self(CallArgs.method("center", a, kw, 1, 2)[0]),
                Py.index(a[1]), CallArgs.arg(a, 2, null), 0));
        BuiltinLibrary.method(t, "ljust", (a, kw) -> pad(self(CallArgs.method("ljust", a, kw, 1, 2)[0]),
                Py.index(a[1]), CallArgs.arg(a, 2, null), -1));
        BuiltinLibrary.method(t, "rjust", (a, kw) -> pad(self(CallArgs.method("rjust", a, kw, 1, 2)[0]),
                Py.index(a[1]), CallArgs.arg(a, 2, null), 1));
        BuiltinLibrary.method(t, "expandtabs", (a, kw) -> {
            Object[] b = Args.bind("expandtabs", a, kw, new String[]{"self", "tabsize"}, 1);
            return expandtabs(self(b[0]), Py.index(Args.or(b[1], 8L)));
        });
        BuiltinLibrary.method(t, "partition", (a, kw) -> {
            String s = self(CallArgs.method("partition", a, kw, 1, 1)[0]);
            String sep = strArg(a[1]);
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            int i = s.indexOf(sep);
            return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
        });
        BuiltinLibrary.method(t, "rpartition", (a, kw) -> {
            String s = self(CallArgs.method("rpartition", a, kw, 1, 1)[0]);
            String sep = strArg(a[1]);
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            int i = s.lastIndexOf(sep);
            return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
        });
        BuiltinLibrary.method(t, "format", (a, kw) -> {
            String s = self(a[0]);
            Object[] pos = CallArgs.rest(a, kw, 1);
            Map<String, Object> k = new java.util.LinkedHashMap<>();
            int npos = CallArgs.npos(a, kw);
            for (int i = 0; kw != null && i < kw.length; i++) {
                k.put(kw[i], a[npos + i]);
            }
            return StrFormat.format(s, pos, k);
        });
        BuiltinLibrary.method(t, "format_map", (a, kw) ->
                StrFormat.formatMap(self(CallArgs.method("format_map", a, kw, 1, 1)[0]), a[1]));
        BuiltinLibrary.method(t, "encode", (a, kw) -> {
            Object[] b = Args.bind("encode", a, kw, new String[]{"self", "encoding", "errors"}, 1);
            String enc = Args.or(b[1], "utf-8").toString().toLowerCase(Locale.ROOT).replace("_", "-");
            String s = self(b[0]);
            switch (enc) {
                case "utf-8", "utf8" -> {
                    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                case "ascii", "us-ascii" -> {
                    for (int i = 0; i < s.length(); i++) {
                        if (s.charAt(i) >= 0x80) {
                            throw Py.raise(Builtins.UNICODE_ENCODE_ERROR, "'ascii' codec can't encode character '"
                                    + CoreFunctions.ascii(String.valueOf(s.charAt(i))) + "' in position " + i
                                    + ": ordinal not in range(128)");
                        }
                    }
                    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                }
                case "latin-1", "latin1", "iso-8859-1" -> {
                    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                default -> throw Py.raise(Builtins.LOOKUP_ERROR, "unknown encoding: " + b[1]);
            }
        });
        BuiltinLibrary.method(t, "removeprefix", (a, kw) -> {
            String s = self(CallArgs.method("removeprefix", a, kw, 1, 1)[0]);
            if (!(a[1] instanceof String p)) {
                throw Py.typeError("removeprefix() argument must be str, not " + Py.typeName(a[1]));
            }
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        BuiltinLibrary.method(t, "removesuffix", (a, kw) -> {
            String s = self(CallArgs.method("removesuffix", a, kw, 1, 1)[0]);
            if (!(a[1] instanceof String p)) {
                throw Py.typeError("removesuffix() argument must be str, not " + Py.typeName(a[1]));
            }
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
        t.put("maketrans", new PyDescriptors.StaticMethod(new PyBuiltinFunction("maketrans", StrMethods::maketrans)));
        BuiltinLibrary.method(t, "translate", (a, kw) -> {
            String s = self(CallArgs.method("translate", a, kw, 1, 1)[0]);
            StringBuilder sb = new StringBuilder();
            for (int c : s.codePoints().toArray()) {
                Object r;
                try {
                    r = Sequences.getItem(a[1], (long) c);
                } catch (PyException e) {
                    if (e.exc.type().isSubtypeOf(Builtins.LOOKUP_ERROR)) {
                        sb.appendCodePoint(c);
                        continue;
                    }
                    throw e;
                }
                if (r == Py.None) {
                    continue;
                }
                if (r instanceof String rs) {
                    sb.append(rs);
                } else if (Py.isInt(r)) {
                    sb.appendCodePoint((int) Py.index(r));
                } else {
                    throw Py.typeError("character mapping must return integer, None or str");
                }
            }
            return sb.toString();
        });
        BuiltinLibrary.method(t, "__getitem__", (a, kw) -> Sequences.getItem(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) len(self(a[0])));
        BuiltinLibrary.method(t, "__contains__", (a, kw) -> Ops.contains(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__iter__", (a, kw) -> Py.iter(self(a[0])));
        BuiltinLibrary.method(t, "__add__", (a, kw) -> a[1] instanceof String o ? self(a[0]) + o : Py.NotImplemented);
        BuiltinLibrary.method(t, "__mul__", (a, kw) -> Sequences.isIndex(a[1])
                ? Ops.binary(Ops.MUL, self(a[0]), a[1], false) : Py.NotImplemented);
        BuiltinLibrary.method(t, "__rmul__", (a, kw) -> Sequences.isIndex(a[1])
                ? Ops.binary(Ops.MUL, self(a[0]), a[1], false) : Py.NotImplemented);
        BuiltinLibrary.method(t, "__mod__", (a, kw) -> Formatting.percent(self(a[0]), a[1]));
        BuiltinLibrary.method(t, "__str__", (a, kw) -> self(a[0]));
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> Py.repr(self(a[0])));
        BuiltinLibrary.method(t, "__hash__", (a, kw) -> Hashing.hash(self(a[0])));
        BuiltinLibrary.method(t, "__format__", (a, kw) -> Formatting.format(self(a[0]),
                CallArgs.str(CallArgs.method("__format__", a, kw, 1, 1)[1], "format_spec")));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            BuiltinLibrary.method(t, cmp[i], (a, kw) -> a[1] instanceof String
                    ? Ops.richCompare(self(a[0]), a[1], op) : Py.NotImplemented);
        }
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> c == '_' || (Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c)));
    }

    private static Object maketrans(Object[] a, String[] kw) {
        Args.positional("maketrans", a, kw, 1, 3);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw Py.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Map.Entry<Object, Object> e : d.entries()) {
                Object k = e.getKey();
                if (k instanceof String ks) {
                    if (len(ks) != 1) {
                        throw Py.valueError("string keys in translate table must be of length 1");
                    }
                    out.put((long) ks.codePointAt(0), e.getValue());
                } else {
                    out.put(k, e.getValue());
                }
            }
            return out;
        }
        String x = strArg(a[0]);
        String y = strArg(a[1]);
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw Py.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            out.put((long) xs[i], (long) ys[i]);
        }
        if (a.length == 3) {
            for (int c : strArg(a[2]).codePoints().toArray()) {
                out.put((long) c, Py.None);
            }
        }
        return out;
    }
}
