package dev.loopscope.ui.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown the lesson explanations are written in: "#" headings, paragraphs, "-" and
 * "1." lists (an indented line continues the item), fenced code blocks, and inline
 * {@code `code`}, {@code **strong**}, {@code *emphasis*} and {@code [text](url)} (the text only).
 * Parsed into blocks; {@link MarkdownView} draws them.
 */
public final class Markdown {
    private Markdown() {
    }

    /** A block of the document. */
    public sealed interface Block permits Heading, Paragraph, ListBlock, CodeBlock {
    }

    /** A heading, level 1 to 6. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph: its lines joined with spaces. */
    public record Paragraph(String text) implements Block {
    }

    /** A list: its items, numbered when {@code ordered}. */
    public record ListBlock(boolean ordered, List<String> items) implements Block {
    }

    /** A fenced code block, its lines as written. */
    public record CodeBlock(String text) implements Block {
    }

    /** A run of inline text with one style. */
    public enum Style { TEXT, CODE, STRONG, EMPHASIS }

    /** A run of inline text. */
    public record Span(Style style, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d+[.)]\\s+(.*)$");

    /** The blocks of {@code markdown}, in order. */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
        StringBuilder paragraph = null;
        List<String> items = null;
        boolean ordered = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (stripped.startsWith("```")) {
                flush(blocks, paragraph, items, ordered);
                paragraph = null;
                items = null;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                    code.append(code.length() > 0 ? "\n" : "").append(lines.get(i));
                }
                blocks.add(new CodeBlock(code.toString()));
            } else if (stripped.isEmpty()) {
                flush(blocks, paragraph, items, ordered);
                paragraph = null;
                items = null;
            } else if (HEADING.matcher(line).matches()) {
                flush(blocks, paragraph, items, ordered);
                paragraph = null;
                items = null;
                Matcher m = HEADING.matcher(line);
                m.matches();
                blocks.add(new Heading(m.group(1).length(), m.group(2)));
            } else if (bullet.matches() || numbered.matches()) {
                boolean isNumbered = !bullet.matches();
                if (paragraph != null || (items != null && ordered != isNumbered)) {
                    flush(blocks, paragraph, items, ordered);
                    paragraph = null;
                    items = null;
                }
                if (items == null) {
                    items = new ArrayList<>();
                    ordered = isNumbered;
                }
                items.add((isNumbered ? numbered : bullet).group(1).strip());
            } else if (items != null && Character.isWhitespace(line.charAt(0))) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + stripped);
            } else {
                if (items != null) {
                    flush(blocks, null, items, ordered);
                    items = null;
                }
                if (paragraph == null) {
                    paragraph = new StringBuilder(stripped);
                } else {
                    paragraph.append(' ').append(stripped);
                }
            }
        }
        flush(blocks, paragraph, items, ordered);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, List<String> items, boolean ordered) {
        if (paragraph != null) {
            blocks.add(new Paragraph(paragraph.toString()));
        }
        if (items != null) {
            blocks.add(new ListBlock(ordered, List.copyOf(items)));
        }
    }

    /** The inline runs of {@code text}: code spans first (nothing inside them is markup), then emphasis. */
    public static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close;
            if (c == '`' && (close = text.indexOf('`', i + 1)) > i) {
                add(spans, plain);
                spans.add(new Span(Style.CODE, text.substring(i + 1, close)));
                i = close + 1;
            } else if (text.startsWith("**", i) && (close = text.indexOf("**", i + 2)) > i + 2) {
                add(spans, plain);
                spans.add(new Span(Style.STRONG, text.substring(i + 2, close)));
                i = close + 2;
            } else if (c == '*' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                    && (close = text.indexOf('*', i + 1)) > i + 1) {
                add(spans, plain);
                spans.add(new Span(Style.EMPHASIS, text.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '[' && (close = text.indexOf("](", i)) > i && text.indexOf(')', close) > close) {
                plain.append(text, i + 1, close);
                i = text.indexOf(')', close) + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        add(spans, plain);
        return spans;
    }

    private static void add(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(Style.TEXT, plain.toString()));
            plain.setLength(0);
        }
    }

    /** The text of {@code markdown} without markup: headings, paragraphs, items and code, a line each. */
    public static String plainText(String markdown) {
        StringBuilder out = new StringBuilder();
        for (Block b : parse(markdown)) {
            if (b instanceof Heading h) {
                out.append(plain(h.text())).append('\n');
            } else if (b instanceof Paragraph p) {
                out.append(plain(p.text())).append('\n');
            } else if (b instanceof ListBlock l) {
                l.items().forEach(item -> out.append(plain(item)).append('\n'));
            } else if (b instanceof CodeBlock c) {
                out.append(c.text()).append('\n');
            }
        }
        return out.toString();
    }

    static String plain(String inline) {
        StringBuilder out = new StringBuilder();
        inline(inline).forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** The body of each level-2 section ("## Title"), by title, in order (the markdown between headings). */
    public static Map<String, String> sections(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && line.startsWith("## ")) {
                if (title != null) {
                    sections.put(title, body.toString().strip());
                }
                title = line.substring(3).strip();
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            sections.put(title, body.toString().strip());
        }
        return sections;
    }
}
