package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.editor.CodeEditor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
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
 * The window as a user meets it (headless under Monocle in {@code mvn verify}): the tutorial
 * example runs at start, keys step through it, and the panels show what the loop holds. The
 * assertions read the scene graph (cells, labels), not the view models.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;
    private MainWindowController window;
    private Preferences settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // a node of its own: the test never reads or writes the user's settings
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
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        settle(robot);
    }

    private void seek(FxRobot robot, int position) {
        robot.interact(() -> playback().seek(position));
        settle(robot);
    }

    /** Lets the lists lay out their cells for what changed. */
    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The texts of the filled cells of a list, top to bottom, as drawn. */
    private static List<String> cells(FxRobot robot, String listId) {
        ListView<?> list = robot.lookup(listId).queryAs(ListView.class);
        List<ListCell<?>> filled = new ArrayList<>();
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible() && cell.getItem() != null) {
                filled.add(cell);
            }
        }
        filled.sort(Comparator.comparingInt(ListCell::getIndex));
        List<String> texts = new ArrayList<>();
        int last = -1;
        for (ListCell<?> cell : filled) {
            if (cell.getIndex() != last) {
                texts.add(cell.getText());
                last = cell.getIndex();
            }
        }
        return texts;
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass));
    }

    /** The position just after the first event of this kind for which {@code which} holds. */
    private int after(Class<? extends Event> kind, java.util.function.Predicate<Event> which) {
        Replay replay = playback().replay();
        for (int i = 0; i < replay.size(); i++) {
            if (kind.isInstance(replay.event(i)) && which.test(replay.event(i))) {
                return i + 1;
            }
        }
        throw new AssertionError(kind);
    }

    /** What all panels show, for comparing two visits of one position. */
    private List<Object> panels(FxRobot robot) {
        List<Object> all = new ArrayList<>();
        for (String id : List.of("#readyList", "#timerList", "#taskList", "#requestList", "#consoleList")) {
            all.add(cells(robot, id));
        }
        all.add(text(robot, "#clock"));
        all.add(text(robot, "#narration"));
        all.add(text(robot, "#stepCounter"));
        return all;
    }

    @Test
    void opensWithTheTutorialExampleAndRunsIt(FxRobot robot) throws Exception {
        assertEquals("LoopScope", stage.getTitle());
        assertFalse(stage.getIcons().isEmpty(), "window icon");
        CodeEditor editor = robot.lookup("#editor").queryAs(CodeEditor.class);
        assertTrue(editor.getText().contains("async def fetch_data"), editor.getText());
        assertTrue(editor.getText().contains("asyncio.run(main())"), editor.getText());
        Button run = robot.lookup("#runButton").queryButton();
        assertTrue(run.getText().contains("Run"), run.getText());
        awaitRun(robot);
        assertFalse(run.isDisabled());
        int size = playback().sizeProperty().get();
        assertEquals("event 0 / " + size, text(robot, "#stepCounter"));
        assertTrue(text(robot, "#narration").startsWith("Before the first event"));
        assertTrue(text(robot, "#status").startsWith("Ran tutorial_create_task.py"), text(robot, "#status"));
        assertEquals(size, robot.lookup("#scrubber").queryAs(Slider.class).getMax());
    }

    @Test
    void arrowKeysStepAndThePanelsShowTheLoop(FxRobot robot) throws Exception {
        awaitRun(robot);
        int target = after(Event.TaskSuspended.class, e -> ((Event.TaskSuspended) e).task() == 2);
        seek(robot, target - 3);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.RIGHT);
        assertEquals(target, playback().position());
        assertEquals("event " + target + " / " + playback().sizeProperty().get(), text(robot, "#stepCounter"));
        assertEquals(List.of("resume Task-3 (process_data)"), cells(robot, "#readyList"));
        List<String> timers = cells(robot, "#timerList");
        assertEquals(1, timers.size());
        assertTrue(timers.get(0).startsWith("t = 2.0 in 2.0 s wakes Task-2 (fetch_data)"), timers.get(0));
        assertEquals("0.0 s", text(robot, "#clock"));
        List<String> tasks = cells(robot, "#taskList");
        assertEquals(3, tasks.size());
        assertTrue(tasks.get(0).startsWith("Task-1 waiting awaits Task-2"), tasks.get(0));
        assertTrue(tasks.get(1).startsWith("Task-2 waiting awaits sleep until 2.0 at line 7"), tasks.get(1));
        assertTrue(tasks.get(2).startsWith("Task-3 created"), tasks.get(2));
        // the state is a pseudo-class, coloured by the theme
        Node task2 = robot.lookup("#taskList").query().lookupAll(".task-cell").stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == 1).findFirst().orElseThrow();
        assertTrue(has(task2, "waiting"), task2.getPseudoClassStates().toString());
        assertEquals(List.of("Start fetching data..."), cells(robot, "#consoleList"));
        assertTrue(text(robot, "#narration").contains("which runs the next ready callback, Task-3 (process_data)"));

        press(robot, KeyCode.LEFT);
        assertEquals(target - 1, playback().position());
        assertEquals(List.of("resume Task-3 (process_data)"), cells(robot, "#readyList"));
        assertTrue(cells(robot, "#taskList").get(1).startsWith("Task-2 running"), cells(robot, "#taskList").toString());
    }

    @Test
    void laterTheTimerFiresAndTheConsoleFills(FxRobot robot) throws Exception {
        awaitRun(robot);
        int done = after(Event.TaskDone.class, e -> ((Event.TaskDone) e).task() == 3);
        seek(robot, done);
        assertEquals("1.0 s", text(robot, "#clock"));
        assertEquals(List.of("Start fetching data...", "Start processing data...", "Done processing data"),
                cells(robot, "#consoleList").stream().toList());
        List<String> timers = cells(robot, "#timerList");
        assertTrue(timers.get(0).startsWith("t = 2.0 in 1.0 s wakes Task-2"), timers.toString());
        assertTrue(cells(robot, "#taskList").get(2).startsWith("Task-3 done returned 'Processed Data'"),
                cells(robot, "#taskList").toString());
        ListView<?> console = robot.lookup("#consoleList").queryAs(ListView.class);
        Node newest = console.lookupAll(".console-cell").stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == 2).findFirst().orElseThrow();
        assertTrue(has(newest, "newest"));
    }

    @Test
    void steppingBackAndForthReturnsIdenticalPanels(FxRobot robot) throws Exception {
        awaitRun(robot);
        int size = playback().sizeProperty().get();
        for (int p : new int[] {5, 20, size - 6}) {
            seek(robot, p);
            List<Object> before = panels(robot);
            for (int i = 0; i < 4; i++) {
                press(robot, KeyCode.RIGHT);
            }
            for (int i = 0; i < 4; i++) {
                press(robot, KeyCode.LEFT);
            }
            assertEquals(before, panels(robot), "at " + p);
        }
    }

    @Test
    void roundTaskStepStartEndPlayAndSpeedKeys(FxRobot robot) throws Exception {
        awaitRun(robot);
        Replay replay = playback().replay();
        press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals(replay.nextRound(0) + 1, playback().position());
        assertEquals("round 1", text(robot, "#roundLabel"));
        assertTrue(text(robot, "#narration").startsWith("Loop round 1 begins"), text(robot, "#narration"));
        int round = playback().position();
        press(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(replay.nextTaskStep(round), playback().position());
        assertTrue(text(robot, "#narration").startsWith("The loop runs Task-1 (main) for the first time"));
        press(robot, KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(0, playback().position());
        press(robot, KeyCode.END);
        assertEquals(replay.size(), playback().position());
        assertEquals(replay.size(), (int) robot.lookup("#scrubber").queryAs(Slider.class).getValue());
        press(robot, KeyCode.HOME);
        assertEquals(0, playback().position());
        press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        press(robot, KeyCode.CONTROL, KeyCode.LEFT);
        assertEquals(replay.nextRound(0) + 1, playback().position());

        press(robot, KeyCode.PLUS);
        assertEquals(3, playback().speedIndexProperty().get());
        press(robot, KeyCode.MINUS);
        press(robot, KeyCode.MINUS);
        assertEquals(1, playback().speedIndexProperty().get());

        press(robot, KeyCode.SPACE);
        assertTrue(playback().playingProperty().get());
        assertTrue(robot.lookup("#playButton").queryButton().getText().contains("Pause"));
        press(robot, KeyCode.SPACE);
        assertFalse(playback().playingProperty().get());
    }

    @Test
    void playingAdvancesOnItsOwn(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> playback().speedIndexProperty().set(PlaybackViewModel.SPEEDS.length - 1));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playback().position() > 10);
        robot.clickOn("#playButton");
        assertFalse(playback().playingProperty().get());
    }

    @Test
    void keysTypeInTheEditorAndCtrlEnterRunsFromIt(FxRobot robot) throws Exception {
        awaitRun(robot);
        seek(robot, 4);
        robot.interact(window::focusEditor);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.SPACE);
        assertEquals(4, playback().position(), "arrows move the caret, not the playhead");
        assertFalse(playback().playingProperty().get(), "Space types a space");
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.model().runningProperty().get() && playback().position() == 0);
        assertTrue(window.model().modifiedProperty().get());
    }

    @Test
    void aBrokenScenarioIsReportedWithItsLine(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> window.editor().setText("import asyncio\n\nasync def main(:\n    pass\n"));
        robot.interact(() -> window.actions().get("run").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains("did not run: line 3"), status.getText());
        assertTrue(has(status, "problem"));
        assertNotNull(window.model().diagnosticProperty().get());
        assertEquals(3, window.model().diagnosticProperty().get().span().line());
        assertEquals("no run", text(robot, "#stepCounter"));
    }

    @Test
    void aFailingScenarioShowsItsErrorInConsoleAndNarration(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> window.editor().setText("import asyncio\n\nasync def main():\n    print('hi')\n"
                + "    await asyncio.sleep(1)\n    raise ValueError('boom')\n\nasyncio.run(main())\n"));
        robot.interact(() -> window.actions().get("run").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.model().runningProperty().get() && playback().stopped());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> console = cells(robot, "#consoleList");
        assertEquals("hi", console.get(0));
        assertTrue(console.get(console.size() - 1).contains("ValueError: boom"), console.toString());
        Label narration = robot.lookup("#narration").queryAs(Label.class);
        assertTrue(narration.getText().contains("ValueError: boom"), narration.getText());
        assertTrue(has(narration, "problem"));
        assertTrue(has(robot.lookup("#status").queryAs(Label.class), "problem"));
    }

    @Test
    void themeAndFontSizeAreRememberedInTheGivenNode(FxRobot robot) throws Exception {
        awaitRun(robot);
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
        robot.interact(() -> window.actions().get("dark").fire());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        assertTrue(settings.getBoolean("theme.dark", false));
        double size = window.model().fontSizeProperty().get();
        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(size + 1, window.model().fontSizeProperty().get());
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(size - 1, settings.getDouble("font.size", 0));
        robot.interact(window::saveLayout);
        assertNotNull(settings.get("split.main", null));
        assertTrue(settings.getDouble("window.width", 0) > 0);
    }

    @Test
    void panelsCanBeHiddenAndShownAgain(FxRobot robot) throws Exception {
        awaitRun(robot);
        robot.interact(() -> window.actions().get("showNetwork").fire());
        assertTrue(robot.lookup("#requestList").tryQuery().isEmpty(), "network hidden");
        assertFalse(settings.getBoolean("panel.Network", true));
        robot.interact(() -> window.actions().get("showNetwork").fire());
        assertTrue(robot.lookup("#requestList").tryQuery().isPresent(), "network back");
    }
}
