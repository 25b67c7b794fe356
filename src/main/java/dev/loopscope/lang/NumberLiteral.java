package dev.loopscope.lang;

import dev.loopscope.diag.Diagnostic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A number literal in a scenario's text, found with the interpreter's own {@link Lexer} (so a
 * digit inside a string, an f-string or a comment is never one), and the arithmetic of "live
 * numbers": stepping a literal by the unit of its last digit while keeping how it is written
 * (underscores, hex case, exponent, a leading dot, a {@code j} suffix).
 *
 * <p>{@code start}/{@code end} are char offsets of the literal in the text; a unary minus right
 * before it ({@code sleep(-1)}, {@code x = - 2}) belongs to it, so that it can step through zero.
 */
public record NumberLiteral(int start, int end, String text) {

    /** Whether the literal carries its own unary minus. */
    public boolean negative() {
        return text.startsWith("-");
    }

    /** Every number literal of {@code source}, in order; the lexer's first error ends the search. */
    public static List<NumberLiteral> findAll(String source) {
        List<NumberLiteral> found = new ArrayList<>();
        Lexer lexer = new Lexer("<live>", source);
        Token beforeMinus = null;
        Token previous = null;
        try {
            while (true) {
                Token t = lexer.next();
                if (t.kind() == TokenKind.ENDMARKER) {
                    break;
                }
                if (t.kind() == TokenKind.NUMBER) {
                    if (previous != null && previous.isOp("-") && !endsOperand(beforeMinus)) {
                        found.add(new NumberLiteral(previous.start(), t.end(),
                                source.substring(previous.start(), t.end())));
                    } else {
                        found.add(new NumberLiteral(t.start(), t.end(), t.text()));
                    }
                }
                if (isLayout(t)) {
                    continue;
                }
                beforeMinus = previous;
                previous = t;
            }
        } catch (Diagnostic.Failure broken) {
            // an unfinished edit further on: the literals before it are still there to drag
        }
        return found;
    }

    private static boolean isLayout(Token t) {
        return t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT;
    }

    /** Whether a '-' after {@code t} is binary (t ends an operand) rather than a sign. */
    private static boolean endsOperand(Token t) {
        if (t == null) {
            return false;
        }
        switch (t.kind()) {
            case NUMBER:
            case STRING:
                return true;
            case NAME:
                return !ExpressionParser.KEYWORDS.contains(t.text())
                        || t.text().equals("True") || t.text().equals("False") || t.text().equals("None");
            case OP:
                return t.text().equals(")") || t.text().equals("]") || t.text().equals("}");
            default:
                return false;
        }
    }

    /** The literal under the character at {@code index} (as a pointer over it), if any. */
    public static Optional<NumberLiteral> under(String source, int index) {
        for (NumberLiteral n : findAll(source)) {
            if (index >= n.start && index < n.end) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The literal the caret at {@code caret} touches (inside it, or just after its last digit). */
    public static Optional<NumberLiteral> atCaret(String source, int caret) {
        for (NumberLiteral n : findAll(source)) {
            if (caret >= n.start && caret <= n.end) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** This literal {@code steps} units on, written in its style; never below zero unless allowed. */
    public String stepped(long steps, boolean mayGoNegative) {
        return step(text, steps, mayGoNegative);
    }

    /** The literal's value (the j of an imaginary literal dropped), as the interpreter reads it. */
    public static BigDecimal value(String literal) {
        Parts p = Parts.of(literal);
        BigDecimal magnitude = p.radix == 10 ? new BigDecimal(p.digits.replace("_", "") + p.exponent)
                : new BigDecimal(new BigInteger(p.digits.replace("_", ""), p.radix));
        return p.negative ? magnitude.negate() : magnitude;
    }

    /** The unit one step adds to {@code literal}: 1 for an integer, its last digit's place otherwise. */
    public static BigDecimal unit(String literal) {
        Parts p = Parts.of(literal);
        if (p.radix != 10) {
            return BigDecimal.ONE;
        }
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-p.fractionDigits());
        return p.exponent.isEmpty() ? unit : unit.scaleByPowerOfTen(Integer.parseInt(p.exponent.substring(1)));
    }

    /**
     * {@code literal} (optionally with a leading minus) moved by {@code steps} units of its last
     * digit, written as it was: {@code 2 -> 3}, {@code 0.5 -> 0.6}, {@code 1e-3 -> 2e-3},
     * {@code 1_000 -> 1_001}, {@code 0xFF -> 0x100}, {@code .5 -> .4}. A result below zero becomes
     * zero unless {@code mayGoNegative}.
     */
    public static String step(String literal, long steps, boolean mayGoNegative) {
        Parts p = Parts.of(literal);
        if (p.radix != 10) {
            BigInteger v = new BigInteger(p.digits.replace("_", ""), p.radix);
            v = (p.negative ? v.negate() : v).add(BigInteger.valueOf(steps));
            if (v.signum() < 0 && !mayGoNegative) {
                v = BigInteger.ZERO;
            }
            String digits = v.abs().toString(p.radix);
            if (p.upperDigits) {
                digits = digits.toUpperCase(Locale.ROOT);
            }
            digits = pad(digits, p.paddedWidth());
            return (v.signum() < 0 ? "-" : "") + p.prefix + group(digits, p.groupWidth()) + p.suffix;
        }
        int fraction = p.fractionDigits();
        BigDecimal mantissa = new BigDecimal(p.mantissaDigits()).movePointLeft(fraction);
        if (p.negative) {
            mantissa = mantissa.negate();
        }
        mantissa = mantissa.add(BigDecimal.valueOf(steps).movePointLeft(fraction));
        if (mantissa.signum() < 0 && !mayGoNegative) {
            mantissa = BigDecimal.ZERO;
        }
        mantissa = mantissa.setScale(fraction);
        String plain = mantissa.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String rest = dot < 0 ? "" : plain.substring(dot);
        if (p.hasDot() && dot < 0) {
            rest = "."; // "2." stays a float
        }
        if (p.wholeDigits().isEmpty() && whole.equals("0") && !rest.isEmpty()) {
            whole = ""; // ".5" stays without its leading zero
        }
        String text = group(whole, p.groupWidth()) + rest;
        return (mantissa.signum() < 0 ? "-" : "") + text + p.exponent + p.suffix;
    }

    private static String pad(String digits, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    /** Underscores every {@code width} digits from the right (none when width is 0). */
    private static String group(String digits, int width) {
        if (width <= 0 || digits.length() <= width) {
            return digits;
        }
        StringBuilder b = new StringBuilder();
        int head = digits.length() % width;
        if (head > 0) {
            b.append(digits, 0, head);
        }
        for (int i = head; i < digits.length(); i += width) {
            if (b.length() > 0) {
                b.append('_');
            }
            b.append(digits, i, i + width);
        }
        return b.toString();
    }

    /** A literal taken apart: sign, radix prefix, digits (mantissa), exponent, imaginary suffix. */
    private record Parts(boolean negative, String prefix, int radix, String digits, String exponent, String suffix,
                         boolean upperDigits) {

        static Parts of(String literal) {
            String s = literal.strip();
            boolean negative = false;
            if (s.startsWith("-")) {
                negative = true;
                s = s.substring(1).strip();
            }
            String suffix = "";
            if (s.endsWith("j") || s.endsWith("J")) {
                suffix = s.substring(s.length() - 1);
                s = s.substring(0, s.length() - 1);
            }
            if (s.length() > 2 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
                char kind = Character.toLowerCase(s.charAt(1));
                int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
                String digits = s.substring(2);
                boolean upper = !digits.equals(digits.toLowerCase(Locale.ROOT));
                return new Parts(negative, s.substring(0, 2), radix, digits, "", suffix, upper);
            }
            String exponent = "";
            int e = Math.max(s.indexOf('e'), s.indexOf('E'));
            if (e >= 0) {
                exponent = s.substring(e);
                s = s.substring(0, e);
            }
            if (s.isEmpty() || !s.matches("[0-9_]*\\.?[0-9_]*")) {
                throw new IllegalArgumentException("not a number literal: " + literal);
            }
            return new Parts(negative, "", 10, s, exponent, suffix, false);
        }

        boolean hasDot() {
            return digits.indexOf('.') >= 0;
        }

        String wholeDigits() {
            int dot = digits.indexOf('.');
            return dot < 0 ? digits : digits.substring(0, dot);
        }

        int fractionDigits() {
            int dot = digits.indexOf('.');
            return dot < 0 ? 0 : digits.substring(dot + 1).replace("_", "").length();
        }

        /** All the digits, without dot or underscores ("" before a dot counts as 0). */
        String mantissaDigits() {
            String all = digits.replace("_", "").replace(".", "");
            return all.isEmpty() ? "0" : all;
        }

        /** The width of the last underscore group of the whole part (0: no underscores). */
        int groupWidth() {
            String whole = wholeDigits();
            int last = whole.lastIndexOf('_');
            return last < 0 ? 0 : whole.length() - last - 1;
        }

        /** A hex/octal/binary literal written with leading zeros keeps its width. */
        int paddedWidth() {
            String plain = digits.replace("_", "");
            return plain.length() > 1 && plain.charAt(0) == '0' ? plain.length() : 0;
        }
    }
}
