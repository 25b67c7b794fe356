package dev.loopscope.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** Binds {@code MainWindow.fxml} to a {@link MainViewModel}; holds no state of its own. */
public final class MainWindowController {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final KeyCombination RUN_KEYS =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel model;
    private final CodeArea editor = new CodeArea();
    private Stage stage;

    @FXML
    private StackPane editorHolder;
    @FXML
    private TextArea output;
    @FXML
    private Label status;
    @FXML
    private Label outputTitle;
    @FXML
    private Button runButton;
    @FXML
    private MenuItem runItem;

    MainWindowController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        editor.setId("editor");
        editor.getStyleClass().add("python-editor");
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        editor.textProperty().addListener((obs, old, text) -> {
            editor.setStyleSpans(0, PythonHighlighter.highlight(text));
            model.sourceProperty().set(text);
        });
        model.sourceProperty().addListener((obs, old, text) -> {
            if (!text.equals(editor.getText())) {
                editor.replaceText(text);
                editor.moveTo(0);
                editor.showParagraphAtTop(0);
                editor.getUndoManager().forgetHistory();
            }
        });
        editor.replaceText(model.sourceProperty().get());
        editor.moveTo(0);
        editor.getUndoManager().forgetHistory();
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKeys);
        editorHolder.getChildren().add(new VirtualizedScrollPane<>(editor));

        output.textProperty().bind(model.outputProperty());
        model.outputKindProperty().addListener((obs, old, kind) -> showKind(kind));
        showKind(model.outputKindProperty().get());
        status.textProperty().bind(model.statusProperty());
        runButton.disableProperty().bind(model.runningProperty());
        runItem.disableProperty().bind(model.runningProperty());
    }

    /** Called once the scene exists: window-wide keys and the close request. */
    void attach(Stage stage, Scene scene) {
        this.stage = stage;
        // Ctrl+Enter must reach Run even while the editor has the focus (it would add a line).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (RUN_KEYS.match(event)) {
                event.consume();
                onRun();
            }
        });
        stage.setOnCloseRequest(event -> {
            if (!confirmDiscard()) {
                event.consume();
            }
        });
    }

    /** Loads a scenario file into the editor. */
    void open(Path file) {
        model.open(file);
    }

    void focusEditor() {
        Platform.runLater(() -> {
            editor.moveTo(0);
            editor.showParagraphAtTop(0);
            editor.requestFocus();
        });
    }

    private void showKind(MainViewModel.OutputKind kind) {
        output.pseudoClassStateChanged(PROBLEM, kind == MainViewModel.OutputKind.PROBLEM);
        outputTitle.setText(kind == MainViewModel.OutputKind.PROBLEM ? "Problem" : "Loop trace");
    }

    /** Python-friendly typing: Tab inserts four spaces, Enter keeps (or deepens) the indent. */
    private void editorKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isShortcutDown() && !event.isShiftDown()
                && !event.isAltDown()) {
            editor.replaceSelection("    ");
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()
                && !event.isShiftDown()) {
            String line = editor.getParagraph(editor.getCurrentParagraph()).getText()
                    .substring(0, editor.getCaretColumn());
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (line.stripTrailing().endsWith(":")) {
                indent += 4;
            }
            editor.replaceSelection("\n" + " ".repeat(indent));
            editor.requestFollowCaret();
            event.consume();
        }
    }

    // ---- actions (menu items, the toolbar button and the shortcuts all come here) -------------

    @FXML
    private void onRun() {
        model.run();
    }

    @FXML
    private void onOpen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open scenario");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
        editor.requestFocus();
    }

    @FXML
    private void onSave() {
        if (model.hasFile()) {
            model.saveAs(model.fileProperty().get());
        } else {
            onSaveAs();
        }
    }

    @FXML
    private void onSaveAs() {
        FileChooser chooser = chooser("Save scenario");
        chooser.setInitialFileName(model.scenarioName());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.saveAs(chosen.toPath());
        }
    }

    @FXML
    private void onExample() {
        if (confirmDiscard()) {
            model.loadExample();
        }
    }

    @FXML
    private void onQuit() {
        if (confirmDiscard()) {
            Platform.exit();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Python scenarios (*.py)", "*.py"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** True when there are no unsaved edits, or the user agrees to drop them. */
    private boolean confirmDiscard() {
        if (!model.modifiedProperty().get()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The scenario has unsaved changes. Discard them?", ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle("LoopScope");
        alert.setHeaderText(null);
        alert.initOwner(stage);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
