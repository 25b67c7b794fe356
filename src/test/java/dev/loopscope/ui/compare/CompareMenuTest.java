package dev.loopscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Run > Compare… in the main window opens the Compare window, once, in the main window's theme. */
@ExtendWith(ApplicationExtension.class)
class CompareMenuTest {

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
            compareWindows().forEach(w -> ((Stage) w).close());
            main.close();
        });
        settings.removeNode();
    }

    private static List<Window> compareWindows() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && CompareWindow.TITLE.equals(s.getTitle()))
                .collect(Collectors.toList());
    }

    @Test
    void theRunMenuOpensOneCompareWindow(FxRobot robot) {
        robot.interact(() -> controller.actions().get("compare").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, compareWindows().size());
        robot.interact(() -> controller.actions().get("compare").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, compareWindows().size(), "opening it again brings the open one to the front");
        Stage compare = (Stage) compareWindows().get(0);
        assertTrue(compare.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
        robot.interact(() -> controller.actions().get("dark").fire());
        assertTrue(compare.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")),
                "the Compare window follows the theme");
    }
}
