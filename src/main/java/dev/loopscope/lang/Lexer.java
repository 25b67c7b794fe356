package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.11's tokenizer, pulled one token at a time so that huge files never sit in memory as a
 * token list. Comments and blank lines vanish here; NEWLINE/INDENT/DEDENT follow tokenizer.c.
 */
public final class Lexer {
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;

    private final Source src;
    private final String s;
    private final int end;
    /** An f-string replacement field: no layout tokens at all, as if inside brackets. */
    private final boolean fieldMode;

    private int pos;
    private int line;
    private int lineStart;
    private boolean atLineStart;
    /** Whether the current logical line has produced a token (so it needs a NEWLINE). */
    private boolean lineHasTokens;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private int pendingDedents;

    private final char[] parenChar = new char[MAX_PAREN];
    private final int[] parenLine = new int[MAX_PAREN];
    private final int[] parenCol = new int[MAX_PAREN];
    private int depth;

    private boolean finished;
    private Diagnostic.Failure failure;
    private int commentStart = -1;
    private final Map<String, String> names = new HashMap<>();

    public Lexer(String fileName, String source) {
        this(new Source(fileName, source), 0, -1, 1, 0, false);
    }

    Lexer(Source src, int start, int end, int line, int lineStart, boolean fieldMode) {
        this.src = src;
        this.s = src.text;
        this.end = end < 0 ? s.length() : end;
        this.pos = start;
        this.line = line;
        this.lineStart = lineStart;
        this.fieldMode = fieldMode;
        this.atLineStart = !fieldMode;
        int nul = fieldMode ? -1 : s.indexOf('\0', start);
        this.nulPos = nul;
        this.nulLineStart = nul < 0 ? Integer.MAX_VALUE : s.lastIndexOf('\n', nul) + 1;
    }

    /** The first NUL character and the start of its line (MAX_VALUE when there is none). */
    private final int nulPos;
    private final int nulLineStart;

    /**
     * CPython's tokenizer reads a line at a time and refuses a line holding a NUL, wherever in the
     * line (a comment or a string included), as soon as it reaches that line.
     */
    private Diagnostic.Failure nullByte() {
        int nulLine = 1;
        for (int p = s.indexOf('\n'); p >= 0 && p < nulLineStart; p = s.indexOf('\n', p + 1)) {
            nulLine++;
        }
        return src.syntax(Span.at(nulLine, src.col(nulLineStart, nulPos)), "source code cannot contain null bytes");
    }

    /** Tokenizes everything, for tests and tools. */
    public static java.util.List<Token> tokenize(String fileName, String source) {
        Lexer lexer = new Lexer(fileName, source);
        java.util.List<Token> out = new java.util.ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != TokenKind.ENDMARKER);
        return out;
    }

    private int col(int p) {
        return src.col(lineStart, p);
    }

    private Token layout(TokenKind kind, int p) {
        int c = col(p);
        return new Token(kind, "", null, new Span(line, c, line, c + (kind == TokenKind.NEWLINE ? 1 : 0)), p, p, depth);
    }

    private Diagnostic.Failure errorAt(int p, String message) {
        return src.syntax(Span.at(line, col(p)), message);
    }

    /**
     * The next token. A tokenizer error is final: later calls throw it again, so whoever asks
     * (the parser, or its look for later errors) sees one consistent report. A stray character
     * is the exception: CPython reads on past it looking for a worse problem.
     */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        try {
            if (!fieldMode && pos >= nulLineStart) {
                throw nullByte();
            }
            return nextToken();
        } catch (Diagnostic.Failure f) {
            if (!isStrayCharacter(f)) {
                failure = f;
            }
            throw f;
        }
    }

    static boolean isStrayCharacter(Diagnostic.Failure f) {
        return f.diagnostic().message().equals("invalid syntax");
    }

    private Token nextToken() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return finished ? endToken(TokenKind.DEDENT) : layout(TokenKind.DEDENT, pos);
        }
        if (finished) {
            return endToken(TokenKind.ENDMARKER);
        }
        while (true) {
            if (atLineStart && depth == 0) {
                Token t = indentation();
                if (t != null) {
                    return t;
                }
                if (atLineStart) {
                    continue;
                }
            }
            while (pos < end) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos >= end) {
                return endOfInput();
            }
            char c = s.charAt(pos);
            if (c == '#') {
                commentStart = pos;
                int nl = s.indexOf('\n', pos);
                pos = nl < 0 || nl > end ? end : nl;
                continue;
            }
            if (c == '\n') {
                int at = pos;
                int commentAt = commentStart;
                commentStart = -1;
                pos++;
                if (depth > 0 || fieldMode || !lineHasTokens) {
                    newLine();
                    continue;
                }
                // CPython's NEWLINE starts at a trailing comment, which is where it reports errors.
                Token t = layout(TokenKind.NEWLINE, commentAt >= lineStart ? commentAt : at);
                newLine();
                atLineStart = true;
                lineHasTokens = false;
                return t;
            }
            if (c == '\\') {
                if (pos + 1 >= end) {
                    throw src.syntax(Span.at(line, col(pos) + 1), "unexpected EOF while parsing");
                }
                if (s.charAt(pos + 1) != '\n') {
                    throw src.syntax(Span.at(line, col(pos) + 1), "unexpected character after line continuation character");
                }
                int backslashLine = line;
                int backslashCol = col(pos);
                pos += 2;
                newLine();
                if (pos >= end && !fieldMode) {
                    throw src.syntax(Span.at(backslashLine, backslashCol + 1), "unexpected EOF while parsing");
                }
                continue;
            }
            lineHasTokens = true;
            return token(c);
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    /** Measures a new line's indentation; returns INDENT/DEDENT, or null with the line consumed if blank. */
    private Token indentation() {
        int column = 0;
        int alt = 0;
        int p = pos;
        while (p < end) {
            char c = s.charAt(p);
            if (c == ' ') {
                column++;
                alt++;
            } else if (c == '\t') {
                column = (column / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                column = 0;
                alt = 0;
            } else {
                break;
            }
            p++;
        }
        if (p >= end) {
            pos = p;
            atLineStart = false;
            return null;
        }
        char c = s.charAt(p);
        if (c == '#' || c == '\n') {
            // Blank and comment-only lines do not take part in indentation.
            int nl = s.indexOf('\n', p);
            if (nl < 0 || nl >= end) {
                pos = end;
                atLineStart = false;
                return null;
            }
            pos = nl + 1;
            newLine();
            return null;
        }
        pos = p;
        atLineStart = false;
        if (column == indents[indentTop]) {
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
            return null;
        }
        if (column > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                throw src.fail(Span.at(line, col(p)), "IndentationError", "too many levels of indentation");
            }
            if (alt <= altIndents[indentTop]) {
                throw tabError();
            }
            indentTop++;
            indents[indentTop] = column;
            altIndents[indentTop] = alt;
            int c0 = col(p);
            return new Token(TokenKind.INDENT, "", null, new Span(line, c0, line, c0), p, p, 0);
        }
        int dedents = 0;
        while (indentTop > 0 && column < indents[indentTop]) {
            indentTop--;
            dedents++;
        }
        if (column != indents[indentTop]) {
            int nl = s.indexOf('\n', p);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            throw src.fail(Span.at(line, col(lineEnd)), "IndentationError",
                    "unindent does not match any outer indentation level");
        }
        if (alt != altIndents[indentTop]) {
            throw tabError();
        }
        pendingDedents = dedents - 1;
        return layout(TokenKind.DEDENT, p);
    }

    private Diagnostic.Failure tabError() {
        return src.fail(Span.at(line, 1), "TabError", "inconsistent use of tabs and spaces in indentation");
    }

    private Token endOfInput() {
        if (fieldMode) {
            finished = true;
            return layout(TokenKind.ENDMARKER, pos);
        }
        if (depth > 0) {
            int i = depth - 1;
            throw src.syntax(Span.at(parenLine[i], parenCol[i]), "'" + parenChar[i] + "' was never closed");
        }
        if (lineHasTokens) {
            lineHasTokens = false;
            atLineStart = true;
            return layout(TokenKind.NEWLINE, pos);
        }
        finished = true;
        if (indentTop > 0) {
            pendingDedents = indentTop - 1;
            indentTop = 0;
            return endToken(TokenKind.DEDENT);
        }
        return endToken(TokenKind.ENDMARKER);
    }

    /** CPython places the tokens at end of input at the end of the file's last line. */
    private Token endToken(TokenKind kind) {
        int e = end;
        int l = line;
        if (e > 0 && s.charAt(e - 1) == '\n') {
            e--;
            l--;
        }
        int c = src.col(s.lastIndexOf('\n', e - 1) + 1, e);
        return new Token(kind, "", null, new Span(Math.max(l, 1), c, Math.max(l, 1), c), end, end, 0);
    }

    // ------------------------------------------------------------------------------ token bodies

    private Token token(char c) {
        int start = pos;
        if (c < 128) {
            if (isAsciiLetter(c) || c == '_') {
                int q = stringPrefixEnd(start);
                if (q >= 0) {
                    return string(start, q);
                }
                int p = start + 1;
                while (p < end) {
                    char d = s.charAt(p);
                    if (isAsciiLetter(d) || d == '_' || (d >= '0' && d <= '9')) {
                        p++;
                    } else {
                        break;
                    }
                }
                if (p < end && s.charAt(p) >= 128) {
                    return identifier(start);
                }
                return name(start, p, s.substring(start, p));
            }
            if (c >= '0' && c <= '9' || c == '.' && pos + 1 < end && isDigit(s.charAt(pos + 1))) {
                return number(start);
            }
            if (c == '\'' || c == '"') {
                return string(start, start);
            }
            return operator(c);
        }
        int cp = s.codePointAt(pos);
        if (Character.isUnicodeIdentifierStart(cp)) {
            return identifier(start);
        }
        // A BOM is dropped by Source; anywhere else it is as invalid as in CPython.
        int type = Character.getType(cp);
        if (Character.isISOControl(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT) {
            throw errorAt(pos, String.format("invalid non-printable character U+%04X", cp));
        }
        throw errorAt(pos, String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token identifier(int start) {
        int p = start;
        while (p < end) {
            int cp = s.codePointAt(p);
            if (cp < 128 ? isAsciiLetter((char) cp) || cp == '_' || isDigit((char) cp)
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
                p += Character.charCount(cp);
            } else {
                break;
            }
        }
        String id = Normalizer.normalize(s.substring(start, p), Normalizer.Form.NFKC);
        return name(start, p, id);
    }

    private Token name(int start, int p, String id) {
        String shared = names.putIfAbsent(id, id);
        Span span = new Span(line, col(start), line, col(p));
        pos = p;
        return new Token(TokenKind.NAME, shared == null ? id : shared, null, span, start, p, depth);
    }

    /** The offset of the opening quote if a string prefix starts at {@code p}, else -1. */
    private int stringPrefixEnd(int p) {
        int q = p;
        boolean r = false;
        boolean b = false;
        boolean f = false;
        boolean u = false;
        while (q < end && q - p < 3) {
            char c = Character.toLowerCase(s.charAt(q));
            if (c == '\'' || c == '"') {
                if (u && (r || b || f)) {
                    return -1;
                }
                return q > p ? q : -1;
            }
            if (c == 'r' && !r && !u) {
                r = true;
            } else if (c == 'b' && !b && !f && !u) {
                b = true;
            } else if (c == 'f' && !f && !b && !u) {
                f = true;
            } else if (c == 'u' && q == p) {
                u = true;
            } else {
                return -1;
            }
            q++;
        }
        return -1;
    }

    private Token string(int start, int quoteAt) {
        boolean raw = false;
        boolean bytes = false;
        boolean fstr = false;
        for (int i = start; i < quoteAt; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            raw |= c == 'r';
            bytes |= c == 'b';
            fstr |= c == 'f';
        }
        char quote = s.charAt(quoteAt);
        boolean triple = quoteAt + 2 < end && s.charAt(quoteAt + 1) == quote && s.charAt(quoteAt + 2) == quote;
        int bodyStart = quoteAt + (triple ? 3 : 1);
        int startLine = line;
        int startLineStart = lineStart;
        int startCol = col(start);
        int p = bodyStart;
        int bodyEnd;
        while (true) {
            if (p >= end) {
                int detected = end > 0 && s.charAt(end - 1) == '\n' ? line - 1 : line;
                throw src.syntax(Span.at(startLine, startCol), (triple ? "unterminated triple-quoted string literal"
                        : "unterminated string literal") + " (detected at line " + detected + ")");
            }
            char c = s.charAt(p);
            if (c == '\\') {
                p++;
                if (p < end) {
                    if (s.charAt(p) == '\n') {
                        line++;
                        lineStart = p + 1;
                    }
                    p++;
                }
            } else if (c == '\n') {
                if (!triple) {
                    throw src.syntax(Span.at(startLine, startCol),
                            "unterminated string literal (detected at line " + line + ")");
                }
                p++;
                line++;
                lineStart = p;
            } else if (c == quote && (!triple || p + 2 < end && s.charAt(p + 1) == quote && s.charAt(p + 2) == quote)) {
                bodyEnd = p;
                p += triple ? 3 : 1;
                break;
            } else {
                p++;
            }
        }
        pos = p;
        Span span = new Span(startLine, startCol, line, col(p));
        Object value = null;
        if (!fstr) {
            if (bytes) {
                value = StringDecoder.bytes(src, s, bodyStart, bodyEnd, raw, span);
            } else {
                value = StringDecoder.str(src, s, bodyStart, bodyEnd, raw, span);
            }
        }
        StringToken st = new StringToken(bytes, raw, fstr, value, bodyStart, bodyEnd, startLine,
                startLineStart);
        return new Token(TokenKind.STRING, "", st, span, start, p, depth);
    }

    // ----------------------------------------------------------------------------------- numbers

    private Token number(int start) {
        int p = start;
        char c = s.charAt(p);
        if (c == '0' && p + 1 < end && "xXoObB".indexOf(s.charAt(p + 1)) >= 0) {
            char kind = Character.toLowerCase(s.charAt(p + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            String what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            p += 2;
            int digitsStart = p;
            StringBuilder digits = new StringBuilder();
            while (p < end) {
                char d = s.charAt(p);
                if (d == '_') {
                    p++;
                    if (p >= end || Character.digit(s.charAt(p), radix) < 0) {
                        throw errorAt(p, "invalid " + what + " literal");
                    }
                } else if (Character.digit(d, radix) >= 0) {
                    digits.append(d);
                    p++;
                } else {
                    break;
                }
            }
            if (p < end && isDigit(s.charAt(p)) && radix < 10) {
                throw errorAt(p, "invalid digit '" + s.charAt(p) + "' in " + what + " literal");
            }
            if (digits.length() == 0) {
                throw errorAt(p - 1, "invalid " + what + " literal");
            }
            checkNumberEnd(p, what);
            return numberToken(start, p, parseInt(digits.toString(), radix));
        }
        StringBuilder text = new StringBuilder();
        p = decimalDigits(p, text);
        boolean isFloat = false;
        if (p < end && s.charAt(p) == '.') {
            isFloat = true;
            text.append('.');
            p++;
            if (p < end && isDigit(s.charAt(p))) {
                p = decimalDigits(p, text);
            }
        }
        if (p < end && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < end && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (q < end && isDigit(s.charAt(q))) {
                isFloat = true;
                text.append('e').append(s, p + 1, q);
                p = decimalDigits(q, text);
            } else if (q < end && (isAsciiLetter(s.charAt(q)) || s.charAt(q) == '_') || q > p + 1) {
                // "1else" is "1 else"; "1e" or "1e+" is just broken.
                if (q > p + 1 || !keywordAhead(p)) {
                    throw errorAt(start, "invalid decimal literal");
                }
            } else {
                throw errorAt(start, "invalid decimal literal");
            }
        }
        if (p < end && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
            p++;
            checkNumberEnd(p, "decimal");
            return numberToken(start, p, new Ast.ComplexLiteral(Double.parseDouble(text.toString())));
        }
        checkNumberEnd(p, "decimal");
        if (isFloat) {
            return numberToken(start, p, Double.parseDouble(text.toString()));
        }
        String digits = text.toString();
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != '0') {
                    throw src.syntax(new Span(line, col(start), line, col(p)),
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }
            }
        }
        return numberToken(start, p, parseInt(digits, 10));
    }

    private int decimalDigits(int p, StringBuilder out) {
        while (p < end) {
            char d = s.charAt(p);
            if (isDigit(d)) {
                out.append(d);
                p++;
            } else if (d == '_') {
                p++;
                if (p >= end || !isDigit(s.charAt(p))) {
                    throw errorAt(p - 1, "invalid decimal literal");
                }
            } else {
                break;
            }
        }
        return p;
    }

    private static final String[] NUMBER_FOLLOWERS = {"and", "else", "for", "if", "in", "is", "not", "or"};

    private boolean keywordAhead(int p) {
        for (String k : NUMBER_FOLLOWERS) {
            if (s.startsWith(k, p)) {
                return true;
            }
        }
        return false;
    }

    /** CPython tolerates {@code 1if x else y} but not {@code 1abc}. */
    private void checkNumberEnd(int p, String what) {
        if (p >= end) {
            return;
        }
        int cp = s.codePointAt(p);
        boolean identChar = cp < 128 ? isAsciiLetter((char) cp) || cp == '_' || isDigit((char) cp)
                : Character.isUnicodeIdentifierStart(cp);
        if (identChar && !keywordAhead(p)) {
            throw errorAt(p - 1, "invalid " + what + " literal");
        }
    }

    private static Object parseInt(String digits, int radix) {
        if (digits.length() <= 18 || radix == 16 && digits.length() <= 15 || radix == 2 && digits.length() <= 62) {
            try {
                return Long.parseLong(digits, radix);
            } catch (NumberFormatException ignored) {
                // falls through to BigInteger
            }
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private Token numberToken(int start, int p, Object value) {
        pos = p;
        return new Token(TokenKind.NUMBER, s.substring(start, p), value, new Span(line, col(start), line, col(p)),
                start, p, depth);
    }

    // --------------------------------------------------------------------------------- operators

    private Token operator(char c) {
        int start = pos;
        char n1 = pos + 1 < end ? s.charAt(pos + 1) : '\0';
        char n2 = pos + 2 < end ? s.charAt(pos + 2) : '\0';
        String op;
        switch (c) {
            case '(', '[', '{' -> {
                if (depth >= MAX_PAREN) {
                    throw errorAt(pos, "too many nested parentheses");
                }
                parenChar[depth] = c;
                parenLine[depth] = line;
                parenCol[depth] = col(pos);
                depth++;
                op = c == '(' ? "(" : c == '[' ? "[" : "{";
            }
            case ')', ']', '}' -> {
                if (depth == 0) {
                    throw errorAt(pos, "unmatched '" + c + "'");
                }
                char open = parenChar[depth - 1];
                if (open != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                    String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                    if (parenLine[depth - 1] != line) {
                        msg += " on line " + parenLine[depth - 1];
                    }
                    throw errorAt(pos, msg);
                }
                depth--;
                op = c == ')' ? ")" : c == ']' ? "]" : "}";
            }
            case ':' -> op = n1 == '=' ? ":=" : ":";
            case ',' -> op = ",";
            case ';' -> op = ";";
            case '~' -> op = "~";
            case '.' -> op = n1 == '.' && n2 == '.' ? "..." : ".";
            case '+' -> op = n1 == '=' ? "+=" : "+";
            case '%' -> op = n1 == '=' ? "%=" : "%";
            case '&' -> op = n1 == '=' ? "&=" : "&";
            case '|' -> op = n1 == '=' ? "|=" : "|";
            case '^' -> op = n1 == '=' ? "^=" : "^";
            case '@' -> op = n1 == '=' ? "@=" : "@";
            case '=' -> op = n1 == '=' ? "==" : "=";
            case '!' -> {
                if (n1 != '=') {
                    pos++;
                    throw errorAt(pos - 1, "invalid syntax");
                }
                op = "!=";
            }
            case '-' -> op = n1 == '>' ? "->" : n1 == '=' ? "-=" : "-";
            case '*' -> op = n1 == '*' ? (n2 == '=' ? "**=" : "**") : n1 == '=' ? "*=" : "*";
            case '/' -> op = n1 == '/' ? (n2 == '=' ? "//=" : "//") : n1 == '=' ? "/=" : "/";
            case '<' -> op = n1 == '<' ? (n2 == '=' ? "<<=" : "<<") : n1 == '=' ? "<=" : "<";
            case '>' -> op = n1 == '>' ? (n2 == '=' ? ">>=" : ">>") : n1 == '=' ? ">=" : ">";
            default -> {
                if (c == 0) {
                    throw errorAt(pos, "source code cannot contain null bytes");
                }
                if (c < 32 || c == 127) {
                    throw errorAt(pos, String.format("invalid non-printable character U+%04X", (int) c));
                }
                pos++;
                throw errorAt(pos - 1, "invalid syntax");
            }
        }
        pos += op.length();
        return new Token(TokenKind.OP, op, null, new Span(line, col(start), line, col(pos)), start, pos, depth);
    }
}
