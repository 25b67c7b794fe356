package dev.loopscope.vm;

import dev.loopscope.lang.Code;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyDict;
import dev.loopscope.runtime.PyFunction;
import dev.loopscope.runtime.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a function's parameters, with CPython 3.11's error messages. */
final class ArgBinder {
    private ArgBinder() {
    }

    static void bind(PyFunction f, Object[] locals, Object[] args, String[] kwnames) {
        Code c = f.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argc = c.argCount;
        boolean varargs = (c.flags & Code.CO_VARARGS) != 0;
        boolean varkw = (c.flags & Code.CO_VARKEYWORDS) != 0;
        if (nkw == 0 && npos == argc && !varargs && !varkw && c.kwOnlyCount == 0) {
            System.arraycopy(args, 0, locals, 0, npos);
            return;
        }
        int nPlain = Math.min(npos, argc);
        System.arraycopy(args, 0, locals, 0, nPlain);
        int slot = argc + c.kwOnlyCount;
        if (varargs) {
            Object[] extra = new Object[Math.max(0, npos - argc)];
            System.arraycopy(args, nPlain, extra, 0, extra.length);
            locals[slot++] = PyTuple.of(extra);
        } else if (npos > argc) {
            throw tooManyPositional(f, npos, nkw, kwnames, args);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[slot] = kwdict;
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[npos + k];
            int idx = -1;
            for (int i = c.posOnlyCount; i < argc + c.kwOnlyCount; i++) {
                if (c.varNames[i].equals(name)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(name, value);
                    continue;
                }
                for (int i = 0; i < c.posOnlyCount; i++) {
                    if (c.varNames[i].equals(name)) {
                        throw Py.typeError(f.qualname + "() got some positional-only arguments passed as keyword "
                                + "arguments: '" + name + "'");
                    }
                }
                throw Py.typeError(f.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (locals[idx] != null) {
                throw Py.typeError(f.qualname + "() got multiple values for argument '" + name + "'");
            }
            locals[idx] = value;
        }
        // defaults for positional parameters
        Object[] defaults = f.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = 0; i < argc; i++) {
            if (locals[i] == null) {
                int d = i - (argc - ndef);
                if (d >= 0) {
                    locals[i] = defaults[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(c.varNames[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(f, missing, "positional");
        }
        for (int i = argc; i < argc + c.kwOnlyCount; i++) {
            if (locals[i] == null) {
                Object d = f.kwDefaults == null ? null : f.kwDefaults.get(c.varNames[i]);
                if (d != null) {
                    locals[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(c.varNames[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(f, missing, "keyword-only");
        }
    }

    private static RuntimeException missing(PyFunction f, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Py.typeError(f.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static RuntimeException tooManyPositional(PyFunction f, int npos, int nkw, String[] kwnames,
                                                      Object[] args) {
        Code c = f.code;
        int argc = c.argCount;
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        String takes;
        if (ndef > 0) {
            takes = "from " + (argc - ndef) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        int kwGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int i = argc; i < argc + c.kwOnlyCount; i++) {
                if (c.varNames[i].equals(kwnames[k])) {
                    kwGiven++;
                }
            }
        }
        String given = npos + (kwGiven > 0 ? " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwGiven
                + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")" : "");
        String verb = npos == 1 && kwGiven == 0 ? "was" : "were";
        return Py.typeError(f.qualname + "() takes " + takes + " but " + given + " " + verb + " given");
    }
}
