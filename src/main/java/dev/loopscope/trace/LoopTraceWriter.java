package dev.loopscope.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
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

    /**
     * Writes the trace as events arrive, keeping no event: for runs that only want the text, kept
     * whole or written out (UTF-8) a chunk at a time as it grows.
     */
    public static final class Streaming implements EventSink {
        /** Characters kept before a chunk is written out. */
        private static final int CHUNK = 1 << 16;

        private final StringBuilder sb = new StringBuilder(1 << 12).append("loop-trace 1\n");
        private final OutputStream out;
        private double lastTime = Double.NaN;
        private String lastText = "";

        /** Keeps the whole trace, for {@link #text()}. */
        public Streaming() {
            this(null);
        }

        /**
         * Writes the trace to {@code out} in chunks as it grows, the rest at {@link #finish()}; a run
         * that fails before it has written {@value #CHUNK} characters has written nothing.
         */
        public Streaming(OutputStream out) {
            this.out = out;
        }

        @Override
        public boolean wantsLoopDetail() {
            return false;
        }

        @Override
        public void accept(Event e) {
            // many lines share one instant: format each clock value once
            if (Double.doubleToRawLongBits(e.time()) != Double.doubleToRawLongBits(lastTime)) {
                lastTime = e.time();
                lastText = time(lastTime);
            }
            int start = sb.length();
            sb.append(lastText).append(' ');
            if (appendLine(sb, e)) {
                sb.append('\n');
                if (out != null && sb.length() >= CHUNK) {
                    writeOut();
                }
            } else {
                sb.setLength(start); // an event the trace does not show
            }
        }

        public String text() {
            return sb.toString();
        }

        /** Writes out what is left of the trace. */
        public void finish() {
            writeOut();
        }

        private void writeOut() {
            // one bulk encoding per chunk: a fresh JVM runs a stream's own encoder uncompiled
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            sb.setLength(0);
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Appends the line's text after the time, straight into the trace (a run writes a line per task
     * step); false for events the trace does not show.
     */
    private static boolean appendLine(StringBuilder sb, Event e) {
        if (e instanceof Event.TaskStep s) {
            sb.append("step ").append(s.name());
        } else if (e instanceof Event.TaskCreated c) {
            sb.append("create ").append(c.name()).append(' ').append(c.coro());
        } else if (e instanceof Event.TaskDone d) {
            sb.append("done ").append(d.name()).append(' ').append(oneLine(d.outcome()));
        } else if (e instanceof Event.Output o) {
            sb.append(o.err() ? "stderr " : "print ").append(o.text());
        } else if (e instanceof Event.Block b) {
            sb.append("block ").append(b.repr());
        } else if (e instanceof Event.RunEnd r) {
            sb.append("end ").append(oneLine(r.outcome()));
        } else if (e instanceof Event.Error r) {
            sb.append("error ").append(oneLine(r.text()));
        } else if (e instanceof Event.Deadlock) {
            sb.append("deadlock");
        } else {
            return false;
        }
        return true;
    }

    static String oneLine(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }


    /** Python's f"{t:.6f}": the exact binary value, rounded half-even. */
    public static String time(double t) {
        if (Double.isInfinite(t) || Double.isNaN(t)) {
            return Double.isNaN(t) ? "nan" : t > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(t);
        boolean negative = bits < 0;
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        int k = -e;
        if (m == 0 || k <= 0 || k >= 64) {
            return exact(t);
        }
        // t * 10^6 = m * 10^6 / 2^k exactly, with m * 10^6 < 2^73: 128-bit arithmetic suffices
        long hi = Math.multiplyHigh(m, 1_000_000L);
        long lo = m * 1_000_000L;
        if (hi >>> k != 0) {
            return exact(t);
        }
        long q = (hi << (64 - k)) | (lo >>> k);
        long rem = lo & ((1L << k) - 1);
        long half = 1L << (k - 1);
        int c = Long.compareUnsigned(rem, half);
        if (c > 0 || (c == 0 && (q & 1) == 1)) {
            q++;
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        sb.append(q / 1_000_000L).append('.');
        String frac = Long.toString(q % 1_000_000L);
        for (int i = frac.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }

    private static String exact(double t) {
        String s = new BigDecimal(t).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        return t < 0 || (t == 0 && 1 / t < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
    }
}
