package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntOpsTest {
    @Test
    void intDivisionMatchesCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(FormatTable.INT_DIVISION)) {
            Object a = TableData.value(r[0]);
            Object b = TableData.value(r[1]);
            String l = r[0] + " ? " + r[1];
            t.check(l.replace("?", "/"), r[2], () -> IntOps.trueDivide(a, b));
            t.check(l.replace("?", "//"), r[3], () -> IntOps.floorDiv(a, b));
            t.check(l.replace("?", "%"), r[4], () -> IntOps.mod(a, b));
        }
        t.done();
    }

    @Test
    void floatDivisionMatchesCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(FormatTable.FLOAT_DIVISION)) {
            double a = (Double) TableData.value(r[0]);
            double b = (Double) TableData.value(r[1]);
            String l = FloatRepr.repr(a) + " ? " + FloatRepr.repr(b);
            t.check(l.replace("?", "//"), r[2], () -> IntOps.floorDiv(a, b));
            t.check(l.replace("?", "%"), r[3], () -> IntOps.mod(a, b));
            t.check("divmod " + l, r[4], () -> {
                double[] qr = IntOps.divmod(a, b);
                return List.of(qr[0], qr[1]);
            });
            t.check(l.replace("?", "**"), r[5], () -> {
                try {
                    return IntOps.floatPow(a, b);
                } catch (UnsupportedOperationException complex) {
                    return "complex";
                }
            });
        }
        t.done();
    }

    @Test
    void powAndRoundMatchCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(FormatTable.INT_POW)) {
            Object a = TableData.value(r[0]);
            Object b = TableData.value(r[1]);
            if (r.length == 4) {
                Object m = TableData.value(r[3]);
                t.check("pow " + r[0] + " " + r[1] + " " + r[3], r[2], () -> IntOps.pow(a, b, m));
            } else {
                t.check(r[0] + " ** " + r[1], r[2], () -> IntOps.pow(a, b));
            }
        }
        for (String[] r : TableData.rows(FormatTable.INT_ROUND)) {
            Object v = TableData.value(r[0]);
            long n = (Long) TableData.value(r[1]);
            t.check("round(" + r[0] + ", " + n + ")", r[2], () -> IntOps.round(v, n));
        }
        t.done();
    }

    @Test
    void strDigitLimit() {
        BigInteger limit = BigInteger.TEN.pow(4300);
        assertEquals(4300, IntOps.str(limit.subtract(BigInteger.ONE)).length());
        assertEquals(4301, IntOps.str(BigInteger.ONE.subtract(limit)).length());
        FormatError e = assertThrows(FormatError.class, () -> IntOps.str(limit));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertThrows(FormatError.class, () -> IntOps.str(BigInteger.ONE.shiftLeft(20000)));
        assertThrows(FormatError.class, () -> FormatSpec.format(limit.negate(), "d"));
        assertEquals(1076, FormatSpec.format(BigInteger.ONE.shiftLeft(4300), "x").length());
        assertEquals("True", IntOps.str(true));
    }

    @Test
    void floatConversion() {
        assertEquals(1e300, IntOps.toDouble(new BigInteger("1" + "0".repeat(300))));
        FormatError e = assertThrows(FormatError.class, () -> IntOps.toDouble(BigInteger.TEN.pow(400)));
        assertEquals("OverflowError", e.pythonType());
        assertEquals("int too large to convert to float", e.getMessage());
        assertEquals(Long.valueOf(1), IntOps.fromDouble(1.9));
        assertEquals(new BigInteger("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
                IntOps.fromDouble(1e300));
        assertEquals("cannot convert float NaN to integer",
                assertThrows(FormatError.class, () -> IntOps.fromDouble(Double.NaN)).getMessage());
    }
}
