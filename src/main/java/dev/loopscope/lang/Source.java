package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;

/**
 * Scenario text with line endings normalised to {@code \n} (CPython reads source with universal
 * newlines, so string literals never see {@code \r}) and a leading BOM dropped. Knows how to turn
 * char offsets into code-point columns and how to report a problem at a span.
 */
final class Source {
    final String fileName;
    final String text;
    /** Without astral characters a column is a plain char distance, which keeps lexing linear. */
    private final boolean hasSurrogates;

    Source(String fileName, String raw) {
        this.fileName = fileName;
        String t = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        this.text = t;
        boolean surrogates = false;
        for (int i = 0, n = t.length(); i < n; i++) {
            if (Character.isSurrogate(t.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        this.hasSurrogates = surrogates;
    }

    /** The 1-based code-point column of {@code pos} on the line starting at {@code lineStart}. */
    int col(int lineStart, int pos) {
        if (!hasSurrogates) {
            return pos - lineStart + 1;
        }
        // Columns are asked for left to right, so counting on from the last answer keeps long
        // lines with astral characters linear.
        if (lineStart != cachedLineStart || pos < cachedPos) {
            cachedLineStart = lineStart;
            cachedPos = lineStart;
            cachedCol = 1;
        }
        cachedCol += text.codePointCount(cachedPos, pos);
        cachedPos = pos;
        return cachedCol;
    }

    private int cachedLineStart = -1;
    private int cachedPos;
    private int cachedCol;

    /** The text of a 1-based line without its line ending, or null past the end. */
    String lineText(int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start > text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    Diagnostic.Failure fail(Span span, String kind, String message) {
        return new Diagnostic.Failure(new Diagnostic(fileName, span, kind, message, lineText(span.line())));
    }

    Diagnostic.Failure syntax(Span span, String message) {
        return fail(span, "SyntaxError", message);
    }
}
