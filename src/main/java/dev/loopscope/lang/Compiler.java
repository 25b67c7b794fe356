package dev.loopscope.lang;

import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Compiles a module's AST to code objects, following CPython 3.11's compile.c: the same
 * instruction shapes for calls, comprehensions (separate functions), try/except/finally (an
 * exception table, finally bodies copied on every exit path) and await (GET_AWAITABLE + SEND).
 */
public final class Compiler {
    private final String file;
    private final Symtable st;
    private final Refusals refusals;
    private Unit u;

    /** An enclosing construct that a return, break or continue must unwind. */
    private enum FKind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, EXCEPT_STAR_HANDLER, POP_VALUE }

    private record FBlock(FKind kind, int continueLabel, int exitLabel, Object datum, CodeBuilder.Handler outer) {
    }

    /** The code object being built, with its scope and its stack of enclosing blocks. */
    private static final class Unit {
        final Scope scope;
        final CodeBuilder b = new CodeBuilder();
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        final List<String> varNames = new ArrayList<>();
        final String qualname;
        /** Values that stay on the stack across statements (iterators, __exit__, saved exceptions). */
        int depth;

        Unit(Scope scope, String qualname) {
            this.scope = scope;
            this.qualname = qualname;
        }
    }

    private final int extraFlags;

    private Compiler(String file, Symtable st, Refusals refusals, int extraFlags) {
        this.extraFlags = extraFlags;
        this.file = file;
        this.st = st;
        this.refusals = refusals;
    }

    /** Parses, checks and compiles a scenario. Throws Diagnostic.Failure on any refusal. */
    public static Code compile(String file, String source) {
        Ast.Module m = Parser.parse(file, source);
        return compile(file, source, m);
    }

    /** Compiles LoopScope's own Python modules (the asyncio prelude), which may use the core module. */
    public static Code compilePrelude(String file, String source) {
        Ast.Module m = Parser.parse(file, source);
        return compile(m, new Refusals(file, source, true), file, Code.CO_PRELUDE);
    }

    public static Code compile(String file, String source, Ast.Module m) {
        return compile(m, new Refusals(file, source), file, 0);
    }

    private static Code compile(Ast.Module m, Refusals refusals, String file, int extraFlags) {
        Symtable st = Symtable.build(m, refusals);
        Compiler c = new Compiler(file, st, refusals, extraFlags);
        return c.module(m);
    }

    private Code module(Ast.Module m) {
        u = new Unit(st.of(m), "<module>");
        u.b.line = 1;
        setupAnnotations(m.body());
        for (Stmt s : m.body()) {
            stmt(s);
        }
        u.b.emit(Op.LOAD_CONST, u.b.constant(dev.loopscope.runtime.Py.None));
        u.b.emit(Op.RETURN_VALUE);
        return finish("<module>", 1, Code.CO_NAMESPACE, 0, 0, 0);
    }

    private Code finish(String name, int firstLine, int flags, int argCount, int posOnly, int kwOnly) {
        Scope s = u.scope;
        for (String n : s.syms.keySet()) {
            Scope.Sym sym = s.syms.get(n);
            if (sym == Scope.Sym.LOCAL && s.kind == Scope.Kind.FUNCTION && !u.varNames.contains(n)) {
                u.varNames.add(n);
            }
        }
        int[] cellFromArg = new int[s.cellVars.size()];
        for (int i = 0; i < cellFromArg.length; i++) {
            cellFromArg[i] = u.varNames.indexOf(s.cellVars.get(i));
        }
        return u.b.build(name, u.qualname, file, firstLine, flags | extraFlags, argCount, posOnly, kwOnly,
                u.varNames.toArray(new String[0]), s.cellVars.toArray(new String[0]),
                s.freeVars.toArray(new String[0]), cellFromArg);
    }

    private CodeBuilder b() {
        return u.b;
    }

    private int emit(int op, int arg) {
        return u.b.emit(op, arg);
    }

    private int emit(int op) {
        return u.b.emit(op, 0);
    }

    private void loadConst(Object v) {
        emit(Op.LOAD_CONST, b().constant(v));
    }

    private void loadNone() {
        loadConst(dev.loopscope.runtime.Py.None);
    }

    // ------------------------------------------------------------------------------- names

    private enum Ctx { LOAD, STORE, DEL }

    private int fastIndex(String n) {
        int i = u.varNames.indexOf(n);
        if (i < 0) {
            u.varNames.add(n);
            i = u.varNames.size() - 1;
        }
        return i;
    }

    private int cellIndex(String n) {
        int i = u.scope.cellVars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        return u.scope.cellVars.size() + u.scope.freeVars.indexOf(n);
    }

    private void nameOp(String n, Ctx ctx) {
        Scope.Sym sym = u.scope.sym(n);
        switch (sym) {
            case LOCAL -> emit(ctx == Ctx.LOAD ? Op.LOAD_FAST : ctx == Ctx.STORE ? Op.STORE_FAST : Op.DELETE_FAST,
                    fastIndex(n));
            case CELL, FREE -> emit(ctx == Ctx.LOAD ? Op.LOAD_DEREF : ctx == Ctx.STORE ? Op.STORE_DEREF
                    : Op.DELETE_DEREF, cellIndex(n));
            case CLASS_FREE -> {
                if (ctx == Ctx.LOAD) {
                    emit(Op.LOAD_CLASSDEREF, cellIndex(n));
                } else {
                    emit(ctx == Ctx.STORE ? Op.STORE_NAME : Op.DELETE_NAME, b().name(n));
                }
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> {
                if (u.scope.kind == Scope.Kind.FUNCTION || sym == Scope.Sym.GLOBAL_EXPLICIT) {
                    emit(ctx == Ctx.LOAD ? Op.LOAD_GLOBAL : ctx == Ctx.STORE ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL,
                            b().name(n));
                } else {
                    emit(ctx == Ctx.LOAD ? Op.LOAD_NAME : ctx == Ctx.STORE ? Op.STORE_NAME : Op.DELETE_NAME,
                            b().name(n));
                }
            }
            case NAME -> emit(ctx == Ctx.LOAD ? Op.LOAD_NAME : ctx == Ctx.STORE ? Op.STORE_NAME : Op.DELETE_NAME,
                    b().name(n));
        }
    }

    // ---------------------------------------------------------------------------- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        b().at(s.span());
        if (s instanceof FunctionDef f) {
            functionDef(f);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            if (r.value() != null) {
                expr(r.value());
            } else {
                loadNone();
            }
            unwindAll(true, s.span());
            b().at(s.span());
            emit(Op.RETURN_VALUE);
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    emit(Op.COPY, 1);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
            if (u.scope.kind != Scope.Kind.FUNCTION) {
                // CPython: a simple name's annotation goes into __annotations__; others are evaluated
                expr(a.annotation());
                if (a.simple() && a.target() instanceof Name n) {
                    emit(Op.LOAD_NAME, b().name("__annotations__"));
                    loadConst(n.id());
                    emit(Op.STORE_SUBSCR);
                } else {
                    emit(Op.POP_TOP);
                }
            }
        } else if (s instanceof For f) {
            forLoop(f);
        } else if (s instanceof While w) {
            whileLoop(w);
        } else if (s instanceof If i) {
            ifStmt(i);
        } else if (s instanceof With w) {
            with(w, 0);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    expr(r.cause());
                    n = 2;
                }
            }
            b().at(s.span());
            emit(Op.RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            if (t.isStar()) {
                tryStar(t);
            } else if (!t.finalBody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Assert a) {
            int end = b().newLabel();
            jumpIf(a.test(), true, end);
            emit(Op.LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                emit(Op.PUSH_NULL);
                emit(Op.SWAP, 2);
                expr(a.msg());
                emit(Op.CALL, 1);
            }
            b().at(s.span());
            emit(Op.RAISE_VARARGS, 1);
            b().place(end);
        } else if (s instanceof Import im) {
            for (Alias al : im.names()) {
                b().at(al.span());
                loadConst(0L);
                loadNone();
                emit(Op.IMPORT_NAME, b().name(al.name()));
                nameOp(al.asName() != null ? al.asName() : al.name(), Ctx.STORE);
            }
        } else if (s instanceof ImportFrom im) {
            loadConst(0L);
            Object[] names = im.names().stream().map(Alias::name).toArray();
            loadConst(dev.loopscope.runtime.PyTuple.of(names));
            emit(Op.IMPORT_NAME, b().name(im.module()));
            for (Alias al : im.names()) {
                b().at(al.span());
                emit(Op.IMPORT_FROM, b().name(al.name()));
                nameOp(al.asName() != null ? al.asName() : al.name(), Ctx.STORE);
            }
            emit(Op.POP_TOP);
        } else if (s instanceof Global g) {
        } else if (s instanceof Nonlocal n) {
        } else if (s instanceof ExprStmt e) {
            expr(e.value());
            emit(Op.POP_TOP);
        } else if (s instanceof Pass p) {
        } else if (s instanceof Break br) {
            breakOrContinue(true, br.span());
        } else if (s instanceof Continue c) {
            breakOrContinue(false, c.span());
        }
    }

    private void ifStmt(If i) {
        int end = b().newLabel();
        int orElse = i.orElse().isEmpty() ? end : b().newLabel();
        jumpIf(i.test(), false, orElse);
        stmts(i.body());
        if (!i.orElse().isEmpty()) {
            emit(Op.JUMP, end);
            b().place(orElse);
            stmts(i.orElse());
        }
        b().place(end);
    }

    private void whileLoop(While w) {
        int top = b().newLabel();
        int orElse = b().newLabel();
        int end = b().newLabel();
        b().place(top);
        jumpIf(w.test(), false, orElse);
        u.fblocks.push(new FBlock(FKind.WHILE_LOOP, top, end, null, b().handler));
        stmts(w.body());
        u.fblocks.pop();
        b().at(w.span());
        emit(Op.JUMP, top);
        b().place(orElse);
        stmts(w.orElse());
        b().place(end);
    }

    private void forLoop(For f) {
        if (f.isAsync()) {
            asyncFor(f);
            return;
        }
        int top = b().newLabel();
        int cleanup = b().newLabel();
        int end = b().newLabel();
        expr(f.iter());
        b().at(f.span());
        emit(Op.GET_ITER);
        u.depth++;
        b().place(top);
        emit(Op.FOR_ITER, cleanup);
        store(f.target());
        u.fblocks.push(new FBlock(FKind.FOR_LOOP, top, end, null, b().handler));
        stmts(f.body());
        u.fblocks.pop();
        b().at(f.span());
        emit(Op.JUMP, top);
        b().place(cleanup);
        u.depth--;
        stmts(f.orElse());
        b().place(end);
    }

    private void asyncFor(For f) {
        int top = b().newLabel();
        int except = b().newLabel();
        int end = b().newLabel();
        expr(f.iter());
        b().at(f.span());
        emit(Op.GET_AITER);
        u.depth++;
        b().place(top);
        CodeBuilder.Handler outer = b().handler;
        b().handler = new CodeBuilder.Handler(except, u.depth);
        emit(Op.GET_ANEXT);
        loadNone();
        await();
        b().handler = outer;
        store(f.target());
        u.fblocks.push(new FBlock(FKind.FOR_LOOP, top, end, null, outer));
        stmts(f.body());
        u.fblocks.pop();
        emit(Op.JUMP, top);
        b().place(except);
        u.depth--;
        b().at(f.span());
        emit(Op.END_ASYNC_FOR);
        stmts(f.orElse());
        b().place(end);
    }

    /** Emits the SEND loop of an await; the awaitable and the value to send are on the stack. */
    private void await() {
        int done = b().newLabel();
        emit(Op.SEND, done);
        b().place(done);
    }

    private void breakOrContinue(boolean isBreak, Span span) {
        FBlock loop = null;
        for (FBlock fb : u.fblocks) {
            if (fb.kind == FKind.WHILE_LOOP || fb.kind == FKind.FOR_LOOP) {
                loop = fb;
                break;
            }
            if (fb.kind == FKind.EXCEPT_STAR_HANDLER) {
                throw refusals.syntax(span, "'break', 'continue' and 'return' cannot appear in an except* block");
            }
        }
        if (loop == null) {
            throw refusals.syntax(span, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
        }
        unwindUntil(loop, isBreak);
        b().at(span);
        emit(Op.JUMP, isBreak ? loop.exitLabel : loop.continueLabel);
    }

    /** Unwinds the blocks inside {@code loop}; for break, the loop itself too. */
    private void unwindUntil(FBlock loop, boolean includeLoop) {
        Deque<FBlock> saved = new ArrayDeque<>();
        CodeBuilder.Handler savedHandler = b().handler;
        int savedDepth = u.depth;
        while (!u.fblocks.isEmpty()) {
            FBlock fb = u.fblocks.peek();
            if (fb == loop) {
                if (includeLoop) {
                    unwindOne(fb, false);
                }
                break;
            }
            u.fblocks.pop();
            saved.push(fb);
            unwindOne(fb, false);
        }
        while (!saved.isEmpty()) {
            u.fblocks.push(saved.pop());
        }
        b().handler = savedHandler;
        u.depth = savedDepth;
    }

    private void unwindAll(boolean preserveTos, Span span) {
        for (FBlock fb : u.fblocks) {
            if (fb.kind == FKind.EXCEPT_STAR_HANDLER) {
                throw refusals.syntax(span, "'break', 'continue' and 'return' cannot appear in an except* block");
            }
        }
        Deque<FBlock> saved = new ArrayDeque<>();
        CodeBuilder.Handler savedHandler = b().handler;
        int savedDepth = u.depth;
        if (preserveTos) {
            u.depth++;
        }
        while (!u.fblocks.isEmpty()) {
            FBlock fb = u.fblocks.pop();
            saved.push(fb);
            unwindOne(fb, preserveTos);
        }
        while (!saved.isEmpty()) {
            u.fblocks.push(saved.pop());
        }
        b().handler = savedHandler;
        u.depth = savedDepth;
    }

    /** CPython's compiler_unwind_fblock. The block has already been popped by the caller. */
    private void unwindOne(FBlock fb, boolean preserveTos) {
        switch (fb.kind) {
            case WHILE_LOOP, TRY_EXCEPT, EXCEPT_STAR_HANDLER -> {
                b().handler = fb.outer;
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_TOP);
                u.depth--;
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_TOP);
                u.depth--;
            }
            case FINALLY_TRY -> {
                b().handler = fb.outer;
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) fb.datum;
                stmts(body);
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_TOP);
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_EXCEPT);
                u.depth -= 2;
                b().handler = fb.outer;
            }
            case WITH, ASYNC_WITH -> {
                b().handler = fb.outer;
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                callExitWithNones(fb.kind == FKind.ASYNC_WITH);
                u.depth--;
            }
            case HANDLER_CLEANUP -> {
                b().handler = fb.outer;
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_EXCEPT);
                u.depth--;
                if (fb.datum != null) {
                    loadNone();
                    nameOp((String) fb.datum, Ctx.STORE);
                    nameOp((String) fb.datum, Ctx.DEL);
                }
            }
        }
    }

    /** Stack: exit -> (); calls exit(None, None, None) and discards the result. */
    private void callExitWithNones(boolean isAsync) {
        emit(Op.PUSH_NULL);
        emit(Op.SWAP, 2);
        loadNone();
        loadNone();
        loadNone();
        emit(Op.CALL, 3);
        if (isAsync) {
            emit(Op.GET_AWAITABLE, 2);
            loadNone();
            await();
        }
        emit(Op.POP_TOP);
    }

    /** Emits the shared tail of handlers: (prev, exc) -> restore prev, re-raise exc. */
    private void popExceptAndReraise() {
        emit(Op.SWAP, 2);
        emit(Op.POP_EXCEPT);
        emit(Op.RERAISE);
    }

    private void tryExcept(Try t) {
        int handlerLabel = b().newLabel();
        int cleanup = b().newLabel();
        int end = b().newLabel();
        CodeBuilder.Handler outer = b().handler;
        int base = u.depth;
        b().handler = new CodeBuilder.Handler(handlerLabel, base);
        u.fblocks.push(new FBlock(FKind.TRY_EXCEPT, -1, -1, null, outer));
        stmts(t.body());
        u.fblocks.pop();
        b().handler = outer;
        stmts(t.orElse());
        emit(Op.JUMP, end);

        b().place(handlerLabel);
        b().at(t.span());
        emit(Op.PUSH_EXC_INFO);
        CodeBuilder.Handler cleanupHandler = new CodeBuilder.Handler(cleanup, base + 1);
        b().handler = cleanupHandler;
        u.depth = base + 2;
        for (ExceptHandler h : t.handlers()) {
            b().at(h.span());
            int next = b().newLabel();
            if (h.type() != null) {
                expr(h.type());
                emit(Op.CHECK_EXC_MATCH);
                emit(Op.POP_JUMP_IF_FALSE, next);
            } else if (h != t.handlers().get(t.handlers().size() - 1)) {
                throw refusals.syntax(h.span(), "default 'except:' must be last");
            }
            u.depth = base + 1;
            if (h.name() != null) {
                nameOp(h.name(), Ctx.STORE);
                int cleanupName = b().newLabel();
                b().handler = new CodeBuilder.Handler(cleanupName, base + 1);
                u.fblocks.push(new FBlock(FKind.HANDLER_CLEANUP, -1, -1, h.name(), cleanupHandler));
                stmts(h.body());
                u.fblocks.pop();
                b().handler = cleanupHandler;
                emit(Op.POP_EXCEPT);
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                emit(Op.JUMP, end);
                b().place(cleanupName);
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                emit(Op.RERAISE);
            } else {
                emit(Op.POP_TOP);
                u.fblocks.push(new FBlock(FKind.HANDLER_CLEANUP, -1, -1, null, cleanupHandler));
                stmts(h.body());
                u.fblocks.pop();
                emit(Op.POP_EXCEPT);
                emit(Op.JUMP, end);
            }
            u.depth = base + 2;
            b().place(next);
        }
        emit(Op.RERAISE);
        b().place(cleanup);
        b().handler = outer;
        popExceptAndReraise();
        u.depth = base;
        b().place(end);
    }

    private void tryFinally(Try t) {
        int onException = b().newLabel();
        int cleanup = b().newLabel();
        int end = b().newLabel();
        CodeBuilder.Handler outer = b().handler;
        int base = u.depth;
        b().handler = new CodeBuilder.Handler(onException, base);
        u.fblocks.push(new FBlock(FKind.FINALLY_TRY, -1, -1, t.finalBody(), outer));
        if (t.handlers().isEmpty()) {
            stmts(t.body());
            stmts(t.orElse());
        } else {
            tryExcept(new Try(t.body(), t.handlers(), t.orElse(), List.of(), false, t.span()));
        }
        u.fblocks.pop();
        b().handler = outer;
        stmts(t.finalBody());
        emit(Op.JUMP, end);

        b().place(onException);
        emit(Op.PUSH_EXC_INFO);
        CodeBuilder.Handler cleanupHandler = new CodeBuilder.Handler(cleanup, base + 1);
        b().handler = cleanupHandler;
        u.depth = base + 2;
        u.fblocks.push(new FBlock(FKind.FINALLY_END, -1, -1, null, outer));
        stmts(t.finalBody());
        u.fblocks.pop();
        emit(Op.RERAISE);
        b().place(cleanup);
        b().handler = outer;
        popExceptAndReraise();
        u.depth = base;
        b().place(end);
    }

    /**
     * except*: the group is split by each clause's type; what a clause raises and what no clause
     * matched are re-raised together at the end (CPython 3.11's PREP_RERAISE_STAR).
     * Stack while matching: (prev, orig, raised list, rest).
     */
    private void tryStar(Try t) {
        if (!t.finalBody().isEmpty()) {
            tryFinally(new Try(List.of(new Try(t.body(), t.handlers(), t.orElse(), List.of(), true, t.span())),
                    List.of(), List.of(), t.finalBody(), false, t.span()));
            return;
        }
        int handlerLabel = b().newLabel();
        int cleanup = b().newLabel();
        int end = b().newLabel();
        CodeBuilder.Handler outer = b().handler;
        int base = u.depth;
        b().handler = new CodeBuilder.Handler(handlerLabel, base);
        stmts(t.body());
        b().handler = outer;
        stmts(t.orElse());
        emit(Op.JUMP, end);

        b().place(handlerLabel);
        b().at(t.span());
        emit(Op.PUSH_EXC_INFO);                 // prev, exc
        CodeBuilder.Handler cleanupHandler = new CodeBuilder.Handler(cleanup, base + 1);
        b().handler = cleanupHandler;
        emit(Op.WRAP_EG);                       // prev, orig
        emit(Op.BUILD_LIST, 0);                 // prev, orig, raised
        emit(Op.COPY, 2);                       // prev, orig, raised, rest
        for (ExceptHandler h : t.handlers()) {
            b().at(h.span());
            if (h.type() == null) {
                throw refusals.syntax(h.span(), "expected one or more exception types");
            }
            int noMatch = b().newLabel();
            int next = b().newLabel();
            expr(h.type());
            emit(Op.CHECK_EG_MATCH);            // prev, orig, raised, rest, match|None
            emit(Op.COPY, 1);
            loadNone();
            emit(Op.IS_OP, 0);
            emit(Op.POP_JUMP_IF_TRUE, noMatch);
            // run the clause with `match` as the handled exception
            int clauseFailed = b().newLabel();
            emit(Op.PUSH_EXC_INFO);             // ..., rest, prevInner, match
            u.depth = base + 6;
            CodeBuilder.Handler clauseHandler = new CodeBuilder.Handler(clauseFailed, base + 5);
            b().handler = clauseHandler;
            if (h.name() != null) {
                nameOp(h.name(), Ctx.STORE);
            } else {
                emit(Op.POP_TOP);
            }
            u.depth = base + 5;
            u.fblocks.push(new FBlock(FKind.EXCEPT_STAR_HANDLER, -1, -1, null, clauseHandler));
            stmts(h.body());
            u.fblocks.pop();
            b().handler = cleanupHandler;
            emit(Op.POP_EXCEPT);                // ..., rest
            if (h.name() != null) {
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
            }
            emit(Op.JUMP, next);
            b().place(clauseFailed);            // ..., rest, prevInner, raisedExc
            emit(Op.SWAP, 2);
            emit(Op.POP_EXCEPT);                // ..., rest, raisedExc
            if (h.name() != null) {
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
            }
            emit(Op.LIST_APPEND_RAISED, 3);     // appends to raised; ..., rest
            emit(Op.JUMP, next);
            b().place(noMatch);
            emit(Op.POP_TOP);                   // ..., rest
            b().place(next);
            u.depth = base + 4;
        }
        // prev, orig, raised, rest
        emit(Op.LIST_APPEND_RAISED, 2);         // prev, orig, raised
        emit(Op.PREP_RERAISE_STAR);             // prev, exc|None
        int nothing = b().newLabel();
        emit(Op.COPY, 1);
        loadNone();
        emit(Op.IS_OP, 0);
        emit(Op.POP_JUMP_IF_TRUE, nothing);
        emit(Op.RERAISE);
        b().place(nothing);
        emit(Op.POP_TOP);
        emit(Op.POP_EXCEPT);
        emit(Op.JUMP, end);
        b().place(cleanup);
        b().handler = outer;
        popExceptAndReraise();
        u.depth = base;
        b().place(end);
    }

    private void with(With w, int item) {
        if (item == w.items().size()) {
            stmts(w.body());
            return;
        }
        WithItem wi = w.items().get(item);
        int onException = b().newLabel();
        int cleanup = b().newLabel();
        int suppress = b().newLabel();
        int end = b().newLabel();
        expr(wi.contextExpr());
        b().at(w.span());
        CodeBuilder.Handler outer = b().handler;
        int base = u.depth;
        if (w.isAsync()) {
            emit(Op.BEFORE_ASYNC_WITH);
            emit(Op.GET_AWAITABLE, 1);
            loadNone();
            await();
        } else {
            emit(Op.BEFORE_WITH);
        }
        u.depth = base + 1;
        b().handler = new CodeBuilder.Handler(onException, base + 1);
        u.fblocks.push(new FBlock(w.isAsync() ? FKind.ASYNC_WITH : FKind.WITH, -1, -1, null, outer));
        if (wi.optionalVars() != null) {
            store(wi.optionalVars());
        } else {
            emit(Op.POP_TOP);
        }
        with(w, item + 1);
        u.fblocks.pop();
        b().handler = outer;
        b().at(w.span());
        callExitWithNones(w.isAsync());
        emit(Op.JUMP, end);

        b().place(onException);              // exit, exc
        emit(Op.PUSH_EXC_INFO);              // exit, prev, exc
        b().handler = new CodeBuilder.Handler(cleanup, base + 2);
        emit(Op.WITH_EXCEPT_START);          // exit, prev, exc, res
        if (w.isAsync()) {
            emit(Op.GET_AWAITABLE, 2);
            loadNone();
            await();
        }
        emit(Op.POP_JUMP_IF_TRUE, suppress);
        emit(Op.RERAISE);
        b().place(suppress);
        emit(Op.POP_TOP);                    // exit, prev
        emit(Op.POP_EXCEPT);                 // exit
        emit(Op.POP_TOP);
        emit(Op.JUMP, end);
        b().place(cleanup);                  // exit, prev, exc2
        b().handler = outer;
        popExceptAndReraise();
        u.depth = base;
        b().place(end);
    }

    private void augAssign(AugAssign a) {
        int op = a.op().ordinal() + 100;
        if (a.target() instanceof Name n) {
            nameOp(n.id(), Ctx.LOAD);
            expr(a.value());
            b().at(a.span());
            emit(Op.BINARY_OP, op);
            nameOp(n.id(), Ctx.STORE);
        } else if (a.target() instanceof Attribute at) {
            expr(at.value());
            emit(Op.COPY, 1);
            emit(Op.LOAD_ATTR, b().name(at.attr()));
            expr(a.value());
            b().at(a.span());
            emit(Op.BINARY_OP, op);
            emit(Op.SWAP, 2);
            emit(Op.STORE_ATTR, b().name(at.attr()));
        } else if (a.target() instanceof Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            emit(Op.COPY, 2);
            emit(Op.COPY, 2);
            emit(Op.BINARY_SUBSCR);
            expr(a.value());
            b().at(a.span());
            emit(Op.BINARY_OP, op);
            emit(Op.SWAP, 3);
            emit(Op.SWAP, 2);
            emit(Op.STORE_SUBSCR);
        } else {
            throw refusals.syntax(a.target().span(), "'" + describe(a.target()) + "' is an illegal expression for augmented assignment");
        }
    }

    private String describe(Expr e) {
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof TupleExpr) {
            return "tuple";
        }
        if (e instanceof ListExpr) {
            return "list";
        }
        if (e instanceof Constant) {
            return "literal";
        }
        return "expression";
    }

    private void store(Expr t) {
        b().at(t.span());
        if (t instanceof Name n) {
            nameOp(n.id(), Ctx.STORE);
        } else if (t instanceof Attribute a) {
            expr(a.value());
            emit(Op.STORE_ATTR, b().name(a.attr()));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            emit(Op.STORE_SUBSCR);
        } else if (t instanceof TupleExpr tu) {
            unpackInto(tu.elts(), t.span());
        } else if (t instanceof ListExpr l) {
            unpackInto(l.elts(), t.span());
        } else if (t instanceof Starred s) {
            throw refusals.syntax(s.span(), "starred assignment target must be in a list or tuple");
        } else {
            throw refusals.syntax(t.span(), "cannot assign to " + describe(t));
        }
    }

    private void unpackInto(List<Expr> elts, Span span) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) {
                    throw refusals.syntax(elts.get(i).span(), "multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star < 0) {
            emit(Op.UNPACK_SEQUENCE, elts.size());
        } else {
            emit(Op.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            store(e instanceof Starred s ? s.value() : e);
        }
    }

    private void delete(Expr t) {
        b().at(t.span());
        if (t instanceof Name n) {
            nameOp(n.id(), Ctx.DEL);
        } else if (t instanceof Attribute a) {
            expr(a.value());
            emit(Op.DELETE_ATTR, b().name(a.attr()));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            emit(Op.DELETE_SUBSCR);
        } else if (t instanceof TupleExpr tu) {
            tu.elts().forEach(this::delete);
        } else if (t instanceof ListExpr l) {
            l.elts().forEach(this::delete);
        } else {
            throw refusals.syntax(t.span(), "cannot delete " + describe(t));
        }
    }

    // --------------------------------------------------------------------- functions, classes

    private void functionDef(FunctionDef f) {
        decorators(f.decorators());
        Scope fs = st.of(f);
        String qual = qualnameFor(f.name(), true);
        Code code = compileFunctionBody(fs, f.name(), qual, f.args(), f.span().line(), () -> {
            List<Stmt> body = f.body();
            for (Stmt s : body) {
                stmt(s);
            }
            if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Return)) {
                loadNone();
                emit(Op.RETURN_VALUE);
            }
        });
        code.doc = docstring(f.body());
        b().at(f.span());
        makeFunction(code, fs, f.args(), f.returns());
        applyDecorators(f.decorators().size());
        nameOp(f.name(), Ctx.STORE);
    }

    /** The docstring of a function or class body: its first statement when that is a string literal. */
    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant k
                && k.value() instanceof String str) {
            return str;
        }
        return null;
    }

    /** CPython's SETUP_ANNOTATIONS: a module or class body with annotated names gets an __annotations__ dict. */
    private void setupAnnotations(List<Stmt> body) {
        if (findAnnotation(body)) {
            emit(Op.BUILD_MAP, 0);
            emit(Op.STORE_NAME, b().name("__annotations__"));
        }
    }

    /** CPython's find_ann: an annotated assignment in the body, outside nested functions and classes. */
    private static boolean findAnnotation(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found;
            if (s instanceof AnnAssign) {
                found = true;
            } else if (s instanceof For f) {
                found = findAnnotation(f.body()) || findAnnotation(f.orElse());
            } else if (s instanceof While w) {
                found = findAnnotation(w.body()) || findAnnotation(w.orElse());
            } else if (s instanceof If i) {
                found = findAnnotation(i.body()) || findAnnotation(i.orElse());
            } else if (s instanceof With w) {
                found = findAnnotation(w.body());
            } else if (s instanceof Try t) {
                found = findAnnotation(t.body()) || findAnnotation(t.orElse()) || findAnnotation(t.finalBody())
                        || t.handlers().stream().anyMatch(h -> findAnnotation(h.body()));
            } else {
                found = false;
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Each decorator is loaded as (NULL, decorator) so that applying it is a plain CALL 1. */
    private void decorators(List<Expr> decorators) {
        for (Expr d : decorators) {
            emit(Op.PUSH_NULL);
            expr(d);
        }
    }

    private void applyDecorators(int n) {
        for (int i = 0; i < n; i++) {
            emit(Op.CALL, 1);
        }
    }

    private String qualnameFor(String name, boolean isFunction) {
        if (u.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (u.scope.kind == Scope.Kind.FUNCTION) {
            return u.qualname + ".<locals>." + name;
        }
        return u.qualname + "." + name;
    }

    private Code compileFunctionBody(Scope fs, String name, String qual, Arguments args, int firstLine,
                                     Runnable body) {
        Unit saved = u;
        u = new Unit(fs, qual);
        u.b.line = firstLine;
        for (Arg a : args.posOnly()) {
            u.varNames.add(a.name());
        }
        for (Arg a : args.args()) {
            u.varNames.add(a.name());
        }
        for (Arg a : args.kwOnly()) {
            u.varNames.add(a.name());
        }
        int flags = 0;
        if (args.varArg() != null) {
            u.varNames.add(args.varArg().name());
            flags |= Code.CO_VARARGS;
        }
        if (args.kwArg() != null) {
            u.varNames.add(args.kwArg().name());
            flags |= Code.CO_VARKEYWORDS;
        }
        if (fs.isAsync) {
            flags |= Code.CO_COROUTINE;
        } else if (fs.isGenerator) {
            flags |= Code.CO_GENERATOR;
        }
        body.run();
        Code code = finish(name, firstLine, flags, args.posOnly().size() + args.args().size(), args.posOnly().size(),
                args.kwOnly().size());
        u = saved;
        return code;
    }

    /** Emits MAKE_FUNCTION with defaults, keyword defaults, annotations and closure. */
    private void makeFunction(Code code, Scope fs, Arguments args, Expr returns) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                expr(d);
            }
            emit(Op.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (d != null) {
                loadConst(args.kwOnly().get(i).name());
                expr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            emit(Op.BUILD_MAP, nkw);
            flags |= 2;
        }
        List<Arg> annotated = new ArrayList<>(args.posOnly());
        annotated.addAll(args.args());
        if (args.varArg() != null) {
            annotated.add(args.varArg());
        }
        annotated.addAll(args.kwOnly());
        if (args.kwArg() != null) {
            annotated.add(args.kwArg());
        }
        int nann = 0;
        for (Arg a : annotated) {
            if (a.annotation() != null) {
                loadConst(a.name());
                expr(a.annotation());
                nann++;
            }
        }
        if (returns != null) {
            loadConst("return");
            expr(returns);
            nann++;
        }
        if (nann > 0) {
            emit(Op.BUILD_MAP, nann);
            flags |= 4;
        }
        if (!fs.freeVars.isEmpty()) {
            for (String fv : fs.freeVars) {
                emit(Op.LOAD_CLOSURE, cellIndex(fv));
            }
            emit(Op.BUILD_TUPLE, fs.freeVars.size());
            flags |= 8;
        }
        loadConst(code);
        emit(Op.MAKE_FUNCTION, flags);
    }

    private void classDef(ClassDef c) {
        decorators(c.decorators());
        Scope cs = st.of(c);
        String qual = qualnameFor(c.name(), false);
        Unit saved = u;
        u = new Unit(cs, qual);
        u.b.line = c.span().line();
        u.b.at(c.span());
        emit(Op.LOAD_NAME, b().name("__name__"));
        emit(Op.STORE_NAME, b().name("__module__"));
        loadConst(qual);
        emit(Op.STORE_NAME, b().name("__qualname__"));
        String doc = docstring(c.body());
        if (doc != null) {
            loadConst(doc);
            emit(Op.STORE_NAME, b().name("__doc__"));
        }
        setupAnnotations(c.body());
        for (Stmt s : c.body()) {
            stmt(s);
        }
        if (cs.needsClassCell) {
            emit(Op.LOAD_CLOSURE, cellIndex("__class__"));
            emit(Op.COPY, 1);
            emit(Op.STORE_NAME, b().name("__classcell__"));
        } else {
            loadNone();
        }
        emit(Op.RETURN_VALUE);
        Code body = finish(c.name(), c.span().line(), Code.CO_NAMESPACE, 0, 0, 0);
        u = saved;
        b().at(c.span());
        emit(Op.PUSH_NULL);
        emit(Op.LOAD_BUILD_CLASS);
        makeFunction(body, cs, Arguments.empty(c.span()), null);
        loadConst(c.name());
        for (Expr base : c.bases()) {
            expr(base);
        }
        if (!c.keywords().isEmpty()) {
            for (Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    throw refusals.unsupported(k.span(), "**kwargs in a class header is not supported");
                }
                if (k.arg().equals("metaclass")) {
                    throw refusals.unsupported(k.span(), "metaclasses are not supported");
                }
                expr(k.value());
            }
            emit(Op.KW_NAMES, b().constant(dev.loopscope.runtime.PyTuple.of(
                    c.keywords().stream().map(Keyword::arg).toArray())));
        }
        emit(Op.CALL, 2 + c.bases().size() + c.keywords().size());
        applyDecorators(c.decorators().size());
        nameOp(c.name(), Ctx.STORE);
    }

    // ---------------------------------------------------------------------------- expressions

    /** Jumps to {@code label} when the truth of {@code e} equals {@code when}. */
    private void jumpIf(Expr e, boolean when, int label) {
        if (e instanceof UnaryOp un && un.op() == UnaryOpKind.NOT) {
            jumpIf(un.operand(), !when, label);
            return;
        }
        if (e instanceof BoolOp bo) {
            boolean shortCircuitsTo = !bo.isAnd();
            if (shortCircuitsTo == when) {
                for (Expr v : bo.values()) {
                    jumpIf(v, when, label);
                }
            } else {
                int skip = b().newLabel();
                for (int i = 0; i < bo.values().size() - 1; i++) {
                    jumpIf(bo.values().get(i), !when, skip);
                }
                jumpIf(bo.values().get(bo.values().size() - 1), when, label);
                b().place(skip);
            }
            return;
        }
        expr(e);
        emit(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        b().at(e.span());
        if (e instanceof Name n) {
            nameOp(n.id(), Ctx.LOAD);
        } else if (e instanceof Constant c) {
            loadConst(constantValue(c));
        } else if (e instanceof BoolOp bo) {
            int end = b().newLabel();
            for (int i = 0; i < bo.values().size(); i++) {
                expr(bo.values().get(i));
                if (i < bo.values().size() - 1) {
                    emit(bo.isAnd() ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
                }
            }
            b().place(end);
        } else if (e instanceof NamedExpr n) {
            expr(n.value());
            emit(Op.COPY, 1);
            nameOp(n.target().id(), Ctx.STORE);
        } else if (e instanceof BinOp bo) {
            expr(bo.left());
            expr(bo.right());
            b().at(bo.span());
            emit(Op.BINARY_OP, bo.op().ordinal());
        } else if (e instanceof UnaryOp un) {
            expr(un.operand());
            b().at(un.span());
            emit(switch (un.op()) {
                case NOT -> Op.UNARY_NOT;
                case USUB -> Op.UNARY_NEGATIVE;
                case UADD -> Op.UNARY_POSITIVE;
                case INVERT -> Op.UNARY_INVERT;
            });
        } else if (e instanceof Lambda l) {
            Scope ls = st.of(l);
            Code code = compileFunctionBody(ls, "<lambda>", qualnameFor("<lambda>", true), l.args(),
                    l.span().line(), () -> {
                        expr(l.body());
                        emit(Op.RETURN_VALUE);
                    });
            makeFunction(code, ls, l.args(), null);
        } else if (e instanceof IfExp i) {
            int orElse = b().newLabel();
            int end = b().newLabel();
            jumpIf(i.test(), false, orElse);
            expr(i.body());
            emit(Op.JUMP, end);
            b().place(orElse);
            expr(i.orElse());
            b().place(end);
        } else if (e instanceof DictExpr d) {
            dict(d);
        } else if (e instanceof SetExpr s) {
            dev.loopscope.runtime.PySet folded = constantSet(s.elts());
            if (folded != null) {
                // CPython 3.11: BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1 (its table order shows)
                emit(Op.BUILD_SET, 0);
                loadConst(folded);
                emit(Op.SET_UPDATE, 1);
            } else {
                collection(s.elts(), Op.BUILD_SET, Op.SET_UPDATE, Op.SET_ADD);
            }
        } else if (e instanceof ListExpr l) {
            collection(l.elts(), Op.BUILD_LIST, Op.LIST_EXTEND, Op.LIST_APPEND);
        } else if (e instanceof TupleExpr t) {
            if (t.elts().stream().anyMatch(x -> x instanceof Starred)) {
                collection(t.elts(), Op.BUILD_LIST, Op.LIST_EXTEND, Op.LIST_APPEND);
                emit(Op.LIST_TO_TUPLE);
            } else if (!t.elts().isEmpty() && t.elts().stream().allMatch(x -> x instanceof Constant)) {
                loadConst(dev.loopscope.runtime.PyTuple.of(
                        t.elts().stream().map(x -> constantValue((Constant) x)).toArray()));
            } else {
                exprs(t.elts());
                emit(Op.BUILD_TUPLE, t.elts().size());
            }
        } else if (e instanceof ListComp c) {
            comprehension(c, c.generators());
        } else if (e instanceof SetComp c) {
            comprehension(c, c.generators());
        } else if (e instanceof DictComp c) {
            comprehension(c, c.generators());
        } else if (e instanceof GeneratorExp c) {
            comprehension(c, c.generators());
        } else if (e instanceof Await a) {
            expr(a.value());
            b().at(a.span());
            emit(Op.GET_AWAITABLE, 0);
            loadNone();
            await();
        } else if (e instanceof Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                loadNone();
            }
            b().at(y.span());
            emit(Op.YIELD_VALUE);
        } else if (e instanceof YieldFrom y) {
            expr(y.value());
            b().at(y.span());
            emit(Op.GET_YIELD_FROM_ITER);
            loadNone();
            await();
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Attribute a) {
            expr(a.value());
            b().at(a.span());
            emit(Op.LOAD_ATTR, b().name(a.attr()));
        } else if (e instanceof Subscript s) {
            expr(s.value());
            subscriptIndex(s.slice());
            b().at(s.span());
            emit(Op.BINARY_SUBSCR);
        } else if (e instanceof Starred s) {
            throw refusals.syntax(s.span(), "can't use starred expression here");
        } else if (e instanceof Slice s) {
            throw refusals.syntax(s.span(), "invalid syntax");
        }
    }

    private static final Object NOT_CONSTANT = new Object();
    /** The compiler's constant cache for frozensets: equal ones share the first one's table. */
    private final java.util.Map<Object, dev.loopscope.runtime.PySet> constantSets = new java.util.HashMap<>();

    /**
     * A set display of three or more constants, as CPython 3.11 compiles it: a frozenset built from
     * the constants in order, then rebuilt by iterating it (the compiler's constant merging), which
     * the display's set is then merged from; an equal frozenset met before in the module is reused.
     * Null when an element is not a constant.
     */
    private dev.loopscope.runtime.PySet constantSet(List<Expr> elts) {
        if (elts.size() <= 2) {
            return null;
        }
        Object[] values = new Object[elts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = folded(elts.get(i));
            if (values[i] == NOT_CONSTANT) {
                return null;
            }
        }
        dev.loopscope.runtime.PySet first = dev.loopscope.runtime.PySet.of(true, dev.loopscope.runtime.PyTuple.of(values));
        java.util.Set<Object> key = new java.util.HashSet<>();
        for (Object v : first.items()) {
            key.add(constantKey(v));
        }
        return constantSets.computeIfAbsent(key, k ->
                dev.loopscope.runtime.PySet.of(true, dev.loopscope.runtime.PyTuple.of(first.items().toArray())));
    }

    /** _PyCode_ConstantKey: 1, 1.0, True and -0.0 are different constants. */
    private static Object constantKey(Object v) {
        if (v instanceof Double d) {
            return List.of("f", Double.doubleToRawLongBits(d));
        }
        if (v instanceof Boolean b) {
            return List.of("b", b);
        }
        if (v instanceof dev.loopscope.runtime.PyTuple t) {
            List<Object> items = new ArrayList<>();
            items.add("t");
            for (Object x : t.items) {
                items.add(constantKey(x));
            }
            return items;
        }
        return v;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof java.math.BigInteger;
    }

    private static java.math.BigInteger bigInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO;
        }
        return v instanceof Long l ? java.math.BigInteger.valueOf(l) : v instanceof java.math.BigInteger b ? b : null;
    }

    /** The value CPython's AST optimizer folds an expression to, or NOT_CONSTANT. */
    private Object folded(Expr e) {
        if (e instanceof Constant c) {
            Object v = c.value();
            if (v == ConstantKind.NONE || v == ConstantKind.ELLIPSIS || v instanceof String || isNumber(v)) {
                return constantValue(c);
            }
            return NOT_CONSTANT;
        }
        if (e instanceof UnaryOp u && u.op() != UnaryOpKind.NOT) {
            Object v = folded(u.operand());
            if (!isNumber(v) || v instanceof Double && u.op() == UnaryOpKind.INVERT) {
                return NOT_CONSTANT;
            }
            try {
                return switch (u.op()) {
                    case USUB -> dev.loopscope.runtime.Ops.negate(v);
                    case INVERT -> dev.loopscope.runtime.Ops.invert(v);
                    default -> dev.loopscope.runtime.Ops.positive(v);
                };
            } catch (RuntimeException ex) {
                return NOT_CONSTANT;
            }
        }
        if (e instanceof BinOp b) {
            return foldedBinOp(b);
        }
        if (e instanceof TupleExpr t) {
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = folded(t.elts().get(i));
                if (items[i] == NOT_CONSTANT) {
                    return NOT_CONSTANT;
                }
            }
            return dev.loopscope.runtime.PyTuple.of(items);
        }
        return NOT_CONSTANT;
    }

    /** fold_binop with its safe_multiply/safe_power/safe_lshift limits (128 bits), numbers and str + str only. */
    private Object foldedBinOp(BinOp b) {
        Object l = folded(b.left());
        Object r = folded(b.right());
        if (l == NOT_CONSTANT || r == NOT_CONSTANT || b.op() == BinOpKind.MATMULT) {
            return NOT_CONSTANT;
        }
        boolean strings = l instanceof String && r instanceof String && b.op() == BinOpKind.ADD;
        if (!strings && !(isNumber(l) && isNumber(r))) {
            return NOT_CONSTANT;
        }
        java.math.BigInteger x = bigInt(l);
        java.math.BigInteger y = bigInt(r);
        if (x != null && y != null && x.signum() != 0 && y.signum() != 0) {
            int xbits = x.abs().bitLength();
            switch (b.op()) {
                case MULT:
                    if (xbits + y.abs().bitLength() > 128) {
                        return NOT_CONSTANT;
                    }
                    break;
                case POW:
                    if (y.signum() > 0 && (y.bitLength() > 31 || xbits > 128 / y.intValue())) {
                        return NOT_CONSTANT;
                    }
                    break;
                case LSHIFT:
                    if (y.signum() < 0 || y.bitLength() > 31 || y.intValue() > 128 || xbits > 128 - y.intValue()) {
                        return NOT_CONSTANT;
                    }
                    break;
                default:
                    break;
            }
        }
        try {
            return dev.loopscope.runtime.Ops.binary(b.op().ordinal(), l, r, false);
        } catch (RuntimeException ex) {
            return NOT_CONSTANT;
        }
    }

    private Object constantValue(Constant c) {
        Object v = c.value();
        if (v == ConstantKind.NONE) {
            return dev.loopscope.runtime.Py.None;
        }
        if (v == ConstantKind.ELLIPSIS) {
            return dev.loopscope.runtime.Py.Ellipsis;
        }
        if (v instanceof ComplexLiteral) {
            throw refusals.unsupported(c.span(), "complex numbers are not supported");
        }
        return v;
    }

    private void subscriptIndex(Expr slice) {
        if (slice instanceof Slice s) {
            int n = 2;
            if (s.lower() != null) {
                expr(s.lower());
            } else {
                loadNone();
            }
            if (s.upper() != null) {
                expr(s.upper());
            } else {
                loadNone();
            }
            if (s.step() != null) {
                expr(s.step());
                n = 3;
            }
            emit(Op.BUILD_SLICE, n);
        } else if (slice instanceof TupleExpr t && t.elts().stream().anyMatch(x -> x instanceof Slice)) {
            for (Expr x : t.elts()) {
                subscriptIndex(x);
            }
            emit(Op.BUILD_TUPLE, t.elts().size());
        } else {
            expr(slice);
        }
    }

    private void collection(List<Expr> elts, int build, int extend, int append) {
        boolean starred = elts.stream().anyMatch(x -> x instanceof Starred);
        if (!starred) {
            exprs(elts);
            emit(build, elts.size());
            return;
        }
        emit(build, 0);
        for (Expr x : elts) {
            if (x instanceof Starred s) {
                expr(s.value());
                emit(extend, 1);
            } else {
                expr(x);
                emit(append, 1);
            }
        }
    }

    private void dict(DictExpr d) {
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (!built) {
                    emit(Op.BUILD_MAP, pending);
                    built = true;
                } else if (pending > 0) {
                    emit(Op.BUILD_MAP, pending);
                    emit(Op.DICT_UPDATE, 1);
                }
                pending = 0;
                expr(d.values().get(i));
                emit(Op.DICT_UPDATE, 1);
            } else {
                expr(k);
                expr(d.values().get(i));
                pending++;
            }
        }
        if (!built) {
            emit(Op.BUILD_MAP, pending);
        } else if (pending > 0) {
            emit(Op.BUILD_MAP, pending);
            emit(Op.DICT_UPDATE, 1);
        }
    }

    private void compare(Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            b().at(c.span());
            compareOp(c.ops().get(0));
            return;
        }
        int cleanup = b().newLabel();
        int end = b().newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            emit(Op.SWAP, 2);
            emit(Op.COPY, 2);
            b().at(c.span());
            compareOp(c.ops().get(i));
            emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        b().at(c.span());
        compareOp(c.ops().get(n - 1));
        emit(Op.JUMP, end);
        b().place(cleanup);
        emit(Op.SWAP, 2);
        emit(Op.POP_TOP);
        b().place(end);
    }

    private void compareOp(CmpOpKind op) {
        switch (op) {
            case EQ -> emit(Op.COMPARE_OP, dev.loopscope.runtime.Ops.EQ);
            case NOT_EQ -> emit(Op.COMPARE_OP, dev.loopscope.runtime.Ops.NE);
            case LT -> emit(Op.COMPARE_OP, dev.loopscope.runtime.Ops.LT);
            case LT_E -> emit(Op.COMPARE_OP, dev.loopscope.runtime.Ops.LE);
            case GT -> emit(Op.COMPARE_OP, dev.loopscope.runtime.Ops.GT);
            case GT_E -> emit(Op.COMPARE_OP, dev.loopscope.runtime.Ops.GE);
            case IS -> emit(Op.IS_OP, 0);
            case IS_NOT -> emit(Op.IS_OP, 1);
            case IN -> emit(Op.CONTAINS_OP, 0);
            case NOT_IN -> emit(Op.CONTAINS_OP, 1);
        }
    }

    private void call(Call c) {
        // zero-argument super() becomes super(__class__, first argument), as CPython's super_init does
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && u.scope.kind == Scope.Kind.FUNCTION && u.scope.sym("super") == Scope.Sym.GLOBAL_IMPLICIT
                && u.scope.syms.containsKey("__class__")) {
            emit(Op.PUSH_NULL);
            nameOp("super", Ctx.LOAD);
            nameOp("__class__", Ctx.LOAD);
            if (u.varNames.isEmpty() || u.scope.params.isEmpty()) {
                throw refusals.unsupported(c.span(), "super() needs the method's first argument");
            }
            nameOp(u.scope.params.iterator().next(), Ctx.LOAD);
            b().at(c.span());
            emit(Op.CALL, 2);
            return;
        }
        boolean method = c.func() instanceof Attribute;
        if (method) {
            Attribute a = (Attribute) c.func();
            expr(a.value());
            b().at(a.span());
            emit(Op.LOAD_METHOD, b().name(a.attr()));
        } else {
            emit(Op.PUSH_NULL);
            expr(c.func());
        }
        boolean dynamic = c.args().stream().anyMatch(x -> x instanceof Starred)
                || c.keywords().stream().anyMatch(k -> k.arg() == null);
        if (dynamic) {
            if (method) {
                // CALL_FUNCTION_EX wants (NULL, callable): bind the method first
                emit(Op.CALL, -1);
            }
            collection(c.args(), Op.BUILD_LIST, Op.LIST_EXTEND, Op.LIST_APPEND);
            emit(Op.LIST_TO_TUPLE);
            if (!c.keywords().isEmpty()) {
                emit(Op.BUILD_MAP, 0);
                for (Keyword k : c.keywords()) {
                    if (k.arg() == null) {
                        expr(k.value());
                        emit(Op.DICT_MERGE, 1);
                    } else {
                        loadConst(k.arg());
                        expr(k.value());
                        emit(Op.BUILD_MAP, 1);
                        emit(Op.DICT_MERGE, 1);
                    }
                }
            }
            b().at(c.span());
            emit(Op.CALL_FUNCTION_EX, c.keywords().isEmpty() ? 0 : 1);
            return;
        }
        exprs(c.args());
        for (Keyword k : c.keywords()) {
            expr(k.value());
        }
        b().at(c.span());
        if (!c.keywords().isEmpty()) {
            emit(Op.KW_NAMES, b().constant(dev.loopscope.runtime.PyTuple.of(
                    c.keywords().stream().map(Keyword::arg).toArray())));
        }
        emit(Op.CALL, c.args().size() + c.keywords().size());
    }

    private void joinedStr(JoinedStr j) {
        if (j.values().isEmpty()) {
            loadConst("");
            return;
        }
        for (Expr v : j.values()) {
            expr(v);
        }
        if (j.values().size() > 1) {
            emit(Op.BUILD_STRING, j.values().size());
        } else if (j.values().get(0) instanceof Constant) {
            return;
        }
    }

    private void formattedValue(FormattedValue f) {
        expr(f.value());
        int conv = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            conv |= 4;
        }
        b().at(f.span());
        emit(Op.FORMAT_VALUE, conv);
    }

    /**
     * A comprehension is a function called at once with the first iterable (CPython 3.11); a
     * generator expression returns the generator; an async comprehension is awaited.
     */
    private void comprehension(Expr node, List<Comprehension> gens) {
        Scope cs = st.of(node);
        String name = cs.name;
        Unit saved = u;
        u = new Unit(cs, qualnameFor(name, true));
        u.b.line = node.span().line();
        u.varNames.add(".0");
        int flags = cs.isAsync ? Code.CO_COROUTINE : cs.isGenerator ? Code.CO_GENERATOR : 0;
        u.b.at(node.span());
        if (!(node instanceof GeneratorExp)) {
            emit(node instanceof ListComp ? Op.BUILD_LIST : node instanceof SetComp ? Op.BUILD_SET : Op.BUILD_MAP, 0);
            u.depth++; // the accumulator stays under the iterators: handlers must keep it
        }
        comprehensionLoop(node, gens, 0);
        if (node instanceof GeneratorExp) {
            loadNone();
        }
        emit(Op.RETURN_VALUE);
        Code code = finish(name, node.span().line(), flags, 1, 0, 0);
        u = saved;
        b().at(node.span());
        emit(Op.PUSH_NULL);
        makeFunction(code, cs, Arguments.empty(node.span()), null);
        expr(gens.get(0).iter());
        emit(gens.get(0).isAsync() ? Op.GET_AITER : Op.GET_ITER);
        emit(Op.CALL, 1);
        if (cs.isAsync && !(node instanceof GeneratorExp)) {
            emit(Op.GET_AWAITABLE, 0);
            loadNone();
            await();
        }
    }

    private void comprehensionLoop(Expr node, List<Comprehension> gens, int i) {
        Comprehension g = gens.get(i);
        int top = b().newLabel();
        int end = b().newLabel();
        int except = b().newLabel();
        if (i == 0) {
            emit(Op.LOAD_FAST, 0);
        } else {
            expr(g.iter());
            emit(g.isAsync() ? Op.GET_AITER : Op.GET_ITER);
        }
        u.depth++;
        b().place(top);
        CodeBuilder.Handler outer = b().handler;
        if (g.isAsync()) {
            b().handler = new CodeBuilder.Handler(except, u.depth);
            emit(Op.GET_ANEXT);
            loadNone();
            await();
            b().handler = outer;
        } else {
            emit(Op.FOR_ITER, end);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, false, top);
        }
        if (i + 1 < gens.size()) {
            comprehensionLoop(node, gens, i + 1);
        } else {
            // the accumulator sits below this comprehension's i+1 iterators
            int depthToAcc = i + 2;
            if (node instanceof ListComp c) {
                expr(c.elt());
                emit(Op.LIST_APPEND, depthToAcc);
            } else if (node instanceof SetComp c) {
                expr(c.elt());
                emit(Op.SET_ADD, depthToAcc);
            } else if (node instanceof DictComp c) {
                expr(c.key());
                expr(c.value());
                emit(Op.MAP_ADD, depthToAcc);
            } else if (node instanceof GeneratorExp c) {
                expr(c.elt());
                emit(Op.YIELD_VALUE);
                emit(Op.POP_TOP);
            } else {
                throw new IllegalStateException();
            }
        }
        emit(Op.JUMP, top);
        if (g.isAsync()) {
            b().place(except);
            u.depth--;
            emit(Op.END_ASYNC_FOR);
            b().place(end);
        } else {
            b().place(end);
            u.depth--;
        }
    }
}
