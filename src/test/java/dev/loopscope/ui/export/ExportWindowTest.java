package dev.loopscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.export.ExportFormat;
import dev.loopscope.export.ExportOptions;
import dev.loopscope.export.MiniJson;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exporting from the window (headless under Monocle): the tutorial run as PNG, SVG and Chrome trace
 * JSON, the loop state as one PNG, the timeline on the clipboard; the dialogs are answered in
 * advance through {@link ExportDialogs}.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    private Stage stage;
    private MainWindowController window;
    private Preferences settings;
    private final Script script = new Script();

    @TempDir
    Path dir;

    /** The export dialogs, answered in advance; what was asked is recorded. */
    static final class Script implements ExportDialogs {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> previews = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        ExportChoices offered;

        @Override
        public Optional<ExportChoices> chooseExport(Window owner, ExportChoices initial,
                                                    Function<ExportChoices, String> preview) {
            asked.add("export");
            offered = initial;
            ExportChoices answer = (ExportChoices) answers.poll();
            if (answer != null) {
                previews.add(preview.apply(answer));
            }
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<Path> chooseFile(Window owner, String title, Path folder, String name, ExportFormat format) {
            asked.add("file " + name);
            return Optional.ofNullable((Path) answers.poll());
        }

        @Override
        public void showError(Window owner, String header, String message) {
            errors.add(header + ": " + message);
        }
    }

    @Start
    void start(Stage primary) {
        // a window of its own (closed after each test): the primary stage, shared with the other
        // test classes, keeps its size
        stage = new Stage();
        settings = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        window = MainWindow.show(stage, null, settings);
        window.exporter().setDialogs(script);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(stage::close);
        settings.removeNode();
    }

    private void awaitRun() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().runningProperty().get()
                && window.model().playback().loadedProperty().get() && window.timeline().getModel() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(FxRobot robot, String action) throws Exception {
        robot.interact(() -> window.actions().get(action).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.exporter().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void theTutorialExportsAsPngAtTheAskedWidth(FxRobot robot) throws Exception {
        awaitRun();
        Path png = dir.resolve("tutorial");
        script.answers.add(ExportChoices.DEFAULTS.withSize(ExportChoices.Size.WIDTH).withWidth(1000));
        script.answers.add(png);
        fire(robot, "export");
        assertEquals(List.of("export", "file tutorial_create_task.png"), script.asked);
        assertTrue(script.errors.isEmpty(), script.errors.toString());
        Path written = dir.resolve("tutorial.png");
        BufferedImage image = ImageIO.read(written.toFile());
        assertNotNull(image, "decodes as PNG");
        assertEquals(1000, image.getWidth());
        assertTrue(image.getHeight() > 100, "room for the loop and three lanes: " + image.getHeight());
        assertTrue(script.previews.get(0).startsWith("A PNG of 1,000 \u00d7 " + image.getHeight() + " pixels"),
                script.previews.get(0));
        assertTrue(status(robot).startsWith("Exported the timeline to " + written), status(robot));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(written), files.toList(), "no temporary file left");
        }

        // 2x the screen's width; the next Export starts from the last choices
        script.answers.add(ExportChoices.DEFAULTS.withSize(ExportChoices.Size.X2).withDark(true));
        script.answers.add(dir.resolve("double.png"));
        fire(robot, "export");
        assertEquals(ExportChoices.DEFAULTS.withSize(ExportChoices.Size.WIDTH).withWidth(1000), script.offered);
        BufferedImage twice = ImageIO.read(dir.resolve("double.png").toFile());
        int screen = (int) Math.floor(window.timeline().getWidth());
        assertEquals(2 * Math.max(screen, (int) ExportOptions.MIN_WIDTH), twice.getWidth());
    }

    @Test
    void theTutorialExportsAsSvgWithItsTaskLanes(FxRobot robot) throws Exception {
        awaitRun();
        TimelineModel m = window.timeline().getModel();
        script.answers.add(ExportChoices.DEFAULTS.withFormat(ExportFormat.SVG));
        script.answers.add(dir.resolve("tutorial.svg"));
        fire(robot, "export");
        assertTrue(script.errors.isEmpty(), script.errors.toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(dir.resolve("tutorial.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> lanes = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("lane")) {
                lanes.add(g.getAttribute("data-name"));
            }
        }
        assertEquals(List.of("Task-1", "Task-2", "Task-3"), lanes);
        assertEquals(m.laneCount(), lanes.size());
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Task-2"), "lane names are text");
    }

    @Test
    void theTutorialExportsAsAChromeTraceWithAStepSliceForEachStepLine(FxRobot robot) throws Exception {
        awaitRun();
        TimelineModel m = window.timeline().getModel();
        script.answers.add(ExportChoices.DEFAULTS.withFormat(ExportFormat.JSON));
        script.answers.add(dir.resolve("trace"));
        fire(robot, "export");
        assertEquals(List.of("export", "file tutorial_create_task.json"), script.asked);
        Object parsed = MiniJson.parse(Files.readString(dir.resolve("trace.json")));
        List<?> events = (List<?>) ((Map<?, ?>) parsed).get("traceEvents");
        long slices = events.stream().map(e -> (Map<?, ?>) e)
                .filter(e -> "B".equals(e.get("ph")) && "step".equals(e.get("cat"))).count();
        long stepLines = m.run().loopTrace().lines().filter(l -> l.split(" ").length > 1 && l.split(" ")[1]
                .equals("step")).count();
        assertTrue(stepLines > 0);
        assertEquals(stepLines, slices);
        assertTrue(script.previews.get(0).contains("a track for the loop and one per task (3)"), script.previews.get(0));
    }

    @Test
    void theLoopStateExportsAsOneSnapshotPng(FxRobot robot) throws Exception {
        awaitRun();
        robot.interact(() -> window.model().playback().seek(22));
        WaitForAsyncUtils.waitForFxEvents();
        script.answers.add(dir.resolve("state.png"));
        fire(robot, "exportLoopState");
        assertEquals(List.of("file tutorial_create_task-event-22.png"), script.asked);
        assertTrue(script.errors.isEmpty(), script.errors.toString());
        BufferedImage image = ImageIO.read(dir.resolve("state.png").toFile());
        assertNotNull(image);
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
        double shown = robot.lookup("#readyList").query().getScene().getWidth();
        assertTrue(image.getWidth() > shown / 2, "the panels at twice their size: " + image.getWidth());
        assertTrue(image.getHeight() > 200, "caption and panels: " + image.getHeight());
        assertTrue(status(robot).startsWith("Exported the loop state at event 22"), status(robot));
    }

    @Test
    void copyTimelineImagePutsAnImageOnTheClipboard(FxRobot robot) throws Exception {
        awaitRun();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Copied the timeline"));
        List<Image> images = new ArrayList<>();
        robot.interact(() -> {
            if (Clipboard.getSystemClipboard().hasImage()) {
                images.add(Clipboard.getSystemClipboard().getImage());
            }
        });
        assertEquals(1, images.size(), "an image on the clipboard");
        assertTrue(images.get(0).getWidth() >= ExportOptions.MIN_WIDTH, "" + images.get(0).getWidth());
        assertTrue(images.get(0).getHeight() > 100);
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothing(FxRobot robot) throws Exception {
        awaitRun();
        Path missing = dir.resolve("no-such-folder").resolve("t.png");
        script.answers.add(ExportChoices.DEFAULTS);
        script.answers.add(missing);
        fire(robot, "export");
        assertEquals(1, script.errors.size(), script.errors.toString());
        assertTrue(script.errors.get(0).contains("does not exist"), script.errors.get(0));
        assertTrue(status(robot).startsWith("Cannot export to t.png"), status(robot));
        assertTrue(robot.lookup("#status").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("problem")));
        assertFalse(Files.exists(missing));

        // a cancelled dialog does nothing
        script.asked.clear();
        fire(robot, "export");
        assertEquals(List.of("export"), script.asked);
    }

    @Test
    void menusButtonAndKeysReachTheExport(FxRobot robot) throws Exception {
        awaitRun();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> file = bar.getMenus().get(0).getItems().stream().map(MenuItem::getId).toList();
        assertTrue(file.contains("exportItem") && file.contains("exportLoopStateItem"), file.toString());
        List<String> edit = bar.getMenus().stream().filter(menu -> menu.getText().equals("_Edit")).findFirst()
                .orElseThrow().getItems().stream().map(MenuItem::getId).toList();
        assertTrue(edit.contains("copyTimelineItem"), edit.toString());
        Button button = robot.lookup("#exportButton").queryButton();
        assertFalse(button.isDisabled());
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("export"), script.asked, "the timeline's button opens the Export dialog");
        robot.interact(window::focusEditor);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("export", "export"), script.asked, "Ctrl+E, from the editor too");
    }

    @Test
    void theDialogsControlsGiveItsChoices(FxRobot robot) throws Exception {
        awaitRun();
        TimelineModel m = window.timeline().getModel();
        List<ExportDialog> made = new ArrayList<>();
        robot.interact(() -> made.add(new ExportDialog(ExportChoices.DEFAULTS,
                c -> Exporter.describe(m, c, 1000, window.timeline().getViewport()))));
        ExportDialog dialog = made.get(0);
        assertEquals(ExportChoices.DEFAULTS, dialog.choices());
        robot.interact(() -> {
            ((RadioButton) dialog.getDialogPane().lookup("#export-width")).setSelected(true);
            ((Spinner<?>) dialog.getDialogPane().lookup("#exportWidth")).getEditor().setText("1,500");
            ((RadioButton) dialog.getDialogPane().lookup("#export-dark")).setSelected(true);
            ((RadioButton) dialog.getDialogPane().lookup("#export-transparent")).setSelected(true);
            ((RadioButton) dialog.getDialogPane().lookup("#export-visible")).setSelected(true);
        });
        ExportChoices c = dialog.choices();
        assertEquals(new ExportChoices(ExportFormat.PNG, ExportChoices.Size.WIDTH, 1500, true, true, true), c);
        String preview = ((Label) dialog.getDialogPane().lookup("#exportPreview")).getText();
        assertTrue(preview.startsWith("A PNG of 1,500 \u00d7"), preview);
        robot.interact(() -> ((RadioButton) dialog.getDialogPane().lookup("#export-json")).setSelected(true));
        assertEquals(ExportFormat.JSON, dialog.choices().format());
        assertTrue(dialog.getDialogPane().lookup("#export-dark").isDisabled(), "no theme for a trace");
    }
}
