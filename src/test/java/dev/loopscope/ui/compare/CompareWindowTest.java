package dev.loopscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.render.CompareLayout;
import dev.loopscope.render.TimeAxis;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare window, headless: the preloaded pair, editing and re-running a side, the exported image. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private CompareWindow window;
    private ComparePane pane;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        // a stage of its own (the primary stage is shared with other test classes, its title bound)
        Stage stage = new Stage();
        window = CompareWindow.build(stage, false);
        pane = window.pane();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
    }

    private void awaitRuns() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> !pane.busyProperty().get() && pane.comparison() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("runs did not end: busy " + pane.busyProperty().get() + ", status "
                    + pane.statusText() + ", " + pane.differenceText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void thePreloadedPairIsSyncVsAsync(FxRobot robot) throws Exception {
        awaitRuns();
        CompareLayout l = pane.comparison();
        assertEquals(3.0, l.total(0), 1e-9);
        assertEquals(1.0, l.total(1), 1e-9);
        assertEquals("3.000 s", label(robot, "#totalA"));
        assertEquals("1.000 s", label(robot, "#totalB"));
        assertEquals("B finishes 2.000 s sooner (3x faster)", label(robot, "#difference"));
        assertTrue(pane.editor(0).getText().contains("time.sleep(1)"));
        assertTrue(pane.editor(1).getText().contains("await asyncio.sleep(1)"));
        assertTrue(pane.editor(1).getText().contains("gather"));
    }

    @Test
    void bothTimelinesShareOneAxisOnScreen(FxRobot robot) throws Exception {
        awaitRuns();
        CompareLayout l = pane.comparison();
        double w = pane.canvas().getWidth();
        assertTrue(w > 600, "canvas width " + w);
        assertTrue(pane.canvas().getHeight() >= l.height() - 1);
        for (double t : new double[] {0, 0.5, 1, 2, 3}) {
            TimeAxis a = l.model(0).axis();
            TimeAxis b = l.model(1).axis();
            Viewport va = l.viewport(0, w);
            Viewport vb = l.viewport(1, w);
            assertEquals(va.px(a.xOfTime(t)), vb.px(b.xOfTime(t)), 1e-9, "x of " + t + " s");
        }
        // B's end is left of A's: about a third of the way
        double endA = l.px(3, w);
        double endB = l.px(1, w);
        assertTrue(endB < endA);
        // hovering a timeline names the run and what is there
        double y = l.frameTop(1) + Viewport.lanesTop() + Viewport.LANE_HEIGHT / 2;
        String said = pane.canvas().describe(l.px(0.5, w), y);
        assertTrue(said.startsWith("Run B: Task-1"), said);
    }

    @Test
    void editingASideAndRunningItAgainUpdatesItsTotal(FxRobot robot) throws Exception {
        awaitRuns();
        robot.interact(() -> pane.editor(0).area().replaceText(
                pane.editor(0).getText().replace("time.sleep(1)", "time.sleep(2)")));
        assertTrue(label(robot, "#totalA").contains("edited"), label(robot, "#totalA"));
        robot.clickOn("#runA");
        awaitRuns();
        assertEquals(6.0, pane.comparison().total(0), 1e-9);
        assertEquals("6.000 s", label(robot, "#totalA"));
        assertEquals("B finishes 5.000 s sooner (6x faster)", label(robot, "#difference"));

        // B edited, both run again with Ctrl+Enter from inside B's editor
        robot.interact(() -> pane.editor(1).area().replaceText(
                pane.editor(1).getText().replace("asyncio.sleep(1)", "asyncio.sleep(4)")));
        robot.clickOn("#editorB");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        awaitRuns();
        assertEquals(4.0, pane.comparison().total(1), 1e-9);
        assertEquals("4.000 s", label(robot, "#totalB"));
        assertEquals("B finishes 2.000 s sooner (1.5x faster)", label(robot, "#difference"));
    }

    @Test
    void aSyntaxErrorIsShownOnItsSide(FxRobot robot) throws Exception {
        awaitRuns();
        robot.interact(() -> pane.editor(1).setText("import asyncio\ndef broken(:\n    pass\n"));
        robot.clickOn("#runB");
        awaitRuns();
        assertEquals("not run", label(robot, "#totalB"));
        assertNotNull(pane.editor(1).getDiagnostic());
        assertTrue(pane.statusText().contains("line 2"), pane.statusText());
        assertEquals("Run B to compare it with A", label(robot, "#difference"));
    }

    @Test
    void thePresetMenuOffersSequentialAwaitsVsTasks(FxRobot robot) throws Exception {
        awaitRuns();
        ComparePresets.Preset p = ComparePresets.all().stream()
                .filter(x -> x.name().equals(ComparePresets.SEQUENTIAL_VS_TASKS)).findFirst().orElseThrow();
        robot.interact(() -> pane.load(p));
        awaitRuns();
        assertTrue(pane.editor(1).getText().contains("create_task"));
        assertEquals(3.0, pane.comparison().total(0), 1e-9);
        assertEquals(2.0, pane.comparison().total(1), 1e-9);
        assertEquals("B finishes 1.000 s sooner (1.5x faster)", label(robot, "#difference"));
        assertEquals(p.titleB(), pane.titleField(1).getText());
    }

    @Test
    void theComparisonExportsAsOnePng(FxRobot robot) throws Exception {
        awaitRuns();
        Path file = dir.resolve("compare");
        pane.setExportChooser((owner, name) -> Optional.of(file));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("compare.png");
        assertTrue(Files.exists(png), pane.statusText());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "the PNG decodes");
        CompareLayout l = pane.comparison();
        double scale = CompareExport.PNG_SCALE;
        assertEquals((int) Math.ceil(l.height() * scale), image.getHeight());
        assertEquals((int) Math.ceil(pane.canvas().drawWidth() * scale), image.getWidth());
        TimelineTheme theme = TimelineTheme.LIGHT;
        // A's lane (Task-1, main) in A's band; B's four lanes' colours in B's band
        assertTrue(has(image, l.frameTop(0), l.frameHeight(0), scale, theme.task(0)), "A's lane colour");
        for (int lane = 0; lane < 4; lane++) {
            assertTrue(has(image, l.frameTop(1), l.frameHeight(1), scale, theme.task(lane)), "B's lane " + lane);
        }
        assertTrue(!has(image, l.frameTop(0), l.frameHeight(0), scale, theme.task(3)), "A has one task only");

        // and as SVG, the same picture as text
        Path svg = dir.resolve("compare.svg");
        pane.setExportChooser((owner, name) -> Optional.of(svg));
        robot.interact(pane::export);
        String text = Files.readString(svg);
        assertTrue(text.contains("Run A: 3.000 s") && text.contains("Run B: 1.000 s"), "headers in the SVG");
    }

    /** Whether a band of the image (layout y, height) holds a pixel of exactly this colour. */
    private static boolean has(BufferedImage image, double top, double height, double scale,
            dev.loopscope.render.Rgba color) {
        int y0 = (int) Math.ceil(top * scale);
        int y1 = Math.min(image.getHeight(), (int) Math.floor((top + height) * scale));
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == color.rgb()) {
                    return true;
                }
            }
        }
        return false;
    }
}
