package dev.loopscope.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scope of CPython's symtable: where each name of a module, class or function lives. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached, as CPython's compiler_nameop decides. */
    enum Sym { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME, CLASS_FREE }

    final Kind kind;
    final String name;
    final Scope parent;
    final Ast.Node node;
    final List<Scope> children = new ArrayList<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Map<String, Sym> syms = new LinkedHashMap<>();
    final List<String> cellVars = new ArrayList<>();
    final List<String> freeVars = new ArrayList<>();
    boolean isAsync;
    boolean isGenerator;
    boolean hasAwait;
    boolean isComprehension;
    /** A class body whose methods use super() or __class__. */
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent, Ast.Node node) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    Sym sym(String n) {
        Sym s = syms.get(n);
        if (s != null) {
            return s;
        }
        return kind == Kind.FUNCTION ? Sym.GLOBAL_IMPLICIT : Sym.NAME;
    }

    /** Resolves every scope below (and including) this one; {@code enclosing} holds the names
     * bound in enclosing function scopes. */
    void analyze(Set<String> enclosing) {
        Set<String> visible = new LinkedHashSet<>(enclosing);
        if (kind == Kind.FUNCTION) {
            for (String n : params) {
                if (!globals.contains(n)) {
                    visible.add(n);
                }
            }
            for (String n : bound) {
                if (!globals.contains(n)) {
                    visible.add(n);
                }
            }
            visible.removeAll(globals);
        } else if (kind == Kind.CLASS) {
            visible.add("__class__");
        } else {
            visible.clear();
        }
        Set<String> childFree = new LinkedHashSet<>();
        for (Scope c : children) {
            c.analyze(visible);
            childFree.addAll(c.freeVars);
        }
        Set<String> all = new LinkedHashSet<>();
        all.addAll(params);
        all.addAll(bound);
        all.addAll(used);
        all.addAll(nonlocals);
        all.addAll(childFree);
        for (String n : all) {
            syms.put(n, classify(n, enclosing, childFree));
        }
        for (Map.Entry<String, Sym> e : syms.entrySet()) {
            if (e.getValue() == Sym.CELL) {
                cellVars.add(e.getKey());
            } else if (e.getValue() == Sym.FREE || e.getValue() == Sym.CLASS_FREE) {
                freeVars.add(e.getKey());
            }
        }
    }

    private Sym classify(String n, Set<String> enclosing, Set<String> childFree) {
        switch (kind) {
            case MODULE:
                return Sym.NAME;
            case CLASS:
                if (n.equals("__class__") && childFree.contains(n)) {
                    needsClassCell = true;
                    return Sym.CELL;
                }
                if (globals.contains(n)) {
                    return Sym.GLOBAL_EXPLICIT;
                }
                if (childFree.contains(n) && enclosing.contains(n)) {
                    return Sym.CLASS_FREE;
                }
                if (!bound.contains(n) && enclosing.contains(n)) {
                    return Sym.CLASS_FREE;
                }
                return Sym.NAME;
            default:
                if (globals.contains(n)) {
                    return Sym.GLOBAL_EXPLICIT;
                }
                if (nonlocals.contains(n)) {
                    return Sym.FREE;
                }
                if (params.contains(n) || bound.contains(n)) {
                    return childFree.contains(n) ? Sym.CELL : Sym.LOCAL;
                }
                if (enclosing.contains(n)) {
                    return Sym.FREE;
                }
                return Sym.GLOBAL_IMPLICIT;
        }
    }
}
