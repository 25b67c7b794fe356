package dev.loopscope.export;

import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;

/**
 * How a timeline image is made: its layout width in pixels, the pixel scale (2 for a sharp image on
 * slides and high-density screens), the theme, an opaque or transparent background, which part of
 * the run (the whole run, a clock range in seconds, or a range of the timeline's axis as a window
 * shows it) and how many task lanes at most.
 *
 * <p>Immutable; start from {@link #DEFAULTS} and change with the {@code with...} methods.
 */
public record ExportOptions(double width, double scale, boolean dark, boolean transparent, Span span, int maxLanes) {

    /** Layout width when none is asked for. */
    public static final double DEFAULT_WIDTH = 1200;
    /** Task lanes drawn at most, unless asked otherwise (see {@link TimelineExport}). */
    public static final int DEFAULT_MAX_LANES = 500;
    /** Widest layout accepted. */
    public static final double MAX_WIDTH = 16_384;
    public static final double MIN_WIDTH = 300;
    public static final double MAX_SCALE = 8;

    /** 1200 px wide, scale 1, light theme, opaque, the whole run, at most 500 lanes. */
    public static final ExportOptions DEFAULTS =
            new ExportOptions(DEFAULT_WIDTH, 1, false, false, Span.WHOLE, DEFAULT_MAX_LANES);

    public ExportOptions {
        if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("width must be between " + (int) MIN_WIDTH + " and "
                    + (int) MAX_WIDTH + " pixels, not " + width);
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + (int) MAX_SCALE + ", not " + scale);
        }
        if (maxLanes < 0) {
            throw new IllegalArgumentException("the lane limit must not be negative");
        }
        if (span == null) {
            span = Span.WHOLE;
        }
    }

    public TimelineTheme theme() {
        return TimelineTheme.of(dark);
    }

    public ExportOptions withWidth(double w) {
        return new ExportOptions(w, scale, dark, transparent, span, maxLanes);
    }

    public ExportOptions withScale(double s) {
        return new ExportOptions(width, s, dark, transparent, span, maxLanes);
    }

    public ExportOptions withDark(boolean d) {
        return new ExportOptions(width, scale, d, transparent, span, maxLanes);
    }

    public ExportOptions withTransparent(boolean t) {
        return new ExportOptions(width, scale, dark, t, span, maxLanes);
    }

    public ExportOptions withSpan(Span s) {
        return new ExportOptions(width, scale, dark, transparent, s, maxLanes);
    }

    public ExportOptions withMaxLanes(int n) {
        return new ExportOptions(width, scale, dark, transparent, span, n);
    }

    /** Which part of the run an image shows. */
    public sealed interface Span {
        /** The whole run. */
        Span WHOLE = new Whole();

        /** The clock range {@code [from, to]} in seconds of virtual time (as {@code --from/--to}). */
        static Span seconds(double from, double to) {
            return new Seconds(from, to);
        }

        /**
         * What a window's viewport shows, horizontally: the same axis range, stretched to the
         * export's width (the timeline's axis gives a burst of steps at one instant room, so a
         * clock range alone could not say which part of a burst is in view).
         */
        static Span visible(Viewport vp) {
            return new Units(vp.visibleFrom(), vp.visibleTo());
        }

        record Whole() implements Span {
        }

        record Seconds(double from, double to) implements Span {
            public Seconds {
                if (!(from >= 0) || !(to > from) || Double.isInfinite(to)) {
                    throw new IllegalArgumentException("the range must have 0 <= from < to, not " + from + " .. " + to);
                }
            }
        }

        record Units(double from, double to) implements Span {
            public Units {
                if (!(to > from) || Double.isInfinite(from) || Double.isInfinite(to)) {
                    throw new IllegalArgumentException("empty axis range " + from + " .. " + to);
                }
            }
        }
    }
}
