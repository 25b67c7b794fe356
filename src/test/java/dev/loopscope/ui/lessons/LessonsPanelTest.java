package dev.loopscope.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.examples.Examples;
import dev.loopscope.examples.Examples.Example;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons panel on its own (headless under Monocle): the list, the explanation, the keys. */
@ExtendWith(ApplicationExtension.class)
class LessonsPanelTest {
    private LessonsPanel panel;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        panel = new LessonsPanel(lesson -> opened.add(lesson.name()));
        Scene scene = new Scene(panel, 420, 700);
        // the theme's colour variables, as in the window
        scene.getStylesheets().add(LessonsPanelTest.class.getResource("/dev/loopscope/ui/theme-light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theListHoldsEveryLessonWithItsGroup(FxRobot robot) {
        assertEquals(Examples.all(), panel.list().getItems());
        assertEquals(Examples.all().get(0), panel.selected().orElseThrow(), "the first lesson is selected at first");
        // the first lesson of each group shows the group's title above its heading
        List<String> shown = new ArrayList<>();
        robot.lookup(".lesson-group").queryAll().forEach(n -> {
            if (n.isVisible() && n instanceof javafx.scene.control.Label l) {
                shown.add(l.getText());
            }
        });
        assertTrue(shown.contains(Examples.all().get(0).group()), shown.toString());
    }

    @Test
    void selectingALessonShowsItsExplanation(FxRobot robot) {
        robot.interact(() -> panel.select("lock_counter.py"));
        Example lesson = Examples.byName("lock_counter.py").orElseThrow();
        assertEquals(lesson, panel.selected().orElseThrow());
        String shown = panel.explanation().shownText();
        assertEquals(Markdown.plainText(lesson.explanation().orElseThrow()), shown);
        assertTrue(shown.startsWith("Lock: a lost update without one\n"), shown);
        assertTrue(shown.contains("What to watch\n"), shown);
        assertTrue(shown.contains("What to try\n"), shown);
        assertTrue(shown.contains("Python docs: Synchronization Primitives \u2014 asyncio.Lock"), shown);
        // inline code is drawn as code
        assertTrue(robot.lookup(".md-code").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.text.Text t && t.getText().equals("async with lock:")));
        assertFalse(robot.lookup(".md-h2").queryAll().isEmpty());
    }

    @Test
    void theKeyboardChoosesAndOpensALesson(FxRobot robot) {
        robot.interact(panel::focusList);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Example second = Examples.all().get(1);
        assertEquals(second, panel.selected().orElseThrow());
        assertTrue(panel.explanation().shownText().startsWith(second.heading() + "\n"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second.name()), opened);
        robot.clickOn("#openLesson");
        assertEquals(List.of(second.name(), second.name()), opened);
    }
}
