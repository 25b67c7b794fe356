package dev.loopscope.lang;

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

    static Symtable build(Module m, Refusals refusals) {
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

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> {
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
            }
            case ClassDef c -> {
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
            }
            case Return r -> {
                if (cur.kind != Scope.Kind.FUNCTION) {
                    throw refusals.syntax(r.span(), "'return' outside function");
                }
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Name n) {
                    cur.used.add(n.id());
                }
                target(a.target());
            }
            case AnnAssign a -> {
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
            }
            case For f -> {
                if (f.isAsync()) {
                    requireAsync(f.span(), "'async for' outside async function");
                }
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orElse());
            }
            case While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orElse());
            }
            case If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orElse());
            }
            case With w -> {
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
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Try t -> {
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
            }
            case Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Import im -> {
                for (Alias al : im.names()) {
                    refusals.checkModule(al.name(), al.span());
                    String n = al.asName() != null ? al.asName() : al.name().split("\\.")[0];
                    bind(n);
                }
            }
            case ImportFrom im -> {
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
                    bind(al.asName() != null ? al.asName() : al.name());
                }
            }
            case Global g -> {
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
            }
            case Nonlocal nl -> {
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
            }
            case ExprStmt e -> expr(e.value());
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
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
        switch (t) {
            case Name n -> bind(n.id());
            case TupleExpr tu -> tu.elts().forEach(this::target);
            case ListExpr l -> l.elts().forEach(this::target);
            case Starred s -> target(s.value());
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> throw refusals.syntax(t.span(), "cannot assign to expression");
        }
    }

    // --------------------------------------------------------------------------- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Name n -> {
                cur.used.add(n.id());
                refusals.checkBuiltinUse(n);
                if (n.id().equals("super") || n.id().equals("__class__")) {
                    cur.used.add("__class__");
                }
            }
            case Constant c -> {
            }
            case BoolOp b -> exprs(b.values());
            case NamedExpr n -> {
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
            }
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case Lambda l -> {
                argDefaults(l.args());
                Scope ls = new Scope(Scope.Kind.FUNCTION, "<lambda>", cur, l);
                scopes.put(l, ls);
                Scope saved = cur;
                cur = ls;
                params(l.args());
                expr(l.body());
                cur = saved;
            }
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orElse());
            }
            case DictExpr d -> {
                for (Expr k : d.keys()) {
                    if (k != null) {
                        expr(k);
                    }
                }
                exprs(d.values());
            }
            case SetExpr s -> exprs(s.elts());
            case ListComp c -> comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()));
            case SetComp c -> comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()));
            case DictComp c -> comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
            case GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()));
            case Await a -> {
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
            }
            case Yield y -> {
                yieldHere(y.span());
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case YieldFrom y -> {
                yieldHere(y.span());
                if (cur.isAsync) {
                    throw refusals.syntax(y.span(), "'yield from' inside async function");
                }
                expr(y.value());
            }
            case Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case JoinedStr j -> exprs(j.values());
            case FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Starred s -> expr(s.value());
            case ListExpr l -> exprs(l.elts());
            case TupleExpr t -> exprs(t.elts());
            case Slice s -> {
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
