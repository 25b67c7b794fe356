package dev.loopscope.render;

/**
 * What part of the timeline is on show, and the fixed layout around it: the label column on the
 * left, the time axis on top, the loop lane under it, then the task lanes (scrolled vertically).
 * Horizontal positions are in {@link TimeAxis} units: {@code left} is the unit at the plot's left
 * edge and {@code scale} the pixels per unit.
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

    public Viewport(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public Viewport copy() {
        Viewport v = new Viewport(width, height);
        v.left = left;
        v.scale = scale;
        v.scrollY = scrollY;
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
        v.scale = Math.max(1e-9, (v.plotWidth() - 2 * PAD) / (u1 - u0));
        v.left = u0 - PAD / v.scale;
        return v;
    }

    /** Height that shows the axis, the loop lane and {@code lanes} task lanes. */
    public static double fullHeight(int lanes) {
        return lanesTop() + lanes * LANE_HEIGHT + 8;
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
        return LABEL_WIDTH;
    }

    public double plotWidth() {
        return Math.max(1, width - LABEL_WIDTH);
    }

    public static double lanesTop() {
        return AXIS_HEIGHT + LOOP_HEIGHT;
    }

    public double lanesHeight() {
        return Math.max(0, height - lanesTop());
    }

    /** Pixel x of an axis position. */
    public double px(double ux) {
        return LABEL_WIDTH + (ux - left) * scale;
    }

    /** Axis position of a pixel x. */
    public double ux(double px) {
        return left + (px - LABEL_WIDTH) / scale;
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
        return lanesTop() + lane * LANE_HEIGHT - scrollY;
    }

    public int firstVisibleLane() {
        return (int) Math.max(0, Math.floor(scrollY / LANE_HEIGHT));
    }

    /** One past the last task lane in view (not clamped to the lane count). */
    public int endVisibleLane() {
        return (int) Math.ceil((scrollY + lanesHeight()) / LANE_HEIGHT);
    }

    /** The task lane at pixel y, {@link TimelineModel#LOOP} for the loop lane, or -2 (axis, none). */
    public int laneAt(double py, int laneCount) {
        if (py < AXIS_HEIGHT) {
            return -2;
        }
        if (py < lanesTop()) {
            return TimelineModel.LOOP;
        }
        int lane = (int) Math.floor((py - lanesTop() + scrollY) / LANE_HEIGHT);
        return lane >= 0 && lane < laneCount ? lane : -2;
    }

    /** Shows the whole axis. */
    public void fit(TimeAxis axis) {
        scale = Math.max(1e-9, (plotWidth() - 2 * PAD) / Math.max(axis.width(), 1e-9));
        left = -PAD / scale;
    }

    public double minScale(TimeAxis axis) {
        return Math.min(MAX_SCALE, (plotWidth() - 2 * PAD) / Math.max(axis.width(), 1e-9) * 0.5);
    }

    /** Zooms by {@code factor} keeping the axis position under pixel {@code px} in place. */
    public void zoomAt(double px, double factor, TimeAxis axis) {
        double at = ux(px);
        scale = Math.max(minScale(axis), Math.min(MAX_SCALE, scale * factor));
        left = at - (px - LABEL_WIDTH) / scale;
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
        double max = Math.max(0, laneCount * LANE_HEIGHT + 8 - lanesHeight());
        scrollY = Math.max(0, Math.min(max, y));
    }

    /**
     * Moves the view, if needed, so that axis position {@code ux} is inside it with a margin; returns
     * whether it moved. (The playhead follows this way: the view jumps, it does not animate.)
     */
    public boolean ensureVisible(double ux, TimeAxis axis) {
        double p = px(ux);
        double margin = Math.min(40, plotWidth() * 0.1);
        if (p >= LABEL_WIDTH + margin && p <= width - margin) {
            return false;
        }
        left = ux - plotWidth() * 0.25 / scale;
        clamp(axis);
        return true;
    }

    /** Scrolls so that task lane {@code lane} is in view; returns whether it moved. */
    public boolean ensureLaneVisible(int lane, int laneCount) {
        double top = lane * LANE_HEIGHT;
        if (top >= scrollY && top + LANE_HEIGHT <= scrollY + lanesHeight()) {
            return false;
        }
        double old = scrollY;
        setScrollY(top - lanesHeight() / 3, laneCount);
        return old != scrollY;
    }
}
