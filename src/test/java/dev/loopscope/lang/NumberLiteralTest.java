package dev.loopscope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Finding number literals the way the interpreter reads them, and stepping them in their own style. */
class NumberLiteralTest {

    private static List<String> texts(String source) {
        return NumberLiteral.findAll(source).stream().map(NumberLiteral::text).collect(Collectors.toList());
    }

    @Test
    void findsIntsFloatsExponentsUnderscoresAndImaginaries() {
        assertEquals(List.of("2", "0.5", "1e-3", "1_000", "0xFF", "2.", ".25", "3j"),
                texts("await asyncio.sleep(2)\nx = 0.5 + 1e-3 * 1_000\ny = [0xFF, 2., .25, 3j]\n"));
    }

    @Test
    void offsetsPointIntoTheSource() {
        String src = "async def main():\n    await asyncio.sleep(2.25)\n";
        NumberLiteral n = NumberLiteral.findAll(src).get(0);
        assertEquals("2.25", src.substring(n.start(), n.end()));
        assertEquals("2.25", n.text());
    }

    @Test
    void digitsInStringsFStringsAndCommentsAreNotLiterals() {
        String src = "print('sleep(2)', \"3\")  # wait 4 s\nf = f'{5} and {x}'\ns = '''6\n7'''\nt = 8\n";
        assertEquals(List.of("8"), texts(src));
    }

    @Test
    void digitsInNamesAreNotLiterals() {
        assertEquals(List.of("1"), texts("task2 = x1 + 1\n"));
    }

    @Test
    void aUnaryMinusBelongsToTheLiteralAndABinaryOneDoesNot() {
        assertEquals(List.of("-1", "-2", "3", "4", "-5", "6", "7", "-8"),
                texts("a = f(-1, -2)\nb = x - 3\nc = (4) - -5\nd = y[6] -7 if True else -8\n"));
        NumberLiteral neg = NumberLiteral.findAll("await sleep(- 2)\n").get(0);
        assertEquals("- 2", neg.text());
        assertTrue(neg.negative());
        assertEquals("-3", neg.stepped(-1, true));
    }

    @Test
    void literalsBeforeALexerErrorAreStillFound() {
        assertEquals(List.of("1", "2"), texts("a = 1\nb = 2\nc = 'unterminated\nd = 3\n"));
    }

    @Test
    void underFindsTheLiteralBeneathAPointerAndAtCaretAlsoJustAfterIt() {
        String src = "sleep(25) # 7\n";
        int at = src.indexOf("25");
        assertTrue(NumberLiteral.under(src, at).isPresent());
        assertTrue(NumberLiteral.under(src, at + 1).isPresent());
        assertFalse(NumberLiteral.under(src, at + 2).isPresent(), "the ')' is not the number");
        assertTrue(NumberLiteral.atCaret(src, at + 2).isPresent(), "a caret right after the digits touches it");
        assertFalse(NumberLiteral.atCaret(src, at - 1).isPresent());
        assertFalse(NumberLiteral.under(src, src.indexOf('7')).isPresent(), "a comment's digit");
    }

    @Test
    void integersStepByOne() {
        assertEquals("3", NumberLiteral.step("2", 1, false));
        assertEquals("10", NumberLiteral.step("9", 1, false));
        assertEquals("0", NumberLiteral.step("2", -5, false), "a plain literal stops at zero");
        assertEquals("123456789012345678901", NumberLiteral.step("123456789012345678900", 1, false));
        assertEquals(BigDecimal.ONE, NumberLiteral.unit("42"));
    }

    @Test
    void floatsStepByTheirLastDigit() {
        assertEquals("0.6", NumberLiteral.step("0.5", 1, false));
        assertEquals("0.4", NumberLiteral.step("0.5", -1, false));
        assertEquals("2.26", NumberLiteral.step("2.25", 1, false));
        assertEquals("1.99", NumberLiteral.step("2.25", -26, false));
        assertEquals("0.00", NumberLiteral.step("0.05", -9, false));
        assertEquals("1.0", NumberLiteral.step("0.9", 1, false));
        assertEquals(new BigDecimal("0.01"), NumberLiteral.unit("2.25"));
        assertEquals(new BigDecimal("0.1"), NumberLiteral.unit("0.5"));
    }

    @Test
    void exponentsKeepTheirExponentAndStepTheMantissa() {
        assertEquals("2e-3", NumberLiteral.step("1e-3", 1, false));
        assertEquals("0e-3", NumberLiteral.step("1e-3", -4, false));
        assertEquals("1.6E+2", NumberLiteral.step("1.5E+2", 1, false));
        assertEquals(0, new BigDecimal("0.001").compareTo(NumberLiteral.unit("1e-3")));
        assertEquals(0, new BigDecimal("0.002").compareTo(NumberLiteral.value("2e-3")));
    }

    @Test
    void formattingKeepsTheLiteralsStyle() {
        assertEquals("1_001", NumberLiteral.step("1_000", 1, false));
        assertEquals("999", NumberLiteral.step("1_000", -1, false));
        assertEquals("1_000_000", NumberLiteral.step("999_999", 1, false));
        assertEquals("0x100", NumberLiteral.step("0xff", 1, false));
        assertEquals("0XFE", NumberLiteral.step("0XFF", -1, false));
        assertEquals("0xf", NumberLiteral.step("0x10", -1, false));
        assertEquals("0x0E", NumberLiteral.step("0x0F", -1, false));
        assertEquals("0b100", NumberLiteral.step("0b11", 1, false));
        assertEquals("0o10", NumberLiteral.step("0o7", 1, false));
        assertEquals(".6", NumberLiteral.step(".5", 1, false));
        assertEquals("1.0", NumberLiteral.step(".9", 1, false));
        assertEquals("3.", NumberLiteral.step("2.", 1, false));
        assertEquals("4j", NumberLiteral.step("3j", 1, false));
        assertEquals("0.35j", NumberLiteral.step("0.25j", 10, false));
    }

    @Test
    void negativeLiteralsStepThroughZeroWhenAllowed() {
        assertEquals("-1", NumberLiteral.step("-2", 1, true));
        assertEquals("0", NumberLiteral.step("-1", 1, true));
        assertEquals("-1", NumberLiteral.step("0", -1, true));
        assertEquals("-0.4", NumberLiteral.step("-0.5", 1, true));
        assertEquals("0", NumberLiteral.step("-3", 1, false), "not allowed: clamped at zero");
        assertEquals("-0x10", NumberLiteral.step("-0xf", -1, true));
        assertEquals(0, new BigDecimal("-2.5").compareTo(NumberLiteral.value("-2.5")));
    }

    @Test
    void everySteppedLiteralLexesAsTheValueItClaims() {
        String[] literals = {"2", "0.5", "2.25", "1e-3", "1_000", "0xFF", ".5", "2.", "0b1"};
        for (String literal : literals) {
            for (int steps = -3; steps <= 12; steps++) {
                String text = NumberLiteral.step(literal, steps, false);
                Token t = Lexer.tokenize("t.py", text + "\n").get(0);
                assertEquals(TokenKind.NUMBER, t.kind(), text);
                assertEquals(text, t.text());
                BigDecimal expected = NumberLiteral.value(literal).add(NumberLiteral.unit(literal)
                        .multiply(BigDecimal.valueOf(steps))).max(BigDecimal.ZERO);
                assertEquals(0, expected.compareTo(NumberLiteral.value(text)), literal + " + " + steps + " -> " + text);
            }
        }
    }
}
