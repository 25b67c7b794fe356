package dev.loopscope.render;

import dev.loopscope.render.Painter.Align;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;

import java.util.Arrays;
import java.util.Locale;

/**
 * Two runs, one above the other, on <em>one</em> virtual time axis (the Compare window and its
 * exported image): a band that says the difference ("B finishes 2.000 s sooner (3x faster)"),
 * then for each run a header ("Run A: 3.000 s", its title) and its timeline, drawn by
 * {@link TimelineRenderer} exactly as the main window draws one, then a foot with a bracket from
 * one run's end to the other's. Everything goes through a {@link Painter}, so the screen, the PNG
 * and the SVG show the same picture.
 *
 * <p><b>The shared axis.</b> A single run's axis opens every busy instant into a burst and
 * compresses the waits between instants ({@link TimeAxis}); two such axes would put the same
 * clock value at different places. Here both runs are laid out on one placement of clock values
 * ({@link TimeAxis.ClockMap}), built from both runs at once:
 * <ol>
 * <li>the instants (clock values at which something happens) of both runs are merged; each gets
 * a burst as wide as the wider of the two runs' own bursts there (the usual burst rule: a task
 * step at least 1 unit, ...), so that the steps of a busy instant stay visible;</li>
 * <li>between instants the axis is <em>linear in seconds</em>, with one scale for both runs,
 * chosen so that the bursts together take at most a fifth of the axis ({@link #TIME_SHARE}):
 * waits are drawn to scale, and 3 s is three times as wide as 1 s, up to the bursts.</li>
 * </ol>
 * So a clock value {@code t} is at the same x in both timelines ({@link #xOfTime}); each run's own
 * events sit inside the shared bursts. A run's <em>total virtual time</em> is the clock at its last
 * event, and its end line is drawn at that clock value's x.
 */
public final class CompareLayout {
    /** The difference band at the top. */
    public static final double TITLE_HEIGHT = 40;
    /** A run's header ("Run A: 3.000 s ..."). */
    public static final double HEADER_HEIGHT = 28;
    /** Space under a run's timeline. */
    public static final double SIDE_GAP = 6;
    /** The foot: the bracket between the two ends. */
    public static final double FOOT_HEIGHT = 40;
    /** Height of the box that stands for a side that has no run. */
    public static final double EMPTY_HEIGHT = 64;
    /** The most task lanes drawn per run. */
    public static final int MAX_LANES = 60;
    /** The share of the axis that waits (seconds) take at least; bursts get the rest at most. */
    public static final double TIME_SHARE = 0.8;

    private static final String[] LABELS = {"A", "B"};

    /** One side: its title (what the code is), its run (null if none) and, without a run, why. */
    public record Side(String title, RecordedRun run, String problem) {
        public static Side of(String title, RecordedRun run) {
            return new Side(title, run, null);
        }

        public static Side failed(String title, String problem) {
            return new Side(title, null, problem);
        }
    }

    private final Side[] sides;
    private final TimelineModel[] models;
    private final SharedClock clock;
    private final double units;

    private CompareLayout(Side a, Side b) {
        sides = new Side[] {a, b};
        TimelineModel[] natural = new TimelineModel[2];
        for (int i = 0; i < 2; i++) {
            natural[i] = sides[i].run() == null ? null : TimelineModel.of(sides[i].run());
        }
        clock = SharedClock.of(natural);
        models = new TimelineModel[2];
        double w = 0;
        for (int i = 0; i < 2; i++) {
            if (natural[i] != null) {
                models[i] = TimelineModel.of(sides[i].run(), clock);
                w = Math.max(w, models[i].axis().width());
            }
        }
        units = Math.max(w, 1e-9);
    }

    private CompareLayout(CompareLayout from, String titleA, String titleB) {
        sides = new Side[] {new Side(titleA, from.sides[0].run(), from.sides[0].problem()),
            new Side(titleB, from.sides[1].run(), from.sides[1].problem())};
        models = from.models;
        clock = from.clock;
        units = from.units;
    }

    /** The same layout with other titles (no new layout of the runs). */
    public CompareLayout retitled(String titleA, String titleB) {
        return new CompareLayout(this, titleA, titleB);
    }

    /** Lays out two sides (either may have no run). */
    public static CompareLayout of(Side a, Side b) {
        return new CompareLayout(a, b);
    }

    /** "A" or "B". */
    public static String label(int side) {
        return LABELS[side];
    }

    public Side side(int side) {
        return sides[side];
    }

    /** The side's timeline on the shared axis, or null when it has no run. */
    public TimelineModel model(int side) {
        return models[side];
    }

    public boolean hasRun(int side) {
        return models[side] != null;
    }

    /** The side's total virtual time: the clock at its last event (NaN without a run). */
    public double total(int side) {
        TimelineModel m = models[side];
        if (m == null) {
            return Double.NaN;
        }
        return m.eventCount() == 0 ? 0 : m.event(m.eventCount() - 1).time();
    }

    /** Where clock value {@code t} is on the shared axis (the same for both runs), in axis units. */
    public double xOfTime(double t) {
        return clock.xOf(t);
    }

    /** The clock value at axis position {@code x}. */
    public double timeAt(double x) {
        return clock.timeAt(x);
    }

    /** The shared axis's width in units (the wider run's). */
    public double axisWidth() {
        return units;
    }

    /** Seconds as the headers write them: "3.000 s". */
    public static String seconds(double t) {
        return String.format(Locale.ROOT, "%.3f s", t);
    }

    /** How many times faster, as "3x" or "1.5x". */
    static String times(double ratio) {
        double r = Math.round(ratio * 100) / 100.0;
        if (r == Math.rint(r)) {
            return (long) r + "x";
        }
        String s = String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
        return s + "x";
    }

    /** The side's header: "Run A: 3.000 s", or "Run A: not run" / "Run A: stopped at 3.000 s". */
    public String header(int side) {
        String name = "Run " + label(side);
        if (!hasRun(side)) {
            return name + ": not run";
        }
        return name + ": " + seconds(total(side)) + (stopped(side) ? " (stopped by an error)" : "");
    }

    /** Whether the side's run ended with an uncaught exception, an error or a deadlock. */
    public boolean stopped(int side) {
        TimelineModel m = models[side];
        if (m == null || m.eventCount() == 0) {
            return false;
        }
        Event last = m.event(m.eventCount() - 1);
        return last instanceof Event.Error || last instanceof Event.Deadlock
                || last instanceof Event.RunEnd r && r.outcome().startsWith("exception");
    }

    /** The difference in words: "B finishes 2.000 s sooner (3x faster)". */
    public String difference() {
        if (!hasRun(0) || !hasRun(1)) {
            if (!hasRun(0) && !hasRun(1)) {
                return "Run both sides to compare them";
            }
            return "Run " + label(hasRun(0) ? 1 : 0) + " to compare it with " + label(hasRun(0) ? 0 : 1);
        }
        double a = total(0);
        double b = total(1);
        if (Math.abs(a - b) < 5e-7) {
            return "A and B take the same virtual time: " + seconds(a);
        }
        int quick = a < b ? 0 : 1;
        double fast = Math.min(a, b);
        double slow = Math.max(a, b);
        String s = label(quick) + " finishes " + seconds(slow - fast) + " sooner";
        if (fast > 0) {
            s += " (" + times(slow / fast) + " faster)";
        }
        return s;
    }

    // ---- geometry (layout pixels; y downwards)

    /** Height of the side's timeline frame (or of its "not run" box). */
    public double frameHeight(int side) {
        TimelineModel m = models[side];
        return m == null ? EMPTY_HEIGHT : Viewport.fullHeight(Math.min(m.laneCount(), MAX_LANES));
    }

    /** Top of the side's header. */
    public double headerTop(int side) {
        return side == 0 ? TITLE_HEIGHT : headerTop(0) + HEADER_HEIGHT + frameHeight(0) + SIDE_GAP;
    }

    /** Top of the side's timeline frame. */
    public double frameTop(int side) {
        return headerTop(side) + HEADER_HEIGHT;
    }

    /** Top of the foot band. */
    public double footTop() {
        return frameTop(1) + frameHeight(1) + SIDE_GAP;
    }

    /** Height of the whole picture. */
    public double height() {
        return footTop() + FOOT_HEIGHT;
    }

    /**
     * The viewport the renderer gets for a side in a picture {@code width} pixels wide: the whole
     * shared axis fitted to the width, with the same left and scale for both sides.
     */
    public Viewport viewport(int side, double width) {
        Viewport vp = new Viewport(width, frameHeight(side));
        double scale = Math.max(1e-9, (vp.plotWidth() - 2 * Viewport.PAD) / units);
        vp.set(-Viewport.PAD / scale, scale);
        return vp;
    }

    /** Pixel x of clock value {@code t} in a picture {@code width} pixels wide (both sides). */
    public double px(double t, double width) {
        return viewport(0, width).px(xOfTime(t));
    }

    /** The side at pixel y (0 or 1), or -1 outside both timelines. */
    public int sideAt(double y) {
        for (int i = 0; i < 2; i++) {
            if (y >= frameTop(i) && y < frameTop(i) + frameHeight(i)) {
                return i;
            }
        }
        return -1;
    }

    // ---- drawing

    /** The colour that marks a side (its tag and its end line). */
    public static Rgba sideColor(int side, TimelineTheme theme) {
        if (side == 0) {
            return Rgba.of(theme.dark() ? "#b197fc" : "#5f3dc4");
        }
        return Rgba.of(theme.dark() ? "#ff922b" : "#d9480f");
    }

    /** Draws the whole comparison, {@code width} pixels wide and {@link #height()} tall. */
    public void render(Painter p, double width, TimelineTheme theme, boolean opaque) {
        double h = height();
        p.begin(width, h, opaque ? theme.background() : null);
        drawTitle(p, width, theme);
        for (int i = 0; i < 2; i++) {
            p.beginGroup("run", "Run " + label(i));
            drawHeader(p, i, width, theme);
            if (models[i] != null) {
                Painter sub = new Offset(p, frameTop(i));
                TimelineRenderer.render(sub, models[i], viewport(i, width), -1, theme, null, opaque);
            } else {
                drawEmpty(p, i, width, theme);
            }
            p.endGroup();
        }
        drawEnds(p, width, theme);
        p.end();
    }

    private void drawTitle(Painter p, double width, TimelineTheme theme) {
        p.fillRect(0, 0, width, TITLE_HEIGHT, theme.axisBackground());
        String diff = difference();
        double size = 15;
        p.text(12, 26, TimelineRenderer.fit(diff, width - 24, size, true), theme.text(), size, true, Align.LEFT);
        String note = "one virtual time axis for both runs";
        double used = 12 + TimelineRenderer.textWidth(diff, size, true) + 24;
        if (used + TimelineRenderer.textWidth(note, TimelineRenderer.SMALL_SIZE, false) < width - 12) {
            p.text(width - 12, 25, note, theme.muted(), TimelineRenderer.SMALL_SIZE, false, Align.RIGHT);
        }
        p.line(0, TITLE_HEIGHT - 0.5, width, TITLE_HEIGHT - 0.5, theme.separator(), 1);
    }

    private void drawHeader(Painter p, int side, double width, TimelineTheme theme) {
        double y = headerTop(side);
        p.fillRect(0, y, width, HEADER_HEIGHT, theme.labelBackground());
        p.fillRect(8, y + 5, 20, HEADER_HEIGHT - 10, sideColor(side, theme));
        Rgba letter = theme.dark() ? theme.background() : Rgba.of("#ffffff");
        p.text(18, y + 19, label(side), letter, 12, true, Align.CENTER);
        String head = header(side);
        double size = 13;
        p.text(36, y + 19, head, stopped(side) ? theme.error() : theme.text(), size, true, Align.LEFT);
        String title = sides[side].title();
        if (title != null && !title.isEmpty()) {
            double x = 36 + TimelineRenderer.textWidth(head, size, true) + 14;
            String t = TimelineRenderer.fit(title, width - x - 10, TimelineRenderer.SMALL_SIZE + 1, false);
            if (!t.isEmpty()) {
                p.text(x, y + 19, t, theme.muted(), TimelineRenderer.SMALL_SIZE + 1, false, Align.LEFT);
            }
        }
        p.line(0, y + HEADER_HEIGHT - 0.5, width, y + HEADER_HEIGHT - 0.5, theme.separator(), 1);
    }

    private void drawEmpty(Painter p, int side, double width, TimelineTheme theme) {
        double y = frameTop(side);
        p.fillRect(0, y, width, EMPTY_HEIGHT, theme.laneStripe());
        String why = sides[side].problem();
        String text = why == null || why.isEmpty() ? "Not run yet: press Run" : why;
        String first = text.lines().findFirst().orElse("");
        p.text(12, y + 36, TimelineRenderer.fit(first, width - 24, TimelineRenderer.NAME_SIZE, false),
                why == null ? theme.muted() : theme.error(), TimelineRenderer.NAME_SIZE, false, Align.LEFT);
    }

    /** The end lines of both runs, across both timelines, and the bracket between them in the foot. */
    private void drawEnds(Painter p, double width, TimelineTheme theme) {
        double top = frameTop(0) + Viewport.AXIS_HEIGHT;
        double foot = footTop();
        p.fillRect(0, foot, width, FOOT_HEIGHT, theme.axisBackground());
        p.line(0, foot + 0.5, width, foot + 0.5, theme.separator(), 1);
        double plotL = Viewport.LABEL_WIDTH;
        p.pushClip(plotL, 0, width - plotL, height());
        double[] xs = new double[2];
        for (int i = 0; i < 2; i++) {
            xs[i] = Double.NaN;
            if (models[i] == null) {
                continue;
            }
            double x = px(total(i), width);
            xs[i] = x;
            Rgba c = sideColor(i, theme);
            p.beginGroup("end", "Run " + label(i) + " ends");
            p.line(x, top, x, foot + 12, c.withAlpha(0.85), 1.5);
            // the side's own tag at its end, in its header
            double hy = headerTop(i);
            p.fillRect(x - 1, hy + 4, 2, HEADER_HEIGHT - 4, c);
            p.endGroup();
        }
        p.popClip();
        p.text(10, foot + 25, "difference", theme.muted(), TimelineRenderer.SMALL_SIZE, false, Align.LEFT);
        if (Double.isNaN(xs[0]) || Double.isNaN(xs[1])) {
            return;
        }
        double x0 = Math.min(xs[0], xs[1]);
        double x1 = Math.max(xs[0], xs[1]);
        double y = foot + 12;
        String label = seconds(Math.abs(total(0) - total(1)));
        p.beginGroup("difference", label);
        if (x1 - x0 >= 1) {
            Rgba c = theme.text();
            p.line(x0, y, x1, y, c, 1.5);
            p.line(x0, y - 5, x0, y + 5, c, 1.5);
            p.line(x1, y - 5, x1, y + 5, c, 1.5);
        }
        double tw = TimelineRenderer.textWidth(label, TimelineRenderer.NAME_SIZE, true);
        double tx = (x0 + x1) / 2;
        Align align = Align.CENTER;
        if (x1 - x0 < tw + 8) {
            tx = x1 + 8;
            align = Align.LEFT;
            if (tx + tw > width - 4) {
                tx = x0 - 8;
                align = Align.RIGHT;
            }
        }
        p.text(tx, foot + 31, label, theme.text(), TimelineRenderer.NAME_SIZE, true, align);
        p.endGroup();
    }

    // ---- the shared placement of clock values

    /** Merged instants of both runs: burst at each, linear seconds between (see the class comment). */
    static final class SharedClock implements TimeAxis.ClockMap {
        private final double[] time;
        private final double[] start;
        private final double[] width;
        private final double perSecond;

        private SharedClock(double[] time, double[] start, double[] width, double perSecond) {
            this.time = time;
            this.start = start;
            this.width = width;
            this.perSecond = perSecond;
        }

        static SharedClock of(TimelineModel... natural) {
            int n = 0;
            for (TimelineModel m : natural) {
                n += m == null ? 0 : m.axis().instantCount();
            }
            double[][] pairs = new double[n][];
            int k = 0;
            for (TimelineModel m : natural) {
                if (m == null) {
                    continue;
                }
                TimeAxis axis = m.axis();
                for (int i = 0; i < axis.instantCount(); i++) {
                    pairs[k++] = new double[] {axis.instantTime(i), axis.instantEnd(i) - axis.instantStart(i)};
                }
            }
            Arrays.sort(pairs, (x, y) -> Double.compare(x[0], y[0]));
            double[] time = new double[n];
            double[] width = new double[n];
            int m = 0;
            for (double[] pair : pairs) {
                if (m > 0 && time[m - 1] == pair[0]) {
                    width[m - 1] = Math.max(width[m - 1], pair[1]);
                } else {
                    time[m] = pair[0];
                    width[m] = pair[1];
                    m++;
                }
            }
            time = Arrays.copyOf(time, m);
            width = Arrays.copyOf(width, m);
            double bursts = 0;
            for (double w : width) {
                bursts += w;
            }
            double span = m == 0 ? 0 : time[m - 1] - Math.min(0, time[0]);
            // waits take at least TIME_SHARE of the axis: perSecond * span >= bursts * share / (1 - share)
            double perSecond = span > 0 && bursts > 0 ? bursts * TIME_SHARE / (1 - TIME_SHARE) / span : 1;
            double[] start = new double[m];
            for (int i = 0; i < m; i++) {
                start[i] = i == 0 ? time[0] * perSecond
                        : start[i - 1] + width[i - 1] + (time[i] - time[i - 1]) * perSecond;
            }
            return new SharedClock(time, start, width, perSecond);
        }

        double perSecond() {
            return perSecond;
        }

        /** The last instant at or before {@code t}, or -1. */
        private int instantAtOrBefore(double t) {
            int i = Arrays.binarySearch(time, t);
            return i >= 0 ? i : -i - 2;
        }

        @Override
        public double xOf(double t) {
            if (time.length == 0) {
                return t * perSecond;
            }
            int k = instantAtOrBefore(t);
            if (k < 0) {
                return start[0] - (time[0] - t) * perSecond;
            }
            if (time[k] == t) {
                return start[k];
            }
            return start[k] + width[k] + (t - time[k]) * perSecond;
        }

        @Override
        public double timeAt(double x) {
            if (time.length == 0) {
                return x / perSecond;
            }
            int lo = 0;
            int hi = start.length - 1;
            if (x < start[0]) {
                return time[0] + (x - start[0]) / perSecond;
            }
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (start[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            double end = start[lo] + width[lo];
            if (x < end) {
                return time[lo];
            }
            double t = time[lo] + (x - end) / perSecond;
            return lo + 1 < time.length ? Math.min(t, time[lo + 1]) : t;
        }
    }

    /** Passes drawing calls on, moved down by {@code dy}: one run's frame inside the whole picture. */
    static final class Offset extends ForwardingPainter {
        private final double dy;

        Offset(Painter p, double dy) {
            super(p);
            this.dy = dy;
        }

        @Override
        public void begin(double width, double height, Rgba background) {
            target.pushClip(0, dy, width, height);
            if (background != null) {
                target.fillRect(0, dy, width, height, background);
            }
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Rgba color) {
            target.fillRect(x, y + dy, w, h, color);
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
            target.strokeRect(x, y + dy, w, h, color, lineWidth);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
            target.line(x1, y1 + dy, x2, y2 + dy, color, lineWidth);
        }

        @Override
        public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align) {
            target.text(x, baseline + dy, text, color, size, bold, align);
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
            target.pushClip(x, y + dy, w, h);
        }

        @Override
        public void end() {
            target.popClip();
        }
    }
}
