package dev.loopscope.ui;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.narration.Narrator;
import dev.loopscope.render.Viewport;
import dev.loopscope.trace.LoopState;
import dev.loopscope.ui.PlaybackViewModel.ConsoleLine;
import dev.loopscope.ui.PlaybackViewModel.ReadyRow;
import dev.loopscope.ui.PlaybackViewModel.RequestRow;
import dev.loopscope.ui.PlaybackViewModel.TaskRow;
import dev.loopscope.ui.PlaybackViewModel.TimerRow;
import dev.loopscope.ui.editor.CodeEditor;
import dev.loopscope.ui.editor.LiveNumbers;
import dev.loopscope.ui.export.Exporter;
import dev.loopscope.examples.Examples;
import dev.loopscope.ui.files.ExamplesMenu;
import dev.loopscope.ui.lessons.LessonsPanel;
import dev.loopscope.ui.narration.NarrationControls;
import dev.loopscope.ui.presenter.PresenterMode;
import dev.loopscope.ui.presenter.TimelineRoom;
import dev.loopscope.ui.files.RecentFiles;
import dev.loopscope.ui.files.ScenarioFiles;
import dev.loopscope.ui.panels.ConsoleCell;
import dev.loopscope.ui.panels.ReadyCell;
import dev.loopscope.ui.panels.RequestCell;
import dev.loopscope.ui.panels.TaskCell;
import dev.loopscope.ui.panels.TimerCell;
import dev.loopscope.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.TranslateTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Binds {@code MainWindow.fxml} to a {@link MainViewModel}: defines the window's actions once
 * (menus, toolbar and keys all come from them), gives the panels their cells, and forwards the
 * playback's position to the editor and the timeline. It holds no state of its own beyond the
 * window's (its stage, its settings).
 */
public final class MainWindowController {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final MainViewModel model;
    private final PlaybackViewModel playback;
    private final WindowPrefs prefs;
    private ScenarioFiles files;
    /** Recovery copies of unsaved work; null when recovery is off (-Dloopscope.recovery.dir=off). */
    private dev.loopscope.ui.files.Autosave autosave;
    private Exporter exporter;
    private final ActionKeys keys = new ActionKeys();
    private final Map<String, UiAction> actions = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> panelShown = new LinkedHashMap<>();
    /** What drawn timelines follow (this window's and the Compare window's): dark colours, and their size. */
    private final BooleanProperty drawnDark = new SimpleBooleanProperty();
    private final DoubleProperty drawnScale = new SimpleDoubleProperty(1);
    private Stage stage;
    private Scene scene;
    private AnimationTimer player;
    private boolean syncingScrubber;
    /** True after the user edits the text: the run's line marks no longer match it (until the next run). */
    private boolean marksStale;
    private LiveNumbers liveNumbers;

    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private Menu fileMenu;
    @FXML private Menu editMenu;
    @FXML private Menu viewMenu;
    @FXML private Menu runMenu;
    @FXML private Menu playbackMenu;
    @FXML private Menu helpMenu;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator progress;
    @FXML private Button startButton;
    @FXML private Button prevRoundButton;
    @FXML private Button prevTaskButton;
    @FXML private Button prevButton;
    @FXML private Button playButton;
    @FXML private Button nextButton;
    @FXML private Button nextTaskButton;
    @FXML private Button nextRoundButton;
    @FXML private Button endButton;
    @FXML private ComboBox<String> speedBox;
    @FXML private ToggleButton realTimeButton;
    @FXML private Label stepCounter;
    @FXML private Slider scrubber;
    @FXML private Label roundLabel;
    @FXML private Label narration;
    @FXML private javafx.scene.layout.HBox narrationBar;
    @FXML private Button presenterButton;
    @FXML private SplitPane outerSplit;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane panelsSplit;
    @FXML private SplitPane loopSplit;
    @FXML private SplitPane taskSplit;
    @FXML private CodeEditor editor;
    @FXML private VBox readyPanel;
    @FXML private VBox timersPanel;
    @FXML private VBox tasksPanel;
    @FXML private VBox networkPanel;
    @FXML private VBox consolePanel;
    @FXML private Label readyCount;
    @FXML private Label timerCount;
    @FXML private Label taskCount;
    @FXML private Label clock;
    @FXML private ListView<ReadyRow> readyList;
    @FXML private Pane readyOverlay;
    @FXML private ListView<TimerRow> timerList;
    @FXML private ListView<TaskRow> taskList;
    @FXML private ListView<RequestRow> requestList;
    @FXML private ListView<ConsoleLine> consoleList;
    @FXML private TimelineView timeline;
    @FXML private VBox timelinePanel;
    @FXML private Button exportButton;
    @FXML private ProgressIndicator exportProgress;
    @FXML private Label status;
    @FXML private Label runningTask;

    /** The Lessons panel, left of the editor when shown (View > Lessons, Ctrl+L). */
    private LessonsPanel lessons;
    /** Presenter mode (F11): full screen, large fonts, projector theme, chosen panels, clicker keys. */
    private PresenterMode presenter;

    MainWindowController(MainViewModel model, WindowPrefs prefs) {
        this.model = model;
        this.playback = model.playback();
        this.prefs = prefs;
    }

    @FXML
    private void initialize() {
        files = new ScenarioFiles(editor, () -> stage, new RecentFiles(prefs.node()), model.document());
        Examples.byName(Examples.FIRST).ifPresent(example -> files.setUntitled(example.name(), example.text()));
        java.nio.file.Path recoveryFolder = dev.loopscope.ui.files.Recovery.folderForUser();
        if (recoveryFolder != null) {
            autosave = new dev.loopscope.ui.files.Autosave(model.document(),
                    new dev.loopscope.ui.files.Recovery(recoveryFolder), dev.loopscope.ui.files.Autosave.configuredDelay());
            autosave.onProblem(message -> model.report(message, true));
        }
        exporter = new Exporter(() -> stage, model, timeline, () -> panelsSplit, prefs.node());
        model.report("The first example of the asyncio tutorial", false);
        lessons = new LessonsPanel(this::openExample);
        lessons.setId("lessonsPanel");
        lessons.select(Examples.FIRST);
        SplitPane.setResizableWithParent(lessons, false);
        defineActions();
        presenter = new PresenterMode(playback, prefs.node(), this::action, Map.of("Editor", editor, "Ready",
                readyPanel, "Timers", timersPanel, "Tasks", tasksPanel, "Network", networkPanel, "Console", consolePanel,
                "Timeline", timelinePanel, "Lessons", lessons), splits(), narrationBar, model.fontSizeProperty(),
                model.darkProperty(), () -> {
                    applyTheme();
                    applyFont();
                });
        new NarrationControls(playback, prefs.node(), this::showLesson).install(narrationBar, narration);
        TimelineRoom.keep(outerSplit, timelinePanel, timeline, presenter.activeProperty());
        bindEditor();
        bindPanels();
        bindPlayback();
        bindRun();
    }

    // ---- actions: defined once, fed to menus, toolbar and keys ------------------------------

    private UiAction define(UiAction action) {
        actions.put(action.id(), action);
        keys.add(action);
        return action;
    }

    /** The window's actions by id (for tests and for the files package's menus later). */
    public Map<String, UiAction> actions() {
        return actions;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private void defineActions() {
        var loaded = playback.loadedProperty();
        var notLoaded = loaded.not();
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;

        // File
        define(UiAction.command("new", "_New", null, "A new, empty scenario", this::newScenario,
                key(KeyCode.N, ctrl)).textSafe());
        define(UiAction.command("open", "_Open\u2026", null, "Open a scenario", this::open, key(KeyCode.O, ctrl))
                .textSafe());
        define(UiAction.command("save", "_Save", null, "Save the scenario", this::save, key(KeyCode.S, ctrl))
                .textSafe());
        define(UiAction.command("saveAs", "Save _As\u2026", null, "Save the scenario as", this::saveAs,
                key(KeyCode.S, ctrl, shift)).textSafe());
        var noTimeline = model.timelineProperty().isNull().or(exporter.busyProperty());
        define(UiAction.command("export", "_Export\u2026", "Export\u2026",
                "Export the timeline as PNG, SVG or Chrome trace JSON", exporter::exportTimeline,
                key(KeyCode.E, ctrl)).textSafe().disabledWhen(noTimeline));
        define(UiAction.command("exportLoopState", "Export _loop state\u2026", null,
                "The ready queue, timers and tasks at this step as one PNG", exporter::exportLoopState)
                .disabledWhen(notLoaded.or(exporter.busyProperty())));
        define(UiAction.command("quit", "_Quit", null, "Quit LoopScope", this::quit, key(KeyCode.Q, ctrl)).textSafe());

        // Edit: acts on the editor (or on the focused text field)
        define(UiAction.command("undo", "_Undo", null, "Undo", () -> edit("undo"), key(KeyCode.Z, ctrl)));
        define(UiAction.command("redo", "_Redo", null, "Redo", () -> edit("redo"), key(KeyCode.Y, ctrl)));
        define(UiAction.command("cut", "Cu_t", null, "Cut", () -> edit("cut"), key(KeyCode.X, ctrl)));
        define(UiAction.command("copy", "_Copy", null, "Copy", () -> edit("copy"), key(KeyCode.C, ctrl)));
        define(UiAction.command("paste", "_Paste", null, "Paste", () -> edit("paste"), key(KeyCode.V, ctrl)));
        define(UiAction.command("selectAll", "Select _All", null, "Select all", () -> edit("selectAll"),
                key(KeyCode.A, ctrl)));
        define(UiAction.command("copyTimeline", "Copy _timeline image", null,
                "The timeline to the clipboard as an image", exporter::copyTimelineImage,
                key(KeyCode.C, ctrl, shift)).textSafe().disabledWhen(noTimeline));
        define(UiAction.command("focusEditor", "Go to the _editor", null, "Put the caret in the editor",
                this::focusEditor, key(KeyCode.E, ctrl, shift)).textSafe());

        // View
        define(UiAction.toggle("dark", "_Dark theme", null, "Dark theme", model.darkProperty(),
                key(KeyCode.T, ctrl, shift)).textSafe());
        define(UiAction.command("presenter", "P_resenter mode", "Presenter",
                "Presenter mode: full screen, large fonts, projector colours; Page Down / Page Up step",
                () -> presenter.toggle(), key(KeyCode.F11)).textSafe());
        define(UiAction.command("fontBigger", "_Bigger font", null, "Bigger font", model::biggerFont,
                key(KeyCode.EQUALS, ctrl), key(KeyCode.PLUS, ctrl), key(KeyCode.ADD, ctrl),
                key(KeyCode.EQUALS, ctrl, shift)).textSafe());
        define(UiAction.command("fontSmaller", "_Smaller font", null, "Smaller font", model::smallerFont,
                key(KeyCode.MINUS, ctrl), key(KeyCode.SUBTRACT, ctrl)).textSafe());
        define(UiAction.command("fontReset", "_Normal font size", null, "Normal font size",
                () -> model.fontSizeProperty().set(MainViewModel.DEFAULT_FONT), key(KeyCode.DIGIT0, ctrl)).textSafe());
        for (String panel : List.of("Ready queue", "Timers", "Tasks", "Network", "Console", "Timeline")) {
            String id = panelId(panel);
            BooleanProperty shown = new SimpleBooleanProperty(this, id, prefs.panelShown(id));
            panelShown.put(id, shown);
            shown.addListener((obs, old, now) -> {
                prefs.panelShown(id, now);
                applyPanels();
            });
            define(UiAction.toggle("show" + id, panel, null, "Show the " + panel + " panel", shown));
        }

        BooleanProperty lessonsShown = new SimpleBooleanProperty(this, "Lessons",
                prefs.node().getBoolean("panel.Lessons", false));
        panelShown.put("Lessons", lessonsShown);
        lessonsShown.addListener((obs, old, now) -> {
            prefs.panelShown("Lessons", now);
            applyPanels();
            if (now) {
                lessons.focusList();
            }
        });
        define(UiAction.toggle("showLessons", "_Lessons", null, "Show the lessons beside the editor", lessonsShown,
                key(KeyCode.L, ctrl)).textSafe());

        // Run
        define(UiAction.command("run", "_Run", "\u25b6 Run", "Run the scenario", model::run,
                key(KeyCode.ENTER, ctrl)).textSafe().disabledWhen(model.runningProperty()));
        define(UiAction.command("cancel", "_Cancel run", "\u2716 Cancel", "Stop waiting for this run", model::cancel,
                key(KeyCode.ESCAPE)).disabledWhen(model.runningProperty().not()));
        define(UiAction.command("compare", "C_ompare\u2026", null, "Compare two runs on one time axis",
                () -> dev.loopscope.ui.compare.CompareWindow.show(stage, drawnDark, drawnScale),
                key(KeyCode.K, ctrl)).textSafe());
        define(UiAction.command("predict", "_Predict\u2026", null,
                "Predict the run before it plays: order its printed lines, say which task runs next",
                () -> dev.loopscope.ui.predict.PredictWindow.show(stage, model), key(KeyCode.P, ctrl)).textSafe());

        // Playback
        UiAction play = define(UiAction.command("play", "_Play", "\u25b6 Play", "Play / pause",
                playback::togglePlay, key(KeyCode.SPACE)).disabledWhen(notLoaded));
        play.textWhen(playback.playingProperty(), "_Pause", "_Play");
        define(UiAction.command("stepForward", "Step _forward", "Event \u25b8", "One event forward",
                playback::stepForward, key(KeyCode.RIGHT)).disabledWhen(notLoaded));
        define(UiAction.command("stepBack", "Step _back", "\u25c2 Event", "One event back",
                playback::stepBack, key(KeyCode.LEFT)).disabledWhen(notLoaded));
        define(UiAction.command("nextTask", "Next _task step", "Task \u25b8\u25b8", "To the next task step",
                playback::nextTaskStep, key(KeyCode.RIGHT, shift)).disabledWhen(notLoaded));
        define(UiAction.command("prevTask", "Previous task ste_p", "\u25c2\u25c2 Task", "To the previous task step",
                playback::previousTaskStep, key(KeyCode.LEFT, shift)).disabledWhen(notLoaded));
        define(UiAction.command("nextRound", "Next loop _round", "Round \u25b8\u25b8\u25b8",
                "To the next loop round (_run_once)", playback::nextRound, key(KeyCode.RIGHT, ctrl))
                .disabledWhen(notLoaded));
        define(UiAction.command("prevRound", "Previous loop r_ound", "\u25c2\u25c2\u25c2 Round",
                "To the previous loop round", playback::previousRound, key(KeyCode.LEFT, ctrl))
                .disabledWhen(notLoaded));
        define(UiAction.command("toStart", "To the _start", "\u21e4 Start", "To the start", playback::toStart,
                key(KeyCode.HOME)).disabledWhen(notLoaded));
        define(UiAction.command("toEnd", "To the _end", "End \u21e5", "To the end", playback::toEnd,
                key(KeyCode.END)).disabledWhen(notLoaded));
        define(UiAction.command("faster", "F_aster", null, "Play faster", playback::faster,
                key(KeyCode.PLUS), key(KeyCode.ADD), key(KeyCode.EQUALS, KeyCombination.SHIFT_ANY)));
        define(UiAction.command("slower", "S_lower", null, "Play slower", playback::slower,
                key(KeyCode.MINUS), key(KeyCode.SUBTRACT)));
        define(UiAction.toggle("realTime", "_Virtual real time", "Real time",
                "Virtual real time: one second of the loop's clock per second", playback.realTimeProperty(),
                key(KeyCode.R, ctrl, shift)).textSafe());

        // Help
        define(UiAction.command("about", "_About LoopScope", null, "About", this::about));

        fill(fileMenu, "new", "open");
        fileMenu.getItems().add(files.recentMenu());
        fill(fileMenu, "save", "saveAs", null, "export", "exportLoopState", null, "quit");
        Menu examples = ExamplesMenu.build(this::openExample);
        examples.setId("examplesMenu");
        examples.getItems().addAll(0, List.of(action("showLessons").menuItem(keys), new SeparatorMenuItem()));
        menuBar.getMenus().add(menuBar.getMenus().indexOf(fileMenu) + 1, examples);
        fill(editMenu, "undo", "redo", null, "cut", "copy", "paste", "copyTimeline", null, "selectAll", null,
                "focusEditor");
        fill(viewMenu, "dark", "presenter", null, "fontBigger", "fontSmaller", "fontReset", null, "showLessons", "showReady",
                "showTimers", "showTasks", "showNetwork", "showConsole", "showTimeline");
        fill(runMenu, "run", "cancel", null, "compare", "predict");
        fill(playbackMenu, "play", null, "stepForward", "stepBack", "nextTask", "prevTask", "nextRound", "prevRound",
                null, "toStart", "toEnd", null, "faster", "slower", "realTime");
        fill(helpMenu, "about");

        bindButton(runButton, "run");
        bindButton(cancelButton, "cancel");
        bindButton(startButton, "toStart");
        bindButton(prevRoundButton, "prevRound");
        bindButton(prevTaskButton, "prevTask");
        bindButton(prevButton, "stepBack");
        bindButton(playButton, "play");
        bindButton(nextButton, "stepForward");
        bindButton(nextTaskButton, "nextTask");
        bindButton(nextRoundButton, "nextRound");
        bindButton(endButton, "toEnd");
        bindButton(realTimeButton, "realTime");
        bindButton(presenterButton, "presenter");
        bindButton(exportButton, "export");
        playButton.textProperty().unbind();
        playButton.textProperty().bind(Bindings.when(playback.playingProperty())
                .then("\u275a\u275a Pause").otherwise("\u25b6 Play"));
    }

    private static String panelId(String title) {
        String first = title.split(" ")[0];
        return first.substring(0, 1).toUpperCase() + first.substring(1);
    }

    private void fill(Menu menu, String... ids) {
        for (String id : ids) {
            menu.getItems().add(id == null ? new SeparatorMenuItem() : action(id).menuItem(keys));
        }
    }

    private void bindButton(ButtonBase button, String id) {
        action(id).bind(button);
    }

    private UiAction action(String id) {
        return Objects.requireNonNull(actions.get(id), id);
    }

    // ---- editor ----------------------------------------------------------------------------

    private void bindEditor() {
        // the document's text follows the editor's (files.ScenarioFiles binds it); an edit makes the
        // run's marks stale: they go until the next run
        editor.textProperty().addListener((obs, old, text) -> {
            if (!marksStale) {
                marksStale = true;
                showMarks();
            }
        });
        model.diagnosticProperty().addListener((obs, old, d) -> showDiagnostic(d));
        playback.executingLineProperty().addListener((obs, old, line) -> showMarks());
        playback.taskMarksProperty().addListener((obs, old, marks) -> showMarks());
        model.fontSizeProperty().addListener((obs, old, size) -> applyFont());
        liveNumbers = new LiveNumbers(editor, model::rerunLive); // Ctrl+drag a number: re-run as it changes
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                scrubber.requestFocus(); // leave the editor: the playback keys work again
                e.consume();
            }
        });
    }

    /** The executing line and the task marks of the current step (none while the text is edited). */
    private void showMarks() {
        if (marksStale) {
            editor.setExecutingLine(0);
            editor.setTaskMarks(List.of());
        } else {
            editor.setTaskMarks(playback.taskMarksProperty().get());
            editor.setExecutingLine(playback.executingLineProperty().get());
        }
    }

    private void showDiagnostic(Diagnostic d) {
        if (d == null) {
            editor.clearDiagnostic();
        } else {
            editor.showDiagnostic(d);
        }
    }

    // ---- panels ----------------------------------------------------------------------------

    private void bindPanels() {
        readyList.setItems(playback.ready());
        readyList.setCellFactory(list -> new ReadyCell(playback));
        readyList.setPlaceholder(placeholder("The ready queue is empty"));
        timerList.setItems(playback.timers());
        timerList.setCellFactory(list -> new TimerCell());
        timerList.setPlaceholder(placeholder("No timers"));
        taskList.setItems(playback.tasks());
        taskList.setCellFactory(list -> new TaskCell());
        taskList.setPlaceholder(placeholder("No tasks yet"));
        requestList.setItems(playback.requests());
        requestList.setCellFactory(list -> new RequestCell());
        requestList.setPlaceholder(placeholder("No requests in flight"));
        consoleList.setItems(playback.console());
        consoleList.setCellFactory(ConsoleCell::new);
        consoleList.setPlaceholder(placeholder("Nothing printed yet"));
        playback.console().addListener((ListChangeListener<ConsoleLine>) c -> {
            if (!playback.console().isEmpty()) {
                consoleList.scrollTo(playback.console().size() - 1);
            }
        });
        for (ListView<?> list : List.of(readyList, timerList, taskList, requestList, consoleList)) {
            list.setFocusTraversable(false);
        }

        readyCount.textProperty().bind(Bindings.size(playback.ready()).asString("%d queued"));
        timerCount.textProperty().bind(Bindings.size(playback.timers()).asString("%d set"));
        taskCount.textProperty().bind(Bindings.size(playback.tasks()).asString("%d tasks"));
        clock.textProperty().bind(Bindings.createStringBinding(
                () -> Narrator.time(playback.clockProperty().get()) + " s", playback.clockProperty()));
        playback.departedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                departAnimation(row);
            }
        });
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        return label;
    }

    /** The head of the ready queue leaves: a ghost of its row slides up and fades (never blocks a step). */
    private void departAnimation(ReadyRow row) {
        if (playback.playingProperty().get() && playback.speed() > 2) {
            return;
        }
        Label ghost = new Label(row.entry().label());
        ghost.getStyleClass().add("ready-ghost");
        ghost.setLayoutX(8);
        ghost.setLayoutY(2);
        ghost.setMouseTransparent(true);
        readyOverlay.getChildren().add(ghost);
        FadeTransition fade = new FadeTransition(Duration.millis(260), ghost);
        fade.setFromValue(0.9);
        fade.setToValue(0);
        TranslateTransition slide = new TranslateTransition(Duration.millis(260), ghost);
        slide.setFromY(0);
        slide.setToY(-18);
        ParallelTransition both = new ParallelTransition(fade, slide);
        both.setOnFinished(e -> readyOverlay.getChildren().remove(ghost));
        both.play();
    }

    private void applyPanels() {
        if (presenter != null && presenter.isActive()) {
            presenter.layout(); // presenter mode shows its own choice of panels
            return;
        }
        boolean ready = shown("Ready");
        boolean timers = shown("Timers");
        boolean tasks = shown("Tasks");
        boolean network = shown("Network");
        boolean console = shown("Console");
        setItems(loopSplit, ready ? readyPanel : null, timers ? timersPanel : null);
        setItems(taskSplit, tasks ? tasksPanel : null, network ? networkPanel : null);
        setItems(panelsSplit, ready || timers ? loopSplit : null, tasks || network ? taskSplit : null,
                console ? consolePanel : null);
        setItems(outerSplit, mainSplit, shown("Timeline") ? timelinePanel : null);
        List<Node> before = List.copyOf(mainSplit.getItems());
        double[] old = mainSplit.getDividerPositions();
        List<Node> rest = panelsSplit.getItems().isEmpty() ? List.of(editor) : List.of(editor, panelsSplit);
        if (!before.stream().filter(n -> n != lessons).toList().equals(rest)) {
            setItems(mainSplit, shown("Lessons") ? lessons : null, editor,
                    panelsSplit.getItems().isEmpty() ? null : panelsSplit);
        } else if (shown("Lessons") && !before.contains(lessons)) {
            mainSplit.getItems().add(0, lessons); // the editor stays in the scene: it keeps its caret and focus
        } else if (!shown("Lessons")) {
            mainSplit.getItems().remove(lessons);
        }
        if (!before.isEmpty() && before.contains(lessons) != mainSplit.getItems().contains(lessons)) {
            // the lessons panel came or went: it takes (or gives back) a quarter, the editor keeps its share
            boolean panels = mainSplit.getItems().contains(panelsSplit);
            boolean had = before.contains(lessons);
            double editorEnd = !before.contains(panelsSplit) ? 0.4
                    : had ? (old[1] - old[0]) / (1 - old[0]) : old[0];
            double lessonsEnd = 0.26;
            if (had) {
                mainSplit.setDividerPositions(panels ? new double[] {editorEnd} : new double[0]);
            } else {
                mainSplit.setDividerPositions(panels ? new double[] {lessonsEnd, lessonsEnd + editorEnd * (1 - lessonsEnd)}
                        : new double[] {lessonsEnd});
            }
        }
    }

    private boolean shown(String id) {
        return panelShown.get(id).get();
    }

    private static void setItems(SplitPane split, Node... nodes) {
        SplitItems.set(split, nodes);
    }

    // ---- playback --------------------------------------------------------------------------

    private void bindPlayback() {
        narration.textProperty().bind(playback.narrationProperty());
        stepCounter.textProperty().bind(playback.stepTextProperty());
        roundLabel.textProperty().bind(playback.roundTextProperty());
        runningTask.textProperty().bind(Bindings.createStringBinding(() -> {
            LoopState s = playback.stateProperty().get();
            LoopState.TaskEntry t = s == null ? null : s.task(s.runningTask());
            return t == null ? (s == null ? "" : "the loop is between callbacks")
                    : "running: " + t.name() + " (" + t.coro() + ") line " + t.line();
        }, playback.stateProperty()));

        scrubber.setMin(0);
        scrubber.setBlockIncrement(1);
        scrubber.maxProperty().bind(playback.sizeProperty());
        scrubber.disableProperty().bind(playback.loadedProperty().not());
        scrubber.setValue(playback.position());
        playback.positionProperty().addListener((obs, old, now) -> {
            syncingScrubber = true;
            try {
                scrubber.setValue(now.intValue());
            } finally {
                syncingScrubber = false;
            }
            timeline.setPlayhead(now.intValue());
        });
        scrubber.valueProperty().addListener((obs, old, now) -> {
            if (!syncingScrubber) {
                int target = (int) Math.round(now.doubleValue());
                if (target != playback.position()) {
                    playback.seek(target);
                }
            }
        });
        timeline.setOnJump(playback::seek);
        timeline.hideFutureProperty().bind(model.predictingProperty());

        for (double s : PlaybackViewModel.SPEEDS) {
            speedBox.getItems().add(PlaybackViewModel.speedLabel(s));
        }
        speedBox.getSelectionModel().select(playback.speedIndexProperty().get());
        speedBox.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                playback.speedIndexProperty().set(now.intValue());
            }
        });
        playback.speedIndexProperty().addListener((obs, old, now) -> speedBox.getSelectionModel().select(now.intValue()));
        speedBox.setFocusTraversable(false);

        player = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    // a stall (a dragged window, a busy machine) does not turn into a jump
                    playback.tick(Math.min(0.25, (now - last) / 1e9));
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        playback.playingProperty().addListener((obs, old, on) -> {
            if (on) {
                player.start();
            } else {
                player.stop();
            }
        });
    }

    // ---- running ---------------------------------------------------------------------------

    private void bindRun() {
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        cancelButton.visibleProperty().bind(model.runningProperty());
        cancelButton.managedProperty().bind(model.runningProperty());
        exportProgress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        exportProgress.visibleProperty().bind(exporter.busyProperty());
        exportProgress.managedProperty().bind(exporter.busyProperty());
        status.textProperty().bind(model.statusProperty());
        model.problemProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(PROBLEM, now));
        narration.pseudoClassStateChanged(PROBLEM, false);
        playback.positionProperty().addListener((obs, old, now) -> markStop());
        // a new run (its timeline layout was built with it, off the FX thread): the marks are fresh
        model.timelineProperty().addListener((obs, old, layout) -> {
            timeline.setModel(layout);
            timeline.setPlayhead(layout == null ? -1 : playback.position());
            marksStale = false;
            showMarks();
        });
        playback.loadedProperty().addListener((obs, old, now) -> {
            markStop();
            if (now && scene != null && !ActionKeys.inTextControl(scene.getFocusOwner())) {
                scrubber.requestFocus();
            }
        });
    }

    private void markStop() {
        boolean atStop = playback.stopped() && playback.position() >= playback.sizeProperty().get();
        narration.pseudoClassStateChanged(PROBLEM, atStop);
    }

    // ---- window ----------------------------------------------------------------------------

    /** Called once the scene exists: keys, theme, font, settings. */
    void attach(Stage stage, Scene scene) {
        this.stage = stage;
        this.scene = scene;
        keys.install(scene);
        presenter.attach(stage, scene);
        model.darkProperty().set(prefs.dark());
        model.fontSizeProperty().set(prefs.fontSize(MainViewModel.DEFAULT_FONT));
        model.darkProperty().addListener((obs, old, dark) -> {
            applyTheme();
            prefs.dark(dark);
        });
        model.fontSizeProperty().addListener((obs, old, size) -> prefs.saveFontSize(size.doubleValue()));
        applyTheme();
        applyFont();
        applyPanels();
        boolean firstTime = prefs.node().get("split.outer", null) == null;
        prefs.restoreDividers(splits());
        // the timeline keeps its height when the window grows; the panels and editor take the rest
        SplitPane.setResizableWithParent(timelinePanel, false);
        if (firstTime) {
            giveTheTimelineRoomOnFirstLayout();
        }
        stage.setOnHiding(e -> saveLayout());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard(stage)) {
                e.consume();
            } else if (autosave != null) {
                autosave.cleanExit();
            }
        });
        ScenarioFiles.installDropTarget(scene.getRoot(), this::openPath);
    }

    /** Room for the loop lane and about four task lanes: a quarter to two fifths of the height. */
    private void giveTheTimelineRoomOnFirstLayout() {
        outerSplit.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                double h = now.doubleValue();
                if (h <= 0) {
                    return;
                }
                outerSplit.heightProperty().removeListener(this);
                double header = timelinePanel.getChildren().get(0).prefHeight(-1);
                double want = Math.min(Math.max(Viewport.fullHeight(4, timeline.getUiScale()) + header, h * 0.25), h * 0.4);
                outerSplit.setDividerPositions(1 - want / h);
            }
        });
    }

    /** The split panes whose dividers are remembered, by name. */
    Map<String, SplitPane> splits() {
        Map<String, SplitPane> splits = new LinkedHashMap<>();
        splits.put("outer", outerSplit);
        splits.put("main", mainSplit);
        splits.put("panels", panelsSplit);
        splits.put("loop", loopSplit);
        splits.put("task", taskSplit);
        return splits;
    }

    /** Writes window size, dividers, theme, font size and panels to the settings. */
    public void saveLayout() {
        presenter.leave(); // the settings keep the layout the user made, not presenter mode's
        if (stage != null) {
            prefs.saveWindow(stage);
        }
        prefs.saveDividers(splits());
        prefs.dark(model.darkProperty().get());
        prefs.saveFontSize(model.fontSizeProperty().get());
        prefs.flush();
    }

    private void applyTheme() {
        boolean projector = presenter != null && presenter.isActive();
        boolean dark = model.darkProperty().get() && !projector;
        String theme = projector ? PresenterMode.PROJECTOR_CSS : dark ? WindowLook.DARK_CSS : WindowLook.LIGHT_CSS;
        WindowLook.apply(scene, theme, dark);
        timeline.setDarkTheme(dark);
        editor.setDark(dark);
        drawnDark.set(dark);
    }

    private void applyFont() {
        double size = model.fontSizeProperty().get() * (presenter == null ? 1 : presenter.fontScale());
        if (scene != null) {
            scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpt;", size));
        }
        editor.setFontSize(size + 1);
        timeline.setUiScale(size / MainViewModel.DEFAULT_FONT); // the canvas draws its own text: scale it too
        drawnScale.set(size / MainViewModel.DEFAULT_FONT);
    }

    /** Loads {@code file} (a command-line argument) and runs it; false when it cannot be read. */
    boolean open(Path file) {
        if (!files.load(file)) {
            return false;
        }
        opened(file);
        return true;
    }

    private void open() {
        if (files.open()) {
            opened(model.document().getPath());
        }
    }

    /** Opens a file from the recent files or dropped on the window (after the unsaved-changes prompt). */
    private void openPath(Path file) {
        if (files.openPath(file)) {
            opened(file);
        }
    }

    private void opened(Path file) {
        model.cancel(); // a run still in progress was for the text before
        model.report("Opened " + file, false);
        model.run();
    }

    /** The narration's lesson link: the lesson, selected in the Lessons panel (shown if hidden). */
    private void showLesson(String name) {
        if (presenter.isActive()) {
            presenter.showPanel("Lessons");
        } else {
            panelShown.get("Lessons").set(true);
        }
        lessons.select(name);
    }

    private void openExample(Examples.Example example) {
        if (files.openExample(example)) {
            lessons.select(example.name());
            model.cancel();
            model.report(example.title(), false);
            model.run();
        }
    }

    private void newScenario() {
        if (files.newScenario()) {
            model.cancel();
            model.clearRun();
            model.report("A new scenario: write it, then Run (Ctrl+Enter)", false);
            focusEditor();
        }
    }

    private void save() {
        if (files.save()) {
            model.report("Saved " + model.document().getPath(), false);
        }
    }

    private void saveAs() {
        if (files.saveAs()) {
            model.report("Saved " + model.document().getPath(), false);
        }
    }

    private void quit() {
        if (!files.confirmDiscard(stage)) {
            return;
        }
        if (autosave != null) {
            autosave.cleanExit();
        }
        saveLayout();
        stage.close();
        Platform.exit();
    }

    private void edit(String what) {
        Node target = scene.getFocusOwner();
        if (target instanceof TextInputControl text) {
            switch (what) {
                case "undo" -> text.undo();
                case "redo" -> text.redo();
                case "cut" -> text.cut();
                case "copy" -> text.copy();
                case "paste" -> text.paste();
                default -> text.selectAll();
            }
            return;
        }
        GenericStyledArea<?, ?, ?> area = target instanceof GenericStyledArea<?, ?, ?> a ? a
                : editor.lookup(".styled-text-area") instanceof GenericStyledArea<?, ?, ?> a2 ? a2 : null;
        if (area == null) {
            return;
        }
        switch (what) {
            case "undo" -> area.undo();
            case "redo" -> area.redo();
            case "cut" -> area.cut();
            case "copy" -> area.copy();
            case "paste" -> area.paste();
            default -> area.selectAll();
        }
        area.requestFocus();
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About LoopScope");
        alert.setHeaderText("LoopScope");
        alert.setContentText("Watch Python's asyncio event loop run a program, step by step.\n\n"
                + "Run a scenario (Ctrl+Enter), then step with \u2192 / \u2190 (events), Shift+\u2192 (task steps),"
                + " Ctrl+\u2192 (loop rounds), or play with Space. Esc leaves the editor.");
        Alerts.styleLike(stage, alert.getDialogPane());
        alert.showAndWait();
    }

    /** Puts the caret in the editor. */
    public void focusEditor() {
        Node area = editor.lookup(".styled-text-area");
        (area != null ? area : editor).requestFocus();
    }

    /** Puts the keyboard focus on the playback, where Space and the arrows step through the run. */
    public void focusPlayback() {
        (scrubber.isDisabled() ? readyList : scrubber).requestFocus();
    }

    // ---- for tests ---------------------------------------------------------------------------

    public MainViewModel model() {
        return model;
    }

    public CodeEditor editor() {
        return editor;
    }

    public LiveNumbers liveNumbers() {
        return liveNumbers;
    }

    /** After a session that did not end cleanly: offers to restore its unsaved work. */
    public void offerRecovery() {
        if (autosave == null) {
            return;
        }
        autosave.recovery().pending().ifPresent(work -> dev.loopscope.ui.files.RecoveryOffer.show(stage, work, restore -> {
            if (restore) {
                files.restore(work);
                model.report("Restored unsaved work on " + work.name(), false);
                model.run();
            } else {
                autosave.recovery().clear();
            }
        }));
    }

    public dev.loopscope.ui.files.Autosave autosave() {
        return autosave;
    }

    /** The window's file handling (tests script its dialogs). */
    public ScenarioFiles files() {
        return files;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The window's exports (tests script their dialogs). */
    public Exporter exporter() {
        return exporter;
    }

    /** Presenter mode (View > Presenter mode, F11). */
    public PresenterMode presenter() {
        return presenter;
    }

    /** The Lessons panel (in the window while View > Lessons is on). */
    public LessonsPanel lessons() {
        return lessons;
    }
}
