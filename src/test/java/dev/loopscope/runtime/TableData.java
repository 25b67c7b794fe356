package dev.loopscope.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Decodes the tables written by src/test/gen/pytable.py. */
final class TableData {
    private TableData() {
    }

    static List<String[]> rows(String table) {
        List<String[]> out = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    static String unesc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'c' -> sb.append(',');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    /** A Python value in the interpreter's Java representation. */
    static Object value(String field) {
        String p = field.substring(2);
        switch (field.charAt(0)) {
            case 'n':
                return null;
            case 'b':
                return Boolean.valueOf(p.equals("True"));
            case 'i':
                return IntOps.normalize(new BigInteger(p));
            case 'f':
                return Double.longBitsToDouble(Long.parseUnsignedLong(p, 16));
            case 's':
                return unesc(p);
            case 'l': {
                List<Object> items = new ArrayList<>();
                if (!p.isEmpty()) {
                    for (String part : p.split(",", -1)) {
                        items.add(value(unesc(part)));
                    }
                }
                return items;
            }
            default:
                throw new IllegalArgumentException(field);
        }
    }

    /** Expected outcome rendered the way {@link #outcome} renders actual results. */
    static String expected(String field) {
        if (field.startsWith("=")) {
            return "=" + unesc(field.substring(1));
        }
        if (field.startsWith("!")) {
            return "!" + unesc(field.substring(1));
        }
        return "v" + render(value(field));
    }

    static String outcome(java.util.function.Supplier<Object> action) {
        try {
            Object r = action.get();
            return r instanceof String s ? "=" + s : "v" + render(r);
        } catch (FormatError e) {
            return "!" + e.pythonType() + ":" + e.getMessage();
        }
    }

    static String render(Object v) {
        if (v instanceof Double d) {
            return "float " + FloatRepr.repr(d);
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                sb.append(render(o)).append(", ");
            }
            return sb.append("]").toString();
        }
        return v == null ? "None" : v.getClass().getSimpleName() + " " + v;
    }
}
