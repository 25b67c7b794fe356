package dev.loopscope.runtime;


import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** except and except*: matching, splitting groups, and what is re-raised (CPython's exceptions.c). */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean matches(Object exc, Object type) {
        checkCatchable(type, false);
        return isInstance(exc, type);
    }

    private static boolean isInstance(Object exc, Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) {
                if (isInstance(exc, x)) {
                    return true;
                }
            }
            return false;
        }
        return Py.typeOf(exc).isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(Object type, boolean star) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) {
                checkCatchable(x, star);
            }
            return;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Builtins.BASE_EXCEPTION)) {
            throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && pt.isSubtypeOf(Builtins.BASE_EXCEPTION_GROUP)) {
            throw Py.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    public static Object wrap(PyBaseException exc) {
        return exc;
    }

    static boolean isGroup(Object e) {
        return e instanceof PyBaseException b && b.type().isSubtypeOf(Builtins.BASE_EXCEPTION_GROUP);
    }

    static List<Object> members(PyBaseException group) {
        return Py.toList(group.args.items[1]);
    }

    /** Splits {@code rest} by {@code type}: {match or None, rest or None}. */
    public static Object[] split(Object rest, Object type) {
        checkCatchable(type, true);
        if (rest == Py.None) {
            return new Object[]{Py.None, Py.None};
        }
        PyBaseException e = (PyBaseException) rest;
        if (!isGroup(e)) {
            if (isInstance(e, type)) {
                return new Object[]{newGroup("", List.of(e)), Py.None};
            }
            return new Object[]{Py.None, e};
        }
        Object[] parts = splitGroup(e, type);
        return new Object[]{parts[0] == null ? Py.None : parts[0], parts[1] == null ? Py.None : parts[1]};
    }

    private static Object[] splitGroup(PyBaseException eg, Object type) {
        if (type instanceof PyType t && !t.isSubtypeOf(Builtins.BASE_EXCEPTION) || Py.isCallable(type)
                && !(type instanceof PyType) && !(type instanceof PyTuple)) {
            return splitByPredicate(eg, type);
        }
        if (isInstance(eg, type)) {
            return new Object[]{eg, null};
        }
        List<Object> match = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object m : members(eg)) {
            PyBaseException x = (PyBaseException) m;
            if (isGroup(x)) {
                Object[] p = splitGroup(x, type);
                if (p[0] != null) {
                    match.add(p[0]);
                }
                if (p[1] != null) {
                    rest.add(p[1]);
                }
            } else if (isInstance(x, type)) {
                match.add(x);
            } else {
                rest.add(x);
            }
        }
        return new Object[]{match.isEmpty() ? null : derive(eg, match), rest.isEmpty() ? null : derive(eg, rest)};
    }

    private static Object[] splitByPredicate(PyBaseException eg, Object pred) {
        if (Py.truthy(Py.call(pred, eg))) {
            return new Object[]{eg, null};
        }
        List<Object> match = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object m : members(eg)) {
            PyBaseException x = (PyBaseException) m;
            if (isGroup(x)) {
                Object[] p = splitByPredicate(x, pred);
                if (p[0] != null) {
                    match.add(p[0]);
                }
                if (p[1] != null) {
                    rest.add(p[1]);
                }
            } else if (Py.truthy(Py.call(pred, x))) {
                match.add(x);
            } else {
                rest.add(x);
            }
        }
        return new Object[]{match.isEmpty() ? null : derive(eg, match), rest.isEmpty() ? null : derive(eg, rest)};
    }

    /** BaseExceptionGroup.split(type): (match or None, rest or None). */
    public static PyTuple splitMethod(PyBaseException eg, Object type) {
        Object[] p = splitGroup(eg, type);
        return PyTuple.of(p[0] == null ? Py.None : p[0], p[1] == null ? Py.None : p[1]);
    }

    /** eg.derive(excs) with the metadata split() copies. */
    private static PyBaseException derive(PyBaseException eg, List<Object> excs) {
        Object derived = Py.call(Py.getAttr(eg, "derive"), new Object[]{new PyList(excs)}, null);
        PyBaseException d = (PyBaseException) derived;
        d.cause = eg.cause;
        d.context = eg.context;
        d.suppressContext = eg.suppressContext;
        return d;
    }

    public static PyBaseException newGroup(String message, List<Object> excs) {
        boolean allExceptions = excs.stream().allMatch(x -> Py.typeOf(x).isSubtypeOf(Builtins.EXCEPTION));
        PyType t = allExceptions ? Builtins.EXCEPTION_GROUP : Builtins.BASE_EXCEPTION_GROUP;
        PyBaseException g = (PyBaseException) t.allocator().apply(t);
        g.args = PyTuple.of(message, new PyList(excs));
        return g;
    }

    /** What an except* statement re-raises: CPython's _PyExc_PrepReraiseStar. */
    public static Object prepReraise(PyBaseException orig, List<Object> excs) {
        if (excs.isEmpty()) {
            return Py.None;
        }
        if (!isGroup(orig)) {
            return excs.get(0);
        }
        List<Object> raised = new ArrayList<>();
        List<Object> reraised = new ArrayList<>();
        for (Object e : excs) {
            PyBaseException x = (PyBaseException) e;
            if (x.cause == orig.cause && x.context == orig.context && isGroup(x)) {
                reraised.add(x);
            } else {
                raised.add(x);
            }
        }
        Set<Object> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object r : reraised) {
            collectLeaves((PyBaseException) r, leaves);
        }
        PyBaseException reraisedEg = leaves.isEmpty() ? null : project(orig, leaves);
        if (raised.isEmpty()) {
            return reraisedEg == null ? Py.None : reraisedEg;
        }
        if (reraisedEg != null) {
            raised.add(reraisedEg);
        }
        return newGroup("", raised);
    }

    private static void collectLeaves(PyBaseException e, Set<Object> out) {
        if (isGroup(e)) {
            for (Object m : members(e)) {
                collectLeaves((PyBaseException) m, out);
            }
        } else {
            out.add(e);
        }
    }

    private static PyBaseException project(PyBaseException e, Set<Object> keep) {
        if (!isGroup(e)) {
            return keep.contains(e) ? e : null;
        }
        List<Object> kept = new ArrayList<>();
        boolean all = true;
        for (Object m : members(e)) {
            PyBaseException p = project((PyBaseException) m, keep);
            if (p != null) {
                kept.add(p);
            }
            all &= p == m;
        }
        if (kept.isEmpty()) {
            return null;
        }
        return all ? e : derive(e, kept);
    }
}
