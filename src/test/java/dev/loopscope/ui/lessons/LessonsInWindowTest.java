package dev.loopscope.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import dev.loopscope.examples.Examples;
import dev.loopscope.examples.Examples.Example;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons panel in the main window (headless under Monocle): shown by View > Lessons, opens and runs a lesson. */
@ExtendWith(ApplicationExtension.class)
class LessonsInWindowTest {
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
    void forgetSettings(FxRobot robot) throws BackingStoreException {
        // the shared test stage goes back to sizing itself to the next test's scene
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
            stage.sizeToScene();
        });
        settings.removeNode();
    }

    private void awaitRunOf(String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().runningProperty().get()
                && window.model().playback().loadedProperty().get()
                && window.editor().getText().equals(text) && window.model().playback().sizeProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SplitPane mainSplit(FxRobot robot) {
        return (SplitPane) window.editor().getParent().getParent();
    }

    @Test
    void ctrlLShowsTheLessonsBesideTheEditorAndOpenLessonRunsAnUntitledCopy(FxRobot robot) throws Exception {
        awaitRunOf(Examples.byName(Examples.FIRST).orElseThrow().text());
        LessonsPanel panel = window.lessons();
        assertTrue(panel.getScene() == null, "hidden at first");
        assertEquals(Examples.FIRST, panel.selected().orElseThrow().name(), "the window's lesson is selected");

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.getScene() != null && panel.isVisible(), "shown by Ctrl+L");
        SplitPane split = mainSplit(robot);
        assertEquals(panel, split.getItems().get(0), "left of the editor");
        assertEquals(window.editor(), split.getItems().get(1));
        assertEquals(2, split.getDividers().size());
        assertTrue(panel.list().isFocused(), "the list has the keyboard");
        assertTrue(window.actions().get("showLessons").selectedProperty().get());

        Example lesson = Examples.byName("event_start_signal.py").orElseThrow();
        robot.interact(() -> panel.select(lesson.name()));
        assertTrue(panel.explanation().shownText().contains("What to watch"));
        assertTrue(panel.explanation().shownText().startsWith(lesson.heading() + "\n"));
        robot.clickOn("#openLesson");
        awaitRunOf(lesson.text());
        assertEquals(lesson.text(), window.editor().getText());
        assertEquals("event_start_signal.py \u2014 LoopScope", stage.getTitle(), "an untitled copy named after it");
        assertEquals(null, window.model().document().getPath(), "not the shipped file");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Ran event_start_signal.py"), status);
        robot.interact(() -> window.model().playback().toEnd());
        assertTrue(window.model().playback().console().stream()
                .anyMatch(line -> line.text().contains("['Ada', 'Bo', 'Cy']")), "the run's output");

        // editing the copy leaves the lesson as shipped
        robot.interact(() -> window.editor().area().appendText("# mine\n"));
        assertEquals(Files.readString(Paths.get("assets/scenarios/event_start_signal.py")),
                Examples.byName(lesson.name()).orElseThrow().text());

        // the menu item hides it again, and the editor gets its room back
        robot.interact(() -> window.actions().get("showLessons").fire());
        assertFalse(split.getItems().contains(panel));
        assertEquals(1, split.getDividers().size());
    }

    @Test
    void choosingAnExampleFromTheMenuSelectsItsLesson(FxRobot robot) throws Exception {
        awaitRunOf(Examples.byName(Examples.FIRST).orElseThrow().text());
        robot.interact(() -> window.actions().get("showLessons").fire());
        robot.interact(() -> {
            panel(robot).select("coroutines_await.py");
            panel(robot).list().requestFocus();
        });
        robot.push(KeyCode.ENTER);
        Example first = Examples.byName("coroutines_await.py").orElseThrow();
        awaitRunOf(first.text());
        assertEquals("coroutines_await.py \u2014 LoopScope", stage.getTitle());
        // the Examples menu opens a lesson too, and the panel follows it
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu examples = bar.getMenus().stream().filter(m -> "examplesMenu".equals(m.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> examples.getItems().stream()
                .filter(i -> i.getUserData() instanceof Example e && e.name().equals("sync_vs_async.py"))
                .findFirst().orElseThrow().fire());
        awaitRunOf(Examples.byName("sync_vs_async.py").orElseThrow().text());
        assertEquals("sync_vs_async.py", panel(robot).selected().orElseThrow().name());
    }

    private LessonsPanel panel(FxRobot robot) {
        return window.lessons();
    }
}
