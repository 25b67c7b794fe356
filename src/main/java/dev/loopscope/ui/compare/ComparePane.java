package dev.loopscope.ui.compare;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import dev.loopscope.render.CompareLayout;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.ui.compare.ComparePresets.Preset;
import dev.loopscope.ui.editor.CodeEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Compare window's content: two editors side by side (A and B, each with its title, its Run
 * button and its total), a toolbar (the pair presets, Run both, Export image) and below them the
 * two runs one above the other on one virtual time axis ({@link CompareCanvas}). Runs happen off
 * the FX thread, one at a time, on the engine's own thread; a run that is superseded (the side
 * was run again meanwhile) is dropped.
 *
 * <p>Keys: Ctrl+Enter runs both sides (also from inside an editor), Ctrl+Shift+E exports.
 */
public final class ComparePane extends BorderPane {
    /** Where an export goes: the file dialog, or a test's answer. */
    @FunctionalInterface
    public interface ExportChooser {
        Optional<Path> choose(Window owner, String suggestedName);
    }

    public static final KeyCombination RUN_BOTH = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final BiFunction<String, String, RecordedRun> engine;
    private final Executor engineThread;
    private final SidePane[] sides = new SidePane[2];
    private final CompareCanvas canvas = new CompareCanvas();
    private final ComboBox<Preset> presets = new ComboBox<>();
    private final Label difference = new Label();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final RecordedRun[] runs = new RecordedRun[2];
    private final String[] problems = new String[2];
    private final int[] generation = new int[2];
    private final boolean[] running = new boolean[2];
    private CompareLayout layout;
    private ExportChooser chooser = this::chooseWithDialog;
    private Path lastFolder;
    private boolean loading;

    public ComparePane() {
        this(Engine::run, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(null, runnable, "loopscope-compare", 512L << 20);
            thread.setDaemon(true);
            return thread;
        }));
    }

    ComparePane(BiFunction<String, String, RecordedRun> engine, Executor engineThread) {
        this.engine = engine;
        this.engineThread = engineThread;
        getStyleClass().add("compare-pane");
        sides[0] = new SidePane(0);
        sides[1] = new SidePane(1);

        presets.getItems().setAll(ComparePresets.all());
        presets.setId("comparePresets");
        presets.setTooltip(new Tooltip("A pair of scenarios to compare"));
        presets.valueProperty().addListener((obs, old, p) -> {
            if (p != null && !loading) {
                load(p);
            }
        });
        Button runBoth = new Button("\u25b6 Run both");
        runBoth.setId("runBoth");
        runBoth.getStyleClass().add("run-button");
        runBoth.setTooltip(new Tooltip("Run A and B (" + RUN_BOTH.getDisplayText() + ")"));
        runBoth.setOnAction(e -> runBoth());
        Button export = new Button("Export image\u2026");
        export.setId("exportCompare");
        export.setTooltip(new Tooltip("Save the comparison as one PNG or SVG image (" + EXPORT.getDisplayText() + ")"));
        export.setOnAction(e -> export());
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(busy);
        Label pairLabel = new Label("Pair:");
        pairLabel.getStyleClass().add("toolbar-label");
        difference.setId("difference");
        difference.getStyleClass().add("compare-difference");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(pairLabel, presets, new Separator(Orientation.VERTICAL), runBoth, progress,
                new Separator(Orientation.VERTICAL), export, spring, difference);
        bar.getStyleClass().add("main-toolbar");
        setTop(bar);

        SplitPane editors = new SplitPane(sides[0], sides[1]);
        editors.setId("compareEditors");
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setId("compareScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("compare-scroll");
        SplitPane main = new SplitPane(editors, scroll);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.36);
        setCenter(main);

        status.setId("compareStatus");
        status.getStyleClass().add("status-label");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 10, 3, 10));
        setBottom(statusBar);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RUN_BOTH.match(e)) {
                e.consume();
                runBoth();
            } else if (EXPORT.match(e)) {
                e.consume();
                export();
            }
        });
        dark.addListener((obs, old, now) -> {
            canvas.setDark(now);
            for (SidePane s : sides) {
                s.editor.setDark(now);
            }
        });
        canvas.setLayout(layoutNow());
        updateLabels();
        load(ComparePresets.first());
    }

    // ---- what tests and the window use

    /** Loads a pair into both sides and runs them. */
    public void load(Preset preset) {
        loading = true;
        try {
            presets.setValue(preset);
        } finally {
            loading = false;
        }
        sides[0].title.setText(preset.titleA());
        sides[0].editor.setText(preset.textA());
        sides[1].title.setText(preset.titleB());
        sides[1].editor.setText(preset.textB());
        runBoth();
    }

    public CodeEditor editor(int side) {
        return sides[side].editor;
    }

    public TextField titleField(int side) {
        return sides[side].title;
    }

    /** The layout on show (null before the first run ends). */
    public CompareLayout comparison() {
        return layout;
    }

    public CompareCanvas canvas() {
        return canvas;
    }

    public String differenceText() {
        return difference.getText();
    }

    public String totalText(int side) {
        return sides[side].total.getText();
    }

    public String statusText() {
        return status.getText();
    }

    /** True while a run is in progress. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void setExportChooser(ExportChooser chooser) {
        this.chooser = chooser;
    }

    // ---- running

    public void runBoth() {
        run(0);
        run(1);
    }

    public void run(int side) {
        int gen = ++generation[side];
        running[side] = true;
        busy.set(true);
        String text = sides[side].editor.getText();
        String name = CompareLayout.label(side).toLowerCase(java.util.Locale.ROOT) + ".py";
        status.setText("Running " + CompareLayout.label(side) + "\u2026");
        Task<RecordedRun> task = new Task<>() {
            @Override
            protected RecordedRun call() {
                return engine.apply(name, text);
            }
        };
        task.setOnSucceeded(e -> {
            if (gen == generation[side]) {
                finished(side, task.getValue(), null, null);
            }
        });
        task.setOnFailed(e -> {
            if (gen == generation[side]) {
                Throwable ex = task.getException();
                if (ex instanceof Diagnostic.Failure f) {
                    Diagnostic d = f.diagnostic();
                    finished(side, null, d, String.format("%s, line %d: %s: %s", name, d.span().line(), d.kind(),
                            d.message()));
                } else {
                    finished(side, null, null, "internal error: " + ex);
                }
            }
        });
        engineThread.execute(task);
    }

    private void finished(int side, RecordedRun run, Diagnostic diagnostic, String problem) {
        running[side] = false;
        busy.set(running[0] || running[1]);
        runs[side] = run;
        problems[side] = problem;
        SidePane s = sides[side];
        if (diagnostic != null) {
            s.editor.showDiagnostic(diagnostic);
        } else {
            s.editor.clearDiagnostic();
        }
        s.edited = false;
        layout = layoutNow();
        canvas.setLayout(layout);
        updateLabels();
        if (!busy.get()) {
            status.setText(problem != null ? "Run " + CompareLayout.label(side) + ": " + problem
                    : problems[1 - side] != null ? "Run " + CompareLayout.label(1 - side) + ": " + problems[1 - side]
                    : "Ran A and B. Hover a timeline for details; Export image saves both as one picture.");
        }
    }

    private CompareLayout layoutNow() {
        return CompareLayout.of(side(0), side(1));
    }

    private CompareLayout.Side side(int i) {
        return new CompareLayout.Side(sides[i].title.getText(), runs[i], problems[i]);
    }

    private void updateLabels() {
        CompareLayout l = layout == null ? layoutNow() : layout;
        difference.setText(l.difference());
        for (int i = 0; i < 2; i++) {
            SidePane s = sides[i];
            String total = l.hasRun(i) ? CompareLayout.seconds(l.total(i)) : "not run";
            s.total.setText(total + (s.edited ? " (edited: run again)" : ""));
        }
    }

    // ---- export

    public void export() {
        if (layout == null) {
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        Optional<Path> chosen = chooser.choose(owner, "loopscope-compare.png");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = CompareExport.withExtension(chosen.get());
        lastFolder = file.toAbsolutePath().getParent();
        try {
            CompareExport.write(layout, canvas.drawWidth(), canvas.theme(), file);
            status.setText("Exported the comparison to " + file);
        } catch (IOException | RuntimeException e) {
            status.setText("Could not export: " + e.getMessage());
        }
    }

    private Optional<Path> chooseWithDialog(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison");
        if (lastFolder != null && java.nio.file.Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG image", "*.svg"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getDescription().startsWith("SVG")
                && !CompareExport.isSvg(path) && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".svg");
        }
        return Optional.of(path);
    }

    /** One side: its tag, title, Run button and total over its editor. */
    private final class SidePane extends VBox {
        final CodeEditor editor = new CodeEditor();
        final TextField title = new TextField();
        final Label total = new Label();
        boolean edited;

        SidePane(int side) {
            String label = CompareLayout.label(side);
            getStyleClass().add("compare-side");
            Label tag = new Label(label);
            tag.getStyleClass().addAll("compare-tag", "compare-tag-" + label.toLowerCase(java.util.Locale.ROOT));
            title.setId("title" + label);
            title.setPromptText("What " + label + " shows");
            title.getStyleClass().add("compare-title");
            title.textProperty().addListener((obs, old, now) -> {
                if (layout != null) {
                    layout = layout.retitled(sides[0].title.getText(), sides[1].title.getText());
                    canvas.setLayout(layout);
                }
            });
            HBox.setHgrow(title, Priority.ALWAYS);
            Button run = new Button("\u25b6 Run " + label);
            run.setId("run" + label);
            run.setTooltip(new Tooltip("Run " + label + " alone"));
            run.setOnAction(e -> run(side));
            run.setFocusTraversable(false);
            total.setId("total" + label);
            total.getStyleClass().add("compare-total");
            total.setMinWidth(Region.USE_PREF_SIZE);
            HBox header = new HBox(6, tag, title, run, total);
            header.setAlignment(Pos.CENTER_LEFT);
            header.setPadding(new Insets(4, 8, 4, 8));
            header.getStyleClass().add("panel-header");
            editor.setId("editor" + label);
            VBox.setVgrow(editor, Priority.ALWAYS);
            getChildren().addAll(header, editor);
            editor.textProperty().addListener((obs, old, now) -> {
                if (!edited && runs[side] != null) {
                    edited = true;
                    updateLabels();
                }
            });
        }
    }
}
