package dev.loopscope.diag;

/** A region of scenario source: 1-based lines, 1-based columns (code points), end exclusive. */
public record Span(int line, int col, int endLine, int endCol) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    public static Span at(int line, int col) {
        return new Span(line, col, line, col + 1);
    }

    /** From the start of this span to the end of {@code other}. */
    public Span to(Span other) {
        return new Span(line, col, other.endLine, other.endCol);
    }
}
