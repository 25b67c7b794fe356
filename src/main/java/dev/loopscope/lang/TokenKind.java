package dev.loopscope.lang;

/** The token classes of CPython's tokenizer that reach the parser (comments and NL never do). */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
}
