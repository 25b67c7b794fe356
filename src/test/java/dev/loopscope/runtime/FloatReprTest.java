package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatReprTest {
    @Test
    void reprFormatAndRoundMatchCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(FormatTable.FLOAT_REPR)) {
            double d = (Double) TableData.value(r[0]);
            String x = FloatRepr.repr(d);
            t.check("repr " + x, r[1], () -> FloatRepr.repr(d));
            t.check("'.3e' " + x, r[2], () -> FormatSpec.format(d, ".3e"));
            t.check("'.12g' " + x, r[3], () -> FormatSpec.format(d, ".12g"));
            t.check("'.2f' " + x, r[4], () -> Math.abs(d) < 1e30 ? FormatSpec.format(d, ".2f") : "big");
            t.check("'.4' " + x, r[5], () -> FormatSpec.format(d, ".4"));
            t.check("round(x, 2) " + x, r[6], () -> IntOps.round(d, 2));
            t.check("round(x, -3) " + x, r[7], () -> IntOps.round(d, -3));
            t.check("round(x) " + x, r[8], () -> IntOps.round(d));
        }
        t.done();
    }

    @Test
    void exponentThresholds() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("1.5e+300", FloatRepr.repr(1.5e300));
        assertEquals("2.5e-07", FloatRepr.repr(2.5e-7));
        assertEquals("100.0", FloatRepr.repr(100.0));
        assertEquals("0.1", FloatRepr.repr(0.1));
        assertEquals("1234567890123456.0", FloatRepr.repr(1234567890123456.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("2e-323", FloatRepr.repr(2e-323));
    }
}
