package dev.loopscope.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.narration.Concept;
import dev.loopscope.narration.NarrationLevel;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.ui.narration.NarrationControls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode and the narration's levels as a teacher meets them: F11 in, the clicker's Page
 * Down / Page Up, the panel choice, Esc out to exactly the window there was; the Beginner /
 * Detailed switch and the lesson link. Assertions read the scene graph and the stage.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
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
                () -> !window.model().runningProperty().get() && playback().loadedProperty().get());
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
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        settle(robot);
    }

    private Node node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    /** Shown: in the window's scene graph, visible along the way up, with some room. */
    private boolean showing(Node n) {
        if (n.getScene() != stage.getScene()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getLayoutBounds().getHeight() > 0;
    }

    private List<SplitPane> splitPanes() {
        List<SplitPane> all = new ArrayList<>();
        collect(stage.getScene().getRoot(), all);
        return all;
    }

    private static void collect(Node n, List<SplitPane> into) {
        if (n instanceof SplitPane s) {
            into.add(s);
            s.getItems().forEach(i -> collect(i, into));
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    /** Everything presenter mode changes, to compare before and after. */
    private Map<String, Object> layout(FxRobot robot) {
        Map<String, Object> facts = new LinkedHashMap<>();
        robot.interact(() -> {
            int i = 0;
            for (SplitPane s : splitPanes()) {
                facts.put("split " + i + " items", List.copyOf(s.getItems()));
                double[] d = s.getDividerPositions();
                for (int k = 0; k < d.length; k++) {
                    // a divider snaps to a whole pixel when laid out: compare to within 0.5 %
                    facts.put("split " + i + " divider " + k, Math.round(d[k] * 200) / 200.0);
                }
                i++;
            }
            facts.put("stylesheets", List.copyOf(stage.getScene().getStylesheets()));
            facts.put("font", stage.getScene().getRoot().getStyle());
            facts.put("fontSize", window.model().fontSizeProperty().get());
            facts.put("dark", window.model().darkProperty().get());
            facts.put("fullScreen", stage.isFullScreen());
            facts.put("menu visible", robot.lookup(".menu-bar").queryAs(MenuBar.class).isVisible());
            facts.put("toolbar visible", robot.lookup(".main-toolbar").query().isVisible());
            facts.put("status visible", robot.lookup(".status-bar").query().isVisible());
        });
        return facts;
    }

    private static boolean projector(List<String> sheets) {
        return sheets.stream().anyMatch(s -> s.endsWith("/" + PresenterMode.PROJECTOR_CSS));
    }

    @Test
    void f11EntersPresenterModeAndEscPutsBackTheWindowThereWas(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> window.model().fontSizeProperty().set(11));
        settle(robot);
        Map<String, Object> before = layout(robot);
        assertFalse(projector(stage.getScene().getStylesheets()));
        assertTrue(showing(node(robot, "#timerList")) && showing(node(robot, "#consoleList")));

        press(robot, KeyCode.F11);
        assertTrue(window.presenter().isActive());
        assertTrue(stage.isFullScreen(), "full screen");
        assertTrue(projector(stage.getScene().getStylesheets()), stage.getScene().getStylesheets().toString());
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("presenter"));
        assertEquals("-fx-font-size: 17.6pt;", stage.getScene().getRoot().getStyle(), "11 pt x 1.6");
        assertFalse(robot.lookup(".menu-bar").query().isVisible());
        assertFalse(robot.lookup(".main-toolbar").query().isVisible());
        // the default panels: editor, ready queue, tasks, timeline, narration; not timers, console, network
        for (String id : List.of("#editor", "#readyList", "#taskList", "#timeline", "#narration", "#presenterClock")) {
            assertTrue(showing(node(robot, id)), id + " shows");
        }
        for (String id : List.of("#timerList", "#consoleList", "#requestList")) {
            assertFalse(robot.lookup(id).tryQuery().map(this::showing).orElse(false), id + " hidden");
        }
        Label clock = robot.lookup("#presenterClock").queryAs(Label.class);
        assertEquals("t = 0.000 s", clock.getText());
        Label narration = robot.lookup("#narration").queryAs(Label.class);
        assertTrue(clock.getFont().getSize() > narration.getFont().getSize() * 1.5,
                "the clock is large: " + clock.getFont().getSize() + " vs " + narration.getFont().getSize());
        assertTrue(narration.getFont().getSize() >= 11 * 1.6 * 1.3, "narration " + narration.getFont().getSize());

        press(robot, KeyCode.ESCAPE);
        assertFalse(window.presenter().isActive());
        assertFalse(robot.lookup("#presenterClock").tryQuery().isPresent(), "the header is gone");
        assertEquals(before, layout(robot));
        assertTrue(showing(node(robot, "#timerList")) && showing(node(robot, "#consoleList")));
    }

    @Test
    void f11AlsoLeavesAndTheDarkThemeComesBack(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> window.model().darkProperty().set(true));
        settle(robot);
        Map<String, Object> before = layout(robot);
        press(robot, KeyCode.F11);
        assertTrue(projector(stage.getScene().getStylesheets()));
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        assertFalse(window.timeline().isDarkTheme(), "the timeline is drawn light on the projector");
        press(robot, KeyCode.F11);
        assertFalse(window.presenter().isActive());
        assertEquals(before, layout(robot));
        assertTrue(window.timeline().isDarkTheme());
    }

    @Test
    void pageDownAndPageUpStepLikeAClicker(FxRobot robot) throws Exception {
        awaitRun(robot);
        press(robot, KeyCode.F11);
        robot.interact(() -> playback().seek(10));
        settle(robot);
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(11, playback().position());
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(12, playback().position());
        press(robot, KeyCode.PAGE_UP);
        assertEquals(11, playback().position());
        press(robot, KeyCode.RIGHT);
        assertEquals(12, playback().position());
        press(robot, KeyCode.LEFT);
        assertEquals(11, playback().position());
        // even with the caret in the editor, the clicker steps
        robot.interact(window::focusEditor);
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(12, playback().position());
        // the clock follows: past the first timer it reads one second
        Replay replay = playback().replay();
        int firstJump = 0;
        while (!(replay.event(firstJump) instanceof Event.ClockAdvanced)) {
            firstJump++;
        }
        int at = firstJump + 1;
        robot.interact(() -> playback().seek(at));
        settle(robot);
        assertEquals("t = 1.000 s", robot.lookup("#presenterClock").queryAs(Label.class).getText());
        press(robot, KeyCode.PAGE_UP);
        assertEquals(at - 1, playback().position());
        assertEquals("t = 0.000 s", robot.lookup("#presenterClock").queryAs(Label.class).getText());
    }

    @Test
    void theTeacherChoosesThePanels(FxRobot robot) throws Exception {
        awaitRun(robot);
        press(robot, KeyCode.F11);
        Map<String, javafx.beans.property.BooleanProperty> choice = window.presenter().panelChoice();
        robot.interact(() -> {
            choice.get("Console").set(true);
            choice.get("Editor").set(false);
            choice.get("Narration").set(false);
        });
        settle(robot);
        assertTrue(showing(node(robot, "#consoleList")));
        assertFalse(robot.lookup("#editor").tryQuery().map(this::showing).orElse(false));
        assertFalse(showing(node(robot, "#narration")));
        assertEquals("Console,Ready,Tasks,Timeline", String.join(",",
                List.of(settings.get(PresenterMode.PANELS_KEY, "").split(",")).stream().sorted().toList()));
        press(robot, KeyCode.ESCAPE);
        assertTrue(showing(node(robot, "#editor")) && showing(node(robot, "#narration")));
    }

    @Test
    void theLevelSwitchRetellsTheStep(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> playback().seek(20));
        settle(robot);
        Label narration = robot.lookup("#narration").queryAs(Label.class);
        String detailed = narration.getText();
        assertTrue(detailed.contains("Under the hood"), detailed);
        robot.clickOn("#narrationBeginner");
        settle(robot);
        String beginner = narration.getText();
        assertNotEquals(detailed, beginner);
        assertFalse(beginner.contains("Under the hood") || beginner.contains("_ready"), beginner);
        assertEquals(NarrationLevel.BEGINNER, playback().narrationLevelProperty().get());
        assertEquals("BEGINNER", settings.get(NarrationControls.LEVEL_KEY, ""));
        assertTrue(robot.lookup("#narrationBeginner").queryAs(ToggleButton.class).isSelected());
        // a click on the level that is on leaves it on
        robot.clickOn("#narrationBeginner");
        settle(robot);
        assertTrue(robot.lookup("#narrationBeginner").queryAs(ToggleButton.class).isSelected());
        assertEquals(beginner, narration.getText());
        robot.clickOn("#narrationDetailed");
        settle(robot);
        assertEquals(detailed, narration.getText());
    }

    @Test
    void theLessonLinkOpensTheLessonInTheLessonsPanel(FxRobot robot) throws Exception {
        awaitRun(robot);
        Replay replay = playback().replay();
        int p = 0;
        while (!(replay.event(p) instanceof Event.TimerAdded)) {
            p++;
        }
        int at = p + 1;
        robot.interact(() -> playback().seek(at));
        settle(robot);
        assertEquals(Concept.TIMERS, playback().conceptProperty().get());
        assertEquals("Concept: " + Concept.TIMERS.title(),
                robot.lookup("#narrationConcept").queryAs(Label.class).getText());
        Hyperlink link = robot.lookup("#lessonLink").queryAs(Hyperlink.class);
        assertEquals("Lesson: Awaiting one by one vs starting tasks \u203a", link.getText());
        assertFalse(robot.lookup("#lessonsPanel").tryQuery().map(this::showing).orElse(false));
        robot.clickOn(link);
        settle(robot);
        assertTrue(showing(node(robot, "#lessonsPanel")));
        assertEquals("sequential_vs_tasks.py", window.lessons().selected().orElseThrow().name());
        // the editor keeps the scenario: the link shows the lesson, it does not replace the code
        assertTrue(window.editor().getText().contains("fetch_data"));
    }

    @Test
    void inPresenterModeTheLessonLinkShowsTheLessonsPanelToo(FxRobot robot) throws Exception {
        awaitRun(robot);
        press(robot, KeyCode.F11);
        robot.interact(() -> playback().seek(5));
        settle(robot);
        robot.clickOn("#lessonLink");
        settle(robot);
        assertTrue(showing(node(robot, "#lessonsPanel")));
        assertTrue(window.presenter().panelChoice().get("Lessons").get());
        press(robot, KeyCode.ESCAPE);
        assertFalse(robot.lookup("#lessonsPanel").tryQuery().map(this::showing).orElse(false),
                "the normal layout had no lessons panel");
    }
}
