package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;

import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds the scopes of a module (CPython's symtable.c): which names each function binds, uses,
 * declares global or nonlocal, and which it shares with inner functions through cells.
 */
final class Symtable {
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Refusals refusals;
    private Scope cur;

    private Symtable(Refusals refusals) {
        this.refusals = refusals;
    }

    static Symtable build(Ast.Module m, Refusals refusals) {
        Symtable st = new Symtable(refusals);
        st.cur = new Scope(Scope.Kind.MODULE, "<module>", null, m);
        st.scopes.put(m, st.cur);
        st.stmts(m.body());
        st.cur.analyze(new LinkedHashSet<>());
        st.checkNonlocals(st.cur);
        refusals.finish(st);
        return st;
    }

    Scope of(Node n) {
        return scopes.get(n);
    }

    private void checkNonlocals(Scope s) {
        for (String n : s.nonlocals) {
            Scope p = s.parent;
            boolean found = false;
            while (p != null) {
                if (p.kind == Scope.Kind.FUNCTION && (p.params.contains(n) || p.bound.contains(n)
                        || p.nonlocals.contains(n)) && !p.globals.contains(n)) {
                    found = true;
                    break;
                }
                p = p.parent;
            }
            if (!found) {
                throw refusals.syntax(s.node.span(), "no binding for nonlocal '" + n + "' found");
            }
        }
        for (Scope c : s.children) {
            checkNonlocals(c);
        }
    }

    // --------------------------------------------------------------------------- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void bind(String name) {
        cur.bound.add(name);
    }

    /**
     * How deep the tree may nest, counted from a top-level statement (CPython 3.11 stops compiling
     * a script at the same depth: its compiler's recursion limit is 3 x 1000 frames).
     */
    static final int MAX_DEPTH = 3000;
    private int depth;

    private Diagnostic.Failure tooDeep(Node n) {
        return refusals.recursion(n.span(), "maximum recursion depth exceeded during compilation");
    }

    private void stmt(Stmt s) {
        if (++depth > MAX_DEPTH) {
            throw tooDeep(s);
        }
        try {
            visitStmt(s);
        } finally {
            depth--;
        }
    }

    private void visitStmt(Stmt s) {
        if (s instanceof FunctionDef f) {
            for (Expr d : f.decorators()) {
                expr(d);
            }
            argDefaults(f.args());
            bind(f.name());
            Scope fs = new Scope(Scope.Kind.FUNCTION, f.name(), cur, f);
            fs.isAsync = f.isAsync();
            scopes.put(f, fs);
            Scope saved = cur;
            cur = fs;
            params(f.args());
            stmts(f.body());
            cur = saved;
            if (fs.isAsync && fs.isGenerator) {
                throw refusals.unsupported(f.span(), "async generators (yield inside async def) are not "
                        + "supported yet");
            }
        } else if (s instanceof ClassDef c) {
            for (Expr d : c.decorators()) {
                expr(d);
            }
            for (Expr b : c.bases()) {
                expr(b);
            }
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            bind(c.name());
            Scope cs = new Scope(Scope.Kind.CLASS, c.name(), cur, c);
            scopes.put(c, cs);
            Scope saved = cur;
            cur = cs;
            stmts(c.body());
            cur = saved;
        } else if (s instanceof Return r) {
            if (cur.kind != Scope.Kind.FUNCTION) {
                throw refusals.syntax(r.span(), "'return' outside function");
            }
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Name n) {
                cur.used.add(n.id());
            }
            target(a.target());
        } else if (s instanceof AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
            }
            if (cur.kind != Scope.Kind.FUNCTION) {
                expr(a.annotation());
            }
            if (a.value() != null || a.target() instanceof Name) {
                target(a.target());
            } else {
                expr(a.target());
            }
        } else if (s instanceof For f) {
            if (f.isAsync()) {
                requireAsync(f.span(), "'async for' outside async function");
            }
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orElse());
        } else if (s instanceof While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orElse());
        } else if (s instanceof If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orElse());
        } else if (s instanceof With w) {
            if (w.isAsync()) {
                requireAsync(w.span(), "'async with' outside async function");
            }
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                if (item.optionalVars() != null) {
                    target(item.optionalVars());
                }
            }
            stmts(w.body());
        } else if (s instanceof Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Try t) {
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    bind(h.name());
                }
                stmts(h.body());
            }
            stmts(t.orElse());
            stmts(t.finalBody());
        } else if (s instanceof Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Import im) {
            for (Alias al : im.names()) {
                refusals.checkModule(al.name(), al.span());
                String n = al.asName() != null ? al.asName() : al.name().split("\\.")[0];
                refusals.noteImport(al.name(), n);
                bind(n);
            }
        } else if (s instanceof ImportFrom im) {
            if (im.level() > 0) {
                throw refusals.unsupported(im.span(), "relative imports are not supported (a scenario is a "
                        + "single file)");
            }
            refusals.checkModule(im.module(), im.span());
            for (Alias al : im.names()) {
                if (al.name().equals("*")) {
                    throw refusals.unsupported(al.span(), "'from " + im.module() + " import *' is not "
                            + "supported; import the names you use");
                }
                if ("asyncio".equals(im.module())) {
                    refusals.checkAsyncioName(al.name(), al.span());
                }
                bind(al.asName() != null ? al.asName() : al.name());
            }
        } else if (s instanceof Global g) {
            for (String n : g.names()) {
                if (cur.params.contains(n)) {
                    throw refusals.syntax(g.span(), "name '" + n + "' is parameter and global");
                }
                if (cur.bound.contains(n) || cur.used.contains(n)) {
                    throw refusals.syntax(g.span(), "name '" + n + "' is " + (cur.bound.contains(n)
                            ? "assigned to" : "used") + " before global declaration");
                }
                cur.globals.add(n);
            }
        } else if (s instanceof Nonlocal nl) {
            if (cur.kind != Scope.Kind.FUNCTION) {
                throw refusals.syntax(nl.span(), "nonlocal declaration not allowed at module level");
            }
            for (String n : nl.names()) {
                if (cur.params.contains(n)) {
                    throw refusals.syntax(nl.span(), "name '" + n + "' is parameter and nonlocal");
                }
                if (cur.bound.contains(n) || cur.used.contains(n)) {
                    throw refusals.syntax(nl.span(), "name '" + n + "' is " + (cur.bound.contains(n)
                            ? "assigned to" : "used") + " before nonlocal declaration");
                }
                cur.nonlocals.add(n);
            }
        } else if (s instanceof ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Pass p) {
        } else if (s instanceof Break b) {
        } else if (s instanceof Continue c) {
        }
    }

    private void requireAsync(Span span, String message) {
        Scope s = cur;
        while (s.isComprehension && s.parent != null) {
            s = s.parent;
        }
        if (s.kind != Scope.Kind.FUNCTION || !s.isAsync) {
            throw refusals.syntax(span, message);
        }
        if (cur.isComprehension) {
            markComprehensionAsync();
        }
    }

    private void argDefaults(Arguments a) {
        for (Expr d : a.defaults()) {
            expr(d);
        }
        for (Expr d : a.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
    }

    private void params(Arguments a) {
        for (Arg p : a.posOnly()) {
            param(p);
        }
        for (Arg p : a.args()) {
            param(p);
        }
        if (a.varArg() != null) {
            param(a.varArg());
        }
        for (Arg p : a.kwOnly()) {
            param(p);
        }
        if (a.kwArg() != null) {
            param(a.kwArg());
        }
    }

    private void param(Arg p) {
        if (!cur.params.add(p.name())) {
            throw refusals.syntax(p.span(), "duplicate argument '" + p.name() + "' in function definition");
        }
    }

    private void target(Expr t) {
        if (t instanceof Name n) {
            bind(n.id());
        } else if (t instanceof TupleExpr tu) {
            tu.elts().forEach(this::target);
        } else if (t instanceof ListExpr l) {
            l.elts().forEach(this::target);
        } else if (t instanceof Starred s) {
            target(s.value());
        } else if (t instanceof Attribute a) {
            expr(a.value());
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else {
            throw refusals.syntax(t.span(), "cannot assign to expression");
        }
    }

    // --------------------------------------------------------------------------- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (++depth > MAX_DEPTH) {
            throw tooDeep(e);
        }
        try {
            visitExpr(e);
        } finally {
            depth--;
        }
    }

    private void visitExpr(Expr e) {
        if (e instanceof Name n) {
            cur.used.add(n.id());
            refusals.checkBuiltinUse(n);
            if (n.id().equals("super") || n.id().equals("__class__")) {
                cur.used.add("__class__");
            }
        } else if (e instanceof Constant c) {
        } else if (e instanceof BoolOp b) {
            exprs(b.values());
        } else if (e instanceof NamedExpr n) {
            expr(n.value());
            Scope s = cur;
            while (s.isComprehension) {
                s = s.parent;
            }
            if (s != cur) {
                if (s.kind == Scope.Kind.CLASS) {
                    throw refusals.syntax(n.span(), "assignment expression within a comprehension cannot be "
                            + "used in a class body");
                }
                s.bound.add(n.target().id());
                for (Scope c = cur; c != s; c = c.parent) {
                    if (s.kind == Scope.Kind.FUNCTION) {
                        c.nonlocals.add(n.target().id());
                    } else {
                        c.globals.add(n.target().id());
                    }
                }
            } else {
                bind(n.target().id());
            }
        } else if (e instanceof BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Lambda l) {
            argDefaults(l.args());
            Scope ls = new Scope(Scope.Kind.FUNCTION, "<lambda>", cur, l);
            scopes.put(l, ls);
            Scope saved = cur;
            cur = ls;
            params(l.args());
            expr(l.body());
            cur = saved;
        } else if (e instanceof IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orElse());
        } else if (e instanceof DictExpr d) {
            for (Expr k : d.keys()) {
                if (k != null) {
                    expr(k);
                }
            }
            exprs(d.values());
        } else if (e instanceof SetExpr s) {
            exprs(s.elts());
        } else if (e instanceof ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
        } else if (e instanceof GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()));
        } else if (e instanceof Await a) {
            Scope s = cur;
            while (s.isComprehension && s.parent != null && !(s.node instanceof GeneratorExp)) {
                s = s.parent;
            }
            if (s.kind != Scope.Kind.FUNCTION || !s.isAsync) {
                throw refusals.syntax(a.span(), "'await' outside " + (s.kind == Scope.Kind.FUNCTION
                        ? "async " : "") + "function");
            }
            cur.hasAwait = true;
            if (cur.isComprehension) {
                markComprehensionAsync();
            }
            expr(a.value());
        } else if (e instanceof Yield y) {
            yieldHere(y.span());
            if (y.value() != null) {
                expr(y.value());
            }
        } else if (e instanceof YieldFrom y) {
            yieldHere(y.span());
            if (cur.isAsync) {
                throw refusals.syntax(y.span(), "'yield from' inside async function");
            }
            expr(y.value());
        } else if (e instanceof Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        } else if (e instanceof Attribute a) {
            refusals.checkAttribute(a);
            expr(a.value());
        } else if (e instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Starred s) {
            expr(s.value());
        } else if (e instanceof ListExpr l) {
            exprs(l.elts());
        } else if (e instanceof TupleExpr t) {
            exprs(t.elts());
        } else if (e instanceof Slice s) {
            if (s.lower() != null) {
                expr(s.lower());
            }
            if (s.upper() != null) {
                expr(s.upper());
            }
            if (s.step() != null) {
                expr(s.step());
            }
        }
    }

    private void yieldHere(Span span) {
        if (cur.kind != Scope.Kind.FUNCTION) {
            throw refusals.syntax(span, "'yield' outside function");
        }
        if (cur.isComprehension) {
            throw refusals.syntax(span, "'yield' inside " + (cur.node instanceof GeneratorExp ? "generator expression"
                    : "list comprehension"));
        }
        cur.isGenerator = true;
    }

    /** An await or async for inside a comprehension makes it (and the comprehensions around it,
     * up to the async function) coroutines, as in CPython 3.11. */
    private void markComprehensionAsync() {
        for (Scope s = cur; s.isComprehension; s = s.parent) {
            if (s.node instanceof GeneratorExp) {
                throw refusals.unsupported(s.node.span(), "asynchronous generator expressions are not supported yet");
            }
            s.isAsync = true;
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, List<Expr> elts) {
        // the first iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope cs = new Scope(Scope.Kind.FUNCTION, name, cur, node);
        cs.isComprehension = true;
        cs.isGenerator = node instanceof GeneratorExp;
        cs.params.add(".0");
        scopes.put(node, cs);
        Scope saved = cur;
        cur = cs;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync()) {
                requireAsync(g.span(), "asynchronous comprehension outside of an asynchronous function");
            }
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            exprs(g.ifs());
        }
        exprs(elts);
        cur = saved;
    }
}
