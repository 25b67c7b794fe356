package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormatSpecTest {
    @Test
    void formatMatchesCPythonTable() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(FormatTable.FORMAT)) {
            Object v = TableData.value(r[0]);
            String spec = (String) TableData.value(r[1]);
            t.check("format(" + TableData.render(v) + ", '" + spec + "')", r[2], () -> FormatSpec.format(v, spec));
        }
        t.done();
    }

    @Test
    void briefExamples() {
        assertEquals("1e+16", FormatSpec.format(1e16, ""));
        assertEquals("1.0", FormatSpec.format(1.0, ""));
        assertEquals("1.5", FormatSpec.format(1.5, ".3"));
        assertEquals("1e+21", FormatSpec.format(1e21, ".2"));
        assertEquals("2.67", FormatSpec.format(2.675, ".2f"));
        assertEquals("0.12", FormatSpec.format(0.125, ".2f"));
        assertEquals("1", FormatSpec.format(true, "d"));
        assertEquals("True", FormatSpec.format(true, ""));
        FormatError e = assertThrows(FormatError.class, () -> FormatSpec.format(1.5, "d"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("Unknown format code 'd' for object of type 'float'", e.getMessage());
    }
}
