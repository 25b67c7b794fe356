package dev.loopscope.diag;

/**
 * A problem found before a scenario runs: a syntax error or a construct LoopScope refuses.
 * {@link #render} gives the one format every front end shows: {@code FILE:LINE:COL: message},
 * the source line and a caret under the column.
 */
public record Diagnostic(String file, Span span, String kind, String message, String sourceLine) {

    /** The thrown form, so that the lexer, parser and checker stop at the first problem. */
    public static final class Failure extends RuntimeException {
        private final Diagnostic diagnostic;

        public Failure(Diagnostic diagnostic) {
            super(diagnostic.render(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(file).append(':').append(span.line()).append(':').append(span.col()).append(": ")
                .append(kind).append(": ").append(message).append('\n');
        if (sourceLine != null) {
            String shown = sourceLine.replace('\t', ' ');
            out.append("    ").append(shown).append('\n');
            out.append("    ").append(" ".repeat(Math.max(0, Math.min(span.col() - 1, shown.length()))))
                    .append("^\n");
        }
        return out.toString();
    }
}
