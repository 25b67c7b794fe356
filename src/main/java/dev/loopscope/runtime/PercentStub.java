package dev.loopscope.runtime;

/** Placeholder for the %-format port. */
final class PercentStub {
    private PercentStub() {
    }

    static String format(String template, Object args) {
        Object[] values = args instanceof PyTuple t ? t.items : new Object[]{args};
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%' || i + 1 >= template.length()) {
                sb.append(c);
                continue;
            }
            char t = template.charAt(++i);
            switch (t) {
                case '%' -> sb.append('%');
                case 's' -> sb.append(Py.str(values[k++]));
                case 'r' -> sb.append(Py.repr(values[k++]));
                case 'd' -> sb.append(Py.str(values[k++]));
                default -> throw Py.valueError("unsupported format character '" + t + "'");
            }
        }
        return sb.toString();
    }
}
