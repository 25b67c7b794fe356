package dev.loopscope.lang;

import dev.loopscope.diag.Span;

/**
 * One token. {@code text} is the identifier, operator or number spelling (empty for layout tokens);
 * {@code value} is the literal: a number value for NUMBER, a {@link StringToken} for STRING.
 * {@code start}/{@code end} are char offsets into the source so that sub-parsers (f-strings) and
 * error reports can go back to the text; {@code depth} is the bracket nesting at the token.
 */
public record Token(TokenKind kind, String text, Object value, Span span, int start, int end, int depth) {

    public boolean is(String op) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(op);
    }

    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : "(" + text + ")") + "@" + span.line() + ":" + span.col();
    }
}
