package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentFormatTest {
    private static final PercentFormat.Hooks HOOKS = PercentFormat.Hooks.plain();

    @Test
    void matchesCPythonTable() {
        TableCheck t = new TableCheck();
        for (String[] r : TableData.rows(PercentTable.CASES)) {
            String fmt = (String) TableData.value(r[1]);
            Object arg = TableData.value(r[2]);
            String label = r[0] + " '" + fmt + "' % " + TableData.render(arg);
            switch (r[0]) {
                case "t" -> t.check(label, r[3], () -> PercentFormat.formatTuple(fmt, (List<?>) arg, HOOKS));
                case "m" -> {
                    List<?> flat = (List<?>) arg;
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < flat.size(); i += 2) {
                        map.put(flat.get(i), flat.get(i + 1));
                    }
                    t.check(label, r[3], () -> PercentFormat.format(fmt, map, HOOKS));
                }
                default -> t.check(label, r[3], () -> PercentFormat.format(fmt, arg, HOOKS));
            }
        }
        t.done();
    }

    @Test
    void pluggableStr() {
        PercentFormat.Hooks hooks = new PercentFormat.Hooks(o -> "<obj>", o -> "R", o -> "Thing");
        assertEquals("<obj> R 7", PercentFormat.formatTuple("%s %r %d", List.of(new Object(), new Object(), 7L), hooks));
    }
}
