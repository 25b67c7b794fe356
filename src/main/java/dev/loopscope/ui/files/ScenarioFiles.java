package dev.loopscope.ui.files;

import dev.loopscope.examples.Examples;
import dev.loopscope.ui.Alerts;
import dev.loopscope.ui.editor.CodeEditor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Open, Save, Save As, recent files, the unsaved-changes prompt and dropping a file, for one
 * {@link CodeEditor}. The logic lives in {@link EditorDocument}, {@link FileStore} and
 * {@link RecentFiles}; this class adds the dialogs ({@link Dialogs}, replaceable in tests).
 *
 * <pre>
 *   ScenarioFiles files = new ScenarioFiles(editor, () -> stage);
 *   stage.titleProperty().bind(files.titleProperty());
 *   menu: files.open(), files.save(), files.saveAs(), files.recentMenu(), ExamplesMenu.build(files::openExample)
 *   stage.setOnCloseRequest(e -> { if (!files.confirmDiscard(stage)) e.consume(); });
 *   ScenarioFiles.installDropTarget(root, files::openPath);
 * </pre>
 */
public final class ScenarioFiles {

    /** The user's answer when there are unsaved changes. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    /** The dialogs this class shows; {@link FxDialogs} by default. */
    public interface Dialogs {
        Optional<Path> chooseOpen(Window owner, Path folder);

        Optional<Path> chooseSave(Window owner, Path folder, String name);

        Choice askSaveChanges(Window owner, String name);

        void showError(Window owner, String header, String message);
    }

    private final CodeEditor editor;
    private final java.util.function.Supplier<Window> owner;
    private final EditorDocument document;
    private final RecentFiles recent;
    private Dialogs dialogs = new FxDialogs();
    private Path lastFolder;

    public ScenarioFiles(CodeEditor editor, java.util.function.Supplier<Window> owner) {
        this(editor, owner, new RecentFiles());
    }

    public ScenarioFiles(CodeEditor editor, java.util.function.Supplier<Window> owner, RecentFiles recent) {
        this(editor, owner, recent, new EditorDocument());
    }

    /** Over a document that someone else holds too (the window's view model). */
    public ScenarioFiles(CodeEditor editor, java.util.function.Supplier<Window> owner, RecentFiles recent,
                         EditorDocument document) {
        this.editor = editor;
        this.owner = owner;
        this.recent = recent;
        this.document = document;
        document.untitled("untitled.py", editor.getText());
        document.textProperty().bind(editor.textProperty());
    }

    public void setDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    public EditorDocument document() {
        return document;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** "name.py — LoopScope", "*name.py — LoopScope" with unsaved changes. */
    public ObservableStringValue titleProperty() {
        return document.titleProperty();
    }

    /** New: the prompt, then an empty untitled scenario. */
    public boolean newScenario() {
        if (!confirmDiscard(owner.get())) {
            return false;
        }
        setUntitled("untitled.py", "");
        return true;
    }

    /** Shows {@code text} as a new, clean, untitled scenario called {@code name}. */
    public void setUntitled(String name, String text) {
        editor.setText(text);
        document.untitled(name, editor.getText());
    }

    /** Opens an example as an unsaved copy (after the unsaved-changes prompt). */
    public boolean openExample(Examples.Example example) {
        if (!confirmDiscard(owner.get())) {
            return false;
        }
        setUntitled(example.name(), example.text());
        return true;
    }

    /** Open…: the prompt, then a file chooser (.py), then {@link #load}. */
    public boolean open() {
        Window window = owner.get();
        if (!confirmDiscard(window)) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseOpen(window, startFolder());
        return chosen.isPresent() && load(chosen.get());
    }

    /** Opens {@code file} (recent files, a dropped file): the prompt, then {@link #load}. */
    public boolean openPath(Path file) {
        if (!confirmDiscard(owner.get())) {
            return false;
        }
        return load(file);
    }

    /** Reads {@code file} into the editor (no prompt); an error dialog when it cannot. */
    public boolean load(Path file) {
        FileStore.ReadResult result = FileStore.read(file);
        if (!result.ok()) {
            dialogs.showError(owner.get(), "Cannot open " + file.getFileName(), result.error());
            if (!Files.exists(file)) {
                recent.remove(file);
            }
            return false;
        }
        editor.setText(result.text());
        document.loaded(file, editor.getText());
        remember(file);
        return true;
    }

    /** Save: to the document's file, or Save As when it has none. */
    public boolean save() {
        Path file = document.getPath();
        return file == null ? saveAs() : saveTo(file);
    }

    /** Save As…: a file chooser, then an atomic write. */
    public boolean saveAs() {
        Window window = owner.get();
        Optional<Path> chosen = dialogs.chooseSave(window, startFolder(), document.getName());
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = chosen.get();
        if (!file.getFileName().toString().contains(".")) {
            file = file.resolveSibling(file.getFileName() + ".py");
        }
        return saveTo(file);
    }

    /** How text reaches the disk; {@link FileStore#write} unless a test injects a failing disk. */
    public interface Store {
        FileStore.SaveResult write(Path file, String text);
    }

    private Store store = FileStore::write;

    public void setStore(Store store) {
        this.store = store;
    }

    /** Puts recovered work back: its text, the file it belongs to, and so its unsaved state. */
    public void restore(Recovery.Snapshot work) {
        if (work.file() != null) {
            document.loaded(work.file(), work.savedText());
        } else {
            document.untitled(work.name(), work.savedText());
        }
        editor.setText(work.text());
    }

    /** Writes the editor's text to {@code file} (atomically); an error dialog when it cannot. */
    public boolean saveTo(Path file) {
        String text = editor.getText();
        FileStore.SaveResult result = store.write(file, text);
        if (!result.ok()) {
            dialogs.showError(owner.get(), "Cannot save " + file.getFileName(), result.error());
            return false;
        }
        document.saved(result.file(), text);
        remember(result.file());
        return true;
    }

    /**
     * With unsaved changes, asks Save / Don't Save / Cancel. True when it is fine to go on
     * (nothing to save, saved, or discarded); false on Cancel or a failed save.
     */
    public boolean confirmDiscard(Window window) {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askSaveChanges(window, document.getName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The "Open Recent" menu (refreshed each time it opens). */
    public Menu recentMenu() {
        return recent.buildMenu(this::openPath);
    }

    private void remember(Path file) {
        recent.add(file);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
    }

    private Path startFolder() {
        if (lastFolder != null) {
            return lastFolder;
        }
        List<Path> files = recent.list();
        for (Path f : files) {
            Path parent = f.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- drag and drop

    /** The first .py file among {@code files}, if any. */
    public static Optional<Path> pythonFile(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream().filter(f -> f.getName().toLowerCase().endsWith(".py") && f.isFile())
                .map(File::toPath).findFirst();
    }

    /**
     * Lets the user drop a .py file on {@code target}: the drop is accepted only for one, and
     * {@code open} gets its path. A style class {@code drop-target} is on the node while a
     * suitable file hovers over it.
     */
    public static void installDropTarget(Node target, Consumer<Path> open) {
        target.addEventFilter(DragEvent.DRAG_OVER, e -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles() && pythonFile(board.getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventFilter(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles() && pythonFile(e.getDragboard().getFiles()).isPresent()
                    && !target.getStyleClass().contains("drop-target")) {
                target.getStyleClass().add("drop-target");
            }
        });
        target.addEventFilter(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove("drop-target"));
        target.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = e.getDragboard().hasFiles()
                    ? pythonFile(e.getDragboard().getFiles()) : Optional.empty();
            target.getStyleClass().remove("drop-target");
            if (file.isPresent()) {
                e.setDropCompleted(true);
                e.consume();
                // after the drag ends: a dialog inside the drop handler would block the source
                javafx.application.Platform.runLater(() -> open.accept(file.get()));
            }
        });
    }

    // ---------------------------------------------------------------- the real dialogs

    /** Dialogs with JavaFX's FileChooser and Alert. */
    public static final class FxDialogs implements Dialogs {
        private static FileChooser chooser(String title, Path folder) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Python scenarios (*.py)", "*.py"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return chooser;
        }

        @Override
        public Optional<Path> chooseOpen(Window owner, Path folder) {
            File file = chooser("Open Scenario", folder).showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        }

        @Override
        public Optional<Path> chooseSave(Window owner, Path folder, String name) {
            FileChooser chooser = chooser("Save Scenario As", folder);
            chooser.setInitialFileName(name);
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        }

        @Override
        public Choice askSaveChanges(Window owner, String name) {
            ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
            ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
            alert.initOwner(owner);
            alert.setTitle("Unsaved changes");
            alert.setHeaderText("Save the changes to " + name + "?");
            alert.setContentText("Your changes will be lost if you don't save them.");
            Alerts.styleLike(owner, alert.getDialogPane());
            ButtonType answer = alert.showAndWait().orElse(cancel);
            return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
        }

        @Override
        public void showError(Window owner, String header, String message) {
            Alerts.showError(owner, header, message);
        }
    }
}
