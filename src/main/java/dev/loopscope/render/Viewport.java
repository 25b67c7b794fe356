package dev.loopscope.render;

/**
 * What part of the timeline is on show, and the fixed layout around it: the label column on the
 * left, the time axis on top, the loop lane under it, then the task lanes (scrolled vertically).
 * Horizontal positions are in {@link TimeAxis} units: {@code left} is the unit at the plot's left
 * edge and {@code scale} the pixels per unit.
 *
 * <p>The constants are the layout at size factor 1 (what exports use). A viewport's
 * {@link #uiScale()} multiplies everything that is not time: the label column, the axis, the lanes,
 * and with them the renderer's text, marks and paddings; so a timeline shown on a projector or with
 * a larger app font grows as a whole, and {@link #laneAt} finds lanes where they were drawn.
 */
public final class Viewport {
    public static final double LABEL_WIDTH = 180;
    public static final double AXIS_HEIGHT = 30;
    public static final double LOOP_HEIGHT = 34;
    public static final double LANE_HEIGHT = 26;
    /** Most pixels per unit (a task step 400 px wide). */
    public static final double MAX_SCALE = 400;
    /** Before the first and after the last event, in pixels. */
    public static final double PAD = 12;

    private double width;
    private double height;
    private double left;
    private double scale = 1;
    private double scrollY;
    private double uiScale = 1;

    public Viewport(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public Viewport copy() {
        Viewport v = new Viewport(width, height);
        v.left = left;
        v.scale = scale;
        v.scrollY = scrollY;
        v.uiScale = uiScale;
        return v;
    }

    /** The whole run, {@code width} pixels wide, as tall as all its lanes (an export). */
    public static Viewport whole(TimelineModel model, double width) {
        Viewport v = new Viewport(width, fullHeight(model.laneCount()));
        v.fit(model.axis());
        return v;
    }

    /** The clock range {@code [from, to]} seconds, {@code width} pixels wide, all lanes. */
    public static Viewport range(TimelineModel model, double width, double from, double to) {
        Viewport v = new Viewport(width, fullHeight(model.laneCount()));
        TimeAxis axis = model.axis();
        double u0 = axis.xOfTime(from);
        double u1 = Math.max(axis.xOfTime(to), u0 + 1e-6);
        if (to >= axis.timeAt(axis.width())) {
            u1 = axis.width();
        }
        v.scale = Math.max(1e-9, (v.plotWidth() - 2 * v.pad()) / (u1 - u0));
        v.left = u0 - v.pad() / v.scale;
        return v;
    }

    /** The whole run as {@link #whole(TimelineModel, double)}, with sizes multiplied by {@code uiScale}. */
    public static Viewport whole(TimelineModel model, double width, double uiScale) {
        Viewport v = new Viewport(width, fullHeight(model.laneCount(), uiScale));
        v.uiScale = checkedScale(uiScale);
        v.fit(model.axis());
        return v;
    }

    /** Height that shows the axis, the loop lane and {@code lanes} task lanes. */
    public static double fullHeight(int lanes) {
        return fullHeight(lanes, 1);
    }

    /** {@link #fullHeight(int)} at size factor {@code uiScale}. */
    public static double fullHeight(int lanes, double uiScale) {
        return (lanesTop() + lanes * LANE_HEIGHT + 8) * uiScale;
    }

    /**
     * How large the timeline's furniture is (lanes, label column, axis, text, marks): 1 is the
     * default size, 1.6 a projector's.
     */
    public double uiScale() {
        return uiScale;
    }

    /**
     * Sets the size factor. The lane at the top of the view stays at the top (the vertical scroll
     * is scaled with it); the horizontal view keeps its left edge and zoom, and the caller refits or
     * clamps it to the new plot width as it wishes.
     */
    public void setUiScale(double k) {
        k = checkedScale(k);
        scrollY = scrollY * k / uiScale;
        uiScale = k;
    }

    private static double checkedScale(double k) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("the size factor must be positive, not " + k);
        }
        return k;
    }

    /** Width of the label column, in pixels. */
    public double labelWidth() {
        return LABEL_WIDTH * uiScale;
    }

    /** Height of the time axis at the top. */
    public double axisHeight() {
        return AXIS_HEIGHT * uiScale;
    }

    /** Height of the loop lane (under the axis). */
    public double loopHeight() {
        return LOOP_HEIGHT * uiScale;
    }

    /** Height of one task lane. */
    public double laneHeight() {
        return LANE_HEIGHT * uiScale;
    }

    /** Top pixel of the task lanes' area (under the loop lane), at this size factor. */
    public double laneAreaTop() {
        return lanesTop() * uiScale;
    }

    /** Height that shows the axis, the loop lane and {@code lanes} task lanes at this size factor. */
    public double heightFor(int lanes) {
        return fullHeight(lanes, uiScale);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void setSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double left() {
        return left;
    }

    public double scale() {
        return scale;
    }

    public double scrollY() {
        return scrollY;
    }

    public void set(double left, double scale) {
        this.left = left;
        this.scale = scale;
    }

    public double plotLeft() {
        return labelWidth();
    }

    public double plotWidth() {
        return Math.max(1, width - labelWidth());
    }

    /** Room before the first and after the last event when the whole run is shown. */
    public double pad() {
        return PAD * uiScale;
    }

    /** Top of the task lanes at size factor 1 (see {@link #laneAreaTop()}). */
    public static double lanesTop() {
        return AXIS_HEIGHT + LOOP_HEIGHT;
    }

    public double lanesHeight() {
        return Math.max(0, height - laneAreaTop());
    }

    /** Pixel x of an axis position. */
    public double px(double ux) {
        return labelWidth() + (ux - left) * scale;
    }

    /** Axis position of a pixel x. */
    public double ux(double px) {
        return left + (px - labelWidth()) / scale;
    }

    /** First axis unit in view. */
    public double visibleFrom() {
        return left;
    }

    /** Last axis unit in view. */
    public double visibleTo() {
        return ux(width);
    }

    /** Top pixel of a task lane. */
    public double laneY(int lane) {
        return laneAreaTop() + lane * laneHeight() - scrollY;
    }

    public int firstVisibleLane() {
        return (int) Math.max(0, Math.floor(scrollY / laneHeight()));
    }

    /** One past the last task lane in view (not clamped to the lane count). */
    public int endVisibleLane() {
        return (int) Math.ceil((scrollY + lanesHeight()) / laneHeight());
    }

    /** The task lane at pixel y, {@link TimelineModel#LOOP} for the loop lane, or -2 (axis, none). */
    public int laneAt(double py, int laneCount) {
        if (py < axisHeight()) {
            return -2;
        }
        if (py < laneAreaTop()) {
            return TimelineModel.LOOP;
        }
        int lane = (int) Math.floor((py - laneAreaTop() + scrollY) / laneHeight());
        return lane >= 0 && lane < laneCount ? lane : -2;
    }

    /** Whether the view shows the whole axis as {@link #fit} would. */
    public boolean isFit(TimeAxis axis) {
        double s = Math.max(1e-9, (plotWidth() - 2 * pad()) / Math.max(axis.width(), 1e-9));
        return Math.abs(scale - s) <= s * 1e-9 && Math.abs(left + pad() / s) <= 1e-9 * Math.max(1, Math.abs(left));
    }

    /** Shows the whole axis. */
    public void fit(TimeAxis axis) {
        scale = Math.max(1e-9, (plotWidth() - 2 * pad()) / Math.max(axis.width(), 1e-9));
        left = -pad() / scale;
    }

    public double minScale(TimeAxis axis) {
        return Math.min(MAX_SCALE, (plotWidth() - 2 * pad()) / Math.max(axis.width(), 1e-9) * 0.5);
    }

    /** Zooms by {@code factor} keeping the axis position under pixel {@code px} in place. */
    public void zoomAt(double px, double factor, TimeAxis axis) {
        double at = ux(px);
        scale = Math.max(minScale(axis), Math.min(MAX_SCALE, scale * factor));
        left = at - (px - labelWidth()) / scale;
        clamp(axis);
    }

    /** Moves the view by {@code dx} pixels (positive: the content moves right). */
    public void panBy(double dx, TimeAxis axis) {
        left -= dx / scale;
        clamp(axis);
    }

    /** Keeps some of the run in view. */
    public void clamp(TimeAxis axis) {
        double span = plotWidth() / scale;
        double min = -span * 0.5;
        double max = axis.width() - span * 0.5;
        left = Math.max(min, Math.min(max, left));
    }

    /** Scrolls the task lanes by {@code dy} pixels. */
    public void scrollBy(double dy, int laneCount) {
        setScrollY(scrollY + dy, laneCount);
    }

    public void setScrollY(double y, int laneCount) {
        double max = Math.max(0, (laneCount * LANE_HEIGHT + 8) * uiScale - lanesHeight());
        scrollY = Math.max(0, Math.min(max, y));
    }

    /**
     * Moves the view, if needed, so that axis position {@code ux} is inside it with a margin; returns
     * whether it moved. (The playhead follows this way: the view jumps, it does not animate.)
     */
    public boolean ensureVisible(double ux, TimeAxis axis) {
        double p = px(ux);
        double margin = Math.min(40, plotWidth() * 0.1);
        if (p >= labelWidth() + margin && p <= width - margin) {
            return false;
        }
        left = ux - plotWidth() * 0.25 / scale;
        clamp(axis);
        return true;
    }

    /** Scrolls so that task lane {@code lane} is in view; returns whether it moved. */
    public boolean ensureLaneVisible(int lane, int laneCount) {
        double top = lane * laneHeight();
        if (top >= scrollY && top + laneHeight() <= scrollY + lanesHeight()) {
            return false;
        }
        double old = scrollY;
        setScrollY(top - lanesHeight() / 3, laneCount);
        return old != scrollY;
    }
}
