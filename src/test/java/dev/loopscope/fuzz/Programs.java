package dev.loopscope.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Program generators for the front-end properties: token soups, a small grammar, mutants. */
final class Programs {
    private Programs() {
    }

    static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield", "match", "case", "_", "print", "asyncio", "main");

    private static final List<String> PIECES = List.of("(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...",
            "=", "==", "+=", "-", "+", "*", "**", "/", "//", "%", "@", "<", ">=", "!=", "->", ":=", "~", "|",
            "&", "^", "<<", ">>", "\\", "\\\n", "#", "# c\n", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "}'",
            "b'x'", "r'\\d'", "'a'", "\"s\"", "f'{x}'", "f'{x!r:>{w}}'", "f'{{'", "0", "1", "42", "0x1F",
            "0o7", "0b1", "1_000", "1.5", "1e9", "3j", "1__0", "0x", "09", "1.e", "x", "y", "f", "é", "ℕ",
            "\u00a0", "\u200b", "$", "?", "!", "`", "\0", " ", " ", "  ", "\n", "\n", "\n    ", "\t",
            "\n\t", "\r\n", "\r", "\f", "\uFEFF");

    /** Random sequences of tokens and near-tokens, glued with or without spaces. */
    static Arbitrary<String> tokenSoup() {
        Arbitrary<String> single = Arbitraries.oneOf(Arbitraries.of(KEYWORDS).map(k -> k + " "),
                Arbitraries.of(PIECES));
        // runs of one piece reach the nesting and length limits ("((((", "not not not", "\n\n\n")
        Arbitrary<String> run = Combinators.combine(single, Arbitraries.integers().between(2, 400))
                .as((p, n) -> p.repeat(n));
        Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, single),
                net.jqwik.api.Tuple.of(1, run));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    // ---- a small grammar --------------------------------------------------------------------

    static Arbitrary<String> expr(int depth) {
        Arbitrary<String> atom = Arbitraries.of("x", "y", "n", "0", "1", "2.5", "'s'", "None", "True", "[]",
                "()", "{}", "asyncio.sleep(0)", "f'{x}'", "-1", "b'b'", "...", "main");
        if (depth <= 0) {
            return atom;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expr(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, atom),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, Arbitraries.of("+", "-", "*", "/", "//", "%",
                        "**", "and", "or", "<", "==", "is not", "in", "|", "&", "<<"), sub)
                        .as((a, op, b) -> a + " " + op + " " + b)),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "(" + e + ")")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "not " + e)),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "await " + e)),
                net.jqwik.api.Tuple.of(1, sub.list().ofMaxSize(3).map(l -> "f(" + String.join(", ", l) + ")")),
                net.jqwik.api.Tuple.of(1, sub.list().ofMaxSize(3).map(l -> "[" + String.join(", ", l) + "]")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "{" + e + ": 1}")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "lambda a, *b, c=1: " + e)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> "[" + a + " for x in " + b
                        + " if x]")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub, sub).as((a, b, c) -> a + " if " + b
                        + " else " + c)),
                net.jqwik.api.Tuple.of(1, sub.map(e -> e + "[1:2]")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> e + ".real")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "f'{" + e + "!r:>4}'")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "(yield " + e + ")")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "(n := " + e + ")")),
                net.jqwik.api.Tuple.of(1, sub.map(e -> "*" + e)));
    }

    /** A statement as lines, the first unindented; blocks indent their bodies by four spaces. */
    static Arbitrary<List<String>> stmt(int depth) {
        Arbitrary<String> e = expr(2);
        Arbitrary<String> simple = Arbitraries.oneOf(
                e,
                e.map(v -> "x = " + v),
                e.map(v -> "x, *y = " + v),
                e.map(v -> "n += " + v),
                e.map(v -> "return " + v),
                e.map(v -> "print(" + v + ")"),
                e.map(v -> "raise " + v),
                e.map(v -> "assert " + v),
                e.map(v -> "del " + v),
                Arbitraries.of("pass", "break", "continue", "return", "global n", "nonlocal x", "import asyncio",
                        "from asyncio import sleep", "await asyncio.sleep(1)", "yield", "x: int = 1", "raise"));
        Arbitrary<List<String>> one = simple.map(List::of);
        if (depth <= 0) {
            return one;
        }
        Arbitrary<List<String>> body = Arbitraries.lazy(() -> stmt(depth - 1)).list().ofMinSize(1).ofMaxSize(3)
                .map(Programs::flattenIndented);
        Arbitrary<String> header = Combinators.combine(Arbitraries.of("if ", "while ", "elif ", "for x in ",
                        "async for x in ", "with ", "async with ", "def f(", "async def g(", "class C(", "try",
                        "except ", "except* ", "finally", "else", "match ", "case "), e)
                .as((kw, v) -> {
                    if (kw.endsWith("(")) {
                        return kw + (v.startsWith("x") ? "x" : "") + "):";
                    }
                    if (kw.equals("try") || kw.equals("finally") || kw.equals("else")) {
                        return kw + ":";
                    }
                    if (kw.startsWith("with") || kw.startsWith("async with")) {
                        return kw + v + " as x:";
                    }
                    return kw + v + ":";
                });
        Arbitrary<List<String>> block = Combinators.combine(header, body).as((h, b) -> {
            List<String> lines = new ArrayList<>();
            lines.add(h);
            lines.addAll(b);
            return lines;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, one), net.jqwik.api.Tuple.of(1, block));
    }

    private static List<String> flattenIndented(List<List<String>> stmts) {
        List<String> lines = new ArrayList<>();
        for (List<String> s : stmts) {
            for (String l : s) {
                lines.add("    " + l);
            }
        }
        return lines;
    }

    /** Whole modules from the grammar, often with an async main run by asyncio.run. */
    static Arbitrary<String> grammarProgram() {
        Arbitrary<List<String>> stmts = stmt(3).list().ofMinSize(1).ofMaxSize(5).map(l -> {
            List<String> lines = new ArrayList<>();
            l.forEach(lines::addAll);
            return lines;
        });
        return Combinators.combine(stmts, Arbitraries.of(true, false)).as((lines, wrapped) -> {
            StringBuilder out = new StringBuilder("import asyncio\n");
            if (wrapped) {
                out.append("async def main():\n");
                lines.forEach(l -> out.append("    ").append(l).append('\n'));
                out.append("asyncio.run(main())\n");
            } else {
                lines.forEach(l -> out.append(l).append('\n'));
            }
            return out.toString();
        });
    }

    // ---- mutants of real scenarios ----------------------------------------------------------

    /** One edit, placed at a fraction of the way through the text. */
    record Mutation(int kind, double at, double to, String payload) {
        String apply(String text) {
            if (text.isEmpty()) {
                return payload;
            }
            int i = (int) (at * text.length());
            int j = (int) (to * text.length());
            int lo = Math.min(i, j);
            int hi = Math.max(i, j);
            switch (kind) {
                case 0: // delete a character
                    return text.substring(0, i) + text.substring(Math.min(text.length(), i + 1));
                case 1: // duplicate a character
                    return text.substring(0, i + 1 > text.length() ? i : i + 1) + text.substring(i);
                case 2: { // swap two characters
                    if (i >= text.length() || j >= text.length() || i == j) {
                        return text;
                    }
                    char[] c = text.toCharArray();
                    char t = c[i];
                    c[i] = c[j];
                    c[j] = t;
                    return new String(c);
                }
                case 3: // insert a keyword, bracket or indent
                    return text.substring(0, i) + payload + text.substring(i);
                case 4: // delete a range of lines
                    return lineRangeEdit(text, lo, hi, false);
                case 5: // duplicate a range of lines
                    return lineRangeEdit(text, lo, hi, true);
                case 6: { // swap two lines
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    int a = (int) (at * lines.size());
                    int b = (int) (to * lines.size());
                    if (a < lines.size() && b < lines.size()) {
                        String t = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, t);
                    }
                    return String.join("\n", lines);
                }
                default: // delete a span of characters
                    return text.substring(0, lo) + text.substring(Math.min(hi, lo + 40));
            }
        }

        private static String lineRangeEdit(String text, int lo, int hi, boolean duplicate) {
            int start = text.lastIndexOf('\n', Math.max(0, lo - 1)) + 1;
            int end = text.indexOf('\n', Math.min(hi, text.length() - 1));
            end = end < 0 ? text.length() : end + 1;
            if (end - start > 2000) {
                end = start + 2000; // keep mutants small enough to stay fast
            }
            String range = text.substring(start, end);
            return text.substring(0, start) + (duplicate ? range + range : "") + text.substring(end);
        }
    }

    static Arbitrary<Mutation> mutation() {
        Arbitrary<String> payload = Arbitraries.oneOf(Arbitraries.of(KEYWORDS).map(k -> " " + k + " "),
                Arbitraries.of(PIECES), Arbitraries.of("    ", "\t", "\n  ", "(", ")", "[", "]", "{", "}", ":\n",
                        "async ", "await ", "yield ", "lambda: ", "*", "**"));
        Arbitrary<Double> frac = Arbitraries.doubles().between(0, 1).ofScale(4);
        return Combinators.combine(Arbitraries.integers().between(0, 7), frac, frac, payload).as(Mutation::new);
    }

    static final List<Path> SCENARIO_FOLDERS = List.of(Path.of("src/test/resources/scenarios"),
            Path.of("assets/scenarios"));

    private static List<String> scenarios;

    static synchronized List<String> scenarios() {
        if (scenarios == null) {
            List<String> texts = new ArrayList<>();
            for (Path folder : SCENARIO_FOLDERS) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            scenarios = List.copyOf(texts);
        }
        return scenarios;
    }

    static Arbitrary<String> mutant() {
        List<String> texts = scenarios();
        return Combinators.combine(Arbitraries.integers().between(0, texts.size() - 1),
                mutation().list().ofMinSize(1).ofMaxSize(6)).as((index, edits) -> {
            String text = texts.get(index);
            for (Mutation m : edits) {
                text = m.apply(text);
            }
            return text;
        });
    }
}
