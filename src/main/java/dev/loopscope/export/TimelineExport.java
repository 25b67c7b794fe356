package dev.loopscope.export;

import dev.loopscope.render.ForwardingPainter;
import dev.loopscope.render.Painter;
import dev.loopscope.render.Rgba;
import dev.loopscope.render.SvgPainter;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.TimelineRenderer;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import dev.loopscope.trace.RecordedRun;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The timeline as a file: PNG (through {@link Java2dPainter}) and SVG (through {@link SvgPainter}),
 * both drawn by {@link TimelineRenderer#render} exactly as the window draws its canvas, with no
 * playhead and no hover: the file shows what the screen shows.
 *
 * <p><b>Size.</b> The layout is {@link ExportOptions#width()} pixels wide and as tall as the lanes
 * it shows (the time axis, the loop lane, then one 26-pixel lane per task); a PNG has
 * {@code scale} image pixels per layout pixel.
 *
 * <p><b>Many tasks.</b> A lane is 26 pixels tall whatever the run, so a run of 100,000 tasks would
 * be 2.6 million pixels tall (and an SVG of 100,000 lanes about 90 MB). An export therefore draws at
 * most {@link ExportOptions#maxLanes()} task lanes (500 unless asked otherwise), the first ones in
 * creation order, and a PNG at most {@value #MAX_SIDE} pixels on a side and {@value #MAX_PIXELS}
 * pixels in all (fewer lanes at a higher scale). When lanes are left out, a line at the foot of
 * the image says how many are shown and how many there are. The loop lane and the axis always
 * cover the whole run (or range): every task's steps are in the loop lane.
 *
 * <p>Thread-safe: every call works on its own painter.
 */
public final class TimelineExport {
    /** The most image pixels on either side of a PNG. */
    public static final int MAX_SIDE = 16_384;
    /** The most pixels in a PNG (256 MB as ARGB). */
    public static final long MAX_PIXELS = 1L << 26;
    /** Height of the foot line that says lanes were left out. */
    static final double NOTE_HEIGHT = 22;

    private TimelineExport() {
    }

    /**
     * What will be drawn: the viewport the renderer gets, how many task lanes of how many, and the
     * height of the picture (the viewport's, plus the foot note's band when lanes are left out).
     */
    public record Frame(Viewport viewport, int lanesShown, int lanes, double height) {
        public boolean capped() {
            return lanesShown < lanes;
        }

        /** Layout width in pixels. */
        public double width() {
            return viewport.width();
        }
    }

    /** The frame an SVG of {@code model} would have with these options. */
    public static Frame svgFrame(TimelineModel model, ExportOptions o) {
        return frame(model, o, o.maxLanes());
    }

    /** The frame a PNG of {@code model} would have with these options (size limits applied). */
    public static Frame pngFrame(TimelineModel model, ExportOptions o) {
        int widthPx = Java2dPainter.pixels(o.width(), o.scale());
        if (widthPx > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the image would be %,d pixels wide (width %s x scale %s); at most %,d", widthPx,
                    num(o.width()), num(o.scale()), MAX_SIDE));
        }
        double maxHeightPx = Math.min(MAX_SIDE, (double) MAX_PIXELS / widthPx);
        double maxLayout = maxHeightPx / o.scale() - Viewport.fullHeight(0) - NOTE_HEIGHT;
        int fit = (int) Math.max(0, Math.floor(maxLayout / Viewport.LANE_HEIGHT));
        return frame(model, o, Math.min(o.maxLanes(), fit));
    }

    private static Frame frame(TimelineModel model, ExportOptions o, int maxLanes) {
        int lanes = model.laneCount();
        int shown = Math.min(lanes, maxLanes);
        // when capped, the renderer's viewport ends right after the last lane shown (so that it draws
        // no part of the next one) and the picture goes on with the note's band
        double height = shown < lanes ? Viewport.lanesTop() + shown * Viewport.LANE_HEIGHT : Viewport.fullHeight(shown);
        double picture = shown < lanes ? Viewport.fullHeight(shown) + NOTE_HEIGHT : height;
        Viewport vp;
        if (o.span() instanceof ExportOptions.Span.Seconds s) {
            vp = Viewport.range(model, o.width(), s.from(), s.to());
        } else if (o.span() instanceof ExportOptions.Span.Units u) {
            vp = new Viewport(o.width(), height);
            vp.set(u.from(), Math.max(1e-9, vp.plotWidth() / (u.to() - u.from())));
        } else {
            vp = Viewport.whole(model, o.width());
        }
        vp.setSize(o.width(), height);
        return new Frame(vp, shown, lanes, picture);
    }

    /** Draws the timeline through {@code painter}: the one drawing path, plus the foot note if lanes were left out. */
    public static void draw(Painter painter, TimelineModel model, Frame frame, ExportOptions o) {
        Painter p = frame.capped() ? new NotedPainter(painter, frame, o.theme()) : painter;
        TimelineRenderer.render(p, model, frame.viewport(), -1, o.theme(), null, !o.transparent());
    }

    // ---- PNG

    /** The timeline as an image (for a PNG, or the clipboard). */
    public static BufferedImage image(TimelineModel model, ExportOptions o) {
        Frame frame = pngFrame(model, o);
        Java2dPainter painter = new Java2dPainter(o.scale());
        draw(painter, model, frame, o);
        return painter.image();
    }

    /** Writes the timeline as a PNG to {@code out} (not closed). */
    public static void png(TimelineModel model, ExportOptions o, OutputStream out) throws IOException {
        BufferedImage image = image(model, o);
        ImageIO.setUseCache(false);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        out.flush();
    }

    public static void png(RecordedRun run, ExportOptions o, OutputStream out) throws IOException {
        png(TimelineModel.of(run), o, out);
    }

    // ---- SVG

    /** The timeline as an SVG document. */
    public static String svg(TimelineModel model, ExportOptions o) {
        Frame frame = svgFrame(model, o);
        SvgPainter painter = new SvgPainter();
        draw(painter, model, frame, o);
        return painter.toString();
    }

    /** Writes the timeline as SVG (UTF-8) to {@code out} (not closed). */
    public static void svg(TimelineModel model, ExportOptions o, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(svg(model, o));
        w.flush();
    }

    public static void svg(RecordedRun run, ExportOptions o, OutputStream out) throws IOException {
        svg(TimelineModel.of(run), o, out);
    }

    /** The foot note's words, e.g. "Showing the first 500 of 100,000 tasks". */
    public static String note(Frame frame) {
        return String.format(Locale.ROOT, "Showing the first %,d of %,d tasks (lanes beyond %,d are left out "
                + "of an exported image; the loop lane shows every task's steps)", frame.lanesShown(), frame.lanes(),
                frame.lanesShown());
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * Passes every call on, makes the picture taller by the note's band, and at the end draws the
     * note there (below the last lane, outside everything the renderer drew).
     */
    private static final class NotedPainter extends ForwardingPainter {
        private final Frame frame;
        private final TimelineTheme theme;

        NotedPainter(Painter p, Frame frame, TimelineTheme theme) {
            super(p);
            this.frame = frame;
            this.theme = theme;
        }

        @Override
        public void begin(double width, double height, Rgba background) {
            target.begin(width, frame.height(), background);
        }

        @Override
        public void end() {
            double w = frame.width();
            double y = Viewport.lanesTop() + frame.lanesShown() * Viewport.LANE_HEIGHT;
            double h = frame.height() - y;
            target.beginGroup("note", "lanes left out");
            target.fillRect(0, y, w, h, theme.labelBackground());
            target.line(0, y + 0.5, w, y + 0.5, theme.separator(), 1);
            String text = note(frame);
            double size = TimelineRenderer.SMALL_SIZE;
            double room = w - 20;
            if (TimelineRenderer.textWidth(text, size, false) > room) {
                text = String.format(Locale.ROOT, "Showing the first %,d of %,d tasks", frame.lanesShown(),
                        frame.lanes());
            }
            target.text(10, y + h - 9, text, theme.muted(), size, false, Align.LEFT);
            target.endGroup();
            target.end();
        }
    }
}
