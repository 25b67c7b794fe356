package dev.loopscope.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Lexical colouring of Python source for the editor: keywords, a few builtins, strings,
 * comments, numbers and decorators. Style classes are those of {@code MainWindow.css}. This is
 * only colour: the engine's own lexer decides what the code means.
 */
final class PythonHighlighter {
    private PythonHighlighter() {
    }

    static final List<String> KEYWORDS = List.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    static final List<String> BUILTINS = List.of(
            "print", "len", "range", "str", "int", "float", "bool", "list", "dict", "set", "tuple",
            "repr", "type", "isinstance", "enumerate", "zip", "sorted", "sum", "min", "max", "abs",
            "round", "any", "all", "map", "filter", "super", "self", "Exception", "ValueError",
            "RuntimeError", "TypeError", "KeyError", "asyncio");

    private static final Pattern PATTERN = Pattern.compile(
            "(?<comment>#[^\\n]*)"
                    + "|(?<string>(?:\\b(?i:[rbuf]{1,2}))?(?:\"\"\"[\\s\\S]*?(?:\"\"\"|$(?![\\s\\S]))"
                    + "|'''[\\s\\S]*?(?:'''|$(?![\\s\\S]))"
                    + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?))"
                    + "|(?<decorator>^[ \\t]*@[\\w.]+)"
                    + "|(?<keyword>\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<builtin>\\b(?:" + String.join("|", BUILTINS) + ")\\b)"
                    + "|(?<number>\\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+"
                    + "|\\d[\\d_]*(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?[jJ]?|\\.\\d[\\d_]*(?:[eE][+-]?\\d+)?[jJ]?))",
            Pattern.MULTILINE);

    private static final String[] GROUPS = {"comment", "string", "decorator", "keyword", "builtin", "number"};

    /** The style spans for {@code text}: one style class per token, none between tokens. */
    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher matcher = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String styleClass = null;
            for (String group : GROUPS) {
                if (matcher.group(group) != null) {
                    styleClass = group;
                    break;
                }
            }
            if (matcher.end() == matcher.start()) {
                continue;
            }
            spans.add(Collections.emptyList(), matcher.start() - last);
            spans.add(Collections.singleton(styleClass), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
