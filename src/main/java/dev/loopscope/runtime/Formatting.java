package dev.loopscope.runtime;

/** The bridge from the interpreter to the formatting ports ({@code format()}, {@code %}). */
public final class Formatting {
    private Formatting() {
    }

    /** {@code format(value, spec)}: a value's own __format__ first, else the builtin rules. */
    public static String format(Object value, String spec) {
        if (value instanceof PyInstance) {
            Object m = Py.lookupSpecial(value, "__format__");
            if (m != null && !(((PyBoundMethod) m).func instanceof PyBuiltinFunction)) {
                Object r = Py.call(m, new Object[]{spec}, null);
                if (!(r instanceof String s)) {
                    throw Py.typeError("__format__ must return a str, not " + Py.typeName(r));
                }
                return s;
            }
        }
        if (spec.isEmpty()) {
            return Py.str(value);
        }
        if (value instanceof String || Py.isNumber(value)) {
            return SpecFormat.format(value, spec);
        }
        throw Py.typeError("unsupported format string passed to " + Py.typeName(value) + ".__format__");
    }

    public static String percent(String template, Object args) {
        return PercentStub.format(template, args);
    }
}
