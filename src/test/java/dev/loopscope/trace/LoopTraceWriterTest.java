package dev.loopscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Times print as Python's f"{t:.6f}": the exact binary value, rounded half to even. */
class LoopTraceWriterTest {
    @Test
    void timesAreTheExactDoubleRoundedHalfEven() {
        assertEquals("0.000000", LoopTraceWriter.time(0.0));
        assertEquals("0.300000", LoopTraceWriter.time(0.1 + 0.1 + 0.1));
        assertEquals("1.000000", LoopTraceWriter.time(0.9999999999999999));
        assertEquals("0.000000", LoopTraceWriter.time(0.0000005));      // 4.99999...e-07 below
        assertEquals("0.000002", LoopTraceWriter.time(0.0000015));      // 1.50000000000000004e-06 above
        assertEquals("16777216.000000", LoopTraceWriter.time(16777216.000000004));
        assertEquals("1000000000.000000", LoopTraceWriter.time(1e9));
    }

    @Test
    void theFastPathAgreesWithExactDecimalArithmetic() {
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 200_000; i++) {
            double t = switch (i % 4) {
                case 0 -> r.nextDouble() * 10;
                case 1 -> r.nextInt(100_000) / 1000.0 + r.nextInt(10) * 0.1;
                case 2 -> Math.scalb(r.nextDouble(), r.nextInt(60) - 30);
                default -> (r.nextInt(2_000_001) - 1_000_000) * 5e-7;
            };
            String expected = new java.math.BigDecimal(t).setScale(6, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString();
            if (t < 0 && !expected.startsWith("-")) {
                expected = "-" + expected;
            }
            assertEquals(expected, LoopTraceWriter.time(t), "t = " + t);
        }
        assertEquals("-0.000000", LoopTraceWriter.time(-0.0));
        assertEquals("-0.000000", LoopTraceWriter.time(-1e-30));
        assertEquals("0.000000", LoopTraceWriter.time(1e-300));
    }

    @Test
    void eventsProjectToTraceLines() {
        String trace = LoopTraceWriter.write(List.of(
                new Event.TaskCreated(0.0, 1, "Task-1", "main", "x.py", 3),
                new Event.Round(0.0, 1),
                new Event.TaskStep(0.0, 1, "Task-1", 3),
                new Event.Output(0.0, false, ""),
                new Event.Output(0.5, true, "oops"),
                new Event.TaskDone(0.5, 1, "Task-1", "exception ValueError: a\nb"),
                new Event.Deadlock(0.5)));
        assertEquals("loop-trace 1\n0.000000 create Task-1 main\n0.000000 step Task-1\n0.000000 print \n"
                + "0.500000 stderr oops\n0.500000 done Task-1 exception ValueError: a\\nb\n0.500000 deadlock\n", trace);
    }
}
