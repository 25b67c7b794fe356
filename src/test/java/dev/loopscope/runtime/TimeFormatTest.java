package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
    @Test
    void gmtimeAndCtimeMatchCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(TimeTable.GMTIME)) {
            double secs = (Double) TableData.value(r[0]);
            t.check("gmtime(" + FloatRepr.repr(secs) + ")", r[1], () -> {
                List<Object> out = new ArrayList<>();
                for (long f : TimeFormat.gmtime(secs).fields()) {
                    out.add(f);
                }
                return out;
            });
            t.check("ctime(" + FloatRepr.repr(secs) + ")", r[2], () -> TimeFormat.ctime(secs));
        }
        t.done();
    }

    @Test
    void strftimeMatchesCPython() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(TimeTable.STRFTIME)) {
            List<?> f = (List<?>) TableData.value(r[1]);
            long[] v = f.stream().mapToLong(x -> (Long) x).toArray();
            // rows tagged g come from time.gmtime (zone "GMT"), t from plain tuples (local zone)
            TimeFormat.StructTime st = new TimeFormat.StructTime(v[0], (int) v[1], (int) v[2], (int) v[3],
                    (int) v[4], (int) v[5], (int) v[6], (int) v[7], (int) v[8], r[0].equals("g") ? "GMT" : null, 0);
            String fmt = (String) TableData.value(r[2]);
            if (fmt == null) {
                t.check("asctime " + f, r[3], () -> TimeFormat.asctime(st));
            } else {
                t.check("strftime '" + fmt + "' " + f, r[3], () -> TimeFormat.strftime(fmt, st));
            }
        }
        t.done();
    }

    @Test
    void briefExample() {
        assertEquals("Mon Jan  1 10:00:00 2024", TimeFormat.ctime(1704103200.0));
        assertEquals("UTC +0000", TimeFormat.strftime("%Z %z", TimeFormat.localtime(0)));
    }
}
