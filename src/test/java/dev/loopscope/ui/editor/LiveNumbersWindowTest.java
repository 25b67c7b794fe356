package dev.loopscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.render.TimelineModel;
import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import dev.loopscope.ui.PlaybackViewModel;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live numbers in the window (headless under Monocle): Ctrl+drag on the 2 of {@code sleep(2)}
 * changes it, the scenario re-runs as it changes and the timeline ends at the new time; the
 * whole drag is one undo step; Alt+Up / Alt+Down step the number at the caret.
 */
@ExtendWith(ApplicationExtension.class)
class LiveNumbersWindowTest {
    private static final String SCENARIO = """
            import asyncio

            async def main():
                print("start")  # 7 is only a comment
                await asyncio.sleep(2)
                print("done")

            asyncio.run(main())
            """;

    private Stage stage;
    private MainWindowController window;
    private Preferences settings;

    @Start
    void start(Stage primary) {
        // a window of its own (closed after each test): the primary stage, shared with the other
        // test classes, keeps its size
        stage = new Stage();
        settings = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        window = MainWindow.show(stage, null, settings);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            // a dragged number leaves unsaved changes: closing must not stop to ask about them
            window.model().document().untitled("live.py", window.model().document().getText());
            stage.close();
        });
        settings.removeNode();
    }

    private CodeArea area() {
        return window.editor().area();
    }

    private PlaybackViewModel playback() {
        return window.model().playback();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !window.model().runningProperty().get() && playback().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The virtual time of the last event of the run on show, as the timeline lays it out. */
    private double endTime() {
        TimelineModel model = window.model().timelineProperty().get();
        return model.event(model.eventCount() - 1).time();
    }

    private void load(FxRobot robot) throws Exception {
        awaitIdle(); // the example the window opens with
        robot.interact(() -> {
            window.files().setUntitled("live.py", SCENARIO);
            window.model().run();
        });
        awaitIdle();
        assertEquals(2.0, endTime(), 1e-9);
        robot.interact(() -> playback().toEnd());
    }

    private int numberOffset() {
        return area().getText().indexOf("sleep(") + "sleep(".length();
    }

    private Point2D centreOfNumber() throws Exception {
        int at = numberOffset();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            area().layout();
            return area().getCharacterBoundsOnScreen(at, at + 1).isPresent();
        }).get());
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow()).get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private boolean numberHasStyle(String style) {
        int at = numberOffset();
        Collection<String> styles = area().getStyleOfChar(at);
        return styles.contains(style);
    }

    @Test
    void ctrlDragOnSleepsNumberRerunsAndTheTimelineFollows(FxRobot robot) throws Exception {
        load(robot);
        LiveNumbers live = window.liveNumbers();
        int runsBefore = live.changes();
        assertFalse(window.model().document().isDirty());

        robot.moveTo(centreOfNumber());
        robot.press(KeyCode.CONTROL);
        robot.moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(live.highlighted(), "Ctrl over a number marks it as draggable");
        assertTrue(live.showsDragCursor());
        robot.interact(() -> area().applyCss());
        assertEquals(Cursor.H_RESIZE, area().getCursor(), "the pointer becomes a sideways arrow");
        assertTrue(numberHasStyle(LiveNumbers.HOVER));

        robot.press(MouseButton.PRIMARY);
        assertTrue(live.isDragging());
        for (int i = 0; i < 6; i++) {
            robot.moveBy(LiveNumbers.PIXELS_PER_STEP / 2, 0); // three steps in all
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(numberHasStyle(LiveNumbers.ACTIVE), "the number being dragged is highlighted");
        assertTrue(area().getText().contains("sleep(5)"), area().getText());
        robot.release(MouseButton.PRIMARY);
        robot.release(KeyCode.CONTROL);
        awaitIdle();

        assertFalse(live.isDragging());
        assertFalse(numberHasStyle(LiveNumbers.ACTIVE));
        assertTrue(live.changes() > runsBefore);
        assertTrue(area().getText().contains("await asyncio.sleep(5)\n"), area().getText());
        assertTrue(area().getText().contains("# 7 is only a comment"));
        assertEquals(area().getText(), window.model().document().getText());
        assertTrue(window.model().document().isDirty(), "a dragged number is an edit like any other");
        assertEquals(5.0, endTime(), 1e-9, "the re-run's timeline ends at the new sleep");
        assertEquals(playback().sizeProperty().get(), playback().position(), "the playback stayed at the end");
        assertEquals(5.0, playback().clockProperty().get(), 1e-9);

        robot.interact(() -> area().undo());
        assertTrue(area().getText().contains("sleep(2)"), "the whole drag is one undo step: " + area().getText());
        robot.interact(() -> area().redo());
        assertTrue(area().getText().contains("sleep(5)"));
    }

    private void ctrlDrag(FxRobot robot, double dx) throws Exception {
        robot.moveTo(centreOfNumber());
        robot.press(KeyCode.CONTROL);
        robot.moveBy(1, 0);
        robot.press(MouseButton.PRIMARY);
        robot.moveBy(dx, 0);
        robot.release(MouseButton.PRIMARY);
        robot.release(KeyCode.CONTROL);
        awaitIdle();
    }

    @Test
    void eachDragIsItsOwnUndoStep(FxRobot robot) throws Exception {
        load(robot);
        ctrlDrag(robot, LiveNumbers.PIXELS_PER_STEP * 6);
        assertTrue(area().getText().contains("sleep(8)"), area().getText());
        ctrlDrag(robot, -LiveNumbers.PIXELS_PER_STEP * 3);
        assertTrue(area().getText().contains("sleep(5)"), area().getText());
        robot.interact(() -> area().undo());
        assertTrue(area().getText().contains("sleep(8)"), area().getText());
        robot.interact(() -> area().undo());
        assertTrue(area().getText().contains("sleep(2)"), area().getText());
    }

    @Test
    void dragLeftStopsAtZero(FxRobot robot) throws Exception {
        load(robot);
        robot.moveTo(centreOfNumber());
        robot.press(KeyCode.CONTROL); // with the focus on the scrubber, where a run leaves it
        robot.press(MouseButton.PRIMARY);
        robot.moveBy(-LiveNumbers.PIXELS_PER_STEP * 5, 0);
        robot.release(MouseButton.PRIMARY);
        robot.release(KeyCode.CONTROL);
        awaitIdle();
        assertTrue(area().getText().contains("sleep(0)"), area().getText());
        assertEquals(0.0, endTime(), 1e-9);
    }

    @Test
    void aPlainDragStillSelects(FxRobot robot) throws Exception {
        load(robot);
        robot.moveTo(centreOfNumber());
        robot.press(MouseButton.PRIMARY);
        robot.moveBy(40, 0);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(area().getSelectedText().length() > 0);
        assertTrue(area().getText().contains("sleep(2)"));
        assertNull(window.liveNumbers().highlighted());
    }

    @Test
    void altUpAndAltDownStepTheNumberAtTheCaret(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(numberOffset() + 1); // just after the 2
        });
        robot.push(KeyCode.ALT, KeyCode.UP);
        awaitIdle();
        assertTrue(area().getText().contains("sleep(3)"), area().getText());
        assertEquals(3.0, endTime(), 1e-9);
        assertEquals(numberOffset() + 1, area().getCaretPosition(), "the caret stays after the number");

        robot.push(KeyCode.SHIFT, KeyCode.ALT, KeyCode.UP);
        awaitIdle();
        assertTrue(area().getText().contains("sleep(13)"), area().getText());
        assertEquals(13.0, endTime(), 1e-9);

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        awaitIdle();
        assertTrue(area().getText().contains("sleep(12)"), area().getText());
        assertEquals(12.0, endTime(), 1e-9);
    }

    @Test
    void altUpAwayFromANumberLeavesTheTextAlone(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(area().getText().indexOf("# 7") + 3); // after the comment's 7
        });
        String before = area().getText();
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, area().getText());
    }
}
