package dev.loopscope.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Writes the loop trace of TRACE.md: the projection of the event stream that CPython's oracle prints. */
public final class LoopTraceWriter {
    private LoopTraceWriter() {
    }

    public static String write(List<Event> events) {
        Streaming w = new Streaming();
        for (Event e : events) {
            w.accept(e);
        }
        return w.text();
    }

    /** Writes the trace as events arrive, keeping no event: for runs that only want the text. */
    public static final class Streaming implements EventSink {
        private final StringBuilder sb = new StringBuilder(1 << 12).append("loop-trace 1\n");
        private double lastTime = Double.NaN;
        private String lastText = "";

        @Override
        public void accept(Event e) {
            String line = line(e);
            if (line != null) {
                // many lines share one instant: format each clock value once
                if (Double.doubleToRawLongBits(e.time()) != Double.doubleToRawLongBits(lastTime)) {
                    lastTime = e.time();
                    lastText = time(lastTime);
                }
                sb.append(lastText).append(' ').append(line).append('\n');
            }
        }

        public String text() {
            return sb.toString();
        }
    }

    private static String line(Event e) {
        if (e instanceof Event.TaskCreated c) {
            return "create " + c.name() + " " + c.coro();
        }
        if (e instanceof Event.TaskStep s) {
            return "step " + s.name();
        }
        if (e instanceof Event.TaskDone d) {
            return "done " + d.name() + " " + oneLine(d.outcome());
        }
        if (e instanceof Event.Output o) {
            return (o.err() ? "stderr " : "print ") + o.text();
        }
        if (e instanceof Event.Block b) {
            return "block " + b.repr();
        }
        if (e instanceof Event.RunEnd r) {
            return "end " + oneLine(r.outcome());
        }
        if (e instanceof Event.Error r) {
            return "error " + oneLine(r.text());
        }
        if (e instanceof Event.Deadlock) {
            return "deadlock";
        }
        return null;
    }

    static String oneLine(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }


    /** Python's f"{t:.6f}": the exact binary value, rounded half-even. */
    public static String time(double t) {
        if (t == 0.0) {
            return 1 / t < 0 ? "-0.000000" : "0.000000";
        }
        if (Double.isInfinite(t) || Double.isNaN(t)) {
            return Double.isNaN(t) ? "nan" : t > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(t).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
