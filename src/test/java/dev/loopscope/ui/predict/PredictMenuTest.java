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
}
