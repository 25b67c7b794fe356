package dev.loopscope.ui.timeline;

import dev.loopscope.render.Hit;
import dev.loopscope.render.Painter;
import dev.loopscope.render.TimeAxis;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.TimelineRenderer;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.Replay;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The timeline: a lane per task and one for the loop on the virtual time axis, drawn on a Canvas
 * from (recorded run, viewport, playhead) alone by {@link TimelineRenderer} through a
 * {@link CanvasPainter} (the exporters draw the same way).
 *
 * <p>Mouse: Ctrl+wheel (or pinch) zooms at the pointer; the wheel scrolls the lanes (or pans when
 * they all fit), Shift+wheel and horizontal wheels pan; dragging pans both ways; a click jumps
 * there; hovering names the segment or mark. Keys when focused: + and - zoom, 0 fits the run,
 * Left/Right pan, Up/Down and Page Up/Down scroll the lanes. The playhead follows
 * {@link #setPlayhead}: the view jumps to keep it visible. Redraws happen only after a change (no
 * timer runs while idle).
 *
 * <p>Size: {@link #setUiScale} makes lanes, labels and marks larger or smaller together (the window
 * sets it from its font size and presenter mode); hit-testing goes through the same viewport, so a
 * click lands on what is drawn under it at any size.
 */
public class TimelineView extends Region {
    private static final double ZOOM_STEP = 1.25;
    private static final double DRAG_SLOP = 4;

    private final Canvas canvas = new Canvas();
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final FutureVeil veil = new FutureVeil(painter);
    private final BooleanProperty hideFuture = new SimpleBooleanProperty(this, "hideFuture");
    private final Viewport viewport = new Viewport(1, 1);
    private final Tooltip tooltip = new Tooltip();
    private IntConsumer onJump = i -> {
    };

    private Replay replay;
    private TimelineModel model;
    private int playhead = -1;
    private boolean dark;
    private Hit hovered;
    private boolean fitted;
    private boolean redrawQueued;
    private int frames;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    public TimelineView() {
        getStyleClass().add("timeline");
        setMinHeight(120);
        setMinWidth(200);
        setFocusTraversable(true);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        hideFuture.addListener((obs, was, now) -> {
            setHovered(null, 0, 0);
            requestRedraw();
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null, 0, 0));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getX(), e.getZoomFactor());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    // ---- the public API (used by the main window)

    /** Shows a recorded run (null: nothing). Lays it out on the calling thread; see {@link #setModel}. */
    public void setReplay(Replay replay) {
        this.replay = replay;
        setModel(replay == null ? null : TimelineModel.of(replay.run()));
    }

    /** Shows a run already laid out (e.g. built off the FX thread with {@link TimelineModel#of}). */
    public void setModel(TimelineModel model) {
        this.model = model;
        this.hovered = null;
        tooltip.hide();
        fitted = false;
        if (model != null && getWidth() > 0) {
            fitAll();
        }
        requestRedraw();
    }

    /** The playhead: the number of events applied at the current step (-1: none). */
    public void setPlayhead(int appliedEvents) {
        if (appliedEvents == playhead) {
            return;
        }
        playhead = appliedEvents;
        if (model != null && playhead >= 0 && getWidth() > 0) {
            TimeAxis axis = model.axis();
            if (!shownAtTheRunsEdge(axis.x(playhead), axis)) {
                viewport.ensureVisible(axis.x(playhead), axis);
            }
            int lane = laneAtPlayhead();
            if (lane >= 0) {
                viewport.ensureLaneVisible(lane, model.laneCount());
            }
        }
        requestRedraw();
    }

    public int getPlayhead() {
        return playhead;
    }

    /** Called with an event count when the user clicks a place on the timeline. */
    public void setOnJump(IntConsumer onJump) {
        this.onJump = Objects.requireNonNull(onJump);
    }

    protected IntConsumer onJump() {
        return onJump;
    }

    /**
     * How large the lanes, labels and marks are (1: the default; the window passes its font size's
     * ratio to the default one, times presenter mode's factor). A view that showed the whole run
     * still does afterwards; the lane at the top stays at the top.
     */
    public void setUiScale(double k) {
        if (k == viewport.uiScale()) {
            return;
        }
        boolean whole = model != null && fitted && viewport.isFit(model.axis());
        viewport.setUiScale(k);
        if (model != null) {
            if (whole) {
                viewport.fit(model.axis());
            } else {
                viewport.clamp(model.axis());
            }
            viewport.scrollBy(0, model.laneCount());
            keepThePlayheadsLaneInView();
        }
        hovered = null;
        tooltip.hide();
        requestLayout();
        requestRedraw();
    }

    public double getUiScale() {
        return viewport.uiScale();
    }

    public void setDarkTheme(boolean dark) {
        if (this.dark != dark) {
            this.dark = dark;
            requestRedraw();
        }
    }

    public boolean isDarkTheme() {
        return dark;
    }

    public Replay getReplay() {
        return replay;
    }

    /** The laid-out run on show, or null. */
    public TimelineModel getModel() {
        return model;
    }

    /** A copy of the viewport on show (an export of the visible range draws with it). */
    public Viewport getViewport() {
        return viewport.copy();
    }

    /** The theme on show. */
    public TimelineTheme getTheme() {
        return TimelineTheme.of(dark);
    }

    /** The hovered item's description, or "" (what the tooltip says). */
    public String getHoverText() {
        return model == null || hovered == null ? "" : TimelineRenderer.describe(model, hovered);
    }

    /** Frames drawn so far (to check that an idle view does not redraw). */
    public int getFrameCount() {
        return frames;
    }

    /** Shows the whole run. */
    public void fitAll() {
        if (model != null) {
            viewport.setSize(Math.max(1, getWidth()), Math.max(1, getHeight()));
            viewport.fit(model.axis());
            fitted = true;
            requestRedraw();
        }
    }

    /** Zooms by {@code factor} around the playhead if in view, else the middle. */
    public void zoom(double factor) {
        double x = viewport.plotLeft() + viewport.plotWidth() / 2;
        if (model != null && playhead >= 0) {
            double p = viewport.px(model.axis().x(playhead));
            if (p >= viewport.plotLeft() && p <= viewport.width()) {
                x = p;
            }
        }
        zoomAt(x, factor);
    }

    public void zoomIn() {
        zoom(ZOOM_STEP);
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP);
    }

    /** Draws now if a change is pending (tests; normally the next pulse does it). */
    public void redrawNow() {
        redrawQueued = false;
        paint();
    }

    // ---- drawing

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.setSize(Math.max(1, w), Math.max(1, h));
            if (model != null) {
                if (!fitted) {
                    fitAll();
                } else {
                    viewport.clamp(model.axis());
                    viewport.scrollBy(0, model.laneCount());
                    keepThePlayheadsLaneInView();
                }
            }
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        int lanes = model == null ? 3 : Math.min(model.laneCount(), 12);
        return viewport.heightFor(lanes);
    }

    private void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                if (redrawQueued) {
                    redrawQueued = false;
                    paint();
                }
            });
        }
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        frames++;
        TimelineTheme theme = TimelineTheme.of(dark);
        if (model == null) {
            painter.begin(w, h, theme.background());
            double k = viewport.uiScale();
            painter.text(16 * k, 24 * k, "Run a program to see its timeline.", theme.muted(), 13 * k, false,
                    Painter.Align.LEFT);
            painter.end();
            return;
        }
        if (hideFuture.get()) {
            double k = viewport.uiScale();
            veil.cover(futureFrom(), viewport.axisHeight(), theme.background(), theme.muted(), 13 * k);
            TimelineRenderer.render(veil, model, viewport, playhead, theme, hovered);
        } else {
            TimelineRenderer.render(painter, model, viewport, playhead, theme, hovered);
        }
    }

    /** The pixel where the hidden future starts: the playhead's, or the plot's left edge before the first event. */
    private double futureFrom() {
        return playhead >= 0 ? viewport.px(model.axis().x(playhead)) : viewport.plotLeft();
    }

    /** While true, the run right of the playhead is covered and its hover names are not shown (Predict). */
    public BooleanProperty hideFutureProperty() {
        return hideFuture;
    }

    /**
     * Whether {@code ux} is on screen near the start (or end) of the run while the run's start (or
     * end) is on screen too: then the view stays (the viewport's follow margin would otherwise pan
     * a fitted run away from its first and last events).
     */
    private boolean shownAtTheRunsEdge(double ux, TimeAxis axis) {
        double p = viewport.px(ux);
        double left = viewport.plotLeft();
        double right = viewport.width();
        if (p < left || p > right) {
            return false;
        }
        double margin = Math.min(40, viewport.plotWidth() * 0.1);
        boolean startShown = viewport.px(0) >= left - 1;
        boolean endShown = viewport.px(axis.width()) <= right + 1;
        return p < left + margin && startShown || p > right - margin && endShown;
    }

    /** After a change of size: the task that just ran stays in view (as when the playhead moves). */
    private void keepThePlayheadsLaneInView() {
        int lane = laneAtPlayhead();
        if (lane >= 0) {
            viewport.ensureLaneVisible(lane, model.laneCount());
        }
    }

    private int laneAtPlayhead() {
        if (playhead <= 0 || playhead > model.eventCount()) {
            return -1;
        }
        Event e = model.event(playhead - 1);
        int task = e instanceof Event.TaskStep s ? s.task()
                : e instanceof Event.TaskSuspended s ? s.task()
                : e instanceof Event.TaskDone d ? d.task()
                : e instanceof Event.TaskCreated c ? c.task() : 0;
        return task == 0 ? -1 : model.laneOfTask(task);
    }

    // ---- input

    private void zoomAt(double x, double factor) {
        if (model == null) {
            return;
        }
        viewport.zoomAt(Math.max(viewport.plotLeft(), x), factor, model.axis());
        hovered = null;
        requestRedraw();
    }

    private void panBy(double dx, double dy) {
        if (model == null) {
            return;
        }
        if (dx != 0) {
            viewport.panBy(dx, model.axis());
        }
        if (dy != 0) {
            viewport.scrollBy(dy, model.laneCount());
        }
        requestRedraw();
    }

    private boolean lanesOverflow() {
        return model != null && viewport.heightFor(model.laneCount()) - viewport.laneAreaTop() > viewport.lanesHeight();
    }

    private void onScroll(ScrollEvent e) {
        if (model == null) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAt(e.getX(), Math.pow(1.0025, e.getDeltaY()));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            panBy(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY(), 0);
        } else if (lanesOverflow()) {
            panBy(0, -e.getDeltaY());
        } else {
            panBy(e.getDeltaY(), 0);
        }
        hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void onDragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP) {
            dragging = true;
            setCursor(Cursor.CLOSED_HAND);
            setHovered(null, 0, 0);
        }
        if (dragging) {
            panBy(e.getX() - lastX, -(e.getY() - lastY));
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (dragging) {
            dragging = false;
            setCursor(Cursor.DEFAULT);
        } else if (e.getButton() == MouseButton.PRIMARY && model != null && e.getX() >= viewport.plotLeft()
                && e.getY() >= 0) {
            onJump.accept(jumpTarget(e.getX()));
        }
        e.consume();
    }

    /** The event count a click at pixel x jumps to: the event boundary nearest to it. */
    public int jumpTarget(double x) {
        if (model == null) {
            return 0;
        }
        return model.axis().nearestCount(viewport.ux(x));
    }

    private void onKey(KeyEvent e) {
        if (model == null) {
            return;
        }
        KeyCode c = e.getCode();
        String t = e.getText();
        double page = viewport.plotWidth() / 8;
        boolean handled = true;
        if (c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS || "+".equals(t)) {
            zoomIn();
        } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT || "-".equals(t)) {
            zoomOut();
        } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
            fitAll();
        } else if (c == KeyCode.LEFT) {
            panBy(page, 0);
        } else if (c == KeyCode.RIGHT) {
            panBy(-page, 0);
        } else if (c == KeyCode.UP) {
            panBy(0, -viewport.laneHeight());
        } else if (c == KeyCode.DOWN) {
            panBy(0, viewport.laneHeight());
        } else if (c == KeyCode.PAGE_UP) {
            panBy(0, -viewport.lanesHeight());
        } else if (c == KeyCode.PAGE_DOWN) {
            panBy(0, viewport.lanesHeight());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void hover(double x, double y, double screenX, double screenY) {
        if (model == null || dragging) {
            return;
        }
        boolean hidden = hideFuture.get() && x > futureFrom();
        setHovered(hidden ? null : TimelineRenderer.hitTest(model, viewport, x, y), screenX, screenY);
    }

    private void setHovered(Hit hit, double screenX, double screenY) {
        if (Objects.equals(hit, hovered)) {
            if (hit != null && tooltip.isShowing()) {
                tooltip.setAnchorX(screenX + 14);
                tooltip.setAnchorY(screenY + 18);
            }
            return;
        }
        hovered = hit;
        requestRedraw();
        if (hit == null || model == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(TimelineRenderer.describe(model, hit));
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            if (tooltip.isShowing()) {
                tooltip.setAnchorX(screenX + 14);
                tooltip.setAnchorY(screenY + 18);
            } else {
                Point2D at = new Point2D(screenX + 14, screenY + 18);
                tooltip.show(this, at.getX(), at.getY());
            }
        }
    }
}
