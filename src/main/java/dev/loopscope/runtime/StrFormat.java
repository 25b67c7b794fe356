package dev.loopscope.runtime;

import java.util.Map;

/** str.format and str.format_map: CPython's Objects/stringlib/unicode_format.h. */
final class StrFormat {
    private StrFormat() {
    }

    private static final class State {
        final Object[] args;
        final Object kwargs;
        int auto = 0;
        /** 0 unknown, 1 automatic, 2 manual. */
        int mode = 0;

        State(Object[] args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    static String format(String template, Object[] args, Map<String, Object> kwargs) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return render(template, new State(args, d), 2);
    }

    static String formatMap(String template, Object mapping) {
        return render(template, new State(new Object[0], mapping), 2);
    }

    private static String render(String s, State st, int depth) {
        if (depth < 0) {
            throw Py.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Py.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // a replacement field: find its end, honouring nested braces
            int j = i + 1;
            int level = 1;
            int fieldEnd = -1;
            while (j < n) {
                char d = s.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                    if (level == 0) {
                        fieldEnd = j;
                        break;
                    }
                }
                j++;
            }
            if (fieldEnd < 0) {
                if (i + 1 >= n) {
                    throw Py.valueError("Single '{' encountered in format string");
                }
                throw Py.valueError("expected '}' before end of string");
            }
            out.append(field(s.substring(i + 1, fieldEnd), st, depth));
            i = fieldEnd + 1;
        }
        return out.toString();
    }

    private static String field(String f, State st, int depth) {
        // split name [!conv] [:spec]; the name ends at the first '!' or ':' outside brackets
        int k = 0;
        int bracket = 0;
        while (k < f.length()) {
            char c = f.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && (c == '!' || c == ':')) {
                break;
            }
            k++;
        }
        String name = f.substring(0, k);
        Character conv = null;
        String spec = "";
        if (k < f.length() && f.charAt(k) == '!') {
            if (k + 1 >= f.length()) {
                throw Py.valueError("unmatched '{' in format spec");
            }
            conv = f.charAt(k + 1);
            k += 2;
            if (k < f.length() && f.charAt(k) != ':') {
                throw Py.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < f.length() && f.charAt(k) == ':') {
            spec = f.substring(k + 1);
        }
        Object value = lookup(name, st);
        if (conv != null) {
            switch (conv) {
                case 'r' -> value = Py.repr(value);
                case 's' -> value = Py.str(value);
                case 'a' -> value = CoreFunctions.ascii(Py.repr(value));
                default -> throw Py.valueError("Unknown conversion specifier " + conv);
            }
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, st, depth - 1);
        }
        return Formatting.format(value, spec);
    }

    private static Object lookup(String name, State st) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (st.mode == 2) {
                throw Py.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.mode = 1;
            value = positional(st, st.auto++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (st.mode == 1) {
                throw Py.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.mode = 2;
            value = positional(st, Integer.parseInt(first));
        } else {
            if (st.kwargs instanceof PyDict d) {
                value = d.get(first);
                if (value == null) {
                    throw CallArgs.keyError(first);
                }
            } else {
                value = Sequences.getItem(st.kwargs, first);
            }
        }
        while (k < name.length()) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                String attr = name.substring(k + 1, e);
                if (attr.isEmpty()) {
                    throw Py.valueError("Empty attribute in format string");
                }
                value = Py.getAttr(value, attr);
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw Py.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw Py.valueError("Empty attribute in format string");
                }
                Object keyObj = key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key) : key;
                value = Sequences.getItem(value, keyObj);
                k = e + 1;
                if (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw Py.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Py.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static Object positional(State st, int i) {
        if (i >= st.args.length) {
            throw Py.raise(Builtins.INDEX_ERROR, "Replacement index " + i + " out of range for positional args tuple");
        }
        return st.args[i];
    }
}
