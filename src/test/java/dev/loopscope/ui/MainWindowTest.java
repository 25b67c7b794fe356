package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.render.Rgba;
import dev.loopscope.render.SegmentState;
import dev.loopscope.render.TaskPalette;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.Viewport;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.editor.CodeEditor;
import dev.loopscope.examples.Examples;
import dev.loopscope.ui.files.ScenarioFiles;
import dev.loopscope.ui.timeline.TimelineView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
    private final Script script = new Script();

    @TempDir
    Path dir;

    /** The file dialogs, answered in advance (the files package's seam); what was asked is recorded. */
    static final class Script implements ScenarioFiles.Dialogs {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseOpen(Window owner, Path folder) {
            asked.add("open");
            return Optional.ofNullable((Path) answers.poll());
        }

        @Override
        public Optional<Path> chooseSave(Window owner, Path folder, String name) {
            asked.add("save as " + name);
            return Optional.ofNullable((Path) answers.poll());
        }

        @Override
        public ScenarioFiles.Choice askSaveChanges(Window owner, String name) {
            asked.add("save changes to " + name);
            return (ScenarioFiles.Choice) answers.poll();
        }

        @Override
        public void showError(Window owner, String header, String message) {
            errors.add(header + ": " + message);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // a node of its own: the test never reads or writes the user's settings
        settings = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        window = MainWindow.show(stage, null, settings);
        window.files().setDialogs(script);
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
        assertEquals("tutorial_create_task.py \u2014 LoopScope", stage.getTitle());
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
        assertTrue(window.model().document().isDirty());
        assertTrue(stage.getTitle().startsWith("*tutorial_create_task.py"), stage.getTitle());
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

    // ---- files, examples, timeline and editor marks, wired together ---------------------------

    private static final String SMALL = "import asyncio\n\nasync def main():\n    print('small')\n"
            + "    await asyncio.sleep(1)\n\nasyncio.run(main())\n";

    private void fire(FxRobot robot, String action) {
        robot.interact(() -> window.actions().get(action).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the run that the last action started (its text is in the editor). */
    private void awaitRunOf(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().runningProperty().get()
                && playback().loadedProperty().get() && window.timeline().getModel() != null
                && window.editor().getText().equals(text) && playback().sizeProperty().get() > 0
                && playback().replay().size() == window.timeline().getModel().eventCount());
        settle(robot);
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> window.editor().area().appendText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openEditSaveAndSaveAsRoundTripThroughTheFiles(FxRobot robot) throws Exception {
        awaitRun(robot);
        Path file = dir.resolve("small.py");
        Files.writeString(file, SMALL, StandardCharsets.UTF_8);
        script.answers.add(file);
        fire(robot, "open");
        assertEquals(List.of("open"), script.asked, "a clean example opens without a prompt");
        awaitRunOf(robot, SMALL);
        assertEquals("small.py \u2014 LoopScope", stage.getTitle());
        assertEquals(file, window.model().document().getPath());
        assertTrue(text(robot, "#status").startsWith("Ran small.py"), text(robot, "#status"));
        assertEquals(List.of("small"), playback().replay().size() > 0 ? consoleAtEnd(robot) : List.of());

        type(robot, "# edited\n");
        assertEquals("*small.py \u2014 LoopScope", stage.getTitle());
        fire(robot, "save");
        assertEquals(SMALL + "# edited\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("small.py \u2014 LoopScope", stage.getTitle());
        assertTrue(text(robot, "#status").startsWith("Saved"), text(robot, "#status"));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "the atomic save leaves no temporary file");
        }

        Path copy = dir.resolve("copy");
        script.answers.add(copy);
        fire(robot, "saveAs");
        Path saved = dir.resolve("copy.py");
        assertEquals(SMALL + "# edited\n", Files.readString(saved, StandardCharsets.UTF_8));
        assertEquals("copy.py \u2014 LoopScope", stage.getTitle());
        assertEquals(List.of(saved, file), window.files().recentFiles().list());
        assertTrue(script.errors.isEmpty(), script.errors.toString());
    }

    private List<String> consoleAtEnd(FxRobot robot) {
        seek(robot, playback().sizeProperty().get());
        return cells(robot, "#consoleList");
    }

    @Test
    void openingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        awaitRun(robot);
        String original = window.editor().getText();
        type(robot, "# mine\n");
        script.answers.add(ScenarioFiles.Choice.CANCEL);
        fire(robot, "open");
        assertEquals(List.of("save changes to tutorial_create_task.py"), script.asked);
        assertEquals(original + "# mine\n", window.editor().getText(), "Cancel keeps the text");

        Path file = dir.resolve("small.py");
        Files.writeString(file, SMALL, StandardCharsets.UTF_8);
        script.asked.clear();
        script.answers.add(ScenarioFiles.Choice.DISCARD);
        script.answers.add(file);
        fire(robot, "open");
        assertEquals(List.of("save changes to tutorial_create_task.py", "open"), script.asked);
        awaitRunOf(robot, SMALL);
        assertEquals("small.py \u2014 LoopScope", stage.getTitle());

        // New asks too, then shows an empty scenario and no run
        type(robot, "# more\n");
        script.asked.clear();
        script.answers.add(ScenarioFiles.Choice.DISCARD);
        fire(robot, "new");
        assertEquals(List.of("save changes to small.py"), script.asked);
        assertEquals("", window.editor().getText());
        assertEquals("untitled.py \u2014 LoopScope", stage.getTitle());
        assertEquals("no run", text(robot, "#stepCounter"));
        assertEquals(null, window.timeline().getModel());

        // closing the window asks as well; Cancel keeps it open
        type(robot, "print('x')\n");
        script.asked.clear();
        script.answers.add(ScenarioFiles.Choice.CANCEL);
        WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.getOnCloseRequest().handle(close));
        assertEquals(List.of("save changes to untitled.py"), script.asked);
        assertTrue(close.isConsumed(), "Cancel keeps the window open");
    }

    @Test
    void choosingAnExampleLoadsAndRunsIt(FxRobot robot) throws Exception {
        awaitRun(robot);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu examples = bar.getMenus().stream().filter(m -> "examplesMenu".equals(m.getId())).findFirst()
                .orElseThrow();
        assertEquals(Examples.all().size(), examples.getItems().stream()
                .filter(i -> i.getUserData() instanceof Examples.Example).count());
        MenuItem gather = examples.getItems().stream()
                .filter(i -> i.getUserData() instanceof Examples.Example e && e.name().equals("tutorial_gather.py"))
                .findFirst().orElseThrow();
        robot.interact(gather::fire);
        String text = Examples.byName("tutorial_gather.py").orElseThrow().text();
        awaitRunOf(robot, text);
        assertEquals("tutorial_gather.py \u2014 LoopScope", stage.getTitle());
        assertTrue(text(robot, "#status").startsWith("Ran tutorial_gather.py"), text(robot, "#status"));
        assertTrue(script.asked.isEmpty(), "no prompt without changes: " + script.asked);
    }

    @Test
    void theTimelineShowsTheRunAndAClickMovesThePlayback(FxRobot robot) throws Exception {
        awaitRun(robot);
        TimelineView view = window.timeline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.getModel() != null);
        settle(robot);
        TimelineModel m = view.getModel();
        assertEquals(playback().sizeProperty().get(), m.eventCount());
        assertEquals(3, m.laneCount());
        assertTrue(view.getHeight() >= Viewport.fullHeight(3) - 1, "room for the three lanes: " + view.getHeight());

        // Task-1's first running step, in its colour
        Viewport vp = view.getViewport();
        int seg = -1;
        for (int s = m.segmentsFrom(0); s < m.segmentsTo(0); s++) {
            if (m.segmentState(0, s) == SegmentState.RUNNING) {
                seg = s;
                break;
            }
        }
        assertTrue(seg >= 0);
        double x = (vp.px(m.axis().x(m.segmentStart(0, seg))) + vp.px(m.axis().x(m.segmentEnd(0, seg)))) / 2;
        double y = vp.laneY(0) + Viewport.LANE_HEIGHT / 2;
        List<WritableImage> shot = new ArrayList<>();
        robot.interact(() -> shot.add(view.snapshot(null, null)));
        Color c = shot.get(0).getPixelReader().getColor((int) x, (int) y);
        Rgba want = Rgba.of(TaskPalette.color(0, false));
        double d = Math.abs(want.red() / 255.0 - c.getRed()) + Math.abs(want.green() / 255.0 - c.getGreen())
                + Math.abs(want.blue() / 255.0 - c.getBlue());
        assertTrue(d < 0.06, "Task-1 running at " + x + "," + y + ": " + c);

        // a click two thirds along jumps there: the step counter, the scrubber and the playhead follow
        double cx = vp.plotLeft() + (vp.width() - vp.plotLeft()) * 2 / 3;
        int target = view.jumpTarget(cx);
        assertTrue(target > 0);
        Point2D at = view.localToScreen(cx, view.getHeight() - 8);
        robot.clickOn(at);
        settle(robot);
        assertEquals(target, playback().position());
        assertEquals(target, view.getPlayhead());
        assertEquals("event " + target + " / " + playback().sizeProperty().get(), text(robot, "#stepCounter"));
        press(robot, KeyCode.HOME);
        assertEquals(0, view.getPlayhead(), "the playhead follows the playback");

        robot.interact(() -> window.actions().get("dark").fire());
        assertTrue(view.isDarkTheme());
        assertTrue(window.editor().isDark());
    }

    @Test
    void editorMarksFollowSteppingAndGoOnEdit(FxRobot robot) throws Exception {
        awaitRun(robot);
        CodeEditor editor = window.editor();
        int target = after(Event.TaskSuspended.class, e -> ((Event.TaskSuspended) e).task() == 2);
        seek(robot, target - 1);
        int running = editor.getExecutingLine();
        assertTrue(running > 0, "Task-2 runs");
        assertEquals(playback().executingLineProperty().get(), running);
        assertTrue(editor.taskMarksAt(7).isEmpty());
        press(robot, KeyCode.RIGHT);
        assertEquals(target, playback().position());
        assertEquals(playback().executingLineProperty().get(), editor.getExecutingLine());
        assertEquals(List.of("Task-2"), editor.taskMarksAt(7).stream().map(CodeEditor.TaskMark::taskName).toList(),
                "Task-2 waits at its sleep, line 7");
        press(robot, KeyCode.LEFT);
        assertEquals(running, editor.getExecutingLine());
        assertTrue(editor.taskMarksAt(7).isEmpty());
        press(robot, KeyCode.RIGHT);
        assertFalse(editor.taskMarksAt(7).isEmpty());

        type(robot, "# a change\n");
        assertEquals(0, editor.getExecutingLine(), "an edit clears the marks");
        assertTrue(editor.taskMarksAt(7).isEmpty());
        press(robot, KeyCode.RIGHT);
        assertEquals(0, editor.getExecutingLine(), "stale until the next run");

        // a refused scenario underlines its span; an edit clears it
        robot.interact(() -> editor.setText("import asyncio\n\nasync def main(:\n    pass\n"));
        fire(robot, "run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> editor.getDiagnostic() != null);
        assertEquals(3, editor.getDiagnostic().span().line());
        assertTrue(editor.diagnosticRange()[1] > editor.diagnosticRange()[0]);
        type(robot, "\n");
        assertEquals(null, editor.getDiagnostic());
        assertEquals(null, window.model().diagnosticProperty().get());
    }
}
