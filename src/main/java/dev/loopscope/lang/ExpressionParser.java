package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The expression rules of CPython 3.11's grammar, from star_expressions down to atoms, plus the
 * parameter lists that def and lambda share.
 */
abstract class ExpressionParser extends TokenCursor {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    /** Lets an f-string field tell {@code (a, b)} from {@code a, b}, whose spans CPython differs on. */
    TupleExpr lastParenthesizedTuple;

    ExpressionParser(Source src, Lexer lexer, String messagePrefix) {
        super(src, lexer, messagePrefix);
    }

    /** Rules that recurse without a bracket (unary operators, not, await, **, lambda, if-else) in progress. */
    private int nesting;

    /**
     * Enters one more unbracketed nesting level. Brackets stop at 200 in the tokenizer; these
     * would otherwise recurse as deep as the text goes (100,000 minus signs overflow the stack).
     * The tree is as deep as this count, so stopping where the compiler would keeps CPython's answer.
     */
    void deeper(Token at) {
        if (++nesting > Symtable.MAX_DEPTH) {
            throw src.fail(at.span(), "RecursionError", "maximum recursion depth exceeded during compilation");
        }
    }

    void shallower() {
        nesting--;
    }

    // ------------------------------------------------------------------------------- parameters

    /** params / lambda_params, up to (not including) {@code closer}. */
    Arguments parameters(String closer, boolean annotations) {
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

    Arg param(boolean annotations, Set<String> seen) {
        Token n = name();
        if (!seen.add(n.text())) {
            compileError(n.span(), "duplicate argument '" + n.text() + "' in function definition");
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

    Expr starExpression() {
        if (atOp("*")) {
            Token t = advance();
            return new Starred(bitwiseOr(), from(t));
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (atOp("*")) {
            Token t = advance();
            return new Starred(bitwiseOr(), from(t));
        }
        return namedExpression();
    }

    /** star_targets for {@code for} and comprehensions: stops before {@code in}. */
    Expr starTargets() {
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

    Expr starTarget() {
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

    Expr yieldExpr() {
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

    Expr namedExpression(boolean hintAssignment) {
        Token t = peek();
        // Look past a token only when CPython would: a bracket left open is reported at end of input.
        if (t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text()) && peek(1).isOp(":=")) {
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
    Diagnostic.Failure assignmentInExpression(Expr e) {
        Token eq = peek();
        boolean bitwise = !(e instanceof Compare || e instanceof BoolOp || e instanceof Lambda || e instanceof IfExp
                || e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT);
        boolean excluded = e instanceof ListExpr || e instanceof TupleExpr || e instanceof GeneratorExp
                || e instanceof Constant c && (c.value() == ConstantKind.NONE || c.value() instanceof Boolean);
        if (bitwise && !excluded) {
            advance();
            Span end = null;
            if (startsExpression(peek()) && !atOp("*") && !atOp("**")) {
                try {
                    end = bitwiseOr().span();
                } catch (Diagnostic.Failure f) {
                    if (lexerFailed) {
                        throw f;
                    }
                }
            }
            if (end == null || atOp("=") || atOp(":=")) {
                return invalidSyntax(eq);
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
            deeper(start);
            Expr orElse;
            try {
                orElse = expression();
            } finally {
                shallower();
            }
            return new IfExp(test, body, orElse, from(start));
        }
        return body;
    }

    Expr lambdef() {
        Token t = advance();
        Arguments args = parameters(":", false);
        expectColon(false);
        deeper(t);
        Expr body;
        try {
            body = expression();
        } finally {
            shallower();
        }
        return new Lambda(args, body, from(t));
    }

    Expr disjunction() {
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

    Expr conjunction() {
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

    Expr inversion() {
        if (at("not")) {
            Token t = advance();
            deeper(t);
            Expr operand;
            try {
                operand = inversion();
            } finally {
                shallower();
            }
            return new UnaryOp(UnaryOpKind.NOT, operand, from(t));
        }
        return comparison();
    }

    Expr comparison() {
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

    CmpOpKind compareOp() {
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

    Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            advance();
            left = new BinOp(left, BinOpKind.BITOR, bitwiseXor(), from(start));
        }
        return left;
    }

    Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            advance();
            left = new BinOp(left, BinOpKind.BITXOR, bitwiseAnd(), from(start));
        }
        return left;
    }

    Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (atOp("&")) {
            advance();
            left = new BinOp(left, BinOpKind.BITAND, shiftExpr(), from(start));
        }
        return left;
    }

    Expr shiftExpr() {
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

    Expr sum() {
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

    Expr term() {
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

    Expr factor() {
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
                deeper(t);
                Expr operand;
                try {
                    operand = factor();
                } finally {
                    shallower();
                }
                return new UnaryOp(op, operand, from(t));
            }
        }
        return power();
    }

    Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (atOp("**")) {
            advance();
            deeper(start);
            Expr exp;
            try {
                exp = factor();
            } finally {
                shallower();
            }
            return new BinOp(base, BinOpKind.POW, exp, from(start));
        }
        return base;
    }

    Expr awaitPrimary() {
        if (at("await")) {
            Token t = advance();
            Expr v = primary();
            return new Await(v, from(t));
        }
        return primary();
    }

    /** primary: atom followed by attribute, call and subscript trailers. */
    Expr primary() {
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
    void callArguments(Token open, List<Expr> args, List<Keyword> keywords, boolean allowGenexp) {
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
            } else if (t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text()) && peek(1).isOp("=")) {
                advance();
                advance();
                Expr v = expression();
                for (Keyword k : keywords) {
                    if (t.text().equals(k.arg())) {
                        compileError(from(t), "keyword argument repeated: " + t.text());
                    }
                }
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

    static Expr lastArgument(List<Expr> args, List<Keyword> keywords) {
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
    Diagnostic.Failure forgotComma(Expr before) {
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
    Expr slices() {
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

    Expr sliceItem() {
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

    Expr atom() {
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

    Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (peek().kind() == TokenKind.STRING) {
            parts.add(advance());
        }
        try {
            return FStrings.concatenate(src, parts, from(parts.get(0)), peek().span());
        } catch (Diagnostic.Failure f) {
            // Like any parser error, an f-string error gives way to a tokenizer error further on.
            Diagnostic.Failure later = laterTokenizerError(Math.max(f.diagnostic().span().line(), furthestLine()));
            throw later != null ? later : f;
        }
    }

    /** tuple | group | genexp */
    Expr group() {
        Token open = advance();
        if (atOp(")")) {
            advance();
            lastParenthesizedTuple = new TupleExpr(List.of(), from(open));
            return lastParenthesizedTuple;
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
        lastParenthesizedTuple = new TupleExpr(elts, from(open));
        return lastParenthesizedTuple;
    }

    /** The rest of a display after its first element, through the closer. */
    void elements(List<Expr> elts, String closer) {
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

    Expr list() {
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

    Expr dictOrSet() {
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

    Expr dictRest(Token open, Expr firstKey, Expr firstValue) {
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
    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || at("async") && peek(1).is("for")) {
            Token start = peek();
            boolean isAsync = accept("async");
            advance();
            Expr target = starTargets();
            Targets.check(this, target, Targets.Use.FOR);
            if (!at("in")) {
                // "for ()" has no last element: CPython points at the empty tuple itself
                throw forgotComma(target instanceof TupleExpr tt && !tt.elts().isEmpty()
                        ? tt.elts().get(tt.elts().size() - 1) : target);
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

    Token name() {
        Token t = peek();
        if (t.kind() != TokenKind.NAME || KEYWORDS.contains(t.text())) {
            throw invalidSyntax(t);
        }
        return advance();
    }
}
