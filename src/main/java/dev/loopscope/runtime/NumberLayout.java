package dev.loopscope.runtime;

/**
 * Lays out a formatted number as CPython's calc_number_widths/fill_number do:
 * {@code <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>}.
 * Zero padding requested with '0' (fill '0' and '=' alignment) is inserted into the digits, so it is
 * grouped along with them ({@code format(1234, '010,') == '00,001,234'}).
 */
final class NumberLayout {
    private NumberLayout() {
    }

    static String layout(FormatSpec f, String prefix, char signChar, String digits, String remainder,
                         boolean hasDecimal) {
        char sign = 0;
        if (f.sign == '+') {
            sign = signChar == '-' ? '-' : '+';
        } else if (f.sign == ' ') {
            sign = signChar == '-' ? '-' : ' ';
        } else if (signChar == '-') {
            sign = '-';
        }
        int nSign = sign == 0 ? 0 : 1;
        // widths count code points, as CPython's str does ('c' may produce an astral character)
        int nonDigits = nSign + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        int minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigits : 0;

        int groupSize = switch (f.grouping) {
            case NONE -> 0;
            case UNDERSCORE_FOUR -> 4;
            default -> 3;
        };
        String sep = f.grouping == FormatSpec.Grouping.COMMA ? "," : "_";
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupSize, sep);

        int padding = f.width - (nonDigits + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder();
        FormatSpec.repeat(sb, f.fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        FormatSpec.repeat(sb, f.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        FormatSpec.repeat(sb, f.fill, rpad);
        return sb.toString();
    }

    /**
     * _PyUnicode_InsertThousandsGrouping: groups from the right, padding with '0' digits (and
     * separators between them) until {@code minWidth} characters are produced. groupSize 0 = no grouping.
     */
    static String group(String digits, int minWidth, int groupSize, String sep) {
        minWidth = Math.max(0, minWidth);
        StringBuilder rev = new StringBuilder();
        int remaining = digits.length();
        int digitsPos = digits.length();
        boolean useSep = false;
        boolean broken = false;
        if (groupSize > 0) {
            while (true) {
                int len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                int nZeros = Math.max(0, len - remaining);
                int nChars = Math.max(0, Math.min(remaining, len));
                if (useSep) {
                    rev.append(sep);
                }
                for (int i = 0; i < nChars; i++) {
                    rev.append(digits.charAt(--digitsPos));
                }
                for (int i = 0; i < nZeros; i++) {
                    rev.append('0');
                }
                useSep = true;
                remaining -= nChars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= sep.length();
            }
        }
        if (!broken) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            int nZeros = Math.max(0, len - remaining);
            int nChars = Math.max(0, Math.min(remaining, len));
            if (useSep) {
                rev.append(sep);
            }
            for (int i = 0; i < nChars; i++) {
                rev.append(digits.charAt(--digitsPos));
            }
            for (int i = 0; i < nZeros; i++) {
                rev.append('0');
            }
        }
        return rev.reverse().toString();
    }
}
