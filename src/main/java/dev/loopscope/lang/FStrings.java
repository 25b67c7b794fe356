package dev.loopscope.lang;

import dev.loopscope.diag.Span;
import dev.loopscope.lang.Ast.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals and f-strings, following CPython 3.11's string_parser.c: the literal
 * parts are decoded like plain strings, each replacement field is cut out by scanning brackets and
 * quotes and then parsed by a {@link Parser} over the same file text, so its spans are real
 * positions. As in CPython 3.11, the constant and field nodes carry the span of the whole literal.
 */
final class FStrings {
    private static final int MAX_NESTING = 2;

    private final Source src;
    private final String s;
    private final Span span;
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    /** The literal being scanned; CPython 3.11 gives field-less format specs its span. */
    private Span tokenSpan;
    /** Line tracking for field positions; offsets are only ever visited in increasing order. */
    private int trackPos;
    private int trackLine;
    private int trackLineStart;

    private FStrings(Source src, Span span) {
        this.src = src;
        this.s = src.text;
        this.span = span;
    }

    /** {@code next} is the token after the literals, where CPython reports mixing bytes and str. */
    static Expr concatenate(Source src, List<Token> tokens, Span span, Span next) {
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : tokens) {
            StringToken st = (StringToken) t.value();
            anyBytes |= st.isBytes();
            anyStr |= !st.isBytes();
            anyF |= st.isFString();
            if (anyBytes && anyStr) {
                throw src.syntax(Span.at(next.line(), next.col()), "cannot mix bytes and nonbytes literals");
            }
        }
        if (anyBytes) {
            if (tokens.size() == 1) {
                return new Constant(((StringToken) tokens.get(0).value()).value(), span);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : tokens) {
                out.writeBytes((byte[]) ((StringToken) t.value()).value());
            }
            return new Constant(out.toByteArray(), span);
        }
        if (!anyF) {
            if (tokens.size() == 1) {
                return new Constant(((StringToken) tokens.get(0).value()).value(), span);
            }
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens) {
                sb.append((String) ((StringToken) t.value()).value());
            }
            return new Constant(sb.toString(), span);
        }
        FStrings f = new FStrings(src, span);
        for (Token t : tokens) {
            StringToken st = (StringToken) t.value();
            if (st.isFString()) {
                f.trackPos = st.bodyStart();
                f.trackLine = st.bodyLine();
                f.trackLineStart = st.bodyLineStart();
                f.tokenSpan = t.span();
                int end = f.parts(st.bodyStart(), st.bodyEnd(), st.isRaw(), 0, f.parts, f.pending);
                if (end != st.bodyEnd()) {
                    throw f.error(end, "f-string: single '}' is not allowed");
                }
            } else {
                f.pending.append((String) st.value());
            }
        }
        f.flush(f.parts, f.pending, span);
        return new JoinedStr(f.parts, span);
    }

    /** CPython 3.11 reports f-string scanning errors just past the end of the literal. */
    private dev.loopscope.diag.Diagnostic.Failure error(int at, String message) {
        return src.syntax(Span.at(tokenSpan.endLine(), tokenSpan.endCol()), message);
    }

    private void locate(int offset) {
        for (int i = trackPos; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                trackLine++;
                trackLineStart = i + 1;
            }
        }
        if (offset > trackPos) {
            trackPos = offset;
        }
    }

    private void flush(List<Expr> out, StringBuilder literal, Span at) {
        if (literal.length() > 0) {
            out.add(new Constant(literal.toString(), at));
            literal.setLength(0);
        }
    }

    /**
     * Literal text and fields from {@code i} until {@code end}, or, inside a format spec
     * ({@code nesting > 0}), until an unmatched '}'. Returns where it stopped.
     */
    private int parts(int i, int end, boolean raw, int nesting, List<Expr> out, StringBuilder literal) {
        StringBuilder rawText = new StringBuilder();
        while (i < end) {
            char c = s.charAt(i);
            if (c == '{') {
                if (nesting == 0 && i + 1 < end && s.charAt(i + 1) == '{') {
                    rawText.append('{');
                    i += 2;
                    continue;
                }
                literal.append(decode(rawText, raw));
                rawText.setLength(0);
                if (nesting >= MAX_NESTING) {
                    throw error(i, "f-string: expressions nested too deeply");
                }
                i = field(i + 1, end, raw, nesting, out, literal);
            } else if (c == '}') {
                if (nesting > 0) {
                    break;
                }
                if (i + 1 < end && s.charAt(i + 1) == '}') {
                    rawText.append('}');
                    i += 2;
                    continue;
                }
                literal.append(decode(rawText, raw));
                return i;
            } else if (c == '\\' && !raw && i + 1 < end) {
                char n = s.charAt(i + 1);
                if (n == '{' || n == '}') {
                    rawText.append(c);
                    i++;
                } else {
                    rawText.append(c).append(n);
                    i += 2;
                }
            } else {
                rawText.append(c);
                i++;
            }
        }
        literal.append(decode(rawText, raw));
        return i;
    }

    private String decode(StringBuilder rawText, boolean raw) {
        if (rawText.length() == 0) {
            return "";
        }
        String t = rawText.toString();
        return StringDecoder.str(src, t, 0, t.length(), raw, span);
    }

    /** One replacement field; {@code i} is just after its '{'. Returns the index after its '}'. */
    private int field(int i, int end, boolean raw, int nesting, List<Expr> out, StringBuilder literal) {
        int exprStart = i;
        char[] stack = new char[200];
        int depth = 0;
        char quote = 0;
        boolean tripleQuote = false;
        int j = i;
        while (true) {
            if (j >= end) {
                if (quote != 0) {
                    throw error(j, "f-string: unterminated string");
                }
                throw error(j, "f-string: expecting '}'");
            }
            char c = s.charAt(j);
            if (c == '\\') {
                throw error(j, "f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote && (!tripleQuote || j + 2 < end && s.charAt(j + 1) == quote && s.charAt(j + 2) == quote)) {
                    j += tripleQuote ? 3 : 1;
                    quote = 0;
                } else {
                    j++;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                tripleQuote = j + 2 < end && s.charAt(j + 1) == c && s.charAt(j + 2) == c;
                j += tripleQuote ? 3 : 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (depth >= stack.length) {
                    throw error(j, "f-string: too many nested parenthesis");
                }
                stack[depth++] = c;
            } else if (c == '#') {
                throw error(j, "f-string expression part cannot include '#'");
            } else if (depth == 0 && (c == '!' || c == '=' || c == '<' || c == '>')
                    && j + 1 < end && s.charAt(j + 1) == '=') {
                j += 2;
                continue;
            } else if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=')) {
                break;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    throw error(j, "f-string: unmatched '" + c + "'");
                }
                char open = stack[--depth];
                if (open != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                    throw error(j, "f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                            + open + "'");
                }
            }
            j++;
        }
        if (depth > 0) {
            throw error(j, "f-string: unmatched '" + stack[depth - 1] + "'");
        }
        int exprEnd = j;
        boolean blank = true;
        for (int k = exprStart; k < exprEnd && blank; k++) {
            blank = Character.isWhitespace(s.charAt(k));
        }
        if (blank) {
            throw error(j, "f-string: empty expression not allowed");
        }
        locate(exprStart);
        Expr value = Parser.parseField(src, exprStart, exprEnd, trackLine, trackLineStart);

        char c = s.charAt(j);
        boolean selfDoc = false;
        if (c == '=') {
            selfDoc = true;
            j++;
            while (j < end && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            literal.append(s, exprStart, j);
            if (j >= end) {
                throw error(j, "f-string: expecting '}'");
            }
            c = s.charAt(j);
        }
        int conversion = -1;
        if (c == '!') {
            j++;
            if (j >= end) {
                throw error(j, "f-string: expecting '}'");
            }
            char conv = s.charAt(j);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error(j + 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            j++;
            if (j >= end) {
                throw error(j, "f-string: expecting '}'");
            }
            c = s.charAt(j);
        }
        Expr spec = null;
        if (c == ':') {
            List<Expr> specParts = new ArrayList<>();
            StringBuilder specLiteral = new StringBuilder();
            j = parts(j + 1, end, raw, nesting + 1, specParts, specLiteral);
            // CPython 3.11 quirk, kept so dumps compare: a spec and its trailing text carry the span
            // of their own literal, while text before a field carries the whole concatenation's.
            flush(specParts, specLiteral, tokenSpan);
            spec = new JoinedStr(specParts, tokenSpan);
        }
        if (j >= end || s.charAt(j) != '}') {
            throw error(j, "f-string: expecting '}'");
        }
        j++;
        if (selfDoc && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        Span at = span;
        flush(out, literal, at);
        out.add(new FormattedValue(value, conversion, spec, at));
        return j;
    }
}
