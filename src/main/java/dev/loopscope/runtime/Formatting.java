package dev.loopscope.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bridge from the interpreter to the formatting ports ({@code format()}, {@code %}, ascii()). */
public final class Formatting {
    private Formatting() {
    }

    private static final PercentFormat.Hooks HOOKS = new PercentFormat.Hooks(Py::str, Py::repr, Py::typeName);

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
        if (value instanceof String || Py.isNumber(value)) {
            try {
                return FormatSpec.format(value, spec);
            } catch (FormatError e) {
                throw toPython(e);
            }
        }
        if (spec.isEmpty()) {
            return Py.str(value);
        }
        throw Py.typeError("unsupported format string passed to " + Py.typeName(value) + ".__format__");
    }

    public static String percent(String template, Object args) {
        try {
            if (args instanceof PyTuple t) {
                return PercentFormat.formatTuple(template, List.of(t.items), HOOKS);
            }
            if (args instanceof PyDict d) {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (Map.Entry<Object, Object> e : d.entries()) {
                    m.put(e.getKey(), e.getValue());
                }
                return PercentFormat.format(template, m, HOOKS);
            }
            return PercentFormat.format(template, args, HOOKS);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    /** ascii(obj): repr with every non-ASCII code point escaped. */
    public static String ascii(Object o) {
        if (o instanceof String s) {
            return StrRepr.ascii(s);
        }
        String r = Py.repr(o);
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 65536) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** Maps a formatting helper's error onto the Python exception it names. */
    public static PyException toPython(FormatError e) {
        Object t = Builtins.NAMES.get(e.pythonType());
        PyType type = t instanceof PyType pt ? pt : Builtins.VALUE_ERROR;
        return Py.raise(type, e.getMessage());
    }
}
