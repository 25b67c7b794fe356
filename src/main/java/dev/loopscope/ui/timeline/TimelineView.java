package dev.loopscope.ui.timeline;

import dev.loopscope.trace.Replay;
import javafx.scene.layout.Region;

import java.util.function.IntConsumer;

/**
 * The timeline: a lane per task and one for the loop on the virtual time axis, drawn on a Canvas
 * from (replay, viewport, playhead) alone. (First version: empty; drawn by the timeline work.)
 */
public class TimelineView extends Region {
    private IntConsumer onJump = i -> {
    };

    public TimelineView() {
        getStyleClass().add("timeline");
        setMinHeight(120);
    }

    public void setReplay(Replay replay) {
    }

    /** The playhead: the number of events applied at the current step. */
    public void setPlayhead(int appliedEvents) {
    }

    /** Called with an event count when the user clicks a place on the timeline. */
    public void setOnJump(IntConsumer onJump) {
        this.onJump = onJump;
    }

    protected IntConsumer onJump() {
        return onJump;
    }

    public void setDarkTheme(boolean dark) {
    }
}
