package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StrReprTest {
    @Test
    void reprAndAsciiMatchCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(FormatTable.STR_REPR)) {
            String s = (String) TableData.value(r[0]);
            t.check("repr " + r[0], r[1], () -> StrRepr.repr(s));
            t.check("ascii " + r[0], r[2], () -> StrRepr.ascii(s));
        }
        t.done();
    }

    @Test
    void quoteChoice() {
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'both \\' and \"'", StrRepr.repr("both ' and \""));
    }
}
