package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class LexerTest {

    private static List<Token> lex(String src) {
        return Lexer.tokenize("t.py", src);
    }

    /** A compact picture of the token stream: names and ops by text, layout tokens by kind. */
    private static String shape(String src) {
        return lex(src).stream().map(t -> switch (t.kind()) {
            case NAME, OP, NUMBER -> t.text();
            case STRING -> "STR";
            default -> t.kind().name();
        }).collect(Collectors.joining(" "));
    }

    private static Object value(String src) {
        return lex(src).get(0).value();
    }

    private static Object str(String src) {
        return ((StringToken) value(src)).value();
    }

    private static Diagnostic error(String src) {
        return assertThrows(Diagnostic.Failure.class, () -> lex(src)).diagnostic();
    }

    @Test
    void indentAndDedent() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE ENDMARKER",
                shape("if x:\n    y\n    if z:\n        w\nv\n"));
    }

    @Test
    void dedentsAtEndOfFileAndMissingFinalNewline() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER", shape("if x:\n  y"));
    }

    @Test
    void blankAndCommentLinesDoNotIndent() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER",
                shape("if x:\n\n   # odd comment\n  y\n\n  z  # c\n"));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER",
                shape("if x:\n\ty\n\tz\n"));
        Diagnostic d = error("if x:\n\ty\n        z\n");
        assertEquals("TabError", d.kind());
    }

    @Test
    void unindentMismatch() {
        Diagnostic d = error("if x:\n    a\n  b\n");
        assertEquals("IndentationError", d.kind());
        assertEquals("unindent does not match any outer indentation level", d.message());
        assertEquals(3, d.span().line());
        assertEquals(4, d.span().col());
    }

    @Test
    void implicitAndExplicitLineJoining() {
        assertEquals("x = ( 1 , 2 ) NEWLINE y = 1 + 2 NEWLINE ENDMARKER", shape("x = (1,\n\n  2)\ny = 1 + \\\n   2\n"));
    }

    @Test
    void lineEndingsAndBom() {
        assertEquals("a NEWLINE b NEWLINE c NEWLINE ENDMARKER", shape("\uFEFFa\r\nb\rc\n"));
        List<Token> ts = lex("a\r\nbb = 1");
        assertEquals(new Span(2, 1, 2, 3), ts.get(2).span());
    }

    @Test
    void columnsCountCodePoints() {
        List<Token> ts = lex("s = '😀'; é = 1");
        assertEquals(new Span(1, 5, 1, 8), ts.get(2).span());
        assertEquals(new Span(1, 10, 1, 11), ts.get(4).span());
    }

    @Test
    void operators() {
        assertEquals("x := 1 -> ** **= //= @= ... . != <= << >>= ; NEWLINE ENDMARKER",
                shape("x := 1 -> ** **= //= @= ... . != <= << >>= ;"));
    }

    @Test
    void numbers() {
        assertEquals(1_000_000L, value("1_000_000"));
        assertEquals(255L, value("0xff"));
        assertEquals(15L, value("0o17"));
        assertEquals(10L, value("0b1010"));
        assertEquals(0L, value("00"));
        assertEquals(new BigInteger("123456789012345678901234567890"), value("123456789012345678901234567890"));
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
        assertEquals(1.0, value("1."));
        assertEquals(0.5, value(".5"));
        assertEquals(1e-5, value("1e-5"));
        assertEquals(1000.5, value("1_000.5"));
        assertEquals(new Ast.ComplexLiteral(2.0), value("2j"));
        assertEquals(new Ast.ComplexLiteral(1.5e3), value("1.5e3J"));
        assertEquals("1 if x else 2 NEWLINE ENDMARKER", shape("1if x else 2"));
    }

    @Test
    void badNumbers() {
        assertEquals("invalid decimal literal", error("1_").message());
        assertEquals("invalid decimal literal", error("1__0").message());
        assertEquals("invalid hexadecimal literal", error("0x").message());
        assertEquals("invalid digit '8' in octal literal", error("0o8").message());
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                error("0777").message());
        assertEquals("invalid decimal literal", error("1abc").message());
    }

    @Test
    void stringEscapes() {
        assertEquals("\n\t\\'\"\u0007\b\f\u000b\r\0\u01ff\u0041é😀 \\q",
                str("\"\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\777\\x41\\u00e9\\U0001F600 \\q\""));
        assertEquals("ab", str("'a\\\nb'"));
        assertEquals("raw\\n", str("r'raw\\n'"));
        assertEquals("x\\'y", str("R'x\\'y'"));
        assertEquals("two\nlines", str("'''two\nlines'''"));
        assertEquals("a'b\"c", str("'''a'b\"c'''"));
    }

    @Test
    void stringPrefixes() {
        for (String p : List.of("", "r", "u", "R", "U", "f", "F", "rf", "fR", "Rf", "b", "B", "br", "Rb", "bR")) {
            Token t = lex(p + "'x'").get(0);
            assertEquals(TokenKind.STRING, t.kind(), p);
            StringToken st = (StringToken) t.value();
            assertEquals(p.toLowerCase().contains("b"), st.isBytes(), p);
            assertEquals(p.toLowerCase().contains("f"), st.isFString(), p);
            assertEquals(p.toLowerCase().contains("r"), st.isRaw(), p);
        }
        assertEquals("ub STR NEWLINE ENDMARKER", shape("ub'x'"));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[]{0, (byte) 0xff, 65, 10, '\\', 'u'}, (byte[]) str("b'\\x00\\xff\\101\\n\\u'"));
        assertArrayEquals("\\x00".getBytes(), (byte[]) str("rb'\\x00'"));
        assertEquals("bytes can only contain ASCII literal characters", error("b'é'").message());
    }

    @Test
    void unterminatedStrings() {
        Diagnostic d = error("s = 'abc\nx = 1\n");
        assertEquals("unterminated string literal (detected at line 1)", d.message());
        assertEquals(new Span(1, 5, 1, 6), d.span());
        d = error("s = '''abc\n\nx\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 3)", d.message());
    }

    @Test
    void brackets() {
        assertEquals("unmatched ')'", error("x = )").message());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("x = (]").message());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                error("x = (\n]").message());
        Diagnostic d = error("foo(1,\n  2\n");
        assertEquals("'(' was never closed", d.message());
        assertEquals(new Span(1, 4, 1, 5), d.span());
    }

    @Test
    void strayCharacters() {
        assertEquals("invalid character '€' (U+20AC)", error("x = €").message());
        assertEquals("unexpected character after line continuation character", error("x = \\ 1").message());
        assertEquals("invalid syntax", error("x = $").message());
    }

    @Test
    void fStringTokenKeepsBodyOffsets() {
        String src = "x = f'a{b}c'";
        StringToken st = (StringToken) lex(src).get(2).value();
        assertTrue(st.isFString());
        assertNull(st.value());
        assertEquals("a{b}c", src.substring(st.bodyStart(), st.bodyEnd()));
    }
}
