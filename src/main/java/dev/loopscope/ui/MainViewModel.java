package dev.loopscope.ui;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import dev.loopscope.narration.Narrator;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.files.EditorDocument;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;

/**
 * State and commands of the main window, free of controls: the scenario being edited (an
 * {@link EditorDocument}: text, file, unsaved changes, title), the run in progress (off the FX
 * thread, cancellable), the diagnostic of a refused scenario, the theme and font size, the
 * playback of the last run and its timeline layout. The controller only binds to it.
 */
public final class MainViewModel {

    static final String APP_NAME = EditorDocument.APP;
    static final double MIN_FONT = 7;
    static final double MAX_FONT = 28;
    static final double DEFAULT_FONT = 10;

    /** What a run produced: the replay, its narrator and its timeline layout (all built off the FX thread). */
    record Loaded(Replay replay, Narrator narrator, TimelineModel timeline, long millis) {
    }

    private final BiFunction<String, String, RecordedRun> engine;
    private final Executor engineThread;
    private final PlaybackViewModel playback = new PlaybackViewModel();

    private final EditorDocument document = new EditorDocument();
    private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<Diagnostic> diagnostic = new ReadOnlyObjectWrapper<>(this, "diagnostic");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty predicting = new SimpleBooleanProperty(this, "predicting");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT);
    private Task<Loaded> current;
    /** A live edit came while a run was in progress: one more run (of the latest text) follows it. */
    private boolean liveAgain;

    /** Over the real engine, on a daemon thread of its own. */
    public MainViewModel() {
        this(Engine::run, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(null, runnable, "loopscope-engine", 512L << 20);
            thread.setDaemon(true);
            return thread;
        }));
    }

    MainViewModel(BiFunction<String, String, RecordedRun> engine, Executor engineThread) {
        this.engine = engine;
        this.engineThread = engineThread;
        // a diagnostic is about the text it was found in: an edit makes it stale
        document.textProperty().addListener((obs, old, now) -> diagnostic.set(null));
        fontSize.addListener((obs, old, now) -> {
            double clamped = Math.max(MIN_FONT, Math.min(MAX_FONT, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                fontSize.set(clamped);
            }
        });
    }

    // ---- properties -------------------------------------------------------------------------

    public PlaybackViewModel playback() {
        return playback;
    }

    /** The scenario being edited: text (the editor's), file, unsaved changes, window title. */
    public EditorDocument document() {
        return document;
    }

    /** The timeline layout of the run on show (built with the run, off the FX thread), or null. */
    public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** True while a Predict window asks about this scenario's run: views keep its future hidden. */
    public BooleanProperty predictingProperty() {
        return predicting;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status bar reports a problem (a refused scenario, a failed run or file). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "name.py — LoopScope", with a leading "*" when there are unsaved changes. */
    public ObservableStringValue titleProperty() {
        return document.titleProperty();
    }

    /** The diagnostic of the last refused scenario, or null. */
    public ReadOnlyObjectProperty<Diagnostic> diagnosticProperty() {
        return diagnostic.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The name the engine and diagnostics use for the scenario. */
    public String scenarioName() {
        return document.getName();
    }

    // ---- commands ---------------------------------------------------------------------------

    public void report(String message, boolean isProblem) {
        status.set(message);
        problem.set(isProblem);
    }

    public void biggerFont() {
        fontSize.set(Math.min(MAX_FONT, fontSize.get() + 1));
    }

    public void smallerFont() {
        fontSize.set(Math.max(MIN_FONT, fontSize.get() - 1));
    }

    /** Runs the scenario off the FX thread; the playback then shows the recorded run. */
    public void run() {
        if (running.get()) {
            return;
        }
        start(false);
    }

    /**
     * Runs again after a live edit (a dragged number): while a run is in progress only the latest
     * text waits for it (never a backlog), and the playback keeps its place (see {@link PlaybackPlace}).
     */
    public void rerunLive() {
        if (running.get()) {
            liveAgain = true;
            return;
        }
        start(true);
    }

    private void start(boolean live) {
        String name = scenarioName();
        String text = document.getText();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                long started = System.nanoTime();
                RecordedRun run = engine.apply(name, text);
                Replay replay = new Replay(run);
                Narrator narrator = new Narrator(replay);
                TimelineModel layout = TimelineModel.of(run);
                return new Loaded(replay, narrator, layout, (System.nanoTime() - started) / 1_000_000);
            }
        };
        current = task;
        task.setOnSucceeded(e -> {
            if (current != task) {
                return;
            }
            running.set(false);
            current = null;
            show(task.getValue(), name, live);
            startWaitingLiveRun();
        });
        task.setOnFailed(e -> {
            if (current != task) {
                return;
            }
            running.set(false);
            current = null;
            failed(task.getException(), name);
            startWaitingLiveRun();
        });
        running.set(true);
        diagnostic.set(null);
        report("Running " + name + "\u2026", false);
        engineThread.execute(task);
    }

    private void startWaitingLiveRun() {
        if (liveAgain) {
            liveAgain = false;
            start(true);
        }
    }

    /** Forgets the run on show: the panels and the timeline go empty. */
    public void clearRun() {
        playback.load(null, null, 0);
        timeline.set(null);
    }

    /** Stops waiting for the run in progress (its result is dropped); the window is usable at once. */
    public void cancel() {
        Task<Loaded> task = current;
        if (task == null) {
            return;
        }
        current = null;
        liveAgain = false;
        // not interrupted: the engine stops at its own budget, and the next run waits for it
        task.cancel(false);
        running.set(false);
        report("Run cancelled: the panels still show the previous run", false);
    }

    private void show(Loaded loaded, String name, boolean live) {
        Replay replay = loaded.replay();
        playback.load(replay, loaded.narrator(), live ? PlaybackPlace.follow(playback.replay(), playback.position(), replay) : 0);
        timeline.set(loaded.timeline());
        if (playback.stopped()) {
            // a runaway or failing scenario: show where it stopped, with the error in console and narration
            playback.seek(replay.size());
            report(name + " stopped: " + playback.stopText() + " (event " + replay.size() + ", t = "
                    + Narrator.time(replay.event(replay.size() - 1).time()) + ")", true);
        } else {
            report(String.format("Ran %s in %d ms: %,d events, %,d loop rounds, %,d task steps. Step with \u2192,"
                            + " play with Space.", name, loaded.millis(), replay.size(), replay.roundCount(),
                    replay.taskStepCount()), false);
        }
    }

    private void failed(Throwable problem, String name) {
        if (problem instanceof Diagnostic.Failure failure) {
            Diagnostic d = failure.diagnostic();
            diagnostic.set(d);
            clearRun();
            report(String.format("%s did not run: line %d, column %d: %s: %s", name, d.span().line(), d.span().col(),
                    d.kind(), d.message()), true);
            return;
        }
        clearRun();
        String message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        if (problem instanceof StackOverflowError) {
            message = "the scenario recursed too deeply";
        } else if (problem instanceof OutOfMemoryError) {
            message = "the scenario needed more memory than LoopScope has";
        }
        report(name + " did not run: " + message, true);
    }
}
