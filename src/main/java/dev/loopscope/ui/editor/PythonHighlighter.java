package dev.loopscope.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Lexical colouring of Python source, one line at a time: keywords, builtins, strings (prefixes,
 * triple quotes, the {@code {...}} parts of f-strings), numbers, comments, decorators and the
 * names after {@code def}/{@code class}. A line is lexed from the state the previous line ended
 * in ({@link #NORMAL} or inside a triple-quoted string), so the editor re-lexes only the lines
 * an edit touches, and those after them while their end state changes. This is only colour: the
 * engine's own lexer decides what the code means.
 *
 * <p>Style classes (see {@code editor.css}): {@code keyword}, {@code builtin}, {@code string},
 * {@code fstring-expr}, {@code number}, {@code comment}, {@code decorator},
 * {@code function-name}, {@code class-name}, {@code self}.
 */
public final class PythonHighlighter {
    private PythonHighlighter() {
    }

    /** The state outside any multi-line string. */
    public static final int NORMAL = 0;

    // Inside a triple-quoted string: 1 + (quote == '\'' ? 1 : 0) + (f-string ? 2 : 0).
    private static final int SINGLE_QUOTE = 1;
    private static final int F_STRING = 2;

    /** One coloured run of a line: [start, end) in the line, and its style class. */
    public record Token(int start, int end, String style) {
    }

    public static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    public static final Set<String> BUILTINS = Set.of(
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
            "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
            "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
            "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
            "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview",
            "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range",
            "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str",
            "sum", "super", "tuple", "type", "vars", "zip", "__name__", "__import__",
            "NotImplemented", "Ellipsis",
            "BaseException", "BaseExceptionGroup", "Exception", "ExceptionGroup",
            "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
            "FloatingPointError", "GeneratorExit", "ImportError", "IndexError", "KeyError",
            "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
            "NotImplementedError", "OSError", "OverflowError", "RecursionError", "ReferenceError",
            "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemExit",
            "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeError", "ValueError",
            "ZeroDivisionError", "ConnectionError", "CancelledError");

    private static final Set<String> STRING_PREFIXES = Set.of(
            "r", "u", "f", "b", "fr", "rf", "br", "rb");

    private static final Pattern NUMBER = Pattern.compile(
            "0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+"
                    + "|(?:\\d[\\d_]*(?:\\.[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d[\\d_]*)?[jJ]?");

    /** Whether {@code state} is inside a triple-quoted string. */
    public static boolean inString(int state) {
        return state != NORMAL;
    }

    /**
     * Lexes one line (without its line break) that starts in {@code state}, appending its
     * tokens in order to {@code out}; returns the state the line ends in.
     */
    public static int lexLine(String line, int state, List<Token> out) {
        int i = 0;
        int n = line.length();
        if (state != NORMAL) {
            int code = state - 1;
            char quote = (code & SINGLE_QUOTE) != 0 ? '\'' : '"';
            boolean f = (code & F_STRING) != 0;
            int end = scanStringBody(line, 0, quote, true, f, out, 0);
            if (end < 0) {
                return state;
            }
            i = end;
        }
        String previousWord = null;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            if (c == '#') {
                out.add(new Token(i, n, "comment"));
                return NORMAL;
            }
            if (c == '"' || c == '\'') {
                int r = string(line, i, i, false, out);
                if (r < 0) {
                    return -r;
                }
                i = r;
                previousWord = null;
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(line.charAt(i + 1)))) {
                Matcher m = NUMBER.matcher(line).region(i, n);
                int end = m.lookingAt() ? m.end() : i + 1;
                out.add(new Token(i, end, "number"));
                i = end;
                previousWord = null;
                continue;
            }
            if (c == '_' || Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && (line.charAt(end) == '_' || Character.isLetterOrDigit(line.charAt(end)))) {
                    end++;
                }
                String word = line.substring(i, end);
                if (end < n && (line.charAt(end) == '"' || line.charAt(end) == '\'')
                        && STRING_PREFIXES.contains(word.toLowerCase())) {
                    int r = string(line, i, end, word.toLowerCase().contains("f"), out);
                    if (r < 0) {
                        return -r;
                    }
                    i = r;
                    previousWord = null;
                    continue;
                }
                String style = null;
                if ("def".equals(previousWord)) {
                    style = "function-name";
                } else if ("class".equals(previousWord)) {
                    style = "class-name";
                } else if (KEYWORDS.contains(word)) {
                    style = "keyword";
                } else if (BUILTINS.contains(word)) {
                    style = "builtin";
                } else if (word.equals("self") || word.equals("cls")) {
                    style = "self";
                }
                if (style != null) {
                    out.add(new Token(i, end, style));
                }
                previousWord = word;
                i = end;
                continue;
            }
            if (c == '@' && line.substring(0, i).isBlank()) {
                int end = i + 1;
                while (end < n && (line.charAt(end) == '_' || line.charAt(end) == '.'
                        || Character.isLetterOrDigit(line.charAt(end)))) {
                    end++;
                }
                out.add(new Token(i, end, "decorator"));
                i = end;
                continue;
            }
            previousWord = null;
            i++;
        }
        return NORMAL;
    }

    /**
     * A string literal whose prefix starts at {@code start} and whose opening quote is at
     * {@code quoteAt}. Returns the index after it, or {@code -state} when a triple-quoted string
     * runs past the end of the line.
     */
    private static int string(String line, int start, int quoteAt, boolean f, List<Token> out) {
        char quote = line.charAt(quoteAt);
        boolean triple = line.startsWith(String.valueOf(quote).repeat(3), quoteAt);
        int bodyFrom = quoteAt + (triple ? 3 : 1);
        int end = scanStringBody(line, bodyFrom, quote, triple, f, out, start);
        if (end >= 0) {
            return end;
        }
        if (triple) {
            return -(1 + (quote == '\'' ? SINGLE_QUOTE : 0) + (f ? F_STRING : 0));
        }
        return line.length(); // unterminated one-line string: coloured to the end of the line
    }

    /**
     * Scans a string body from {@code from} (after the opening quote), adding tokens from
     * {@code tokenStart}; returns the index after the closing quote, or -1 when the line ends
     * first (the tokens then reach the end of the line).
     */
    private static int scanStringBody(String line, int from, char quote, boolean triple, boolean f,
                                      List<Token> out, int tokenStart) {
        int n = line.length();
        int i = from;
        int runStart = tokenStart;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote && (!triple || line.startsWith(String.valueOf(quote).repeat(3), i))) {
                int end = i + (triple ? 3 : 1);
                addIfNotEmpty(out, runStart, end, "string");
                return end;
            }
            if (f && c == '{') {
                if (i + 1 < n && line.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                addIfNotEmpty(out, runStart, i, "string");
                int close = matchingBrace(line, i, quote);
                out.add(new Token(i, close, "fstring-expr"));
                i = close;
                runStart = close;
                continue;
            }
            i++;
        }
        addIfNotEmpty(out, runStart, n, "string");
        return -1;
    }

    /** The index after the '}' that closes the replacement field opened at {@code open}. */
    private static int matchingBrace(String line, int open, char outerQuote) {
        int depth = 0;
        int n = line.length();
        for (int i = open; i < n; i++) {
            char c = line.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == outerQuote) {
                return i; // the string ends before the field does
            }
        }
        return n;
    }

    private static void addIfNotEmpty(List<Token> out, int start, int end, String style) {
        if (end > start) {
            out.add(new Token(start, end, style));
        }
    }

    /** The style spans of one line (length {@code line.length()}) from its tokens. */
    static void appendLine(StyleSpansBuilder<Collection<String>> spans, int length, List<Token> tokens) {
        int last = 0;
        for (Token t : tokens) {
            if (t.start() > last) {
                spans.add(Collections.emptyList(), t.start() - last);
            }
            int start = Math.max(t.start(), last);
            int end = Math.min(t.end(), length);
            if (end > start) {
                spans.add(Collections.singletonList(t.style()), end - start);
                last = end;
            }
        }
        spans.add(Collections.emptyList(), length - last);
    }

    /** The style spans for a whole text (lines separated by '\n'). */
    public static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int state = NORMAL;
        int from = 0;
        List<Token> tokens = new ArrayList<>();
        while (true) {
            int nl = text.indexOf('\n', from);
            String line = text.substring(from, nl < 0 ? text.length() : nl);
            tokens.clear();
            state = lexLine(line, state, tokens);
            appendLine(spans, line.length(), tokens);
            if (nl < 0) {
                break;
            }
            spans.add(Collections.emptyList(), 1);
            from = nl + 1;
        }
        return spans.create();
    }
}
