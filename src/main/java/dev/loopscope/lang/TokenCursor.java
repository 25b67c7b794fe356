package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;

/**
 * The parser's view of the token stream: a small lookahead ring over the pulling lexer, the span
 * bookkeeping every rule needs, and CPython's rules for which error wins when several are possible.
 */
abstract class TokenCursor {
    final Source src;
    private final Lexer lexer;
    /** Error messages of an f-string field are prefixed as CPython 3.11 does. */
    final String messagePrefix;

    private Token[] ring = new Token[8];
    private int head;
    private int count;
    Token last;
    /** Set once the lexer has thrown: its error must then win over any parser guess. */
    boolean lexerFailed;
    private int lastEndLine = 1;
    /**
     * The first error CPython would only find when compiling (starred misuse, duplicate names):
     * it is reported only if the whole file parses, as CPython reports syntax errors first.
     */
    private Diagnostic.Failure compileError;
    private int lastEndCol = 1;

    TokenCursor(Source src, Lexer lexer, String messagePrefix) {
        this.src = src;
        this.lexer = lexer;
        this.messagePrefix = messagePrefix;
    }

    // ----------------------------------------------------------------------------- token stream

    Token peek() {
        return peek(0);
    }

    Token peek(int k) {
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
                if (Lexer.isStrayCharacter(f)) {
                    // Like a parser error: a real tokenizer error further on takes precedence.
                    Diagnostic.Failure later = laterTokenizerError(f.diagnostic().span().line());
                    throw later != null ? later : f;
                }
                lexerFailed = true;
                throw f;
            }
            ring[(head + count) % ring.length] = t;
            count++;
        }
        return ring[(head + k) % ring.length];
    }

    Token advance() {
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

    boolean at(String op) {
        return peek().is(op);
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean accept(String op) {
        if (peek().is(op)) {
            advance();
            return true;
        }
        return false;
    }

    Token expect(String op) {
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
    void expectColon(boolean forced) {
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

    Span from(Span start) {
        return new Span(start.line(), start.col(), lastEndLine, lastEndCol);
    }

    Span from(Token start) {
        return from(start.span());
    }

    // ---------------------------------------------------------------------------------- errors

    Diagnostic.Failure syntax(Span span, String message) {
        Diagnostic.Failure tokenizerError = laterTokenizerError(Math.max(span.line(), furthestLine()));
        if (tokenizerError != null) {
            return tokenizerError;
        }
        return src.syntax(span, messagePrefix + message);
    }

    /** The line of the furthest token read, which CPython takes as where a parse failed. */
    int furthestLine() {
        return count > 0 ? ring[(head + count - 1) % ring.length].span().line() : lastEndLine;
    }

    /**
     * CPython re-tokenizes the rest of the file after a parser error and reports a tokenizer error
     * instead if there is one; an unclosed bracket wins only if it was opened before the error line.
     */
    Diagnostic.Failure laterTokenizerError(int errorLine) {
        if (!messagePrefix.isEmpty()) {
            return null;
        }
        while (true) {
            try {
                while (peek(count > 0 ? count - 1 : 0).kind() != TokenKind.ENDMARKER) {
                    advanceLexerOnly();
                }
                return null;
            } catch (Diagnostic.Failure f) {
                if (Lexer.isStrayCharacter(f)) {
                    continue;
                }
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
        }
    }

    void advanceLexerOnly() {
        // Keep only the newest token: the ring is no longer needed once an error is certain.
        Token t = lexer.next();
        ring[head] = t;
        count = 1;
    }

    Diagnostic.Failure invalidSyntax(Token t) {
        if (t.kind() == TokenKind.INDENT) {
            return src.fail(new Span(t.span().line(), Math.max(1, t.span().col() - 1), t.span().line(),
                    t.span().col()), "IndentationError", "unexpected indent");
        }
        if (t.kind() == TokenKind.DEDENT) {
            return src.fail(t.span(), "IndentationError", "unexpected unindent");
        }
        return syntax(t.span(), "invalid syntax");
    }

    void compileError(Span span, String message) {
        if (compileError == null) {
            compileError = src.syntax(span, messagePrefix + message);
        }
    }

    void throwCompileError() {
        if (compileError != null) {
            throw compileError;
        }
    }

    Diagnostic.Failure unsupported(Span span, String message) {
        return src.fail(span, "unsupported", message);
    }
}
