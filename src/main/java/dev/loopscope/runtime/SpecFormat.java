package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Placeholder for the format-spec port: handles the common '.Nf' and width cases only. */
final class SpecFormat {
    private SpecFormat() {
    }

    static String format(Object value, String spec) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:(.)?([<>^=]))?([+\\- ])?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([a-zA-Z%])?").matcher(spec);
        if (!m.matches()) {
            throw Py.valueError("Invalid format specifier");
        }
        String fill = m.group(1) == null ? " " : m.group(1);
        String align = m.group(2);
        int width = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        String type = m.group(8);
        String body;
        if (m.group(7) != null && (type == null || type.equals("f")) && Py.isNumber(value)) {
            body = new BigDecimal(Py.toDouble(value)).setScale(Integer.parseInt(m.group(7)), RoundingMode.HALF_EVEN)
                    .toPlainString();
        } else if (m.group(7) != null && value instanceof String s) {
            body = s.substring(0, Math.min(s.length(), Integer.parseInt(m.group(7))));
        } else {
            body = Py.str(value);
        }
        if (m.group(4) != null && align == null) {
            fill = "0";
            align = "=";
        }
        if (align == null) {
            align = value instanceof String ? "<" : ">";
        }
        int pad = width - body.length();
        if (pad <= 0) {
            return body;
        }
        switch (align) {
            case "<":
                return body + fill.repeat(pad);
            case "^":
                return fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            case "=":
                if (body.startsWith("-")) {
                    return "-" + fill.repeat(pad) + body.substring(1);
                }
                return fill.repeat(pad) + body;
            default:
                return fill.repeat(pad) + body;
        }
    }
}
