package dev.loopscope.export;

import dev.loopscope.render.Painter;
import dev.loopscope.render.Rgba;
import dev.loopscope.render.SvgPainter;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The timeline's {@link Painter} on a Java2D {@link BufferedImage}: the raster side of the one
 * drawing path (PNG export, the clipboard). Works headless ({@code java.awt.headless=true}): it
 * uses no window, toolkit or screen. Drawing calls are in layout pixels; the image has
 * {@code ceil(width * scale)} by {@code ceil(height * scale)} pixels. Shapes and text are
 * antialiased, strokes are not nudged to whole pixels (as on the JavaFX canvas), and text uses
 * the first font of {@link SvgPainter#FONT} that is installed (DejaVu Sans), else the logical
 * SansSerif font.
 */
public final class Java2dPainter implements Painter {
    private final double scale;
    private BufferedImage image;
    private Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Map<Rgba, Color> colors = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<Float, BasicStroke> strokes = new HashMap<>();
    private final Rectangle2D.Double rect = new Rectangle2D.Double();
    private final Line2D.Double line = new Line2D.Double();
    private static volatile String family;

    /** A painter that draws {@code scale} image pixels per layout pixel. */
    public Java2dPainter(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        this.scale = scale;
    }

    /** Image pixels for a length in layout pixels. */
    public static int pixels(double layout, double scale) {
        return Math.max(1, (int) Math.ceil(layout * scale - 1e-9));
    }

    @Override
    public void begin(double width, double height, Rgba background) {
        if (g != null) {
            g.dispose();
        }
        int w = pixels(width, scale);
        int h = pixels(height, scale);
        image = new BufferedImage(w, h, background == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (background == null) {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, w, h);
            g.setComposite(AlphaComposite.SrcOver);
        } else {
            g.setColor(color(background.withAlpha(1)));
            g.fillRect(0, 0, w, h);
        }
        g.scale(scale, scale);
        clips.clear();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        if (w <= 0 || h <= 0) {
            return;
        }
        g.setColor(color(color));
        rect.setRect(x, y, w, h);
        g.fill(rect);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        g.setColor(color(color));
        g.setStroke(stroke(lineWidth));
        rect.setRect(x, y, Math.max(0, w), Math.max(0, h));
        g.draw(rect);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        g.setColor(color(color));
        g.setStroke(stroke(lineWidth));
        line.setLine(x1, y1, x2, y2);
        g.draw(line);
    }

    @Override
    public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align) {
        if (text.isEmpty()) {
            return;
        }
        g.setColor(color(color));
        Font font = font(size, bold);
        g.setFont(font);
        double tx = x;
        if (align != Align.LEFT) {
            FontMetrics fm = g.getFontMetrics(font);
            double w = font.getStringBounds(text, fm.getFontRenderContext()).getWidth();
            tx = align == Align.CENTER ? x - w / 2 : x - w;
        }
        g.drawString(text, (float) tx, (float) baseline);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, Math.max(0, w), Math.max(0, h)));
    }

    @Override
    public void popClip() {
        if (!clips.isEmpty()) {
            Shape s = clips.pop();
            g.setClip(s == NO_CLIP ? null : s);
        }
    }

    @Override
    public void end() {
        while (!clips.isEmpty()) {
            popClip();
        }
        if (g != null) {
            g.dispose();
            g = null;
        }
    }

    /** The picture (after {@link #end()}). */
    public BufferedImage image() {
        if (image == null) {
            throw new IllegalStateException("nothing drawn yet");
        }
        return image;
    }

    private static final Shape NO_CLIP = new Rectangle2D.Double(-1e9, -1e9, 2e9, 2e9);

    private Color color(Rgba c) {
        return colors.computeIfAbsent(c, k -> new Color(k.red(), k.green(), k.blue(),
                (int) Math.round(k.alpha() * 255)));
    }

    private BasicStroke stroke(double w) {
        return strokes.computeIfAbsent((float) w, k -> new BasicStroke(k, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }

    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> new Font(family(), bold ? Font.BOLD : Font.PLAIN, 12)
                .deriveFont((float) size));
    }

    /** The first family of the SVG's font stack that is installed, else the logical SansSerif. */
    static String family() {
        String f = family;
        if (f == null) {
            f = Font.SANS_SERIF;
            String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            Arrays.sort(installed);
            for (String want : SvgPainter.FONT.split(",")) {
                String name = want.replace("'", "").trim();
                if (name.equals("sans-serif")) {
                    break;
                }
                if (Arrays.binarySearch(installed, name) >= 0) {
                    f = name;
                    break;
                }
            }
            family = f;
        }
        return f;
    }
}
