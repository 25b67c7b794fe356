package dev.loopscope.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.render.Rgba;
import dev.loopscope.render.SegmentState;
import dev.loopscope.render.TaskPalette;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.Viewport;
import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.ui.timeline.TimelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline in front of a class: presenter mode and the app's font size make its lanes and text
 * larger, and the mouse still finds the task it points at.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterTimelineTest {
    private Stage stage;
    private MainWindowController window;
    private Preferences settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        settings = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        window = MainWindow.show(stage, null, settings);
    }

    @AfterEach
    void forgetSettings() throws BackingStoreException {
        settings.removeNode();
    }

    private PlaybackViewModel playback() {
        return window.model().playback();
    }

    private void awaitRun(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.model().runningProperty().get() && playback().loadedProperty().get()
                        && window.timeline().getModel() != null);
        robot.interact(window::focusPlayback);
        settle(robot);
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.timeline().redrawNow());
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        settle(robot);
    }

    private static double laneHeight(TimelineView view) {
        return view.getViewport().laneHeight();
    }

    @Test
    void presenterModeGrowsTheLanesAndAClickStillPicksTheTaskUnderIt(FxRobot robot) throws Exception {
        awaitRun(robot);
        TimelineView view = window.timeline();
        assertEquals(1, view.getUiScale(), 1e-9, "the default font: the default size");
        assertEquals(Viewport.LANE_HEIGHT, laneHeight(view), 1e-9);

        press(robot, KeyCode.F11);
        assertTrue(window.presenter().isActive());
        assertEquals(PresenterMode.FONT_SCALE, view.getUiScale(), 1e-9);
        assertEquals(Viewport.LANE_HEIGHT * PresenterMode.FONT_SCALE, laneHeight(view), 1e-9);
        // presenter mode makes room for the larger lanes (on this 800 pixel high screen, half of it)
        assertTrue(view.getHeight() >= view.getViewport().laneAreaTop() + 2.5 * laneHeight(view),
                "room for the loop and a few larger lanes: " + view.getHeight());

        // a running step of the second task, where the larger lanes draw it
        TimelineModel m = view.getModel();
        Viewport vp = view.getViewport();
        int lane = 1;
        int seg = widestRunning(m, vp, lane);
        double x0 = Math.max(vp.plotLeft(), vp.px(m.axis().x(m.segmentStart(lane, seg))));
        double x1 = Math.min(vp.width(), vp.px(m.axis().x(m.segmentEnd(lane, seg))));
        double x = (x0 + x1) / 2;
        double y = vp.laneY(lane) + vp.laneHeight() / 2;
        assertTrue(y + vp.laneHeight() / 2 <= view.getHeight(), "the lane is in view");
        // at the old size this pixel row belonged to another lane: the test would notice a stale geometry
        assertTrue(Math.floor((y - Viewport.lanesTop()) / Viewport.LANE_HEIGHT) != lane);

        List<WritableImage> shot = new ArrayList<>();
        robot.interact(() -> shot.add(view.snapshot(null, null)));
        Color c = shot.get(0).getPixelReader().getColor((int) x, (int) y);
        Rgba want = Rgba.of(TaskPalette.color(m.laneOrdinal(lane), false));
        double d = Math.abs(want.red() / 255.0 - c.getRed()) + Math.abs(want.green() / 255.0 - c.getGreen())
                + Math.abs(want.blue() / 255.0 - c.getBlue());
        assertTrue(d < 0.06, m.laneName(lane) + " running drawn at " + x + "," + y + ": " + c);

        Point2D at = view.localToScreen(x, y);
        robot.moveTo(at);
        settle(robot);
        String hover = view.getHoverText();
        assertTrue(hover.startsWith(m.laneName(lane) + " (") && hover.contains("running"), hover);

        int target = view.jumpTarget(x);
        robot.clickOn(at);
        settle(robot);
        assertEquals(target, playback().position(), "the click moved the playback there");
        assertTrue(target >= m.segmentStart(lane, seg) && target <= m.segmentEnd(lane, seg),
                "into " + m.laneName(lane) + "'s step: " + target);

        // away from the timeline (its tooltip is a window of its own under Monocle, which would take the key)
        robot.moveTo(stage.getScene().getRoot(), javafx.geometry.Pos.TOP_LEFT, new Point2D(20, 20),
                org.testfx.robot.Motion.DIRECT);
        press(robot, KeyCode.ESCAPE);
        assertEquals(1, view.getUiScale(), 1e-9, "back to the window's size");
        assertEquals(Viewport.LANE_HEIGHT, laneHeight(view), 1e-9);
    }

    @Test
    void theTimelineFollowsTheAppsFontSize(FxRobot robot) throws Exception {
        awaitRun(robot);
        TimelineView view = window.timeline();
        double before = view.prefHeight(-1);
        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(12, window.model().fontSizeProperty().get(), 1e-9);
        assertEquals(1.2, view.getUiScale(), 1e-9);
        assertEquals(Viewport.LANE_HEIGHT * 1.2, laneHeight(view), 1e-9);
        assertEquals(before * 1.2, view.prefHeight(-1), 1e-6, "it asks for room for its larger lanes");
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(1.1, view.getUiScale(), 1e-9);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(1, view.getUiScale(), 1e-9);
    }

    /** The running step of {@code lane} that is widest on screen. */
    private static int widestRunning(TimelineModel m, Viewport vp, int lane) {
        int best = -1;
        double bestW = 0;
        for (int s = m.segmentsFrom(lane); s < m.segmentsTo(lane); s++) {
            if (m.segmentState(lane, s) != SegmentState.RUNNING) {
                continue;
            }
            double a = Math.max(vp.plotLeft(), vp.px(m.axis().x(m.segmentStart(lane, s))));
            double b = Math.min(vp.width(), vp.px(m.axis().x(m.segmentEnd(lane, s))));
            if (b - a > bestW) {
                bestW = b - a;
                best = s;
            }
        }
        assertTrue(best >= 0 && bestW >= 4, "a running step of " + m.laneName(lane) + " in view");
        return best;
    }
}
