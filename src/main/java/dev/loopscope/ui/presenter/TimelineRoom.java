package dev.loopscope.ui.presenter;

import dev.loopscope.ui.timeline.TimelineView;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * In presenter mode the timeline's lanes are {@link PresenterMode#FONT_SCALE} times taller, and a
 * projector's screen is often only 768 or 800 pixels high: a fixed share of it would show the loop
 * lane and half a task. This gives the timeline's panel at least the height of the loop lane and
 * {@link #LANES} task lanes (fewer if the run has fewer), but never more than {@link #MAX_SHARE} of
 * the split pane. It only grows the panel: a teacher who drags it larger keeps that.
 */
public final class TimelineRoom {
    /** Task lanes the timeline should show without scrolling. */
    static final int LANES = 4;
    /** The most of the window's height the timeline may take. */
    static final double MAX_SHARE = 0.5;

    private final SplitPane outer;
    private final Region panel;
    private final TimelineView view;
    private final ObservableBooleanValue active;
    private boolean queued;

    private TimelineRoom(SplitPane outer, Region panel, TimelineView view, ObservableBooleanValue active) {
        this.outer = outer;
        this.panel = panel;
        this.view = view;
        this.active = active;
    }

    /**
     * Keeps {@code panel} (the timeline's panel, holding {@code view}, an item of {@code outer})
     * tall enough while {@code active} (presenter mode) is true.
     */
    public static void keep(SplitPane outer, Region panel, TimelineView view, ObservableBooleanValue active) {
        TimelineRoom room = new TimelineRoom(outer, panel, view, active);
        active.addListener((obs, was, now) -> room.check());
        outer.heightProperty().addListener((obs, was, now) -> room.check());
        panel.heightProperty().addListener((obs, was, now) -> room.check());
        view.heightProperty().addListener((obs, was, now) -> room.check());
    }

    /** Looks again once the current change is done (presenter mode scales the view after it turns on). */
    private void check() {
        if (!queued && active.get()) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                grow();
            });
        }
    }

    private void grow() {
        int at = outer.getItems().indexOf(panel);
        double height = outer.getHeight();
        if (!active.get() || at <= 0 || height <= 0 || view.getHeight() <= 0) {
            return;
        }
        int lanes = view.getModel() == null ? 3 : Math.min(view.getModel().laneCount(), LANES);
        double need = panel.getHeight() - view.getHeight() + view.getViewport().heightFor(lanes);
        double want = Math.min(need, height * MAX_SHARE);
        if (panel.getHeight() >= want - 1) {
            return;
        }
        // the divider above the panel: what is above it takes the rest
        double position = Math.max(0, 1 - (want + dividerWidth()) / height);
        double[] dividers = outer.getDividerPositions();
        if (at - 1 < dividers.length && Math.abs(dividers[at - 1] - position) > 0.002) {
            outer.setDividerPosition(at - 1, position);
        }
    }

    private double dividerWidth() {
        return outer.lookup(".split-pane-divider") instanceof Region d ? d.getHeight() : 6;
    }
}
