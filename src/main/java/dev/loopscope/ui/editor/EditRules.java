package dev.loopscope.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The editor's Python typing rules as plain functions of text (testable without JavaFX):
 * the indentation after Enter, comment toggling, and indenting or dedenting lines.
 */
public final class EditRules {
    private EditRules() {
    }

    /** One indentation level. */
    public static final String INDENT = "    ";

    private static final List<String> BLOCK_ENDERS = List.of("return", "pass", "break", "continue", "raise");

    /** The leading whitespace of {@code line}. */
    public static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /**
     * The indentation for a new line made by Enter, given the text of the current line before
     * the caret: the same as that line's, one level more after a line ending in ':' (comments
     * aside), one level less after {@code return}, {@code pass}, {@code break},
     * {@code continue} or {@code raise}.
     */
    public static String indentAfter(String lineBeforeCaret) {
        String indent = leadingWhitespace(lineBeforeCaret);
        String code = withoutComment(lineBeforeCaret).strip();
        if (code.endsWith(":")) {
            return indent + INDENT;
        }
        String firstWord = code.split("[^A-Za-z_]", 2)[0];
        if (BLOCK_ENDERS.contains(firstWord) && indent.length() >= INDENT.length()
                && indent.endsWith(INDENT)) {
            return indent.substring(0, indent.length() - INDENT.length());
        }
        return indent;
    }

    /** {@code line} without a trailing {@code #} comment (a '#' inside a string is not one). */
    public static String withoutComment(String line) {
        List<PythonHighlighter.Token> tokens = new ArrayList<>();
        PythonHighlighter.lexLine(line, PythonHighlighter.NORMAL, tokens);
        for (PythonHighlighter.Token t : tokens) {
            if (t.style().equals("comment")) {
                return line.substring(0, t.start());
            }
        }
        return line;
    }

    /**
     * Comments out the lines (with "# " at their common indentation), or, when every non-blank
     * line is already a comment, removes one "#" (and one space after it) from each.
     */
    public static List<String> toggleComment(List<String> lines) {
        boolean allCommented = true;
        boolean anyCode = false;
        int minIndent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            anyCode = true;
            String indent = leadingWhitespace(line);
            minIndent = Math.min(minIndent, indent.length());
            if (!line.startsWith("#", indent.length())) {
                allCommented = false;
            }
        }
        List<String> result = new ArrayList<>(lines.size());
        if (!anyCode) {
            result.addAll(lines);
            return result;
        }
        for (String line : lines) {
            if (line.isBlank()) {
                result.add(line);
            } else if (allCommented) {
                int hash = leadingWhitespace(line).length();
                int cut = hash + 1;
                if (cut < line.length() && line.charAt(cut) == ' ') {
                    cut++;
                }
                result.add(line.substring(0, hash) + line.substring(cut));
            } else {
                result.add(line.substring(0, minIndent) + "# " + line.substring(minIndent));
            }
        }
        return result;
    }

    /** Each non-blank line indented by one level. */
    public static List<String> indent(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        for (String line : lines) {
            result.add(line.isEmpty() ? line : INDENT + line);
        }
        return result;
    }

    /** Each line with up to one level of leading spaces (or one tab) removed. */
    public static List<String> dedent(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        for (String line : lines) {
            result.add(line.substring(dedentWidth(line)));
        }
        return result;
    }

    /** How many leading characters a dedent removes from {@code line}. */
    public static int dedentWidth(String line) {
        if (line.startsWith("\t")) {
            return 1;
        }
        int i = 0;
        while (i < INDENT.length() && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * How many characters Backspace removes at {@code column} of {@code line}: back to the
     * previous indentation stop inside leading spaces, otherwise one.
     */
    public static int backspaceWidth(String line, int column) {
        if (column == 0) {
            return 0;
        }
        String before = line.substring(0, column);
        if (!before.isEmpty() && before.chars().allMatch(ch -> ch == ' ')) {
            int rem = column % INDENT.length();
            return rem == 0 ? INDENT.length() : rem;
        }
        return 1;
    }
}
