package dev.loopscope.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers for builtins taking {@code *args} and keyword arguments (vectorcall layout). */
final class CallArgs {
    private CallArgs() {
    }

    static int npos(Object[] a, String[] kw) {
        return a.length - (kw == null ? 0 : kw.length);
    }

    static Object[] positional(Object[] a, String[] kw) {
        return kw == null || kw.length == 0 ? a : Arrays.copyOf(a, npos(a, kw));
    }

    /** Positional arguments from index {@code from} on. */
    static Object[] rest(Object[] a, String[] kw, int from) {
        int n = npos(a, kw);
        return from >= n ? new Object[0] : Arrays.copyOfRange(a, from, n);
    }

    /** The keyword arguments by name; any name not in {@code allowed} is reported as CPython does. */
    static Map<String, Object> keywords(String fname, Object[] a, String[] kw, String... allowed) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (kw == null) {
            return out;
        }
        int base = npos(a, kw);
        for (int i = 0; i < kw.length; i++) {
            boolean ok = false;
            for (String s : allowed) {
                if (s.equals(kw[i])) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                throw Py.typeError(fname + "() got an unexpected keyword argument '" + kw[i] + "'");
            }
            out.put(kw[i], a[base + i]);
        }
        return out;
    }

    static void noKeywords(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** Exactly {@code min..max} positional arguments for a method (self excluded from the counts). */
    static Object[] method(String fname, Object[] a, String[] kw, int min, int max) {
        noKeywords(fname, kw);
        int n = a.length - 1;
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) {
                    throw Py.typeError(fname + "() takes no arguments (" + n + " given)");
                }
                if (min == 1) {
                    throw Py.typeError(fname + "() takes exactly one argument (" + n + " given)");
                }
                throw Py.typeError(fname + " expected " + min + " arguments, got " + n);
            }
            if (n < min) {
                throw Py.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw Py.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
        return a;
    }

    static Object arg(Object[] a, int i, Object dflt) {
        return i < a.length ? a[i] : dflt;
    }

    static String str(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw Py.typeError(what + " must be str, not " + Py.typeName(o));
    }

    /** An int argument (bool and __index__ accepted) as a BigInteger. */
    static java.math.BigInteger bigIndex(Object o) {
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) {
            return Py.big(o);
        }
        if (o instanceof PyInstance) {
            Object m = Py.lookupSpecial(o, "__index__");
            if (m != null) {
                return bigIndex(Py.call(m, new Object[0], null));
            }
        }
        throw Py.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
    }

    static PyException keyError(Object key) {
        return new PyException(Builtins.newException(Builtins.KEY_ERROR, new Object[]{key}));
    }
}
