package dev.loopscope.render;

import dev.loopscope.render.Painter.Align;
import dev.loopscope.trace.Event;

import java.util.List;
import java.util.Locale;

/**
 * Draws the timeline of a {@link TimelineModel} through a {@link Painter}, from (model, viewport,
 * playhead, theme, hovered item) alone: the screen and the exporters call the same method, so they
 * show the same picture. Only what is in view is visited: lanes by their index, segments by binary
 * search from the viewport's first event, and where many segments fall into one pixel column the
 * column is drawn once and the rest skipped, so a frame costs about (visible lanes x visible
 * columns), whatever the size of the run.
 *
 * <p>How states look: running is a solid bar in the task's colour; ready a light bar with an
 * outline; waiting a thin line (labelled with what it awaits when there is room); blocked
 * (time.sleep) yellow and black stripes, in the task's lane and the loop lane; the end of a task is
 * a bar (done), a red cross (failed) or a grey slash (cancelled). The loop lane shows which task's
 * step runs (its colour), callbacks that are not task steps (grey), waits for the next timer (a
 * thin line) and, at its foot, a tick per loop round. Prints are small flags in the lane of the
 * task that printed.
 *
 * <p>Sizes. Every length that is not time (text sizes, paddings, marks, lane heights) is given at
 * size factor 1 and multiplied by the viewport's {@link Viewport#uiScale()}, so one factor makes the
 * whole picture larger (a projector, a large app font) and exports, at factor 1, stay as they were.
 */
public final class TimelineRenderer {
    public static final double NAME_SIZE = 12;
    public static final double SMALL_SIZE = 10.5;
    public static final double TICK_SIZE = 10.5;
    /** Text inside the bars: wait reasons, loop step names. */
    public static final double BAR_TEXT_SIZE = 9.5;
    /** Least room between two axis labels, at size factor 1. */
    private static final double TICK_GAP = 70;
    private static final double BAR_PAD = 6;
    private static final double LOOP_PAD = 8;
    private static final Rgba WHITE = Rgba.of("#ffffff");

    private TimelineRenderer() {
    }

    /** The estimate of a text's width used for layout (the same for every painter). */
    public static double textWidth(String s, double size, boolean bold) {
        return s.length() * size * (bold ? 0.62 : 0.56);
    }

    /**
     * Draws one frame.
     *
     * @param playhead the number of applied events, or -1 for none
     * @param hovered  the item under the pointer, or null
     */
    public static void render(Painter p, TimelineModel model, Viewport vp, int playhead, TimelineTheme theme,
            Hit hovered) {
        render(p, model, vp, playhead, theme, hovered, true);
    }

    /**
     * Draws one frame; {@code opaque == false} leaves the background transparent (an export on a
     * slide).
     */
    public static void render(Painter p, TimelineModel model, Viewport vp, int playhead, TimelineTheme theme,
            Hit hovered, boolean opaque) {
        double w = vp.width();
        double h = vp.height();
        p.begin(w, h, opaque ? theme.background() : null);
        TimeAxis axis = model.axis();
        double plotL = vp.plotLeft();
        double k = vp.uiScale();
        double lanesTop = vp.laneAreaTop();
        int firstLane = vp.firstVisibleLane();
        int endLane = Math.min(model.laneCount(), vp.endVisibleLane());
        List<TimeAxis.Tick> ticks = axis.ticks(vp.ux(plotL), vp.visibleTo(), vp.scale(), TICK_GAP * k);

        // the plot
        p.pushClip(plotL, 0, w - plotL, h);
        for (int lane = firstLane; lane < endLane; lane++) {
            if (lane % 2 == 1) {
                p.fillRect(plotL, vp.laneY(lane), w - plotL, vp.laneHeight(), theme.laneStripe());
            }
        }
        for (TimeAxis.Tick t : ticks) {
            double x = vp.px(t.x());
            p.line(x, vp.axisHeight(), x, h, theme.grid(), 1);
        }
        p.beginGroup("loop", "event loop");
        drawLoopLane(p, model, vp, theme);
        p.endGroup();
        p.pushClip(plotL, lanesTop, w - plotL, h - lanesTop);
        for (int lane = firstLane; lane < endLane; lane++) {
            p.beginGroup("lane", model.laneName(lane));
            drawTaskLane(p, model, vp, theme, lane);
            p.endGroup();
        }
        drawPrints(p, model, vp, theme, firstLane, endLane);
        p.popClip();
        if (hovered != null) {
            drawHover(p, model, vp, theme, hovered);
        }
        p.popClip();

        drawAxis(p, model, vp, theme, ticks);
        drawLabels(p, model, vp, theme, firstLane, endLane);
        if (playhead >= 0) {
            double x = vp.px(axis.x(playhead));
            if (x >= plotL - 1 && x <= w + 1) {
                p.line(x, 0, x, h, theme.playhead(), 2 * k);
                p.fillRect(x - 5 * k, 0, 10 * k, 7 * k, theme.playhead());
            }
        }
        p.end();
    }

    // ---- lanes

    private static void drawTaskLane(Painter p, TimelineModel m, Viewport vp, TimelineTheme theme, int lane) {
        TimeAxis axis = m.axis();
        double k = vp.uiScale();
        double y = vp.laneY(lane);
        double by = y + BAR_PAD * k;
        double bh = vp.laneHeight() - 2 * BAR_PAD * k;
        Rgba color = theme.task(m.laneOrdinal(lane));
        double left = vp.plotLeft() - 2;
        double right = vp.width() + 2;
        int a0 = axis.countAtOrBefore(vp.visibleFrom());
        int s = m.firstSegmentEndingAfter(lane, a0);
        int to = m.segmentsTo(lane);
        while (s < to) {
            double x0 = vp.px(axis.x(m.segmentStart(lane, s)));
            if (x0 > right) {
                break;
            }
            double x1 = vp.px(axis.x(m.segmentEnd(lane, s)));
            SegmentState st = m.segmentState(lane, s);
            if (x1 - x0 < 0.8) {
                // many segments in one pixel column: draw the column once, skip the rest
                double col = Math.floor(x0);
                if (st == SegmentState.WAITING) {
                    p.fillRect(col, by + bh / 2 - k, 1, 2 * k, color.withAlpha(0.55));
                } else {
                    p.fillRect(col, by, 1, bh, st == SegmentState.BLOCKED ? theme.blockedBackground()
                            : color.withAlpha(st == SegmentState.RUNNING ? 1 : 0.45));
                }
                int next = m.firstSegmentEndingAfter(lane, axis.countAtOrBefore(vp.ux(col + 1)));
                s = Math.max(s + 1, next);
                continue;
            }
            double cx0 = Math.max(left, x0);
            double cx1 = Math.min(right, x1);
            switch (st) {
                case RUNNING -> p.fillRect(cx0, by, cx1 - cx0, bh, color);
                case READY -> {
                    p.fillRect(cx0, by, cx1 - cx0, bh, color.withAlpha(0.2));
                    if (x1 - x0 >= 3 * k) {
                        p.strokeRect(cx0 + 0.5 * k, by + 0.5 * k, cx1 - cx0 - k, bh - k, color.withAlpha(0.9), k);
                    }
                }
                case WAITING -> {
                    p.line(cx0, by + bh / 2, cx1, by + bh / 2, color.withAlpha(0.6), 2 * k);
                    if (x1 - x0 > 70 * k) {
                        String why = m.waitReason(lane, s);
                        if (why != null) {
                            String label = fit("awaits " + why, x1 - x0 - 8 * k, BAR_TEXT_SIZE * k, false);
                            if (!label.isEmpty()) {
                                p.text(Math.max(cx0, vp.plotLeft()) + 4 * k, by + bh / 2 - 3 * k, label, theme.muted(),
                                        BAR_TEXT_SIZE * k, false, Align.LEFT);
                            }
                        }
                    }
                }
                case BLOCKED -> hazard(p, theme, cx0, by, cx1 - cx0, bh, k);
                default -> p.fillRect(cx0, by, cx1 - cx0, bh, color);
            }
            s++;
        }
        int end = m.laneEnd(lane);
        if (end >= 0) {
            double x = vp.px(axis.x(end));
            if (x >= left - 10 * k && x <= right + 10 * k) {
                endMark(p, theme, m.laneOutcome(lane), color, x, by, bh, k);
            }
        }
    }

    private static void endMark(Painter p, TimelineTheme theme, int outcome, Rgba color, double x, double by,
            double bh, double k) {
        switch (outcome) {
            case TimelineModel.FAILED -> {
                p.fillRect(x - k, by - 3 * k, 3 * k, bh + 6 * k, theme.error());
                p.line(x + 4 * k, by, x + 4 * k + bh, by + bh, theme.error(), 2 * k);
                p.line(x + 4 * k, by + bh, x + 4 * k + bh, by, theme.error(), 2 * k);
            }
            case TimelineModel.CANCELLED -> {
                p.fillRect(x - k, by - 3 * k, 3 * k, bh + 6 * k, theme.muted());
                p.line(x + 4 * k, by + bh, x + 4 * k + bh * 0.7, by, theme.muted(), 2 * k);
            }
            default -> p.fillRect(x - k, by - 3 * k, 3 * k, bh + 6 * k, color);
        }
    }

    private static void hazard(Painter p, TimelineTheme theme, double x, double y, double w, double h, double k) {
        p.fillRect(x, y, w, h, theme.blockedBackground());
        if (w >= 4) {
            p.pushClip(x, y, w, h);
            double step = 8 * k;
            double start = Math.floor((x - h) / step) * step;
            for (double sx = start; sx < x + w; sx += step) {
                p.line(sx, y + h, sx + h, y, theme.blockedStripe(), 2.5 * k);
            }
            p.popClip();
        }
    }

    private static void drawLoopLane(Painter p, TimelineModel m, Viewport vp, TimelineTheme theme) {
        TimeAxis axis = m.axis();
        double k = vp.uiScale();
        double y = vp.axisHeight();
        double by = y + LOOP_PAD * k;
        double bh = vp.loopHeight() - 2 * LOOP_PAD * k;
        double left = vp.plotLeft() - 2;
        double right = vp.width() + 2;
        int lane = TimelineModel.LOOP;
        int a0 = axis.countAtOrBefore(vp.visibleFrom());
        int s = m.firstSegmentEndingAfter(lane, a0);
        int to = m.segmentsTo(lane);
        while (s < to) {
            double x0 = vp.px(axis.x(m.segmentStart(lane, s)));
            if (x0 > right) {
                break;
            }
            double x1 = vp.px(axis.x(m.segmentEnd(lane, s)));
            SegmentState st = m.segmentState(lane, s);
            Rgba c = switch (st) {
                case STEP -> theme.task(m.laneOrdinal(m.loopStepLane(s)));
                case BLOCKED -> theme.blockedBackground();
                case IDLE -> theme.idle();
                default -> theme.callback();
            };
            if (x1 - x0 < 0.8) {
                double col = Math.floor(x0);
                if (st == SegmentState.IDLE) {
                    p.fillRect(col, by + bh / 2 - k, 1, 2 * k, c);
                } else {
                    p.fillRect(col, by, 1, bh, c);
                }
                int next = m.firstSegmentEndingAfter(lane, axis.countAtOrBefore(vp.ux(col + 1)));
                s = Math.max(s + 1, next);
                continue;
            }
            double cx0 = Math.max(left, x0);
            double cx1 = Math.min(right, x1);
            switch (st) {
                case IDLE -> {
                    p.line(cx0, by + bh / 2, cx1, by + bh / 2, c, 1.5 * k);
                    if (x1 - x0 > 80 * k) {
                        String label = fit("idle: waits for the next timer", x1 - x0 - 8 * k, BAR_TEXT_SIZE * k, false);
                        p.text(Math.max(cx0, vp.plotLeft()) + 4 * k, by + bh / 2 - 3 * k, label, theme.muted(),
                                BAR_TEXT_SIZE * k, false, Align.LEFT);
                    }
                }
                case BLOCKED -> hazard(p, theme, cx0, by, cx1 - cx0, bh, k);
                case CALLBACK -> p.fillRect(cx0, by + 2 * k, cx1 - cx0, bh - 4 * k, c);
                default -> p.fillRect(cx0, by, cx1 - cx0, bh, c);
            }
            if (st != SegmentState.IDLE && x1 - x0 > 50 * k) {
                String label = loopLabel(m, s, st);
                double size = BAR_TEXT_SIZE * k;
                String f = fit(label, cx1 - Math.max(cx0, vp.plotLeft()) - 6 * k, size, st == SegmentState.BLOCKED);
                if (!f.isEmpty()) {
                    double tx = Math.max(cx0, vp.plotLeft()) + 3 * k;
                    if (st == SegmentState.BLOCKED) {
                        p.fillRect(tx - 2 * k, by + 2 * k, textWidth(f, size, true) + 4 * k, bh - 4 * k,
                                theme.blockedBackground());
                    }
                    Rgba tc = st == SegmentState.BLOCKED ? theme.blockedStripe() : WHITE;
                    p.text(tx, by + bh / 2 + 3.5 * k, f, tc, size, st == SegmentState.BLOCKED, Align.LEFT);
                }
            }
            s++;
        }
        // a tick per loop round, at the lane's foot
        int r = m.firstRoundAtOrAfter(a0);
        double foot = y + vp.loopHeight();
        while (r < m.roundCount()) {
            double x = vp.px(axis.x(m.roundEvent(r)));
            if (x > right) {
                break;
            }
            p.line(x, foot - 5 * k, x, foot - k, theme.muted(), k);
            int next = m.firstRoundAtOrAfter(axis.countAtOrBefore(vp.ux(x + 3 * k)));
            r = Math.max(r + 1, next);
        }
        for (int e : m.endMarks()) {
            double x = vp.px(axis.x(e));
            if (x >= left && x <= right + 10 * k) {
                Event ev = m.event(e);
                boolean bad = ev instanceof Event.Error || ev instanceof Event.Deadlock
                        || ev instanceof Event.RunEnd end && end.outcome().startsWith("exception");
                p.fillRect(x - k, by - 4 * k, 3 * k, bh + 8 * k, bad ? theme.error() : theme.text());
            }
        }
    }

    private static String loopLabel(TimelineModel m, int s, SegmentState st) {
        return switch (st) {
            case STEP -> m.laneName(m.loopStepLane(s));
            case CALLBACK -> String.valueOf(m.loopCallback(s));
            case BLOCKED -> m.event(m.segmentStart(TimelineModel.LOOP, s)) instanceof Event.Block b
                    ? "time.sleep(" + b.repr() + ") blocks the loop" : "blocked";
            default -> "";
        };
    }

    private static void drawPrints(Painter p, TimelineModel m, Viewport vp, TimelineTheme theme, int firstLane,
            int endLane) {
        TimeAxis axis = m.axis();
        int a0 = axis.countAtOrBefore(vp.visibleFrom());
        int k = m.firstPrintAtOrAfter(a0);
        double right = vp.width() + 2;
        double lastX = Double.NEGATIVE_INFINITY;
        int lastLane = Integer.MIN_VALUE;
        while (k < m.printCount()) {
            int e = m.printEvent(k);
            double x = vp.px(axis.x(e));
            if (x > right) {
                break;
            }
            int lane = m.printLane(k);
            if (lane == TimelineModel.LOOP || lane >= firstLane && lane < endLane) {
                if (!(lane == lastLane && x - lastX < 2)) {
                    double u = vp.uiScale();
                    double y = lane == TimelineModel.LOOP ? vp.axisHeight() + u : vp.laneY(lane) + u;
                    flag(p, theme, x, y, u);
                    lastX = x;
                    lastLane = lane;
                }
            }
            k++;
            if (k < m.printCount() && vp.px(axis.x(m.printEvent(k))) - x < 0.5 && m.printCount() > 10_000) {
                // a dense run of prints: jump to the next pixel column
                k = Math.max(k, m.firstPrintAtOrAfter(axis.countAtOrBefore(vp.ux(Math.floor(x) + 1))));
            }
        }
    }

    private static void flag(Painter p, TimelineTheme theme, double x, double y, double k) {
        p.fillRect(x - 0.75 * k, y, 1.5 * k, (BAR_PAD + 3) * k, theme.print());
        p.fillRect(x, y, 5 * k, 4 * k, theme.print());
    }

    private static void drawHover(Painter p, TimelineModel m, Viewport vp, TimelineTheme theme, Hit hit) {
        TimeAxis axis = m.axis();
        double k = vp.uiScale();
        if (hit.kind() == Hit.Kind.SEGMENT) {
            boolean loop = hit.lane() == TimelineModel.LOOP;
            double y = loop ? vp.axisHeight() + LOOP_PAD * k : vp.laneY(hit.lane()) + BAR_PAD * k;
            double h = loop ? vp.loopHeight() - 2 * LOOP_PAD * k : vp.laneHeight() - 2 * BAR_PAD * k;
            double x0 = Math.max(vp.plotLeft() - 2, vp.px(axis.x(m.segmentStart(hit.lane(), hit.index()))));
            double x1 = Math.min(vp.width() + 2, vp.px(axis.x(m.segmentEnd(hit.lane(), hit.index()))));
            p.strokeRect(x0 - 1.5 * k, y - 2.5 * k, Math.max(1, x1 - x0) + 3 * k, h + 5 * k, theme.hover(), 1.5 * k);
        } else if (hit.kind() == Hit.Kind.PRINT || hit.kind() == Hit.Kind.END) {
            double x = vp.px(axis.x(hit.event()));
            boolean loop = hit.lane() == TimelineModel.LOOP;
            double y = loop ? vp.axisHeight() : vp.laneY(hit.lane());
            double h = loop ? vp.loopHeight() : vp.laneHeight();
            p.strokeRect(x - 4 * k, y + k, 12 * k, h - 2 * k, theme.hover(), 1.5 * k);
        }
    }

    // ---- axis and labels

    private static void drawAxis(Painter p, TimelineModel m, Viewport vp, TimelineTheme theme,
            List<TimeAxis.Tick> ticks) {
        TimeAxis axis = m.axis();
        double u = vp.uiScale();
        double w = vp.width();
        double h = vp.axisHeight();
        double plotL = vp.plotLeft();
        double size = TICK_SIZE * u;
        double baseline = 13 * u;
        p.fillRect(0, 0, w, h, theme.axisBackground());
        p.pushClip(plotL, 0, w - plotL, h);
        // bursts: the instants that opened up, shaded
        int k = axis.instantAtOrAfter(vp.visibleFrom());
        while (k < axis.instantCount()) {
            double x0 = vp.px(axis.instantStart(k));
            if (x0 > w) {
                break;
            }
            double x1 = vp.px(axis.instantEnd(k));
            if (axis.instantSteps(k) > 0 && x1 - x0 >= 2) {
                p.fillRect(x0, h - 9 * u, x1 - x0, 8 * u, theme.burst());
            }
            int next = axis.instantAtOrAfter(vp.ux(Math.max(x1, x0 + 2)));
            k = Math.max(k + 1, next);
        }
        for (TimeAxis.Tick t : ticks) {
            double x = vp.px(t.x());
            p.line(x, t.instant() ? h - 12 * u : h - 7 * u, x, h, theme.muted(), 1);
            p.text(x + 3 * u, baseline, t.label(), t.instant() ? theme.text() : theme.muted(), size, false, Align.LEFT);
        }
        if (ticks.isEmpty() && axis.instantCount() > 0) {
            // zoomed into one burst: say which
            double mid = vp.ux(plotL + (w - plotL) / 2);
            int i = axis.instantAtOrAfter(mid);
            String label = TimeAxis.formatSeconds(axis.timeAt(mid));
            if (i < axis.instantCount() && axis.instantStart(i) <= mid) {
                label += String.format(Locale.ROOT, "  (one instant: a burst of %,d task steps)", axis.instantSteps(i));
            }
            p.text(plotL + 6 * u, baseline, label, theme.text(), size, false, Align.LEFT);
        }
        p.popClip();
        p.line(0, h - 0.5, w, h - 0.5, theme.separator(), 1);
        p.text(8 * u, baseline, "virtual time", theme.muted(), size, false, Align.LEFT);
    }

    private static void drawLabels(Painter p, TimelineModel m, Viewport vp, TimelineTheme theme, int firstLane,
            int endLane) {
        double k = vp.uiScale();
        double lw = vp.plotLeft();
        double h = vp.height();
        double lanesTop = vp.laneAreaTop();
        double axisH = vp.axisHeight();
        double name = NAME_SIZE * k;
        double small = SMALL_SIZE * k;
        p.fillRect(0, axisH, lw, h - axisH, theme.labelBackground());
        // loop lane
        p.fillRect(0, axisH + 4 * k, 4 * k, vp.loopHeight() - 8 * k, theme.callback());
        p.text(10 * k, axisH + 21 * k, "event loop", theme.text(), name, true, Align.LEFT);
        p.text(10 * k + textWidth("event loop", name, true) + 6 * k, axisH + 21 * k,
                fit(String.format(Locale.ROOT, "%,d %s", m.laneCount(), m.laneCount() == 1 ? "task" : "tasks"),
                        lw - 100 * k, small, false),
                theme.muted(), small, false, Align.LEFT);
        p.line(0, lanesTop - 0.5, vp.width(), lanesTop - 0.5, theme.separator(), 1);
        p.pushClip(0, lanesTop, lw, h - lanesTop);
        for (int lane = firstLane; lane < endLane; lane++) {
            double y = vp.laneY(lane);
            p.fillRect(0, y + 3 * k, 4 * k, vp.laneHeight() - 6 * k, theme.task(m.laneOrdinal(lane)));
            String task = fit(m.laneName(lane), lw - 16 * k, name, true);
            p.text(10 * k, y + 17 * k, task, theme.text(), name, true, Align.LEFT);
            double cx = 10 * k + textWidth(task, name, true) + 6 * k;
            String coro = fit(m.laneCoro(lane) + "()", lw - cx - 4 * k, small, false);
            if (!coro.isEmpty()) {
                p.text(cx, y + 17 * k, coro, theme.muted(), small, false, Align.LEFT);
            }
        }
        p.popClip();
        p.line(lw - 0.5, 0, lw - 0.5, h, theme.separator(), 1);
    }

    /** {@code s}, cut with an ellipsis to fit {@code width} pixels ("" if not even one letter fits). */
    static String fit(String s, double width, double size, boolean bold) {
        if (textWidth(s, size, bold) <= width) {
            return s;
        }
        int n = (int) Math.floor(width / (size * (bold ? 0.62 : 0.56))) - 1;
        return n <= 0 ? "" : s.substring(0, Math.min(n, s.length())) + "\u2026";
    }

    // ---- what is under the pointer

    /** The item at pixel (px, py), or null. */
    public static Hit hitTest(TimelineModel m, Viewport vp, double px, double py) {
        int lane = vp.laneAt(py, m.laneCount());
        if (lane == -2) {
            return null;
        }
        if (px < vp.plotLeft()) {
            return new Hit(Hit.Kind.LABEL, lane, lane, lane >= 0 ? m.laneStart(lane) : 0);
        }
        TimeAxis axis = m.axis();
        double u = vp.uiScale();
        // marks first: prints and task ends, within a few pixels (as many more as they are drawn larger)
        int from = axis.countAtOrBefore(vp.ux(px - 4 * u));
        int to = axis.countAtOrBefore(vp.ux(px + 4 * u));
        for (int k = m.firstPrintAtOrAfter(from); k < m.printCount() && m.printEvent(k) <= to; k++) {
            double x = vp.px(axis.x(m.printEvent(k)));
            if (m.printLane(k) == lane && Math.abs(x + 2 * u - px) <= 4 * u
                    && py < laneTop(vp, lane) + (BAR_PAD + 4) * u) {
                return new Hit(Hit.Kind.PRINT, lane, k, m.printEvent(k));
            }
        }
        if (lane >= 0 && m.laneEnd(lane) >= 0) {
            double x = vp.px(axis.x(m.laneEnd(lane)));
            if (px >= x - 3 * u && px <= x + 4 * u + vp.laneHeight() - 2 * BAR_PAD * u) {
                return new Hit(Hit.Kind.END, lane, lane, m.laneEnd(lane));
            }
        }
        int e = axis.eventAt(vp.ux(px));
        if (e < 0) {
            return null;
        }
        int seg = m.segmentAt(lane, e);
        if (seg < 0) {
            return null;
        }
        return new Hit(Hit.Kind.SEGMENT, lane, seg, m.segmentStart(lane, seg));
    }

    private static double laneTop(Viewport vp, int lane) {
        return lane == TimelineModel.LOOP ? vp.axisHeight() : vp.laneY(lane);
    }

    /** A few lines naming what a hit shows: task, state, times, events. */
    public static String describe(TimelineModel m, Hit hit) {
        if (hit == null) {
            return "";
        }
        TimeAxis axis = m.axis();
        int lane = hit.lane();
        String who = lane >= 0 ? m.laneName(lane) + " (" + m.laneCoro(lane) + ")" : "event loop";
        switch (hit.kind()) {
            case LABEL -> {
                if (lane < 0) {
                    return "event loop: task steps, callbacks, waits for timers; a tick per round ("
                            + m.roundCount() + " rounds)";
                }
                return who + "\ncreated at " + TimeAxis.formatSeconds(m.event(m.laneStart(lane)).time())
                        + outcome(m, lane);
            }
            case PRINT -> {
                Event.Output o = (Event.Output) m.event(hit.event());
                return (o.err() ? "stderr" : "print") + " at " + TimeAxis.formatSeconds(o.time())
                        + (lane >= 0 ? " by " + m.laneName(lane) : "") + "\n" + o.text() + "\nevent " + hit.event();
            }
            case END -> {
                return who + outcome(m, lane) + "\nevent " + hit.event();
            }
            default -> {
                int s = m.segmentStart(lane, hit.index());
                int e = m.segmentEnd(lane, hit.index());
                SegmentState st = m.segmentState(lane, hit.index());
                String what;
                if (lane >= 0) {
                    what = switch (st) {
                        case RUNNING -> "running" + (m.event(s) instanceof Event.TaskStep t
                                ? " (resumes at line " + t.line() + ")" : "");
                        case READY -> "ready: its step waits in the ready queue";
                        case WAITING -> "waiting: awaits " + m.waitReason(lane, hit.index());
                        case BLOCKED -> blocked(m, s);
                        default -> st.label();
                    };
                } else {
                    what = switch (st) {
                        case STEP -> "runs a step of " + m.laneName(m.loopStepLane(hit.index())) + " ("
                                + m.laneCoro(m.loopStepLane(hit.index())) + ")";
                        case CALLBACK -> "runs the callback " + m.loopCallback(hit.index());
                        case IDLE -> "idle: nothing ready, waits for the next timer";
                        case BLOCKED -> blocked(m, s);
                        default -> st.label();
                    };
                }
                double t0 = m.event(s).time();
                double t1 = e < m.eventCount() ? m.event(e).time() : axis.timeAt(axis.width());
                String when = t0 == t1 ? "at " + TimeAxis.formatSeconds(t0)
                        : TimeAxis.formatSeconds(t0) + " \u2192 " + TimeAxis.formatSeconds(t1);
                return who + "\n" + what + "\n" + when + " (events " + s + "\u2013" + e + ")";
            }
        }
    }

    private static String blocked(TimelineModel m, int s) {
        if (m.event(s) instanceof Event.Block b) {
            return "blocked: time.sleep(" + b.repr() + ") holds the whole loop for "
                    + TimeAxis.formatSeconds(b.seconds());
        }
        return "blocked";
    }

    private static String outcome(TimelineModel m, int lane) {
        int end = m.laneEnd(lane);
        if (end < 0) {
            return "\nstill pending when the run ended";
        }
        Event.TaskDone d = (Event.TaskDone) m.event(end);
        return "\nfinished at " + TimeAxis.formatSeconds(d.time()) + ": " + d.outcome();
    }
}
