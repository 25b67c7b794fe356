package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the Python 3.11 subset LoopScope runs. Methods carry the names of
 * the rules in CPython's Grammar/python.gram; where CPython backtracks, this parser parses the
 * general form (an expression) and then checks it (as a target), which gives the same trees.
 * One instance parses one file (or one f-string field); instances share nothing.
 */
public final class Parser extends ExpressionParser {
    private Parser(Source src, Lexer lexer, String messagePrefix) {
        super(src, lexer, messagePrefix);
    }

    /** Parses a whole file. */
    public static Ast.Module parse(String fileName, String source) {
        Source src = new Source(fileName, source);
        Parser p = new Parser(src, new Lexer(src, 0, -1, 1, 0, false), "");
        return p.file();
    }

    /** Parses one f-string replacement field, {@code [start, end)} of the file text. */
    static Expr parseField(Source src, int start, int end, int line, int lineStart) {
        Parser p = new Parser(src, new Lexer(src, start, end, line, lineStart, true), "f-string: ");
        Expr e;
        try {
            e = p.peek().is("yield") ? p.yieldExpr() : p.starExpressions();
            if (p.peek().kind() != TokenKind.ENDMARKER) {
                throw p.forgotComma(e);
            }
            p.throwCompileError();
            if (e instanceof TupleExpr t && t != p.lastParenthesizedTuple) {
                // CPython 3.11 parses a field as "(" + text + ")", so a bare tuple spans the braces.
                Span endMark = p.peek().span();
                e = new TupleExpr(t.elts(), new Span(line, src.col(lineStart, start) - 1, endMark.line(), endMark.col() + 1));
            }
        } catch (Diagnostic.Failure f) {
            Diagnostic d = f.diagnostic();
            if (d.message().startsWith("f-string")) {
                throw f;
            }
            throw new Diagnostic.Failure(new Diagnostic(d.file(), d.span(), d.kind(), "f-string: " + d.message(),
                    d.sourceLine()));
        }
        return e;
    }

    // ------------------------------------------------------------------------------- statements

    private Ast.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != TokenKind.ENDMARKER) {
            if (peek().kind() == TokenKind.NEWLINE) {
                advance();
                continue;
            }
            statement(body);
        }
        throwCompileError();
        Span span = body.isEmpty() ? new Span(1, 1, 1, 1) : body.get(0).span().to(body.get(body.size() - 1).span());
        return new Ast.Module(body, span);
    }

    /** statement: compound_stmt | simple_stmts; simple statements may be several, so they are added. */
    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "def" -> {
                    out.add(functionDef(List.of(), null));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), null));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt(null));
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "with" -> {
                    out.add(withStmt(null));
                    return;
                }
                case "async" -> {
                    out.add(asyncStmt(List.of(), null));
                    return;
                }
                case "match" -> {
                    if (looksLikeCompoundHeader()) {
                        throw unsupported(t.span(), "match statements are not supported");
                    }
                }
                case "type" -> {
                    if (peek(1).kind() == TokenKind.NAME && (peek(2).isOp("=") || peek(2).isOp("["))) {
                        throw unsupported(t.span(), "type statements are not supported");
                    }
                }
                default -> {
                }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
            throw invalidSyntax(t);
        }
        simpleStmts(out);
    }

    /** A soft-keyword statement such as {@code match x:} ends its first line with a colon. */
    private boolean looksLikeCompoundHeader() {
        Token next = peek(1);
        if (next.kind() == TokenKind.NEWLINE || next.kind() == TokenKind.OP && !(next.isOp("(") || next.isOp("[")
                || next.isOp("{") || next.isOp("-") || next.isOp("*") || next.isOp("~") || next.isOp("..."))) {
            return false;
        }
        Token prev = next;
        for (int k = 1; ; k++) {
            Token tok = peek(k);
            if (tok.kind() == TokenKind.NEWLINE || tok.kind() == TokenKind.ENDMARKER) {
                return prev.isOp(":") && prev.depth() == 0;
            }
            prev = tok;
        }
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (accept(";")) {
                if (peek().kind() == TokenKind.NEWLINE) {
                    advance();
                    return;
                }
                continue;
            }
            Token t = peek();
            if (t.kind() == TokenKind.NEWLINE) {
                advance();
                return;
            }
            throw statementEndError(out.get(out.size() - 1), t);
        }
    }

    private Diagnostic.Failure statementEndError(Stmt stmt, Token t) {
        if (stmt instanceof ExprStmt es && es.value() instanceof Name n
                && (n.id().equals("print") || n.id().equals("exec")) && t.kind() != TokenKind.OP) {
            Span span = from(n.span());
            try {
                expression();
                span = from(n.span());
            } catch (Diagnostic.Failure ignored) {
                // the hint is still right
            }
            return syntax(span, "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        }
        if (t.is("not") && !peek(1).is("in")) {
            // CPython had to look past 'not' to rule out 'not in'.
            return invalidSyntax(peek(1));
        }
        if (startsExpression(t) && !t.isOp("*") && !t.isOp("**")) {
            // CPython's error pass reads the next expression before giving up; that can run into
            // an unclosed bracket, which it then reports instead.
            try {
                expression();
            } catch (Diagnostic.Failure f) {
                if (lexerFailed) {
                    throw f;
                }
            }
        }
        return invalidSyntax(t);
    }

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "return" -> {
                    advance();
                    Expr v = atSimpleStmtEnd() ? null : starExpressions();
                    noLoneStar(v);
                    return new Return(v, from(t));
                }
                case "pass" -> {
                    advance();
                    return new Pass(t.span());
                }
                case "break" -> {
                    advance();
                    return new Break(t.span());
                }
                case "continue" -> {
                    advance();
                    return new Continue(t.span());
                }
                case "raise" -> {
                    advance();
                    Expr exc = null;
                    Expr cause = null;
                    if (!atSimpleStmtEnd()) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return new Raise(exc, cause, from(t));
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name().text());
                    } while (accept(","));
                    return t.text().equals("global") ? new Global(names, from(t)) : new Nonlocal(names, from(t));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Assert(test, msg, from(t));
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                default -> {
                }
            }
        }
        return expressionStmt();
    }

    private boolean atSimpleStmtEnd() {
        Token t = peek();
        return t.kind() == TokenKind.NEWLINE || t.isOp(";") || t.kind() == TokenKind.ENDMARKER;
    }

    private void noLoneStar(Expr v) {
        if (v instanceof Starred) {
            compileError(v.span(), "can't use starred expression here");
        }
    }

    /** assignment | star_expressions, with the augmented and annotated forms. */
    private Stmt expressionStmt() {
        Token start = peek();
        Expr first = peek().is("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (t.isOp(":")) {
            advance();
            if (!startsExpression(peek()) || peek().isOp("*") || peek().isOp("**")) {
                throw invalidSyntax(t);
            }
            // CPython blames the target only once the annotation has parsed.
            Expr annotation = expression();
            if (first instanceof TupleExpr) {
                throw syntax(first.span(), "only single target (not tuple) can be annotated");
            }
            if (first instanceof ListExpr) {
                throw syntax(first.span(), "only single target (not list) can be annotated");
            }
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw syntax(first.span(), "illegal target for annotation");
            }
            Expr value = null;
            if (accept("=")) {
                value = peek().is("yield") ? yieldExpr() : starExpressions();
            }
            boolean simple = first instanceof Name && !start.isOp("(");
            return new AnnAssign(first, annotation, value, simple, from(start));
        }
        if (t.isOp("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (atOp("=")) {
                assignmentTarget(value, targets.isEmpty());
                targets.add(value);
                advance();
                value = peek().is("yield") ? yieldExpr() : starExpressions();
            }
            noLoneStar(value);
            return new Assign(targets, value, from(start));
        }
        BinOpKind aug = augOp(t);
        if (aug != null) {
            advance();
            Targets.checkAugmented(this, first);
            Expr value = peek().is("yield") ? yieldExpr() : starExpressions();
            return new AugAssign(first, aug, value, from(start));
        }
        noLoneStar(first);
        return new ExprStmt(first, from(start));
    }

    /**
     * Checks a target as soon as its '=' is seen, as CPython does. A lone bad target followed by a
     * plain value gets CPython's hint that '==' may have been meant.
     */
    private void assignmentTarget(Expr target, boolean first) {
        if (target instanceof Yield || target instanceof YieldFrom) {
            throw syntax(target.span(), "assignment to yield expression not possible");
        }
        Expr bad = Targets.firstInvalid(target);
        if (first && bad == target && Targets.mayHaveMeantComparison(bad)) {
            advance();
            boolean plainValue = false;
            if (startsExpression(peek()) && !atOp("*") && !atOp("**")) {
                try {
                    bitwiseOr();
                    plainValue = !atOp("=") && !atOp(":=");
                } catch (Diagnostic.Failure f) {
                    if (lexerFailed) {
                        throw f;
                    }
                }
            }
            if (plainValue) {
                throw syntax(bad.span(), "cannot assign to " + Targets.describe(bad)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        Targets.check(this, target, Targets.Use.ASSIGN);
    }

    private static BinOpKind augOp(Token t) {
        if (t.kind() != TokenKind.OP) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> BinOpKind.ADD;
            case "-=" -> BinOpKind.SUB;
            case "*=" -> BinOpKind.MULT;
            case "@=" -> BinOpKind.MATMULT;
            case "/=" -> BinOpKind.DIV;
            case "%=" -> BinOpKind.MOD;
            case "&=" -> BinOpKind.BITAND;
            case "|=" -> BinOpKind.BITOR;
            case "^=" -> BinOpKind.BITXOR;
            case "<<=" -> BinOpKind.LSHIFT;
            case ">>=" -> BinOpKind.RSHIFT;
            case "**=" -> BinOpKind.POW;
            case "//=" -> BinOpKind.FLOORDIV;
            default -> null;
        };
    }

    private Stmt delStmt() {
        Token t = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (atSimpleStmtEnd()) {
                break;
            }
            Expr e = bitwiseOr();
            Targets.checkDelete(this, e);
            targets.add(e);
        } while (accept(","));
        if (targets.isEmpty()) {
            throw invalidSyntax(peek());
        }
        return new Delete(targets, from(t));
    }

    private Stmt importName() {
        Token t = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String dotted = dottedName();
            String as = accept("as") ? name().text() : null;
            names.add(new Alias(dotted, as, from(first)));
        } while (accept(","));
        return new Import(names, from(t));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name().text());
        while (atOp(".")) {
            advance();
            sb.append('.').append(name().text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = advance();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += advance().text().length();
        }
        String module = null;
        if (!at("import")) {
            module = dottedName();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = advance();
            names.add(new Alias("*", null, star.span()));
        } else {
            boolean parens = accept("(");
            while (true) {
                Token first = peek();
                String n = name().text();
                String as = accept("as") ? name().text() : null;
                names.add(new Alias(n, as, from(first)));
                if (!atOp(",")) {
                    break;
                }
                Token comma = advance();
                if (parens && atOp(")")) {
                    break;
                }
                if (!parens && atSimpleStmtEnd()) {
                    throw syntax(Span.at(comma.span().line(), comma.span().endCol()),
                            "trailing comma not allowed without surrounding parentheses");
                }
            }
            if (parens) {
                expect(")");
            }
        }
        return new ImportFrom(module, names, level, from(t));
    }


    // ----------------------------------------------------------------------- compound statements

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (peek().kind() != TokenKind.NEWLINE) {
            simpleStmts(body);
            return body;
        }
        advance();
        Token t = peek();
        if (t.kind() != TokenKind.INDENT) {
            Span at = t.span();
            Diagnostic.Failure later = laterTokenizerError(Math.max(at.line(), furthestLine()));
            throw later != null ? later : src.fail(at, "IndentationError", "expected an indented block after "
                    + what + " on line " + header.span().line());
        }
        advance();
        while (peek().kind() != TokenKind.DEDENT && peek().kind() != TokenKind.ENDMARKER) {
            statement(body);
        }
        if (peek().kind() == TokenKind.DEDENT) {
            advance();
        }
        return body;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            advance();
            decorators.add(namedExpression());
            if (peek().kind() != TokenKind.NEWLINE) {
                throw invalidSyntax(peek());
            }
            advance();
        }
        Token t = peek();
        // As in CPython, a decorated definition's span starts at 'def'/'class', not at the '@'.
        if (t.is("def")) {
            return functionDef(decorators, null);
        }
        if (t.is("class")) {
            return classDef(decorators, null);
        }
        if (t.is("async") && peek(1).is("def")) {
            return asyncStmt(decorators, null);
        }
        throw invalidSyntax(t);
    }

    private Stmt asyncStmt(List<Expr> decorators, Token decoStart) {
        Token async = advance();
        Token t = peek();
        if (t.is("def")) {
            return functionDef(decorators, decoStart == null ? async : decoStart, true);
        }
        if (!decorators.isEmpty()) {
            throw invalidSyntax(t);
        }
        if (t.is("with")) {
            return withStmt(async);
        }
        if (t.is("for")) {
            return forStmt(async);
        }
        throw invalidSyntax(t);
    }

    private Stmt functionDef(List<Expr> decorators, Token start) {
        return functionDef(decorators, start == null ? peek() : start, false);
    }

    private Stmt functionDef(List<Expr> decorators, Token start, boolean isAsync) {
        Token def = expect("def");
        String name = name().text();
        expect("(");
        Arguments args = parameters(")", true);
        expect(")");
        Expr returns = null;
        if (atOp("->")) {
            Token arrow = advance();
            if (!startsExpression(peek())) {
                throw syntax(arrow.span(), "expected ':'");
            }
            returns = expression();
        }
        expectColon(true);
        List<Stmt> body = block("function definition", def);
        return new FunctionDef(name, args, body, decorators, isAsync, returns, from(start));
    }

    private Stmt classDef(List<Expr> decorators, Token start) {
        Token cls = advance();
        if (start == null) {
            start = cls;
        }
        String name = name().text();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            Token open = advance();
            callArguments(open, bases, keywords, false);
        }
        expectColon(false);
        List<Stmt> body = block("class definition", cls);
        return new ClassDef(name, bases, keywords, body, decorators, from(start));
    }

    private Stmt ifStmt() {
        Token t = advance();
        Expr test = namedExpression();
        expectColon(false);
        List<Stmt> body = block("'" + t.text() + "' statement", t);
        List<Stmt> orElse = List.of();
        if (at("elif")) {
            orElse = List.of(ifStmt());
        } else if (at("else")) {
            orElse = elseBlock();
        }
        return new If(test, body, orElse, from(t));
    }

    private List<Stmt> elseBlock() {
        Token e = advance();
        expectColon(true);
        return block("'else' statement", e);
    }

    private Stmt whileStmt() {
        Token t = advance();
        Expr test = namedExpression();
        expectColon(false);
        List<Stmt> body = block("'while' statement", t);
        List<Stmt> orElse = at("else") ? elseBlock() : List.of();
        return new While(test, body, orElse, from(t));
    }

    private Stmt forStmt(Token async) {
        Token t = advance();
        Expr target = starTargets();
        Targets.check(this, target, Targets.Use.FOR);
        expect("in");
        Expr iter = starExpressions();
        expectColon(false);
        List<Stmt> body = block("'for' statement", t);
        List<Stmt> orElse = at("else") ? elseBlock() : List.of();
        return new For(target, iter, body, orElse, async != null, from(async != null ? async : t));
    }

    private Stmt withStmt(Token async) {
        Token t = advance();
        List<WithItem> items = new ArrayList<>();
        if (atOp("(") && parenthesizedWithItems()) {
            advance();
            do {
                if (atOp(")")) {
                    break;
                }
                items.add(withItem());
            } while (accept(","));
            expect(")");
        } else {
            do {
                items.add(withItem());
            } while (accept(","));
        }
        expectColon(false);
        List<Stmt> body = block("'with' statement", t);
        return new With(items, body, async != null, from(async != null ? async : t));
    }

    /**
     * {@code with (a as b, c):} groups items, but {@code with (a, b) as c:} and {@code with (a):} are
     * expressions: the parenthesis groups items only if its closer is followed by the colon and it
     * holds an {@code as} or a comma at its own level.
     */
    private boolean parenthesizedWithItems() {
        int level = 0;
        boolean sawItemSyntax = false;
        for (int k = 0; ; k++) {
            Token tok = peek(k);
            if (tok.kind() == TokenKind.NEWLINE || tok.kind() == TokenKind.ENDMARKER) {
                return false;
            }
            if (tok.isOp("(") || tok.isOp("[") || tok.isOp("{")) {
                level++;
            } else if (tok.isOp(")") || tok.isOp("]") || tok.isOp("}")) {
                level--;
                if (level == 0) {
                    return peek(k + 1).isOp(":") && sawItemSyntax;
                }
            } else if (level == 1 && (tok.is("as") || tok.isOp(","))) {
                sawItemSyntax = true;
            }
        }
    }

    private WithItem withItem() {
        Token start = peek();
        Expr ctx = expression();
        Expr vars = null;
        if (accept("as")) {
            vars = starTarget();
            Targets.check(this, vars, Targets.Use.WITH);
        }
        return new WithItem(ctx, vars, from(start));
    }

    private Stmt tryStmt() {
        Token t = advance();
        expectColon(true);
        List<Stmt> body = block("'try' statement", t);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at("except")) {
            Token ex = advance();
            boolean isStar = false;
            if (atOp("*")) {
                advance();
                isStar = true;
            }
            if (star != null && star != isStar) {
                throw syntax(ex.span(), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    Token comma = peek();
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (accept(",")) {
                        if (atOp(":") || at("as")) {
                            break;
                        }
                        elts.add(expression());
                    }
                    throw syntax(type.span().to(elts.get(elts.size() - 1).span()),
                            "multiple exception types must be parenthesized");
                }
                if (accept("as")) {
                    name = name().text();
                }
            } else if (isStar) {
                throw syntax(peek().span(), "expected one or more exception types");
            }
            expectColon(false);
            List<Stmt> hb = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(type, name, hb, from(ex)));
        }
        List<Stmt> orElse = List.of();
        if (at("else")) {
            if (handlers.isEmpty()) {
                throw invalidSyntax(peek());
            }
            orElse = elseBlock();
        }
        List<Stmt> fin = List.of();
        if (at("finally")) {
            Token f = advance();
            expectColon(true);
            fin = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && fin.isEmpty()) {
            throw syntax(peek().span(), "expected 'except' or 'finally' block");
        }
        return new Try(body, handlers, orElse, fin, star != null && star, from(t));
    }
}
