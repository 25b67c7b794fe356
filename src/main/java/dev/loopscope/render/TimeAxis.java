package dev.loopscope.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The horizontal axis: where each event sits, in <em>axis units</em> (one unit is the width of
 * one short task step), on the virtual clock.
 *
 * <p>The rule. Events are grouped into <em>instants</em>: runs of consecutive events with the same
 * clock value. Within an instant the clock stands still, so the instant opens into a burst: every
 * event takes a small width (0.1 units; a task step's first event 0.25), and every task step is at
 * least 1 unit wide, a callback at least 0.5 units; a burst is therefore about as wide as its number
 * of task steps. Between two instants the axis leaves a gap for the clock difference {@code dt}
 * (seconds): {@code gap(dt) = 1 + 20 * sqrt(dt)} units. The square root compresses long waits
 * while keeping their order and short waits visible: 1 ms is 1.6 units, 0.1 s 7.3, 1 s 21, 2 s 29,
 * 10 s 64. Inside a gap, time is linear, so ticks within a gap are evenly spaced.
 *
 * <p>Positions are given for <em>event counts</em> (the playhead's unit): {@code x(a)} is where
 * event {@code a} begins, which is where the playhead stands after {@code a} events were applied;
 * {@code x(size)} is the end of the run. Event {@code i} occupies {@code [x(i), x(i+1))}: the
 * last event of an instant also owns the gap after it.
 */
public final class TimeAxis {
    /** Width of one event inside a burst. */
    public static final double EVENT_W = 0.1;
    /** Width of the event that starts a task step. */
    public static final double STEP_EVENT_W = 0.25;
    /** Smallest width of a task step. */
    public static final double STEP_MIN = 1.0;
    /** Smallest width of a loop callback. */
    public static final double CALLBACK_MIN = 0.5;
    /** Width of an empty axis (no events). */
    private static final double EMPTY = 1.0;

    /**
     * A shared placement of clock values, for two runs drawn on one axis ({@link CompareLayout}):
     * an axis built with one puts each instant's burst at {@link #xOf} its time instead of after a
     * compressed gap, and converts between time and position through it. {@code xOf} must be
     * increasing and leave room for every burst of the run before the next instant.
     */
    public interface ClockMap {
        /** Where clock value {@code time} is, in axis units. */
        double xOf(double time);

        /** The clock value at axis position {@code x} (the inverse of {@link #xOf}, constant in a burst). */
        double timeAt(double x);
    }

    /** The compressed width of a clock difference of {@code dt} seconds (dt &gt; 0). */
    public static double gap(double dt) {
        return 1 + 20 * Math.sqrt(Math.max(0, dt));
    }

    private final double[] x; // size + 1
    private final int[] instantFirst; // first event of each instant
    private final double[] instantTime;
    private final double[] instantEnd; // x where the instant's burst ends (its gap begins)
    private final int[] instantSteps;
    /** A shared placement (two runs on one axis), or null for the usual compressed gaps. */
    private final ClockMap map;

    private TimeAxis(double[] x, int[] instantFirst, double[] instantTime, double[] instantEnd, int[] steps,
            ClockMap map) {
        this.map = map;
        this.x = x;
        this.instantFirst = instantFirst;
        this.instantTime = instantTime;
        this.instantEnd = instantEnd;
        this.instantSteps = steps;
    }

    /** Number of events. */
    public int size() {
        return x.length - 1;
    }

    /** Total width in units. */
    public double width() {
        return size() == 0 ? EMPTY : x[x.length - 1];
    }

    /** Where the playhead stands after {@code applied} events (clamped to [0, size]). */
    public double x(int applied) {
        return x[Math.max(0, Math.min(applied, x.length - 1))];
    }

    /** The event count whose position is nearest to {@code ux} (what a click at ux jumps to). */
    public int nearestCount(double ux) {
        int a = countAtOrBefore(ux);
        if (a < size() && Math.abs(x[a + 1] - ux) < Math.abs(ux - x[a])) {
            return a + 1;
        }
        return a;
    }

    /** The largest event count {@code a} with {@code x(a) <= ux} (0 if ux is before the start). */
    public int countAtOrBefore(double ux) {
        int lo = 0;
        int hi = x.length - 1;
        if (ux < x[0]) {
            return 0;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= ux) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The event occupying {@code ux} ({@code [x(i), x(i+1))}), or -1 outside the run. */
    public int eventAt(double ux) {
        if (size() == 0 || ux < x[0] || ux >= x[x.length - 1]) {
            return -1;
        }
        return Math.min(countAtOrBefore(ux), size() - 1);
    }

    public int instantCount() {
        return instantTime.length;
    }

    public double instantTime(int k) {
        return instantTime[k];
    }

    public int instantFirstEvent(int k) {
        return instantFirst[k];
    }

    /** Where instant {@code k}'s burst starts. */
    public double instantStart(int k) {
        return x[instantFirst[k]];
    }

    /** Where instant {@code k}'s burst ends (its following gap starts). */
    public double instantEnd(int k) {
        return instantEnd[k];
    }

    /** Task steps that start in instant {@code k}. */
    public int instantSteps(int k) {
        return instantSteps[k];
    }

    /** The instant containing event {@code i}. */
    public int instantOfEvent(int i) {
        int k = Arrays.binarySearch(instantFirst, i);
        return k >= 0 ? k : -k - 2;
    }

    /** The first instant whose burst ends after {@code ux} (instantCount() if none). */
    public int instantAtOrAfter(double ux) {
        int lo = 0;
        int hi = instantEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (instantEnd[mid] <= ux) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The virtual time at {@code ux}: the instant's clock in a burst, linear inside a gap. */
    public double timeAt(double ux) {
        if (map != null && instantTime.length > 0) {
            return map.timeAt(ux);
        }
        if (instantTime.length == 0) {
            return 0;
        }
        int k = instantAtOrAfter(ux);
        if (k >= instantTime.length) {
            return instantTime[instantTime.length - 1];
        }
        if (ux >= instantStart(k) || k == 0) {
            return instantTime[k];
        }
        // in the gap between k-1 and k
        double g0 = instantEnd[k - 1];
        double g1 = instantStart(k);
        double f = (ux - g0) / (g1 - g0);
        return instantTime[k - 1] + f * (instantTime[k] - instantTime[k - 1]);
    }

    /** Where virtual time {@code t} is: an instant's burst start, or inside a gap (linear). */
    public double xOfTime(double t) {
        int n = instantTime.length;
        if (n == 0) {
            return 0;
        }
        if (map != null) {
            return map.xOf(t);
        }
        int lo = 0;
        int hi = n - 1;
        if (t <= instantTime[0]) {
            return instantStart(0);
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (instantTime[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (instantTime[lo] == t || lo == n - 1) {
            return instantStart(lo);
        }
        double f = (t - instantTime[lo]) / (instantTime[lo + 1] - instantTime[lo]);
        return instantEnd[lo] + f * (instantStart(lo + 1) - instantEnd[lo]);
    }

    /** A tick on the axis: at {@code x} units, for virtual time {@code time}; instant ticks mark bursts. */
    public record Tick(double x, double time, String label, boolean instant) {
    }

    /**
     * Ticks for the range {@code [ux0, ux1]} drawn at {@code scale} pixels per unit, at least
     * {@code minPx} pixels apart. First the isolated bursts (an instant with no other within
     * {@code minPx}) get a tick with their time; then the stretches between them are walked in
     * windows of {@code minPx}, each window getting the roundest time it holds (1, 2 or 5 times a
     * power of ten). Cost grows with the ticks returned, not with the events in range.
     */
    public List<Tick> ticks(double ux0, double ux1, double scale, double minPx) {
        List<Tick> out = new ArrayList<>();
        int n = instantTime.length;
        if (n == 0 || scale <= 0 || !(ux1 > ux0)) {
            return out;
        }
        if (map != null) {
            return evenTicks(ux0, ux1, scale, minPx);
        }
        double minU = minPx / scale;
        // isolated bursts
        List<Tick> anchors = new ArrayList<>();
        int k = instantAtOrAfter(ux0 - minU);
        int guard = 0;
        while (k < n && instantStart(k) <= ux1 + minU && guard++ < 10_000) {
            double s = instantStart(k);
            boolean before = k == 0 || s - instantStart(k - 1) >= minU;
            boolean after = k == n - 1 || instantStart(k + 1) - s >= minU;
            if (before && after) {
                anchors.add(new Tick(s, instantTime[k], formatSeconds(instantTime[k]), true));
                k++;
            } else {
                k = Math.max(k + 1, instantAtOrAfter(s + minU));
            }
        }
        // round times between them
        double from = Math.max(ux0 - minU, instantStart(0)) - minU;
        for (int i = 0; i <= anchors.size(); i++) {
            double to = i < anchors.size() ? anchors.get(i).x() : Math.min(ux1, width()) + minU;
            fill(out, from + minU, to - minU, minU);
            if (i < anchors.size()) {
                out.add(anchors.get(i));
                from = anchors.get(i).x();
            }
        }
        return out;
    }

    /**
     * Ticks on a shared axis ({@link ClockMap}: linear in seconds between bursts): every multiple of
     * one round step (1, 2 or 5 times a power of ten), the smallest step whose ticks are all at
     * least {@code minPx} apart, up to the run's end.
     */
    private List<Tick> evenTicks(double ux0, double ux1, double scale, double minPx) {
        List<Tick> out = new ArrayList<>();
        double minU = minPx / scale;
        double from = Math.max(ux0, instantStart(0));
        double to = Math.min(ux1, width());
        double t0 = timeAt(from);
        double t1 = Math.min(timeAt(to), instantTime[instantTime.length - 1]);
        if (!(t1 > t0)) {
            if (from <= xOfTime(t0) && xOfTime(t0) <= to) {
                out.add(new Tick(xOfTime(t0), t0, formatSeconds(t0), true));
            }
            return out;
        }
        double step = Math.pow(10, Math.floor(Math.log10((t1 - t0) / 1000)));
        for (int tries = 0; tries < 60; tries++, step = nextStep(step)) {
            long first = (long) Math.ceil(t0 / step - 1e-9);
            long last = (long) Math.floor(t1 / step + 1e-9);
            if (last - first > 2000) {
                continue;
            }
            boolean fits = true;
            double prev = Double.NEGATIVE_INFINITY;
            for (long k = first; k <= last && fits; k++) {
                double x = xOfTime(k * step);
                fits = x - prev >= minU;
                prev = x;
            }
            if (!fits) {
                continue;
            }
            for (long k = first; k <= last; k++) {
                double t = k * step;
                int i = Arrays.binarySearch(instantTime, t);
                out.add(new Tick(xOfTime(t), t, formatSeconds(t), i >= 0));
            }
            return out;
        }
        return out;
    }

    /** The next round step after {@code step}: 1, 2, 5, 10, 20, ... */
    private static double nextStep(double step) {
        double p = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / p);
        return m < 2 ? 2 * p : m < 5 ? 5 * p : 10 * p;
    }

    /** Round-time ticks in {@code [x, to]}, {@code minU} apart. */
    private void fill(List<Tick> out, double x, double to, double minU) {
        int guard = 0;
        while (x <= to && guard++ < 10_000) {
            double ta = timeAt(x);
            double tb = timeAt(Math.min(x + minU, to));
            double t;
            if (tb <= ta) {
                // inside one burst: nothing rounder than its own time, at its start (already left behind)
                int k = instantAtOrAfter(x);
                x = k < instantEnd.length ? Math.max(instantEnd[k], x + 1e-9 + minU * 0.25) : to + 1;
                continue;
            }
            double step = roundestStep(ta, tb);
            t = Math.round(Math.ceil(ta / step - 1e-9)) * step;
            double at = xOfTime(t);
            if (at < x) {
                // t is the time of the burst x is in, which began before x: take a later time
                double after = ta + Math.max(Math.ulp(ta), (tb - ta) * 1e-9);
                step = roundestStep(after, tb);
                t = Math.round(Math.ceil(after / step - 1e-9)) * step;
                at = xOfTime(t);
            }
            if (at > to) {
                break;
            }
            if (at >= x) {
                int k = instantAtOrAfter(at);
                boolean instant = k < instantTime.length && instantTime[k] == t;
                out.add(new Tick(at, t, formatSeconds(t), instant));
            }
            x = Math.max(at + minU, x + minU * 0.25);
        }
    }

    /** The largest 1, 2 or 5 times a power of ten that has a multiple in {@code [a, b]}. */
    static double roundestStep(double a, double b) {
        double p = Math.pow(10, Math.ceil(Math.log10(Math.max(Math.abs(b), 1e-12))) + 1);
        for (int i = 0; i < 60; i++) {
            for (double m : new double[] {5, 2, 1}) {
                double s = p * m / 10;
                double c = Math.ceil(a / s - 1e-9) * s;
                if (c <= b + s * 1e-9) {
                    return s;
                }
            }
            p /= 10;
        }
        return Math.max(b - a, 1e-12);
    }

    /** Seconds as the axis labels them: "0 s", "1.5 s", "0.001 s", "12.25 s". */
    public static String formatSeconds(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return (long) t + " s";
        }
        String s = String.format(java.util.Locale.ROOT, "%.6f", t);
        s = s.replaceAll("0+$", "");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s + " s";
    }

    /** Places events one by one, in order (used by {@link TimelineModel}'s single pass). */
    static final class Builder {
        private double[] x;
        private int n;
        private double cursor;
        private double lastTime = Double.NaN;
        private final IntArray first = new IntArray(64);
        private double[] times = new double[64];
        private double[] ends = new double[64];
        private final IntArray steps = new IntArray(64);
        private final ClockMap map;

        Builder(int expected) {
            this(expected, null);
        }

        Builder(int expected, ClockMap map) {
            x = new double[expected + 1];
            this.map = map;
        }

        /** Event {@code n} happens at {@code time}; returns its position. */
        double place(double time, double weight) {
            if (Double.isNaN(lastTime) || time != lastTime) {
                int k = first.size();
                if (k > 0) {
                    ends[k - 1] = cursor;
                    cursor = map != null ? Math.max(cursor, map.xOf(time)) : cursor + gap(time - lastTime);
                } else if (map != null) {
                    cursor = map.xOf(time);
                }
                if (k == times.length) {
                    times = Arrays.copyOf(times, k * 2);
                    ends = Arrays.copyOf(ends, k * 2);
                }
                times[k] = time;
                first.add(n);
                steps.add(0);
                lastTime = time;
            }
            if (n + 1 >= x.length) {
                x = Arrays.copyOf(x, x.length * 2 + 2);
            }
            double at = cursor;
            x[n++] = at;
            cursor += weight;
            return at;
        }

        /** Makes the next event start at least at {@code atLeast} (a minimum step width). */
        void reach(double atLeast) {
            if (cursor < atLeast) {
                cursor = atLeast;
            }
        }

        /** The event that will be placed next: does it open a new instant at this time? */
        boolean sameInstant(double time) {
            return time == lastTime;
        }

        void countStep() {
            int k = steps.size() - 1;
            steps.set(k, steps.get(k) + 1);
        }

        TimeAxis build() {
            int k = first.size();
            if (k > 0) {
                ends[k - 1] = cursor;
            }
            double[] xs = Arrays.copyOf(x, n + 1);
            xs[n] = cursor;
            return new TimeAxis(xs, first.toArray(), Arrays.copyOf(times, k), Arrays.copyOf(ends, k), steps.toArray(),
                    map);
        }
    }
}
