package dev.loopscope.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Binary operators and rich comparison, with CPython's dispatch and error messages. */
public final class Ops {
    private Ops() {
    }

    // binary operators, in the order of Ast.BinOpKind
    public static final int ADD = 0, SUB = 1, MUL = 2, MATMUL = 3, DIV = 4, MOD = 5, POW = 6, LSHIFT = 7,
            RSHIFT = 8, OR = 9, XOR = 10, AND = 11, FLOORDIV = 12;
    private static final String[] SYMBOL = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^",
            "&", "//"};
    private static final String[] DUNDER = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift",
            "rshift", "or", "xor", "and", "floordiv"};
    private static final String[] INPLACE_DUNDER = new String[DUNDER.length];

    static {
        for (int i = 0; i < DUNDER.length; i++) {
            INPLACE_DUNDER[i] = "__i" + DUNDER[i] + "__";
        }
    }

    // comparisons
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static Object binary(int op, Object a, Object b, boolean inplace) {
        if (a instanceof Long x && b instanceof Long y) {
            Object r = Numbers.longOp(op, x, y);
            if (r != null) {
                return r;
            }
        }
        // numbers, str and tuple have no in-place methods: `total += x` is their binary operator
        if (inplace && !(a instanceof Double || a instanceof Long || a instanceof String || a instanceof PyTuple
                || a instanceof Boolean || a instanceof BigInteger)) {
            Object r = inplaceBuiltin(op, a, b);
            if (r != null) {
                return r;
            }
            Object m = Py.lookupSpecial(a, INPLACE_DUNDER[op]);
            if (m != null) {
                r = Py.call(m, new Object[]{b}, null);
                if (r != Py.NotImplemented) {
                    return r;
                }
            }
        }
        Object r = Numbers.numericOp(op, a, b);
        if (r != null) {
            return r;
        }
        r = sequenceOp(op, a, b);
        if (r != null) {
            return r;
        }
        return dunderBinary(op, a, b);
    }

    private static Object inplaceBuiltin(int op, Object a, Object b) {
        if (a instanceof PyList l) {
            if (op == ADD) {
                l.items.addAll(Py.toList(b));
                return l;
            }
            if (op == MUL && Py.isInt(b)) {
                long n = Py.index(b);
                List<Object> copy = new ArrayList<>(l.items);
                l.items.clear();
                for (long i = 0; i < n; i++) {
                    l.items.addAll(copy);
                }
                return l;
            }
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet) {
            Object r = SetOps.inplace(op, s, (PySet) b);
            if (r != null) {
                return s;
            }
        }
        if (a instanceof PyDict d && op == OR && b instanceof PyDict e) {
            for (var en : e.entries()) {
                d.put(en.getKey(), en.getValue());
            }
            return d;
        }
        return null;
    }

    private static Object sequenceOp(int op, Object a, Object b) {
        if (a instanceof byte[] || b instanceof byte[]) {
            Object m = Py.lookupSpecial(a, "__" + DUNDER[op] + "__");
            Object r = m == null ? Py.NotImplemented : Py.call(m, new Object[]{b}, null);
            return r == Py.NotImplemented ? null : r;
        }
        if (op == ADD) {
            if (a instanceof String x) {
                if (b instanceof String y) {
                    if ((long) x.length() + y.length() > MAX_STR) {
                        throw Py.raise(Builtins.MEMORY_ERROR, "");
                    }
                    return x.concat(y);
                }
                if (!(b instanceof PyInstance)) {
                    throw Py.typeError("can only concatenate str (not \"" + Py.typeName(b) + "\") to str");
                }
            }
            if (a instanceof PyList x) {
                if (b instanceof PyList y) {
                    PyList r = new PyList(x.items);
                    r.items.addAll(y.items);
                    return r;
                }
                if (!(b instanceof PyInstance)) {
                    throw Py.typeError("can only concatenate list (not \"" + Py.typeName(b) + "\") to list");
                }
            }
            if (a instanceof PyTuple x) {
                if (b instanceof PyTuple y) {
                    Object[] r = new Object[x.items.length + y.items.length];
                    System.arraycopy(x.items, 0, r, 0, x.items.length);
                    System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                    return new PyTuple(r);
                }
                if (!(b instanceof PyInstance)) {
                    throw Py.typeError("can only concatenate tuple (not \"" + Py.typeName(b) + "\") to tuple");
                }
            }
        }
        if (op == MUL) {
            boolean aSeq = a instanceof String || a instanceof PyList || a instanceof PyTuple;
            boolean bSeq = b instanceof String || b instanceof PyList || b instanceof PyTuple;
            if (Py.isInt(b) && aSeq) {
                return repeat(a, Py.index(b));
            }
            if (Py.isInt(a) && bSeq) {
                return repeat(b, Py.index(a));
            }
            if (aSeq && !(b instanceof PyInstance)) {
                throw Py.typeError("can't multiply sequence by non-int of type '" + Py.typeName(b) + "'");
            }
            if (bSeq && !(a instanceof PyInstance)) {
                throw Py.typeError("can't multiply sequence by non-int of type '" + Py.typeName(a) + "'");
            }
        }
        if (op == MOD && a instanceof String s) {
            return Formatting.percent(s, b);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetOps.binary(op, x, y);
        }
        if (op == OR && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict r = new PyDict();
            for (var e : x.entries()) {
                r.put(e.getKey(), e.getValue());
            }
            for (var e : y.entries()) {
                r.put(e.getKey(), e.getValue());
            }
            return r;
        }
        return null;
    }

    /** LoopScope's memory budget for one string (CPython would only fail at the machine's limit). */
    static final long MAX_STR = 200_000_000L;

    private static Object repeat(Object seq, long n) {
        if (n < 0) {
            n = 0;
        }
        if (seq instanceof String s) {
            if ((long) s.length() * n > MAX_STR) {
                throw Py.raise(Builtins.MEMORY_ERROR, "");
            }
            return s.repeat((int) n);
        }
        List<Object> src = seq instanceof PyList l ? l.items : List.of(((PyTuple) seq).items);
        if ((long) src.size() * n > 50_000_000L) {
            throw Py.raise(Builtins.MEMORY_ERROR, "");
        }
        ArrayList<Object> out = new ArrayList<>((int) (src.size() * n));
        for (long i = 0; i < n; i++) {
            out.addAll(src);
        }
        return seq instanceof PyList ? new PyList(out, true) : PyTuple.of(out);
    }

    private static Object dunderBinary(int op, Object a, Object b) {
        PyType ta = Py.typeOf(a);
        PyType tb = Py.typeOf(b);
        String name = "__" + DUNDER[op] + "__";
        String rname = "__r" + DUNDER[op] + "__";
        boolean tryReflectedFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookup(rname) != null;
        if (tryReflectedFirst) {
            Object r = callIfPresent(b, rname, a);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        Object r = callIfPresent(a, name, b);
        if (r != Py.NotImplemented) {
            return r;
        }
        if (!tryReflectedFirst && tb != ta) {
            r = callIfPresent(b, rname, a);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        throw Py.typeError("unsupported operand type(s) for " + SYMBOL[op] + ": '" + ta.name() + "' and '"
                + tb.name() + "'");
    }

    private static Object callIfPresent(Object self, String name, Object arg) {
        if (!(self instanceof PyInstance) && !(self instanceof PyType)) {
            return Py.NotImplemented;
        }
        Object m = Py.lookupSpecial(self, name);
        if (m == null) {
            return Py.NotImplemented;
        }
        return Py.call(m, new Object[]{arg}, null);
    }

    // ---------------------------------------------------------------------------- comparison

    public static boolean compareBool(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) {
            long p = x, q = y;
            switch (op) {
                case LT: return p < q;
                case LE: return p <= q;
                case EQ: return p == q;
                case NE: return p != q;
                case GT: return p > q;
                default: return p >= q;
            }
        }
        return Py.truthy(richCompare(a, b, op));
    }

    public static Object richCompare(Object a, Object b, int op) {
        if (Py.isNumber(a) && Py.isNumber(b)) {
            int c = Numbers.compare(a, b);
            if (c == Numbers.UNORDERED) {
                return op == NE;
            }
            return test(c, op);
        }
        if (a instanceof String x && b instanceof String y) {
            return test(x.compareTo(y) == 0 ? 0 : compareCodePoints(x, y), op);
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            return compareSequences(a, b, op);
        }
        if (op == EQ || op == NE) {
            Object r = tryUserCompare(a, b, op);
            if (r != Py.NotImplemented) {
                return r;
            }
            boolean same;
            if (a instanceof PyDict || a instanceof PySet || a instanceof PyList || a instanceof PyTuple
                    || a instanceof byte[]) {
                same = a instanceof byte[] x && b instanceof byte[] y ? java.util.Arrays.equals(x, y) : a.equals(b);
            } else if (a instanceof PyBoundMethod) {
                same = a.equals(b);
            } else if (a instanceof PyRange x && b instanceof PyRange y) {
                same = RangeMethods.sameRange(x, y);
            } else {
                same = a == b;
            }
            return op == EQ ? same : !same;
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetOps.compare(x, y, op);
        }
        Object r = tryUserCompare(a, b, op);
        if (r != Py.NotImplemented) {
            return r;
        }
        throw Py.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + Py.typeName(a)
                + "' and '" + Py.typeName(b) + "'");
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static Object tryUserCompare(Object a, Object b, int op) {
        PyType ta = Py.typeOf(a);
        PyType tb = Py.typeOf(b);
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta);
        if (reflectedFirst) {
            Object r = callIfPresent(b, CMP_DUNDER[CMP_SWAPPED[op]], a);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        Object r = callIfPresent(a, CMP_DUNDER[op], b);
        if (r != Py.NotImplemented) {
            return r;
        }
        if (!reflectedFirst) {
            r = callIfPresent(b, CMP_DUNDER[CMP_SWAPPED[op]], a);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        if (op == NE && (a instanceof PyInstance)) {
            Object eq = callIfPresent(a, "__eq__", b);
            if (eq != Py.NotImplemented) {
                return !Py.truthy(eq);
            }
        }
        return Py.NotImplemented;
    }

    private static boolean test(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    private static Object compareSequences(Object a, Object b, int op) {
        List<Object> x = a instanceof PyList l ? l.items : List.of(((PyTuple) a).items);
        List<Object> y = b instanceof PyList l ? l.items : List.of(((PyTuple) b).items);
        if ((op == EQ || op == NE) && x.size() != y.size()) {
            return op == NE;
        }
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            if (p == q || Py.eq(p, q)) {
                continue;
            }
            if (op == EQ) {
                return false;
            }
            if (op == NE) {
                return true;
            }
            return richCompare(p, q, op);
        }
        return test(Integer.compare(x.size(), y.size()), op);
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw Py.typeError("'in <string>' requires string as left operand, not " + Py.typeName(item));
            }
            return s.contains(t);
        }
        if (container instanceof PyList l) {
            for (Object o : l.items) {
                if (o == item || Py.eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object o : t.items) {
                if (o == item || Py.eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r && Py.isInt(item)) {
            long v = Py.index(item);
            long n = r.length();
            if (n == 0) {
                return false;
            }
            long off = v - r.start;
            if (off % r.step != 0) {
                return false;
            }
            long i = off / r.step;
            return i >= 0 && i < n;
        }
        Object m = Py.lookupSpecial(container, "__contains__");
        if (m != null) {
            return Py.truthy(Py.call(m, new Object[]{item}, null));
        }
        Object it = Py.iter(container);
        for (Object o = Py.next(it); o != null; o = Py.next(it)) {
            if (o == item || Py.eq(o, item)) {
                return true;
            }
        }
        return false;
    }

    public static Object negate(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return Py.normalize(b.negate());
        }
        return unaryDunder(a, "__neg__", "-");
    }

    public static Object positive(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return unaryDunder(a, "__pos__", "+");
    }

    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        }
        if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
            return Py.normalize(b.not());
        }
        return unaryDunder(a, "__invert__", "~");
    }

    private static Object unaryDunder(Object a, String name, String sym) {
        Object m = a instanceof PyInstance ? Py.lookupSpecial(a, name) : null;
        if (m == null) {
            throw Py.typeError("bad operand type for unary " + sym + ": '" + Py.typeName(a) + "'");
        }
        return Py.call(m, new Object[0], null);
    }
}
