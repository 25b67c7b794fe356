package dev.loopscope.ui;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.SourceFiles;
import dev.loopscope.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;

/**
 * State and commands of the main window, free of controls: the scenario's text and file, the
 * run in progress, and what the output pane shows. The controller only binds to it.
 */
public final class MainViewModel {

    /** The example loaded at start: the first example of the asyncio tutorial. */
    static final String EXAMPLE_RESOURCE = "/dev/loopscope/examples/tutorial_create_task.py";
    static final String EXAMPLE_NAME = "tutorial_create_task.py";
    static final String APP_NAME = "LoopScope";

    /** What the output pane shows: a trace, a problem (shown in red), or a hint. */
    public enum OutputKind { HINT, TRACE, PROBLEM }

    private final BiFunction<String, String, String> tracer;
    private final Executor engineThread;

    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyObjectWrapper<OutputKind> outputKind =
            new ReadOnlyObjectWrapper<>(this, "outputKind", OutputKind.HINT);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    /** Over the real engine, on a daemon thread of its own. */
    public MainViewModel() {
        this(Engine::loopTrace, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(null, runnable, "loopscope-engine", 512L << 20);
            thread.setDaemon(true);
            return thread;
        }));
    }

    MainViewModel(BiFunction<String, String, String> tracer, Executor engineThread) {
        this.tracer = tracer;
        this.engineThread = engineThread;
        source.addListener((obs, old, now) -> modified.set(true));
        title.bind(Bindings.createStringBinding(() -> {
            Path path = file.get();
            String name = path == null ? null : String.valueOf(path.getFileName());
            if (name == null) {
                return modified.get() ? "*" + APP_NAME : APP_NAME;
            }
            return (modified.get() ? "*" : "") + name + " \u2014 " + APP_NAME;
        }, file, modified));
        loadExample();
    }

    // ---- properties -------------------------------------------------------------------------

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

    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OutputKind> outputKindProperty() {
        return outputKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableStringValue titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The name the engine and diagnostics use for the scenario. */
    public String scenarioName() {
        Path path = file.get();
        return path == null ? EXAMPLE_NAME : String.valueOf(path.getFileName());
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Loads the tutorial example (not tied to a file: Save asks where to put it). */
    void loadExample() {
        try (InputStream in = MainViewModel.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + EXAMPLE_RESOURCE);
            }
            source.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.set(null);
        modified.set(false);
        show(OutputKind.HINT, "Press Run (Ctrl+Enter) to run the scenario and see its loop trace.");
        status.set("The first example of the asyncio tutorial");
    }

    /** Loads {@code path}; a file that is not UTF-8 text is refused with a message. */
    public boolean open(Path path) {
        try {
            String text = SourceFiles.read(path, String.valueOf(path.getFileName()));
            source.set(text);
            file.set(path);
            modified.set(false);
            show(OutputKind.HINT, "Press Run (Ctrl+Enter) to run the scenario and see its loop trace.");
            status.set("Opened " + path);
            return true;
        } catch (SourceFiles.Unreadable e) {
            show(OutputKind.PROBLEM, e.getMessage() + "\n");
            status.set("Could not open " + path);
            return false;
        }
    }

    /** Writes the scenario to {@code path} (UTF-8) and makes it the current file. */
    public boolean saveAs(Path path) {
        try {
            Files.writeString(path, source.get(), StandardCharsets.UTF_8);
            file.set(path);
            modified.set(false);
            status.set("Saved " + path);
            return true;
        } catch (IOException | RuntimeException e) {
            show(OutputKind.PROBLEM, path.getFileName() + ": cannot be saved (" + e.getMessage() + ")\n");
            status.set("Could not save " + path);
            return false;
        }
    }

    /** Whether {@link #saveAs} needs a file chosen first. */
    public boolean hasFile() {
        return file.get() != null;
    }

    /** Runs the scenario off the FX thread; the output pane shows the trace or the problem. */
    public void run() {
        if (running.get()) {
            return;
        }
        String name = scenarioName();
        String text = source.get();
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return tracer.apply(name, text);
            }
        };
        long started = System.nanoTime();
        task.setOnSucceeded(e -> {
            running.set(false);
            show(OutputKind.TRACE, task.getValue());
            status.set("Traced " + name + " in " + millisSince(started) + " ms");
        });
        task.setOnFailed(e -> {
            running.set(false);
            show(OutputKind.PROBLEM, describe(task.getException()));
            status.set(name + " did not run");
        });
        running.set(true);
        status.set("Running " + name + "\u2026");
        engineThread.execute(task);
    }

    private void show(OutputKind kind, String text) {
        outputKind.set(kind);
        output.set(text);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The text shown for a run that produced no trace. */
    static String describe(Throwable problem) {
        if (problem instanceof Diagnostic.Failure failure) {
            return failure.diagnostic().render();
        }
        if (problem instanceof UnsupportedOperationException) {
            return "The engine cannot run scenarios yet (" + problem.getMessage() + ").\n";
        }
        StringWriter text = new StringWriter();
        text.append("Internal error: LoopScope failed while running the scenario.\n\n");
        problem.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
