package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;

/** Index and slice arithmetic shared by str, list, tuple, range and deque. */
public final class Sequences {
    private Sequences() {
    }

    public static boolean isIndex(Object key) {
        return key instanceof Long || key instanceof Boolean || key instanceof java.math.BigInteger
                || (key instanceof PyInstance && Py.lookupSpecial(key, "__index__") != null);
    }

    /** A normalised item index; {@code what} names the sequence in messages ("list", "tuple"). */
    public static int index(Object key, int length, String what) {
        if (!isIndex(key)) {
            if (what.equals("string")) {
                throw Py.typeError("string indices must be integers, not '" + Py.typeName(key) + "'");
            }
            throw Py.typeError(what + " indices must be integers or slices, not " + Py.typeName(key));
        }
        long i;
        if (key instanceof java.math.BigInteger) {
            throw Py.raise(Builtins.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        i = Py.index(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Py.raise(Builtins.INDEX_ERROR, what + " index out of range");
        }
        return (int) i;
    }

    public static List<Object> slice(List<Object> src, PySlice s) {
        long[] ix = s.indices(src.size());
        List<Object> out = new ArrayList<>((int) ix[3]);
        if (ix[2] == 1) {
            if (ix[3] > 0) {
                out.addAll(src.subList((int) ix[0], (int) ix[1]));
            }
            return out;
        }
        long p = ix[0];
        for (long k = 0; k < ix[3]; k++, p += ix[2]) {
            out.add(src.get((int) p));
        }
        return out;
    }

    public static List<Object> slice(Object[] src, PySlice s) {
        return slice(java.util.Arrays.asList(src), s);
    }

    /** Code points of a string, for indexing strings with characters outside the BMP. */
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static String sliceString(String s, PySlice sl) {
        if (!hasSurrogates(s)) {
            long[] ix = sl.indices(s.length());
            if (ix[2] == 1) {
                return ix[3] > 0 ? s.substring((int) ix[0], (int) ix[1]) : "";
            }
            StringBuilder sb = new StringBuilder((int) ix[3]);
            long p = ix[0];
            for (long k = 0; k < ix[3]; k++, p += ix[2]) {
                sb.append(s.charAt((int) p));
            }
            return sb.toString();
        }
        int[] cps = codePoints(s);
        long[] ix = sl.indices(cps.length);
        StringBuilder sb = new StringBuilder();
        long p = ix[0];
        for (long k = 0; k < ix[3]; k++, p += ix[2]) {
            sb.appendCodePoint(cps[(int) p]);
        }
        return sb.toString();
    }

    public static String charAt(String s, Object key) {
        if (!hasSurrogates(s)) {
            int i = index(key, s.length(), "string");
            return String.valueOf(s.charAt(i));
        }
        int[] cps = codePoints(s);
        int i = index(key, cps.length, "string");
        return new String(Character.toChars(cps[i]));
    }

    /** {@code obj[key]} for the builtin sequences and mappings, else through __getitem__. */
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                return new PyList(slice(l.items, s));
            }
            return l.items.get(index(key, l.items.size(), "list"));
        }
        if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return PyTuple.of(slice(t.items, s));
            }
            return t.items[index(key, t.items.length, "tuple")];
        }
        if (obj instanceof String s) {
            if (key instanceof PySlice sl) {
                return sliceString(s, sl);
            }
            return charAt(s, key);
        }
        if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                throw CallArgs.keyError(key);
            }
            return v;
        }
        Object m = Py.lookupSpecial(obj, "__getitem__");
        if (m == null) {
            if (obj instanceof PyType t) {
                Object cg = t.lookup("__class_getitem__");
                if (cg != null) {
                    return Py.call(Py.getAttr(t, "__class_getitem__"), new Object[]{key}, null);
                }
                if (t.isBuiltin()) {
                    return t; // list[int] and friends: annotations only, so the alias is the type itself
                }
                throw Py.typeError("type '" + t.name() + "' is not subscriptable");
            }
            throw Py.typeError("'" + Py.typeName(obj) + "' object is not subscriptable");
        }
        return Py.call(m, new Object[]{key}, null);
    }

    /** {@code obj[key] = value}. */
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        Object m = Py.lookupSpecial(obj, "__setitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(obj) + "' object does not support item assignment");
        }
        Py.call(m, new Object[]{key, value}, null);
    }

    /** {@code del obj[key]}. */
    public static void delItem(Object obj, Object key) {
        Object m = Py.lookupSpecial(obj, "__delitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(obj) + "' object doesn't support item deletion");
        }
        Py.call(m, new Object[]{key}, null);
    }
}
