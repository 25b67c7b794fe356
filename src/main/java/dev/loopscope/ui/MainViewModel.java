package dev.loopscope.ui;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import dev.loopscope.narration.Narrator;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;

/**
 * State and commands of the main window, free of controls: the scenario's text and file, the run
 * in progress (off the FX thread, cancellable), the diagnostic of a refused scenario, the theme and
 * font size, and the playback of the last run. The controller only binds to it.
 */
public final class MainViewModel {

    /** The example loaded at start: the first example of the asyncio tutorial. */
    static final String EXAMPLE_RESOURCE = "/dev/loopscope/examples/tutorial_create_task.py";
    static final String EXAMPLE_NAME = "tutorial_create_task.py";
    static final String APP_NAME = "LoopScope";
    static final double MIN_FONT = 7;
    static final double MAX_FONT = 28;
    static final double DEFAULT_FONT = 10;

    /** What a run produced: the replay and its narrator (both built off the FX thread). */
    record Loaded(Replay replay, Narrator narrator, long millis) {
    }

    private final BiFunction<String, String, RecordedRun> engine;
    private final Executor engineThread;
    private final PlaybackViewModel playback = new PlaybackViewModel();

    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyObjectWrapper<Diagnostic> diagnostic = new ReadOnlyObjectWrapper<>(this, "diagnostic");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT);
    private Task<Loaded> current;
    private boolean settingSource;

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
        source.addListener((obs, old, now) -> {
            if (!settingSource) {
                modified.set(true);
            }
        });
        title.bind(Bindings.createStringBinding(() -> {
            Path path = file.get();
            String name = path == null ? null : String.valueOf(path.getFileName());
            if (name == null) {
                return modified.get() ? "*" + APP_NAME : APP_NAME;
            }
            return (modified.get() ? "*" : "") + name + " \u2014 " + APP_NAME;
        }, file, modified));
        fontSize.addListener((obs, old, now) -> {
            double clamped = Math.max(MIN_FONT, Math.min(MAX_FONT, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                fontSize.set(clamped);
            }
        });
        loadExample();
    }

    // ---- properties -------------------------------------------------------------------------

    public PlaybackViewModel playback() {
        return playback;
    }

    /** The scenario text; the editor keeps it up to date. */
    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified;
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

    public ObservableStringValue titleProperty() {
        return title.getReadOnlyProperty();
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
        Path path = file.get();
        return path == null ? EXAMPLE_NAME : String.valueOf(path.getFileName());
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Loads the tutorial example (not tied to a file: Save asks where to put it). */
    public void loadExample() {
        try (InputStream in = MainViewModel.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + EXAMPLE_RESOURCE);
            }
            setSource(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report("The first example of the asyncio tutorial", false);
    }

    /** Shows a scenario read from {@code path} (null: not tied to a file). */
    public void setSource(String text, Path path) {
        settingSource = true;
        try {
            source.set(text);
        } finally {
            settingSource = false;
        }
        file.set(path);
        modified.set(false);
        diagnostic.set(null);
    }

    public void opened(ScenarioFiles.Opened opened) {
        setSource(opened.text(), opened.path());
        report("Opened " + opened.path() + ": press Run (Ctrl+Enter)", false);
    }

    public void saved(Path path) {
        file.set(path);
        modified.set(false);
        report("Saved " + path, false);
    }

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
        String name = scenarioName();
        String text = source.get();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                long started = System.nanoTime();
                RecordedRun run = engine.apply(name, text);
                Replay replay = new Replay(run);
                Narrator narrator = new Narrator(replay);
                return new Loaded(replay, narrator, (System.nanoTime() - started) / 1_000_000);
            }
        };
        current = task;
        task.setOnSucceeded(e -> {
            if (current != task) {
                return;
            }
            running.set(false);
            current = null;
            show(task.getValue(), name);
        });
        task.setOnFailed(e -> {
            if (current != task) {
                return;
            }
            running.set(false);
            current = null;
            failed(task.getException(), name);
        });
        running.set(true);
        diagnostic.set(null);
        report("Running " + name + "\u2026", false);
        engineThread.execute(task);
    }

    /** Stops waiting for the run in progress (its result is dropped); the window is usable at once. */
    public void cancel() {
        Task<Loaded> task = current;
        if (task == null) {
            return;
        }
        current = null;
        // not interrupted: the engine stops at its own budget, and the next run waits for it
        task.cancel(false);
        running.set(false);
        report("Run cancelled: the panels still show the previous run", false);
    }

    private void show(Loaded loaded, String name) {
        Replay replay = loaded.replay();
        playback.load(replay, loaded.narrator(), 0);
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
            playback.load(null, null, 0);
            report(String.format("%s did not run: line %d, column %d: %s: %s", name, d.span().line(), d.span().col(),
                    d.kind(), d.message()), true);
            return;
        }
        playback.load(null, null, 0);
        String message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        if (problem instanceof StackOverflowError) {
            message = "the scenario recursed too deeply";
        } else if (problem instanceof OutOfMemoryError) {
            message = "the scenario needed more memory than LoopScope has";
        }
        report(name + " did not run: " + message, true);
    }
}
