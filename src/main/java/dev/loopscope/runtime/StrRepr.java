package dev.loopscope.runtime;

/**
 * repr() and ascii() of a str, as CPython's unicode_repr: single quotes unless the text contains
 * a single quote and no double quote; \\, \n, \r, \t and the chosen quote are escaped; other
 * non-printable code points become \xhh, \\uhhhh or \Uhhhhhhhh. Java strings are UTF-16, so a
 * surrogate pair is one code point; a lone surrogate is non-printable and escaped as \\udxxx.
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    public static String repr(String s) {
        return quote(s, false);
    }

    /** ascii(): like repr() but every non-ASCII code point is escaped. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (asciiOnly || !isPrintable(cp)) {
                if (cp <= 0xff) {
                    hex(sb, 'x', cp, 2);
                } else if (cp <= 0xffff) {
                    hex(sb, 'u', cp, 4);
                } else {
                    hex(sb, 'U', cp, 8);
                }
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int cp, int width) {
        sb.append('\\').append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >> shift) & 0xf]);
        }
    }

    /**
     * str.isprintable() for one code point: everything except categories Cc, Cf, Cs, Co, Cn,
     * Zl, Zp and Zs (but the ASCII space is printable). Java's Unicode tables may be a version
     * apart from CPython 3.11's (Unicode 14) for newly assigned characters.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
