package dev.loopscope.export;

/** The little JSON this package writes: strings escaped per RFC 8259, numbers without exponents. */
final class Json {
    private Json() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends {@code s} as a JSON string, quotes included. */
    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n
                            && Character.isLowSurrogate(s.charAt(i + 1)));
                    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                        lone = false;
                    }
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || lone) {
                        sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                                .append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /** Appends a count of nanoseconds as microseconds: digits, then up to three decimals. */
    static StringBuilder micros(StringBuilder sb, long nanos) {
        if (nanos < 0) {
            sb.append('-');
            nanos = -nanos;
        }
        sb.append(nanos / 1000);
        int frac = (int) (nanos % 1000);
        if (frac != 0) {
            sb.append('.');
            sb.append((char) ('0' + frac / 100));
            frac %= 100;
            if (frac != 0) {
                sb.append((char) ('0' + frac / 10));
                frac %= 10;
                if (frac != 0) {
                    sb.append((char) ('0' + frac));
                }
            }
        }
        return sb;
    }

    /** Seconds of the virtual clock as whole nanoseconds. */
    static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
