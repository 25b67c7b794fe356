package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A Python class: builtin (methods in Java) or defined by a scenario. */
public final class PyType extends PyObject {
    /** Creates the bare instance for {@code type.__new__}; inherited from the nearest builtin base. */
    public interface Allocator extends Function<PyType, Object> {
    }

    private String name;
    private String qualname;
    private final String module;
    private final List<PyType> bases;
    private final PyType[] mro;
    private final Map<String, Object> dict;
    private final boolean builtin;
    private Allocator allocator;
    /** Builtin methods not in the dict yet: they go in at the dict's first use (see {@link #installOnFirstUse}). */
    private volatile Runnable pendingMethods;
    /** Cached: whether instances of this class define __eq__/__hash__ in Python. */
    private Boolean pyEq;

    public PyType(String name, String module, List<PyType> bases, Map<String, Object> dict, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.bases = List.copyOf(bases);
        this.dict = dict;
        this.builtin = builtin;
        this.mro = computeMro(this, this.bases);
        for (PyType t : mro) {
            if (t.allocator != null && t != this) {
                this.allocator = t.allocator;
                break;
            }
        }
    }

    public static PyType builtin(String name, PyType... bases) {
        return new PyType(name, "builtins", List.of(bases), new LinkedHashMap<>(), true);
    }

    @Override
    public PyType type() {
        return Builtins.TYPE;
    }

    @Override
    public Map<String, Object> dict() {
        Runnable pending = pendingMethods;
        if (pending != null) {
            pending.run();
        }
        return dict;
    }

    /**
     * Defers the installation of builtin methods until this type's dict is first used. Linking a
     * method body costs a fresh JVM about 0.14 ms (measured), and most runs never look at the methods
     * of str, set or range. {@code install} must be idempotent and clear the pending installation.
     */
    void installOnFirstUse(Runnable install) {
        pendingMethods = install;
    }

    void installed() {
        pendingMethods = null;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String module() {
        Object m = dict().get("__module__");
        return m instanceof String s ? s : module;
    }

    public List<PyType> bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Allocator allocator() {
        return allocator;
    }

    public PyType withAllocator(Allocator allocator) {
        this.allocator = allocator;
        return this;
    }

    /** Looks a name up along the MRO, as {@code _PyType_Lookup}; null when absent. */
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.dict().get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public boolean definesPyEquality() {
        if (pyEq == null) {
            Object eq = lookup("__eq__");
            Object hash = lookup("__hash__");
            pyEq = (eq != null && !(eq instanceof PyBuiltinFunction))
                    || (hash != null && !(hash instanceof PyBuiltinFunction));
        }
        return pyEq;
    }

    public void invalidateCaches() {
        pyEq = null;
        slots = null;
    }

    private java.util.Set<String> slots;
    private static final java.util.Set<String> NO_RESTRICTION = java.util.Set.of("__dict__");

    /**
     * The attribute names instances may have when every class of the MRO declares __slots__
     * (CPython gives such instances no __dict__), or null when they may have any.
     */
    public java.util.Set<String> slotNames() {
        if (slots == null) {
            java.util.Set<String> all = new java.util.HashSet<>();
            boolean scenarioClass = false;
            for (PyType t : mro) {
                if (t.builtin) {
                    continue;
                }
                scenarioClass = true;
                Object decl = t.dict().get("__slots__");
                if (decl == null) {
                    all = null;
                    break;
                }
                if (decl instanceof String one) {
                    all.add(one);
                } else {
                    for (Object n : Py.toList(decl)) {
                        all.add(Py.str(n));
                    }
                }
            }
            slots = !scenarioClass || all == null || all.contains("__dict__") ? NO_RESTRICTION : all;
        }
        return slots == NO_RESTRICTION ? null : slots;
    }

    public void put(String attr, Object value) {
        dict().put(attr, value); // after any pending builtin methods, which must not overwrite it
    }

    /** C3 linearisation, with CPython's error message for an inconsistent hierarchy. */
    private static PyType[] computeMro(PyType self, List<PyType> bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(bases));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(b.name);
                }
                throw Py.typeError("Cannot create a consistent method resolution order (MRO) for bases " + names);
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    static Map<String, Object> newDict() {
        return new HashMap<>();
    }
}
