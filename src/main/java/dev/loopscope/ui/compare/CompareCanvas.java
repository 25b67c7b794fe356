package dev.loopscope.ui.compare;

import dev.loopscope.render.CompareLayout;
import dev.loopscope.render.Hit;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.TimelineRenderer;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import dev.loopscope.ui.timeline.CanvasPainter;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The comparison on screen: a Canvas drawn by {@link CompareLayout#render} through a
 * {@link CanvasPainter} (the exported image is drawn by the same call), as wide as the region and
 * as tall as the layout. Hovering a timeline names what is under the pointer, as the main
 * window's timeline does.
 */
public final class CompareCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final Tooltip tooltip = new Tooltip();
    private CompareLayout layout;
    private boolean dark;
    /** Size factor of the whole drawing (the main window's font size, presenter mode's 1.6). */
    private double uiScale = 1;

    public CompareCanvas() {
        getStyleClass().add("compare-canvas");
        getChildren().add(canvas);
        setMinWidth(400);
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
    }

    public void setLayout(CompareLayout layout) {
        this.layout = layout;
        requestLayout();
        redraw();
    }

    public CompareLayout getLayout() {
        return layout;
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        redraw();
    }

    /** Draws everything {@code k} times larger, as the main window's timeline does at its font size. */
    public void setUiScale(double k) {
        if (k > 0 && k != uiScale) {
            uiScale = k;
            requestLayout(); // the canvas grows or shrinks with the drawing, and is drawn again then
            redraw();
        }
    }

    public double uiScale() {
        return uiScale;
    }

    public TimelineTheme theme() {
        return TimelineTheme.of(dark);
    }

    /** The width the comparison is laid out at, before scaling (what an export uses too). */
    public double drawWidth() {
        return Math.max(600, getWidth() / uiScale);
    }

    @Override
    protected double computePrefHeight(double width) {
        return layout == null ? 200 : layout.height() * uiScale;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = layout == null ? getHeight() : layout.height() * uiScale;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        if (layout == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        gc.scale(uiScale, uiScale);
        layout.render(painter, canvas.getWidth() / uiScale, theme(), true);
        gc.restore();
    }

    /** What the pointer is over at (x, y) in the canvas's pixels, or "" (the tooltip's words). */
    public String describe(double canvasX, double canvasY) {
        if (layout == null) {
            return "";
        }
        double x = canvasX / uiScale;
        double y = canvasY / uiScale;
        int side = layout.sideAt(y);
        if (side < 0 || !layout.hasRun(side)) {
            return "";
        }
        TimelineModel model = layout.model(side);
        Viewport vp = layout.viewport(side, canvas.getWidth() / uiScale);
        Hit hit = TimelineRenderer.hitTest(model, vp, x, y - layout.frameTop(side));
        if (hit == null) {
            return "";
        }
        return "Run " + CompareLayout.label(side) + ": " + TimelineRenderer.describe(model, hit);
    }

    private void hover(MouseEvent e) {
        String text = describe(e.getX(), e.getY());
        if (text.isEmpty()) {
            tooltip.hide();
        } else {
            tooltip.setText(text);
            tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }
}
