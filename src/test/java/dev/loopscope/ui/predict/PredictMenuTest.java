package dev.loopscope.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+P in the main window opens one Predict window with questions on the scenario in the editor. */
@ExtendWith(ApplicationExtension.class)
class PredictMenuTest {

    private Stage main;
    private MainWindowController controller;
    private Preferences settings;

    @Start
    void start(Stage primary) {
        main = new Stage();
        settings = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        controller = MainWindow.show(main, null, settings);
        main.show();
    }

    @AfterEach
    void closeAll(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            predictWindows().forEach(w -> ((Stage) w).close());
            main.close();
        });
        settings.removeNode();
    }

    private static List<Window> predictWindows() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && PredictWindow.TITLE.equals(s.getTitle()))
                .collect(Collectors.toList());
    }

    @Test
    void ctrlPOpensOnePredictWindowForTheEditorsScenarioBeforeItPlays(FxRobot robot) throws Exception {
        var predict = controller.actions().get("predict");
        assertEquals(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), predict.keys()[0]);
        // no other action of the window claims the key
        assertEquals(1, controller.actions().values().stream()
                .filter(a -> List.of(a.keys()).contains(predict.keys()[0])).count());
        robot.interact(main::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, predictWindows().size());
        robot.interact(predict::fire);
        assertEquals(1, predictWindows().size(), "opening it again brings the open one to the front");
        Stage stage = (Stage) predictWindows().get(0);
        PredictPane pane = (PredictPane) stage.getScene().getRoot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pane.order().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.order().stream().anyMatch(l -> l.text().equals("Done processing data")));
        assertFalse(pane.questions().isEmpty());
        assertEquals(0, controller.model().playback().position(), "rewound: nothing has played");
        assertTrue(controller.model().playback().console().isEmpty(), "the console does not give the answer away");
    }

    /** While Predict asks, the timeline right of the playhead is covered: the lanes would give the answers away. */
    @Test
    void theTimelineHidesTheRunsFutureWhilePredicting(FxRobot robot) throws Exception {
        var timeline = controller.timeline();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline.getModel() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int shown = taskTwoPixels(robot, timeline);
        assertTrue(shown > 20, "Task-2's lane is drawn before predicting: " + shown);

        robot.interact(() -> controller.actions().get("predict").fire());
        Stage stage = (Stage) predictWindows().get(0);
        PredictPane pane = (PredictPane) stage.getScene().getRoot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pane.order().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.hideFutureProperty().get());
        assertEquals(0, taskTwoPixels(robot, timeline), "covered right of the playhead (at the start)");

        robot.interact(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(timeline.hideFutureProperty().get());
        assertTrue(taskTwoPixels(robot, timeline) > 20, "shown again once Predict is closed");
    }

    /** Pixels in Task-2's colour along the middle of its lane, right of the plot's left edge. */
    private static int taskTwoPixels(FxRobot robot, dev.loopscope.ui.timeline.TimelineView view) throws Exception {
        robot.interact(view::redrawNow);
        var m = view.getModel();
        var vp = view.getViewport();
        int lane = 1;
        var want = dev.loopscope.render.Rgba.of(dev.loopscope.render.TaskPalette.color(m.laneOrdinal(lane), false));
        List<javafx.scene.image.WritableImage> shot = new java.util.ArrayList<>();
        robot.interact(() -> shot.add(view.snapshot(null, null)));
        var pixels = shot.get(0).getPixelReader();
        int y = (int) (vp.laneY(lane) + vp.laneHeight() / 2);
        int n = 0;
        for (int x = (int) vp.plotLeft() + 4; x < (int) shot.get(0).getWidth(); x++) {
            javafx.scene.paint.Color c = pixels.getColor(x, y);
            double d = Math.abs(want.red() / 255.0 - c.getRed()) + Math.abs(want.green() / 255.0 - c.getGreen())
                    + Math.abs(want.blue() / 255.0 - c.getBlue());
            if (d < 0.1) {
                n++;
            }
        }
        return n;
    }
}
