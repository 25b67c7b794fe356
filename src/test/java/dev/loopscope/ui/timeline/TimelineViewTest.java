package dev.loopscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.render.Rgba;
import dev.loopscope.render.SegmentState;
import dev.loopscope.render.TaskPalette;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import dev.loopscope.trace.Replay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on screen (headless under Monocle): what it draws, and how it answers the mouse and keys. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static Replay tutorial;

    private StackPane root;
    private TimelineView view;
    private final List<Integer> jumps = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setOnJump(jumps::add);
        root = new StackPane(view);
        stage.setScene(new Scene(root, 900, 260));
        stage.show();
    }

    @BeforeEach
    void load(FxRobot robot) throws IOException {
        if (tutorial == null) {
            try (InputStream in = getClass().getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
                tutorial = new Replay(Engine.run("tutorial_create_task.py",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        robot.interact(() -> view.setReplay(tutorial));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage snapshot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<WritableImage> out = new ArrayList<>();
        robot.interact(() -> out.add(view.snapshot(null, null)));
        return out.get(0);
    }

    private static void assertColor(String hex, Color actual, String what) {
        Rgba want = Rgba.of(hex);
        double d = Math.abs(want.red() / 255.0 - actual.getRed()) + Math.abs(want.green() / 255.0 - actual.getGreen())
                + Math.abs(want.blue() / 255.0 - actual.getBlue());
        assertTrue(d < 0.06, what + ": expected " + hex + ", got " + actual);
    }

    /** The middle of the {@code n}-th segment of a lane in this state. */
    private double[] middleOf(int lane, SegmentState state, int n) {
        TimelineModel m = view.getModel();
        Viewport vp = view.getViewport();
        for (int s = m.segmentsFrom(lane); s < m.segmentsTo(lane); s++) {
            if (m.segmentState(lane, s) == state && n-- == 0) {
                double x = (vp.px(m.axis().x(m.segmentStart(lane, s))) + vp.px(m.axis().x(m.segmentEnd(lane, s)))) / 2;
                double y = lane == TimelineModel.LOOP ? Viewport.AXIS_HEIGHT + Viewport.LOOP_HEIGHT / 2
                        : vp.laneY(lane) + Viewport.LANE_HEIGHT / 2;
                return new double[] {x, y};
            }
        }
        throw new AssertionError("no " + state + " segment " + n + " in lane " + lane);
    }

    @Test
    void drawsEachTasksRunningStepsInItsColour(FxRobot robot) {
        assertEquals(3, view.getModel().laneCount());
        WritableImage img = snapshot(robot);
        assertEquals(900, (int) img.getWidth());
        for (int lane = 0; lane < 3; lane++) {
            double[] at = middleOf(lane, SegmentState.RUNNING, 1);
            Color c = img.getPixelReader().getColor((int) at[0], (int) at[1]);
            assertColor(TaskPalette.color(lane, false), c, "Task-" + (lane + 1) + " running at " + at[0]);
        }
        // the loop lane shows Task-2's first step in Task-2's colour
        double[] step = middleOf(TimelineModel.LOOP, SegmentState.STEP, 1);
        assertColor(TaskPalette.color(1, false), img.getPixelReader().getColor((int) step[0], (int) step[1]),
                "loop lane step");
        // a waiting stretch is a thin line: the lane's background just above it (odd lanes are striped)
        double[] wait = middleOf(1, SegmentState.WAITING, 0);
        assertColor(TimelineTheme.LIGHT.laneStripe().hex(),
                img.getPixelReader().getColor((int) wait[0] + 30, (int) wait[1] - 5), "above the waiting line");
        Color line = img.getPixelReader().getColor((int) wait[0] + 30, (int) wait[1]);
        assertTrue(line.getRed() > line.getGreen() + 0.25, "the waiting line, a light Task-2 red: " + line);
    }

    @Test
    void darkThemeRedraws(FxRobot robot) {
        robot.interact(() -> view.setDarkTheme(true));
        WritableImage img = snapshot(robot);
        assertColor(TimelineTheme.DARK.background().hex(), img.getPixelReader().getColor(890, 250), "background");
        double[] at = middleOf(1, SegmentState.RUNNING, 1);
        assertColor(TaskPalette.color(1, true), img.getPixelReader().getColor((int) at[0], (int) at[1]), "dark Task-2");
        robot.interact(() -> view.setDarkTheme(false));
    }

    @Test
    void hoverNamesTheSegmentAndAClickJumpsThere(FxRobot robot) {
        double[] at = middleOf(1, SegmentState.WAITING, 0);
        at[0] = Math.floor(at[0]);
        at[1] = Math.floor(at[1]);
        Point2D screen = view.localToScreen(at[0], at[1]);
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        String hover = view.getHoverText();
        assertTrue(hover.contains("Task-2") && hover.contains("waiting") && hover.contains("sleep until 2 s"), hover);
        assertTrue(hover.contains("0 s \u2192 2 s"), hover);

        jumps.clear();
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, jumps.size());
        int expected = view.getModel().axis().nearestCount(view.getViewport().ux(at[0]));
        assertEquals(expected, jumps.get(0), "jumps to the event boundary nearest the click");
    }

    @Test
    void keysZoomAndPanAndThePlayheadStaysInView(FxRobot robot) {
        robot.clickOn(view.localToScreen(Viewport.LABEL_WIDTH / 2, 100)); // focus (a label: no jump)
        double before = view.getViewport().scale();
        robot.push(KeyCode.ADD);
        robot.push(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getViewport().scale() > before * 1.5, "zoomed in");
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.ADD);
        }
        WaitForAsyncUtils.waitForFxEvents();
        double left = view.getViewport().left();
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getViewport().left() > left, "panned right");

        // the playhead at the end of the run: the view follows it
        int end = view.getModel().eventCount() - 2;
        robot.interact(() -> view.setPlayhead(end));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport vp = view.getViewport();
        double x = vp.px(view.getModel().axis().x(end));
        assertTrue(x >= vp.plotLeft() && x <= vp.width(), "playhead in view at " + x);

        robot.push(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view.getViewport().scale(), 1e-9, "0 fits the run again");
    }

    @Test
    void resizesWithItsParentAndStaysIdle(FxRobot robot) throws Exception {
        robot.interact(() -> root.setPadding(new Insets(0, 200, 0, 0)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.getViewport().width() == view.getWidth());
        assertTrue(view.getWidth() < 800);
        WaitForAsyncUtils.waitForFxEvents();
        int frames = view.getFrameCount();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(frames, view.getFrameCount(), "no redraw without a change");
        robot.interact(() -> view.setPlayhead(10));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getFrameCount() > frames, "a change redraws");
        robot.interact(() -> root.setPadding(Insets.EMPTY));
    }

    @Test
    void emptyViewSaysWhatToDo(FxRobot robot) {
        robot.interact(() -> view.setReplay(null));
        WritableImage img = snapshot(robot);
        assertFalse(img.isError());
        assertEquals("", view.getHoverText());
    }
}
