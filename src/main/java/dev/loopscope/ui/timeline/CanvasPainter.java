package dev.loopscope.ui.timeline;

import dev.loopscope.render.Painter;
import dev.loopscope.render.Rgba;
import dev.loopscope.render.SvgPainter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.Map;

/** The timeline's {@link Painter} on a JavaFX Canvas: the screen side of the one drawing path. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext gc;
    private final Map<Rgba, Color> colors = new HashMap<>();
    // by size, one map per weight: sizes now vary with the timeline's size factor, and two sizes one
    // bit apart must not share an entry (12 x 1.4 bold and 10.5 x 1.6 regular are such a pair)
    private final Map<Double, Font> regular = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();
    private int clipDepth;

    public CanvasPainter(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void begin(double width, double height, Rgba background) {
        gc.save();
        clipDepth = 0;
        gc.clearRect(0, 0, width, height);
        if (background != null) {
            gc.setFill(color(background));
            gc.fillRect(0, 0, width, height);
        }
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        gc.setFill(color(color));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        gc.setStroke(color(color));
        gc.setLineWidth(lineWidth);
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        gc.setStroke(color(color));
        gc.setLineWidth(lineWidth);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align) {
        gc.setFill(color(color));
        gc.setFont(font(size, bold));
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, baseline);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, Math.max(0, w), Math.max(0, h));
        gc.closePath();
        gc.clip();
        clipDepth++;
    }

    @Override
    public void popClip() {
        if (clipDepth > 0) {
            clipDepth--;
            gc.restore();
        }
    }

    @Override
    public void end() {
        while (clipDepth > 0) {
            popClip();
        }
        gc.restore();
    }

    private Color color(Rgba c) {
        return colors.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue(), k.alpha()));
    }

    Font font(double size, boolean bold) {
        return (bold ? this.bold : regular).computeIfAbsent(size,
                k -> Font.font(family(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    private static String family() {
        // the SVG names DejaVu Sans first; use it on screen too where it is installed
        String first = SvgPainter.FONT.split(",")[0].replace("'", "").trim();
        return Font.getFamilies().contains(first) ? first : Font.getDefault().getFamily();
    }
}
