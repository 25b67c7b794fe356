package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the Python 3.11 subset LoopScope runs. Methods carry the names of
 * the rules in CPython's Grammar/python.gram; where CPython backtracks, this parser parses the
 * general form (an expression) and then checks it (as a target), which gives the same trees.
 * One instance parses one file (or one f-string field); instances share nothing.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private final Source src;
    private final Lexer lexer;
    /** Error messages of an f-string field are prefixed as CPython 3.11 does. */
    private final String messagePrefix;

    private Token[] ring = new Token[8];
    private int head;
    private int count;
    private Token last;
    /** Set once the lexer has thrown: its error must then win over any parser guess. */
    private boolean lexerFailed;
    private int lastEndLine = 1;
    private int lastEndCol = 1;

    private Parser(Source src, Lexer lexer, String messagePrefix) {
        this.src = src;
        this.lexer = lexer;
        this.messagePrefix = messagePrefix;
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

    // ----------------------------------------------------------------------------- token stream

    private Token peek() {
        return peek(0);
    }

    private Token peek(int k) {
        while (count <= k) {
            if (count == ring.length) {
                Token[] bigger = new Token[ring.length * 2];
                for (int i = 0; i < count; i++) {
                    bigger[i] = ring[(head + i) % ring.length];
                }
                ring = bigger;
                head = 0;
            }
            Token t;
            try {
                t = lexer.next();
            } catch (Diagnostic.Failure f) {
                lexerFailed = true;
                throw f;
            }
            ring[(head + count) % ring.length] = t;
            count++;
        }
        return ring[(head + k) % ring.length];
    }

    private Token advance() {
        Token t = peek();
        ring[head] = null;
        head = (head + 1) % ring.length;
        count--;
        last = t;
        TokenKind k = t.kind();
        if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT && k != TokenKind.ENDMARKER) {
            lastEndLine = t.span().endLine();
            lastEndCol = t.span().endCol();
        }
        return t;
    }

    private boolean at(String op) {
        return peek().is(op);
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean accept(String op) {
        if (peek().is(op)) {
            advance();
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        Token t = peek();
        if (!t.is(op)) {
            if (op.equals("(")) {
                throw syntax(t.span(), "expected '" + op + "'");
            }
            throw invalidSyntax(t);
        }
        return advance();
    }

    /**
     * CPython 3.11 demands the colon outright only after def, else, try and finally; elsewhere it
     * says "expected ':'" only when the line ends there.
     */
    private void expectColon(boolean forced) {
        if (atOp(":")) {
            advance();
            return;
        }
        Token t = peek();
        if (forced || t.kind() == TokenKind.NEWLINE) {
            throw syntax(t.span(), "expected ':'");
        }
        throw invalidSyntax(t);
    }

    private Span from(Span start) {
        return new Span(start.line(), start.col(), lastEndLine, lastEndCol);
    }

    private Span from(Token start) {
        return from(start.span());
    }

    // ---------------------------------------------------------------------------------- errors

    private Diagnostic.Failure syntax(Span span, String message) {
        Diagnostic.Failure tokenizerError = laterTokenizerError(Math.max(span.line(), furthestLine()));
        if (tokenizerError != null) {
            return tokenizerError;
        }
        return src.syntax(span, messagePrefix + message);
    }

    /**
     * CPython re-tokenizes the rest of the file after a parser error and reports a tokenizer error
     * instead if there is one; an unclosed bracket wins only when the parser failed inside it.
     */
    private int furthestLine() {
        return count > 0 ? ring[(head + count - 1) % ring.length].span().line() : lastEndLine;
    }

    private Diagnostic.Failure laterTokenizerError(int errorLine) {
        if (!messagePrefix.isEmpty()) {
            return null;
        }
        try {
            int guard = 0;
            while (peek(count > 0 ? count - 1 : 0).kind() != TokenKind.ENDMARKER && guard++ < 50_000_000) {
                advanceLexerOnly();
            }
        } catch (Diagnostic.Failure f) {
            Diagnostic d = f.diagnostic();
            // Errors the C tokenizer only flags (no exception set) do not displace the parser's.
            if (!d.kind().equals("SyntaxError") || d.message().startsWith("unexpected character after line continuation")
                    || d.message().startsWith("unexpected EOF")) {
                return null;
            }
            if (d.message().endsWith("was never closed") && d.span().line() >= errorLine) {
                return null;
            }
            return f;
        }
        return null;
    }

    private void advanceLexerOnly() {
        // Keep only the newest token: the ring is no longer needed once an error is certain.
        Token t = lexer.next();
        ring[head] = t;
        count = 1;
    }

    private Diagnostic.Failure invalidSyntax(Token t) {
        if (t.kind() == TokenKind.INDENT) {
            return src.fail(new Span(t.span().line(), Math.max(1, t.span().col() - 1), t.span().line(),
                    t.span().col()), "IndentationError", "unexpected indent");
        }
        if (t.kind() == TokenKind.DEDENT) {
            return src.fail(t.span(), "IndentationError", "unindent does not match any outer indentation level");
        }
        if (t.is("not") && t == peek() && !peek(1).is("in")) {
            // CPython had to look past 'not' to rule out 'not in'.
            t = peek(1);
        }
        return syntax(t.span(), "invalid syntax");
    }

    private Diagnostic.Failure unsupported(Span span, String message) {
        return src.fail(span, "unsupported", message);
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
            throw syntax(v.span(), "can't use starred expression here");
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
            if (first instanceof TupleExpr) {
                throw syntax(first.span(), "only single target (not tuple) can be annotated");
            }
            if (first instanceof ListExpr) {
                throw syntax(first.span(), "only single target (not list) can be annotated");
            }
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw syntax(first.span(), "illegal target for annotation");
            }
            Expr annotation = expression();
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
            while (accept("=")) {
                targets.add(value);
                value = peek().is("yield") ? yieldExpr() : starExpressions();
            }
            for (Expr target : targets) {
                if (target instanceof Yield || target instanceof YieldFrom) {
                    throw syntax(target.span(), "assignment to yield expression not possible");
                }
                Targets.check(this, target, targets.size() == 1 ? Targets.Use.ASSIGN_SINGLE : Targets.Use.ASSIGN);
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

    private Token name() {
        Token t = peek();
        if (t.kind() != TokenKind.NAME || KEYWORDS.contains(t.text())) {
            throw invalidSyntax(t);
        }
        return advance();
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

    // ------------------------------------------------------------------------------- parameters

    /** params / lambda_params, up to (not including) {@code closer}. */
    private Arguments parameters(String closer, boolean annotations) {
        Token start = peek();
        List<Arg> posOnly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg varArg = null;
        List<Arg> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwArg = null;
        boolean star = false;
        boolean slash = false;
        Token bareStar = null;
        Set<String> seen = new HashSet<>();
        while (!atOp(closer)) {
            Token t = peek();
            if (kwArg != null) {
                throw syntax(t.span(), "arguments cannot follow var-keyword argument");
            }
            if (t.isOp("/")) {
                advance();
                if (slash) {
                    throw syntax(t.span(), "/ may appear only once");
                }
                if (star) {
                    throw syntax(t.span(), "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw syntax(t.span(), "at least one argument must precede /");
                }
                slash = true;
                posOnly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                advance();
                if (star) {
                    throw syntax(t.span(), "* argument may appear only once");
                }
                star = true;
                if (atOp(",") || atOp(closer)) {
                    bareStar = t;
                } else {
                    varArg = param(annotations, seen);
                    if (atOp("=")) {
                        throw syntax(peek().span(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.isOp("**")) {
                advance();
                kwArg = param(annotations, seen);
                if (atOp("=")) {
                    throw syntax(peek().span(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg a = param(annotations, seen);
                Expr def = null;
                if (accept("=")) {
                    def = expression();
                }
                if (star) {
                    kwOnly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw syntax(a.span(), "non-default argument follows default argument");
                    }
                    args.add(a);
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        if (bareStar != null && kwOnly.isEmpty()) {
            throw syntax(bareStar.span(), "named arguments must follow bare *");
        }
        Span span = last != null && peek() != start ? from(start) : Span.at(start.span().line(), start.span().col());
        return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults, span);
    }

    private Arg param(boolean annotations, Set<String> seen) {
        Token n = name();
        if (!seen.add(n.text())) {
            throw syntax(n.span(), "duplicate argument '" + n.text() + "' in function definition");
        }
        Expr annotation = null;
        if (annotations && accept(":")) {
            annotation = atOp("*") ? starExpression() : expression();
        }
        return new Arg(n.text(), annotation, from(n));
    }

    // ------------------------------------------------------------------------------ expressions

    /** star_expressions: a tuple without parentheses when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new TupleExpr(elts, from(start));
    }

    private Expr starExpression() {
        if (atOp("*")) {
            Token t = advance();
            return new Starred(bitwiseOr(), from(t));
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (atOp("*")) {
            Token t = advance();
            return new Starred(bitwiseOr(), from(t));
        }
        return namedExpression();
    }

    /** star_targets for {@code for} and comprehensions: stops before {@code in}. */
    private Expr starTargets() {
        Token start = peek();
        Expr first = starTarget();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || atOp("=")) {
                break;
            }
            elts.add(starTarget());
        }
        return new TupleExpr(elts, from(start));
    }

    private Expr starTarget() {
        if (atOp("*")) {
            Token t = advance();
            return new Starred(starTarget(), from(t));
        }
        return bitwiseOr();
    }

    boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    private Expr yieldExpr() {
        Token t = advance();
        if (accept("from")) {
            Expr v = expression();
            return new YieldFrom(v, from(t));
        }
        Token n = peek();
        if (n.kind() == TokenKind.NEWLINE || n.isOp(")") || n.isOp("]") || n.isOp("}") || n.isOp("=")
                || n.isOp(";") || n.kind() == TokenKind.ENDMARKER || !startsExpression(n)) {
            return new Yield(null, t.span());
        }
        return new Yield(starExpressions(), from(t));
    }

    /** named_expression: NAME ':=' expression | expression !':=' */
    Expr namedExpression() {
        return namedExpression(true);
    }

    private Expr namedExpression(boolean hintAssignment) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && peek(1).isOp(":=") && !KEYWORDS.contains(t.text())) {
            advance();
            advance();
            Expr value = expression();
            return new NamedExpr(new Name(t.text(), t.span()), value, from(t));
        }
        Expr e = expression();
        if (atOp(":=")) {
            if (!startsExpression(peek(1))) {
                throw invalidSyntax(peek());
            }
            throw syntax(e.span(), "cannot use assignment expressions with " + Targets.describe(e));
        }
        if (hintAssignment && atOp("=") && messagePrefix.isEmpty()) {
            throw assignmentInExpression(e);
        }
        return e;
    }

    /** CPython's invalid_named_expression: {@code if x = 1:} probably meant a comparison. */
    private Diagnostic.Failure assignmentInExpression(Expr e) {
        Token eq = peek();
        boolean bitwise = !(e instanceof Compare || e instanceof BoolOp || e instanceof Lambda || e instanceof IfExp
                || e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT);
        boolean excluded = e instanceof ListExpr || e instanceof TupleExpr || e instanceof GeneratorExp
                || e instanceof Constant c && (c.value() == ConstantKind.NONE || c.value() instanceof Boolean);
        if (bitwise && !excluded) {
            advance();
            Span end = eq.span();
            if (startsExpression(peek())) {
                try {
                    end = bitwiseOr().span();
                } catch (Diagnostic.Failure f) {
                    if (lexerFailed) {
                        throw f;
                    }
                }
            }
            Span span = e.span().to(end);
            if (e instanceof Name) {
                return syntax(span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            return syntax(span, "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
        return invalidSyntax(eq);
    }

    /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
    Expr expression() {
        Token start = peek();
        if (at("lambda")) {
            return lambdef();
        }
        Expr body = disjunction();
        if (at("if")) {
            advance();
            Expr test = disjunction();
            if (!at("else")) {
                throw syntax(from(start), "expected 'else' after 'if' expression");
            }
            advance();
            Expr orElse = expression();
            return new IfExp(test, body, orElse, from(start));
        }
        return body;
    }

    private Expr lambdef() {
        Token t = advance();
        Arguments args = parameters(":", false);
        expectColon(false);
        Expr body = expression();
        return new Lambda(args, body, from(t));
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("or")) {
            values.add(conjunction());
        }
        return new BoolOp(false, values, from(start));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("and")) {
            values.add(inversion());
        }
        return new BoolOp(true, values, from(start));
    }

    private Expr inversion() {
        if (at("not")) {
            Token t = advance();
            Expr operand = inversion();
            return new UnaryOp(UnaryOpKind.NOT, operand, from(t));
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOpKind> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CmpOpKind op = compareOp();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Compare(left, ops, comparators, from(start));
    }

    private CmpOpKind compareOp() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CmpOpKind op = switch (t.text()) {
                case "==" -> CmpOpKind.EQ;
                case "!=" -> CmpOpKind.NOT_EQ;
                case "<" -> CmpOpKind.LT;
                case "<=" -> CmpOpKind.LT_E;
                case ">" -> CmpOpKind.GT;
                case ">=" -> CmpOpKind.GT_E;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (t.kind() != TokenKind.NAME) {
            return null;
        }
        switch (t.text()) {
            case "in" -> {
                advance();
                return CmpOpKind.IN;
            }
            case "is" -> {
                advance();
                return accept("not") ? CmpOpKind.IS_NOT : CmpOpKind.IS;
            }
            case "not" -> {
                if (peek(1).is("in")) {
                    advance();
                    advance();
                    return CmpOpKind.NOT_IN;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            advance();
            left = new BinOp(left, BinOpKind.BITOR, bitwiseXor(), from(start));
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            advance();
            left = new BinOp(left, BinOpKind.BITXOR, bitwiseAnd(), from(start));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (atOp("&")) {
            advance();
            left = new BinOp(left, BinOpKind.BITAND, shiftExpr(), from(start));
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        while (true) {
            BinOpKind op = atOp("<<") ? BinOpKind.LSHIFT : atOp(">>") ? BinOpKind.RSHIFT : null;
            if (op == null) {
                return left;
            }
            advance();
            left = new BinOp(left, op, sum(), from(start));
        }
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (true) {
            BinOpKind op = atOp("+") ? BinOpKind.ADD : atOp("-") ? BinOpKind.SUB : null;
            if (op == null) {
                return left;
            }
            advance();
            left = new BinOp(left, op, term(), from(start));
        }
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Token t = peek();
            BinOpKind op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
                case "*" -> BinOpKind.MULT;
                case "/" -> BinOpKind.DIV;
                case "//" -> BinOpKind.FLOORDIV;
                case "%" -> BinOpKind.MOD;
                case "@" -> BinOpKind.MATMULT;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            advance();
            left = new BinOp(left, op, factor(), from(start));
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            UnaryOpKind op = switch (t.text()) {
                case "+" -> UnaryOpKind.UADD;
                case "-" -> UnaryOpKind.USUB;
                case "~" -> UnaryOpKind.INVERT;
                default -> null;
            };
            if (op != null) {
                advance();
                Expr operand = factor();
                return new UnaryOp(op, operand, from(t));
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (atOp("**")) {
            advance();
            Expr exp = factor();
            return new BinOp(base, BinOpKind.POW, exp, from(start));
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at("await")) {
            Token t = advance();
            Expr v = primary();
            return new Await(v, from(t));
        }
        return primary();
    }

    /** primary: atom followed by attribute, call and subscript trailers. */
    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.OP) {
                return e;
            }
            switch (t.text()) {
                case "." -> {
                    advance();
                    Token n = name();
                    e = new Attribute(e, n.text(), from(start));
                }
                case "(" -> {
                    advance();
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> keywords = new ArrayList<>();
                    callArguments(t, args, keywords, true);
                    e = new Call(e, args, keywords, from(start));
                }
                case "[" -> {
                    advance();
                    Expr slice = slices();
                    expect("]");
                    e = new Subscript(e, slice, from(start));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** The arguments of a call or class header after '(' up to and including ')'. */
    private void callArguments(Token open, List<Expr> args, List<Keyword> keywords, boolean allowGenexp) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!atOp(")")) {
            Token t = peek();
            if (t.isOp("*")) {
                advance();
                Expr v = expression();
                if (at("for") || at("async") && peek(1).is("for")) {
                    throw syntax(from(t), "iterable unpacking cannot be used in comprehension");
                }
                if (sawDoubleStar) {
                    throw syntax(from(t), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Starred(v, from(t)));
            } else if (t.isOp("**")) {
                advance();
                Expr v = expression();
                keywords.add(new Keyword(null, v, from(t)));
                sawDoubleStar = true;
            } else if (t.kind() == TokenKind.NAME && peek(1).isOp("=") && !KEYWORDS.contains(t.text())) {
                advance();
                advance();
                Expr v = expression();
                keywords.add(new Keyword(t.text(), v, from(t)));
                sawKeyword = true;
            } else {
                Expr e = namedExpression(false);
                if (allowGenexp && (at("for") || at("async") && peek(1).is("for"))) {
                    List<Comprehension> gens = forIfClauses();
                    boolean sole = args.isEmpty() && keywords.isEmpty() && atOp(")");
                    if (!sole) {
                        Span span = from(e.span());
                        throw syntax(span, "Generator expression must be parenthesized");
                    }
                    advance();
                    args.add(new GeneratorExp(e, gens, from(open)));
                    return;
                }
                if (atOp("=")) {
                    Token eq = peek();
                    throw syntax(e.span().to(eq.span()),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (sawDoubleStar || sawKeyword) {
                    // CPython reports these where it stopped reading: the token after the argument.
                    throw syntax(peek().span(), sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                }
                args.add(e);
            }
            if (!atOp(",")) {
                Expr lastArg = lastArgument(args, keywords);
                if (lastArg != null && !atOp(")")) {
                    throw forgotComma(lastArg);
                }
                break;
            }
            advance();
        }
        expect(")");
    }

    private static Expr lastArgument(List<Expr> args, List<Keyword> keywords) {
        Expr a = args.isEmpty() ? null : args.get(args.size() - 1);
        Expr k = keywords.isEmpty() ? null : keywords.get(keywords.size() - 1).value();
        if (a == null) {
            return k;
        }
        if (k == null) {
            return a;
        }
        Span sa = a.span();
        Span sk = k.span();
        return sa.line() > sk.line() || sa.line() == sk.line() && sa.col() > sk.col() ? a : k;
    }

    /** CPython's "Perhaps you forgot a comma?" for two adjacent expressions inside brackets. */
    private Diagnostic.Failure forgotComma(Expr before) {
        Token t = peek();
        boolean nameThenString = before instanceof Name && t.kind() == TokenKind.STRING;
        if (startsExpression(t) && !nameThenString && !t.isOp("*") && !t.isOp("**")) {
            try {
                Expr next = expression();
                return syntax(before.span().to(next.span()), "invalid syntax. Perhaps you forgot a comma?");
            } catch (Diagnostic.Failure f) {
                if (lexerFailed) {
                    throw f;
                }
                return invalidSyntax(t);
            }
        }
        return invalidSyntax(t);
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    private Expr slices() {
        Token start = peek();
        Expr first = sliceItem();
        if (!atOp(",")) {
            return first instanceof Starred ? new TupleExpr(List.of(first), first.span()) : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(sliceItem());
        }
        return new TupleExpr(elts, from(start));
    }

    private Expr sliceItem() {
        Token start = peek();
        if (start.isOp("*")) {
            advance();
            return new Starred(bitwiseOr(), from(start));
        }
        Expr lower = null;
        if (!start.isOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = null;
        Expr step = null;
        if (!atOp(":") && !atOp("]") && !atOp(",")) {
            upper = expression();
        }
        if (accept(":")) {
            if (!atOp("]") && !atOp(",")) {
                step = expression();
            }
        }
        return new Slice(lower, upper, step, from(start));
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        advance();
                        return new Constant(ConstantKind.NONE, t.span());
                    }
                    case "True" -> {
                        advance();
                        return new Constant(Boolean.TRUE, t.span());
                    }
                    case "False" -> {
                        advance();
                        return new Constant(Boolean.FALSE, t.span());
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax(t);
                        }
                        advance();
                        return new Name(t.text(), t.span());
                    }
                }
            }
            case NUMBER -> {
                advance();
                return new Constant(t.value(), t.span());
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return group();
                    }
                    case "[" -> {
                        return list();
                    }
                    case "{" -> {
                        return dictOrSet();
                    }
                    case "..." -> {
                        advance();
                        return new Constant(ConstantKind.ELLIPSIS, t.span());
                    }
                    default -> throw invalidSyntax(t);
                }
            }
            default -> throw invalidSyntax(t);
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (peek().kind() == TokenKind.STRING) {
            parts.add(advance());
        }
        return FStrings.concatenate(src, parts, from(parts.get(0)));
    }

    /** tuple | group | genexp */
    private Expr group() {
        Token open = advance();
        if (atOp(")")) {
            advance();
            return new TupleExpr(List.of(), from(open));
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async") && peek(1).is("for")) {
            if (first instanceof Starred) {
                throw syntax(first.span(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = forIfClauses();
            expect(")");
            return new GeneratorExp(first, gens, from(open));
        }
        if (atOp(")")) {
            advance();
            if (first instanceof Starred) {
                throw syntax(first.span(), "cannot use starred expression here");
            }
            return first;
        }
        if (!atOp(",")) {
            if (atOp("=") && !(first instanceof NamedExpr)) {
                throw syntax(first.span().to(peek().span()), first instanceof Name
                        ? "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
                        : "cannot assign to " + Targets.describe(first) + " here. Maybe you meant '==' instead of '='?");
            }
            throw forgotComma(first);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elements(elts, ")");
        return new TupleExpr(elts, from(open));
    }

    /** The rest of a display after its first element, through the closer. */
    private void elements(List<Expr> elts, String closer) {
        while (accept(",")) {
            if (atOp(closer)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!atOp(closer)) {
            throw forgotComma(elts.get(elts.size() - 1));
        }
        advance();
    }

    private Expr list() {
        Token open = advance();
        if (atOp("]")) {
            advance();
            return new ListExpr(List.of(), from(open));
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async") && peek(1).is("for")) {
            if (first instanceof Starred) {
                throw syntax(first.span(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = forIfClauses();
            expect("]");
            return new ListComp(first, gens, from(open));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (atOp("]")) {
            advance();
        } else if (!atOp(",")) {
            throw forgotComma(first);
        } else {
            elements(elts, "]");
        }
        return new ListExpr(elts, from(open));
    }

    private Expr dictOrSet() {
        Token open = advance();
        if (atOp("}")) {
            advance();
            return new DictExpr(List.of(), List.of(), from(open));
        }
        if (atOp("**")) {
            return dictRest(open, null, null);
        }
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Starred)) {
            advance();
            Expr value = expression();
            if (at("for") || at("async") && peek(1).is("for")) {
                List<Comprehension> gens = forIfClauses();
                expect("}");
                return new DictComp(first, value, gens, from(open));
            }
            return dictRest(open, first, value);
        }
        if (at("for") || at("async") && peek(1).is("for")) {
            if (first instanceof Starred) {
                throw syntax(first.span(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = forIfClauses();
            expect("}");
            return new SetComp(first, gens, from(open));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (atOp("}")) {
            advance();
        } else if (!atOp(",")) {
            throw forgotComma(first);
        } else {
            elements(elts, "}");
        }
        return new SetExpr(elts, from(open));
    }

    private Expr dictRest(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean more = true;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            more = accept(",");
        }
        while (more && !atOp("}")) {
            if (atOp("**")) {
                advance();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!atOp(":")) {
                    if (atOp(",") || atOp("}")) {
                        throw syntax(k.span(), "':' expected after dictionary key");
                    }
                    throw invalidSyntax(peek());
                }
                advance();
                keys.add(k);
                values.add(expression());
            }
            more = accept(",");
        }
        if (!atOp("}")) {
            throw forgotComma(values.get(values.size() - 1));
        }
        advance();
        return new DictExpr(keys, values, from(open));
    }

    /** for_if_clauses */
    private List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || at("async") && peek(1).is("for")) {
            Token start = peek();
            boolean isAsync = accept("async");
            advance();
            Expr target = starTargets();
            Targets.check(this, target, Targets.Use.FOR);
            if (!at("in")) {
                throw forgotComma(target instanceof TupleExpr tt ? tt.elts().get(tt.elts().size() - 1) : target);
            }
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (at("if")) {
                advance();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync, from(start)));
        }
        return gens;
    }

    // ------------------------------------------------------------------ helpers for Targets

    Diagnostic.Failure error(Span span, String message) {
        return syntax(span, message);
    }
}
