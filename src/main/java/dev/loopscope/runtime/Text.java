package dev.loopscope.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Text forms of values: repr of containers and the default object repr. */
public final class Text {
    private Text() {
    }

    public static String reprString(String s) {
        return StrRepr.repr(s);
    }

    public static String reprFloat(double d) {
        return FloatRepr.repr(d);
    }

    public static String intToString(Object o) {
        if (o instanceof BigInteger b && b.bitLength() > 14_300) {
            String s = b.toString();
            if (s.length() - (b.signum() < 0 ? 1 : 0) > 4300) {
                throw Py.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return o.toString();
    }

    static String reprContainer(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PyList l) {
            sb.append('[');
            for (int i = 0; i < l.items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Py.repr(l.items.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Py.repr(t.items[i]));
            }
            if (t.items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<Object, Object> e : d.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Py.repr(e.getKey())).append(": ").append(Py.repr(e.getValue()));
            }
            return sb.append('}').toString();
        }
        PySet s = (PySet) o;
        if (s.size() == 0) {
            return s.frozen ? "frozenset()" : "set()";
        }
        sb.append(s.frozen ? "frozenset({" : "{");
        boolean first = true;
        for (Object v : s.items()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Py.repr(v));
        }
        return sb.append(s.frozen ? "})" : "}").toString();
    }

    /** CPython's {@code <module.Class object at 0x...>}; addresses are made up but stable. */
    static String defaultRepr(Object o) {
        PyType t = Py.typeOf(o);
        if (o instanceof PyType type) {
            String mod = type.module();
            return "<class '" + (mod.equals("builtins") ? "" : mod + ".") + type.qualname() + "'>";
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + address(o) + ">";
        }
        if (o instanceof PyBuiltinFunction b) {
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyBoundMethod m) {
            if (m.func instanceof PyBuiltinFunction b) {
                return "<built-in method " + b.name + " of " + Py.typeName(m.self) + " object at "
                        + address(m.self) + ">";
            }
            return "<bound method " + ((PyFunction) m.func).qualname + " of " + Py.repr(m.self) + ">";
        }
        if (o instanceof PyModule m) {
            return "<module '" + m.name + "' (built-in)>";
        }
        String mod = t.module();
        return "<" + (mod.equals("builtins") ? "" : mod + ".") + t.qualname() + " object at " + address(o) + ">";
    }

    static String address(Object o) {
        return "0x" + String.format("%012x", 0x7f0000000000L + (System.identityHashCode(o) & 0xffffffffL) * 16);
    }

    /** Exact decimal value of a double (for clock formatting and tests). */
    public static BigDecimal exact(double d) {
        return new BigDecimal(d);
    }
}
