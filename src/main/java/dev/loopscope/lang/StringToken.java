package dev.loopscope.lang;

/**
 * A string literal as the lexer found it. Plain and bytes literals are decoded here
 * ({@code value} is a String or byte[]); f-strings keep only where their body lies, because their
 * replacement fields need the parser. {@code bodyLine}/{@code bodyLineStart} locate the body's
 * first char (its line number and the offset of that line's start) for correct sub-spans.
 */
public record StringToken(boolean isBytes, boolean isRaw, boolean isFString, Object value,
                          int bodyStart, int bodyEnd, int bodyLine, int bodyLineStart) {
}
