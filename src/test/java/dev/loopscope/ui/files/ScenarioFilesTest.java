package dev.loopscope.ui.files;

import dev.loopscope.examples.Examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.ui.editor.CodeEditor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Open, save, the unsaved-changes prompt and the menus, with scripted dialogs. */
@ExtendWith(ApplicationExtension.class)
class ScenarioFilesTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("dev/loopscope/test/files-" + System.nanoTime());
    private CodeEditor editor;
    private ScenarioFiles files;
    private Stage stage;
    private final Script script = new Script();

    /** Dialog answers given in advance; errors recorded. */
    static final class Script implements ScenarioFiles.Dialogs {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> errors = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Path> chooseOpen(Window owner, Path folder) {
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
        editor = new CodeEditor();
        files = new ScenarioFiles(editor, () -> this.stage, new RecentFiles(prefs));
        files.setDialogs(script);
        stage.titleProperty().bind(files.titleProperty());
        stage.setScene(new Scene(editor, 400, 300));
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void openEditSaveRoundTrip(FxRobot robot) throws IOException {
        Path file = dir.resolve("round.py");
        Files.writeString(file, "import asyncio\n");
        script.answers.add(file);
        robot.interact(() -> assertTrue(files.open()));
        assertEquals("import asyncio\n", editor.getText());
        assertEquals("round.py \u2014 LoopScope", stage.getTitle());
        robot.interact(() -> editor.area().appendText("print(1)\n"));
        assertTrue(files.document().isDirty());
        assertEquals("*round.py \u2014 LoopScope", stage.getTitle());
        robot.interact(() -> assertTrue(files.save()));
        assertEquals("import asyncio\nprint(1)\n", Files.readString(file));
        assertEquals("round.py \u2014 LoopScope", stage.getTitle());
        assertEquals(List.of(file.toAbsolutePath()), files.recentFiles().list());
    }

    @Test
    void anExampleIsAnUntitledCopySaveAsAsksWhere(FxRobot robot) throws IOException {
        Examples.Example example = Examples.all().get(1);
        robot.interact(() -> assertTrue(files.openExample(example)));
        assertEquals(example.text(), editor.getText());
        assertFalse(files.document().isDirty());
        robot.interact(() -> editor.area().appendText("# mine\n"));
        Path target = dir.resolve("copy");
        script.answers.add(target);
        robot.interact(() -> assertTrue(files.save()));
        assertEquals(List.of("save as " + example.name()), script.asked);
        assertEquals(example.text() + "# mine\n", Files.readString(dir.resolve("copy.py")));
        assertEquals(dir.resolve("copy.py").toAbsolutePath(), files.document().getPath());
    }

    @Test
    void unsavedChangesPromptSaveDiscardCancel(FxRobot robot) throws IOException {
        Path a = dir.resolve("a.py");
        Files.writeString(a, "a = 1\n");
        Path b = dir.resolve("b.py");
        Files.writeString(b, "b = 2\n");
        robot.interact(() -> files.load(a));
        robot.interact(() -> editor.area().appendText("changed = True\n"));
        // Cancel: nothing happens
        script.answers.add(ScenarioFiles.Choice.CANCEL);
        robot.interact(() -> assertFalse(files.openPath(b)));
        assertTrue(editor.getText().contains("changed"));
        // Don't Save: b opens, a is as it was
        script.answers.add(ScenarioFiles.Choice.DISCARD);
        robot.interact(() -> assertTrue(files.openPath(b)));
        assertEquals("b = 2\n", editor.getText());
        assertEquals("a = 1\n", Files.readString(a));
        // Save: b is written, then a opens
        robot.interact(() -> editor.area().appendText("more = 3\n"));
        script.answers.add(ScenarioFiles.Choice.SAVE);
        robot.interact(() -> assertTrue(files.openPath(a)));
        assertEquals("b = 2\nmore = 3\n", Files.readString(b));
        assertEquals("a = 1\n", editor.getText());
        assertEquals(List.of("save changes to a.py", "save changes to a.py", "save changes to b.py"), script.asked);
        // no changes: no question
        robot.interact(() -> assertTrue(files.confirmDiscard(stage)));
        assertEquals(3, script.asked.size());
    }

    @Test
    void failuresShowAnErrorAndLoseNothing(FxRobot robot) throws IOException {
        Path binary = dir.resolve("bin.py");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        robot.interact(() -> editor.setText("keep = 1\n"));
        robot.interact(() -> assertFalse(files.load(binary)));
        assertEquals("keep = 1\n", editor.getText());
        assertEquals(1, script.errors.size());
        assertTrue(script.errors.get(0).startsWith("Cannot open bin.py: bin.py: not readable UTF-8"), script.errors.get(0));

        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "");
        robot.interact(() -> assertFalse(files.saveTo(blocker.resolve("x.py"))));
        assertEquals(2, script.errors.size());
        assertTrue(files.document().isDirty(), "still unsaved");
        assertEquals("keep = 1\n", editor.getText());
    }

    @Test
    void menusAndDroppedFiles(FxRobot robot) throws IOException {
        Menu[] examples = new Menu[1];
        List<String> chosen = new ArrayList<>();
        robot.interact(() -> examples[0] = ExamplesMenu.build(e -> chosen.add(e.name())));
        List<MenuItem> items = examples[0].getItems().stream()
                .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).toList();
        assertEquals(Examples.all().size(), items.size());
        assertEquals(Examples.all().get(0).title(), items.get(0).getText());
        robot.interact(() -> items.get(2).fire());
        assertEquals(List.of(Examples.all().get(2).name()), chosen);

        Path a = dir.resolve("a.py");
        Files.writeString(a, "a = 1\n");
        robot.interact(() -> files.load(a));
        Menu[] recent = new Menu[1];
        robot.interact(() -> recent[0] = files.recentMenu());
        assertTrue(recent[0].getItems().get(0).getText().startsWith("a.py"));
        assertEquals("Clear Recent Files", recent[0].getItems().get(recent[0].getItems().size() - 1).getText());

        assertEquals(Optional.of(a), ScenarioFiles.pythonFile(List.of(dir.resolve("x.txt").toFile(), a.toFile())));
        assertEquals(Optional.empty(), ScenarioFiles.pythonFile(List.of(new File(dir.toFile(), "missing.py"))));
    }
}
