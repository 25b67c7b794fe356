package dev.loopscope.ui.files;

import dev.loopscope.ui.MainWindow;
import dev.loopscope.ui.MainWindowController;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No lost work, in the real window: an edit is autosaved; a window that dies without a clean
 * quit leaves it for the next one, which offers Restore / Discard; a save or a clean quit
 * leaves nothing behind; a disk that refuses a save gives a message and keeps the text.
 */
@ExtendWith(ApplicationExtension.class)
class NoLostWorkTest {

    @TempDir
    static Path recoveryDir;

    @TempDir
    Path dir;

    private MainWindowController window;
    private Preferences settings;
    private final List<String> errors = new ArrayList<>();
    private ScenarioFiles.Choice onClose = ScenarioFiles.Choice.DISCARD;

    /** File dialogs answered by the test. */
    private final ScenarioFiles.Dialogs dialogs = new ScenarioFiles.Dialogs() {
        @Override
        public Optional<Path> chooseOpen(Window owner, Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(Window owner, Path folder, String name) {
            return Optional.empty();
        }

        @Override
        public ScenarioFiles.Choice askSaveChanges(Window owner, String name) {
            return onClose;
        }

        @Override
        public void showError(Window owner, String header, String message) {
            errors.add(header + ": " + message);
        }
    };

    @Start
    void start(Stage stage) {
        System.setProperty(Recovery.DIR_PROPERTY, recoveryDir.toString());
        System.setProperty(Autosave.DELAY_PROPERTY, "0.2");
        new Recovery(recoveryDir).clear();
        settings = Preferences.userRoot().node("dev/loopscope/test-" + UUID.randomUUID());
        window = MainWindow.show(stage, null, settings);
        window.files().setDialogs(dialogs);
    }

    @AfterEach
    void tidy() throws BackingStoreException {
        System.setProperty(Recovery.DIR_PROPERTY, "off");
        System.clearProperty(Autosave.DELAY_PROPERTY);
        new Recovery(recoveryDir).clear();
        settings.removeNode();
    }

    private void type(FxRobot robot, MainWindowController w, String text) {
        robot.interact(() -> {
            var area = robot.lookup("#editor").queryAs(dev.loopscope.ui.editor.CodeEditor.class).area();
            area.appendText(text);
        });
    }

    /** Waits until the recovery copy holds exactly the window's current text. */
    private void awaitAutosave(MainWindowController w) throws Exception {
        String text = w.files().document().getText();
        Recovery recovery = new Recovery(recoveryDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> recovery.pending().map(work -> work.text().equals(text)).orElse(false));
        assertTrue(w.autosave().saves() > 0);
    }

    /** A second window, as the next start after a crash: the first is never closed cleanly. */
    private MainWindowController nextStart(FxRobot robot) {
        MainWindowController[] next = new MainWindowController[1];
        robot.interact(() -> {
            next[0] = MainWindow.show(new Stage(), null, settings);
            next[0].files().setDialogs(dialogs);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return next[0];
    }

    private DialogPane offer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recoveryOffer").tryQuery().isPresent());
        return robot.lookup("#recoveryOffer").queryAs(DialogPane.class);
    }

    private void press(FxRobot robot, DialogPane pane, String label) {
        Node button = pane.lookupButton(label.equals("Restore") ? RecoveryOffer.RESTORE : RecoveryOffer.DISCARD);
        assertEquals(label, ((Button) button).getText());
        robot.interact(((Button) button)::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterACrashTheNextStartOffersToRestoreTheUnsavedText(FxRobot robot) throws Exception {
        type(robot, window, "\nprint('unsaved work')\n");
        String edited = window.files().document().getText();
        awaitAutosave(window);

        MainWindowController next = nextStart(robot);
        DialogPane pane = offer(robot);
        assertTrue(pane.getContentText().contains("Unsaved changes to " + window.files().document().getName()),
                pane.getContentText());
        assertFalse(next.files().document().getText().contains("unsaved work"));
        // styled like the window it is asked over (theme and font), not JavaFX's default light dialog
        javafx.scene.Scene owner = ((Stage) pane.getScene().getWindow()).getOwner().getScene();
        assertFalse(owner.getStylesheets().isEmpty());
        assertEquals(owner.getStylesheets(), pane.getStylesheets());
        assertEquals(owner.getRoot().getStyle(), pane.getStyle());
        press(robot, pane, "Restore");

        assertEquals(edited, robot.lookup("#editor").nth(1).queryAs(dev.loopscope.ui.editor.CodeEditor.class).getText());
        assertEquals(edited, next.files().document().getText());
        assertTrue(next.files().document().isDirty());
        assertTrue(next.files().document().getTitle().startsWith("*"));
    }

    @Test
    void discardForgetsTheCopy(FxRobot robot) throws Exception {
        type(robot, window, "\nx = 'throw away'\n");
        awaitAutosave(window);
        MainWindowController next = nextStart(robot);
        press(robot, offer(robot), "Discard");
        assertTrue(new Recovery(recoveryDir).pending().isEmpty());
        assertFalse(next.files().document().getText().contains("throw away"));
        assertFalse(next.files().document().isDirty());
    }

    @Test
    void restoredWorkBelongsToItsFileAgain(FxRobot robot) throws Exception {
        Path file = dir.resolve("mine.py");
        Files.writeString(file, "print('on disk')\n");
        robot.interact(() -> assertTrue(window.files().load(file)));
        type(robot, window, "print('edited')\n");
        awaitAutosave(window);

        MainWindowController next = nextStart(robot);
        press(robot, offer(robot), "Restore");
        EditorDocument doc = next.files().document();
        assertEquals(file.toAbsolutePath(), doc.getPath().toAbsolutePath());
        assertEquals("print('on disk')\nprint('edited')\n", doc.getText());
        assertEquals("print('on disk')\n", doc.getSavedText());
        assertTrue(doc.isDirty());
        // and Save writes it back where it came from, which clears the copy
        robot.interact(() -> assertTrue(next.files().save()));
        assertEquals("print('on disk')\nprint('edited')\n", Files.readString(file));
        assertTrue(new Recovery(recoveryDir).pending().isEmpty());
    }

    @Test
    void savingClearsTheCopy(FxRobot robot) throws Exception {
        type(robot, window, "\n# more\n");
        awaitAutosave(window);
        robot.interact(() -> assertTrue(window.files().saveTo(dir.resolve("saved.py"))));
        assertTrue(new Recovery(recoveryDir).pending().isEmpty());
    }

    @Test
    void aCleanQuitLeavesNothingToRecover(FxRobot robot) throws Exception {
        type(robot, window, "\n# more\n");
        awaitAutosave(window);
        onClose = ScenarioFiles.Choice.DISCARD;
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#editor").queryAs(Node.class).getScene().getWindow();
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertTrue(new Recovery(recoveryDir).pending().isEmpty());
        nextStart(robot);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(robot.lookup("#recoveryOffer").tryQuery().isEmpty(), "no offer after a clean quit");
    }

    @Test
    void aFullDiskGivesAMessageAndKeepsTheText(FxRobot robot) throws Exception {
        Path file = dir.resolve("full.py");
        Files.writeString(file, "print('old')\n");
        robot.interact(() -> window.files().load(file));
        type(robot, window, "print('new')\n");
        String text = window.files().document().getText();
        window.files().setStore((target, t) -> FileStore.failure(target, new IOException("No space left on device")));

        robot.interact(() -> assertFalse(window.files().save()));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("the disk is full"), errors.get(0));
        assertTrue(errors.get(0).contains("your text is still in the editor"), errors.get(0));
        assertEquals(text, window.files().document().getText());
        assertTrue(window.files().document().isDirty());
        assertEquals("print('old')\n", Files.readString(file));
        // the unsaved text still reaches the recovery copy
        awaitAutosave(window);
        assertEquals(text, new Recovery(recoveryDir).pending().orElseThrow().text());
    }

    @Test
    void aReadOnlyFolderGivesAMessage(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        assertTrue(folder.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as root: permissions do not bind");
            type(robot, window, "# x\n");
            robot.interact(() -> assertFalse(window.files().saveTo(folder.resolve("a.py"))));
            assertTrue(errors.get(0).contains("permission denied"), errors.get(0));
            assertTrue(window.files().document().isDirty());
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    @Test
    void anAutosaveThatFailsIsReportedNotSilent(FxRobot robot) throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "");
        List<String> problems = new ArrayList<>();
        EditorDocument doc = new EditorDocument();
        robot.interact(() -> {
            Autosave a = new Autosave(doc, new Recovery(blocker.resolve("sub")), javafx.util.Duration.millis(50));
            a.onProblem(problems::add);
            doc.setText("edited");
            a.saveNow();
        });
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Autosave failed: Cannot keep a recovery copy"), problems.get(0));
        assertNotNull(doc.getText());
        assertNull(window.files().document().getPath());
    }
}
