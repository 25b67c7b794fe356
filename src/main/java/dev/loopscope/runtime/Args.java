package dev.loopscope.runtime;

/**
 * Binds vectorcall arguments of a builtin to named parameters, with CPython's messages.
 * {@code params} lists parameter names; a name starting with '*' is keyword-only.
 */
public final class Args {
    private Args() {
    }

    public static final Object MISSING = new Object();

    /** Returns one slot per parameter, {@link #MISSING} where not given. */
    public static Object[] bind(String fname, Object[] args, String[] kwnames, String[] params, int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object[] out = new Object[params.length];
        java.util.Arrays.fill(out, MISSING);
        int maxPos = 0;
        while (maxPos < params.length && !params[maxPos].startsWith("*")) {
            maxPos++;
        }
        if (npos > maxPos) {
            throw Py.typeError(fname + "() takes " + (required == maxPos ? "" : "at most ") + maxPos
                    + " positional argument" + (maxPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            int idx = -1;
            for (int i = 0; i < params.length; i++) {
                String p = params[i].startsWith("*") ? params[i].substring(1) : params[i];
                if (p.equals(name)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw Py.typeError(fname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (out[idx] != MISSING) {
                throw Py.typeError(fname + "() got multiple values for argument '" + name + "'");
            }
            out[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == MISSING) {
                throw Py.typeError(fname + "() missing required argument '" + params[i].replace("*", "")
                        + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** For builtins without keyword arguments: checks the count, returns the positional args. */
    public static Object[] positional(String fname, Object[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.typeError(fname + "() takes no keyword arguments");
        }
        if (args.length < min || args.length > max) {
            if (min == max) {
                throw Py.typeError(fname + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments")
                        + " (" + args.length + " given)");
            }
            if (args.length < min) {
                throw Py.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + args.length);
            }
            throw Py.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + args.length);
        }
        return args;
    }

    public static Object or(Object v, Object dflt) {
        return v == MISSING ? dflt : v;
    }
}
