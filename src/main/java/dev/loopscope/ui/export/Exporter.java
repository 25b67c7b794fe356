package dev.loopscope.ui.export;

import dev.loopscope.export.ExportFiles;
import dev.loopscope.export.ExportFormat;
import dev.loopscope.export.ExportOptions;
import dev.loopscope.export.Java2dPainter;
import dev.loopscope.export.TimelineExport;
import dev.loopscope.narration.Narrator;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.Viewport;
import dev.loopscope.ui.MainViewModel;
import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.ui.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

/**
 * The window's exports: the timeline as PNG, SVG or Chrome trace JSON (File > Export…, the
 * timeline's Export button), the loop-state panels at the current step as one PNG (File > Export
 * loop state…), and the timeline as an image on the clipboard (Edit > Copy timeline image).
 *
 * <p>Pictures are drawn by the exporters of {@code dev.loopscope.export} (the same renderer as the
 * screen's timeline); files are written off the FX thread, atomically ({@link ExportFiles}: a failed
 * export leaves a file already there as it was). While one export runs, {@link #busyProperty()} is
 * true and the status bar says what is written; the outcome goes to the status bar, and a failure
 * to an alert as well.
 */
public final class Exporter {
    /** Image pixels per screen pixel of a loop-state snapshot (sharp on slides). */
    public static final double SNAPSHOT_SCALE = 2;
    private static final String FOLDER_KEY = "export.folder";

    private final Supplier<Window> owner;
    private final MainViewModel model;
    private final TimelineView timeline;
    private final Supplier<Node> loopPanels;
    private final Preferences prefs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private ExportDialogs dialogs = new ExportDialogs.Fx();
    private ExecutorService worker;
    private ExportChoices choices;

    /**
     * @param loopPanels the node holding the loop-state panels (ready queue, timers, tasks, ...)
     * @param prefs      where the last choices and folder are remembered (may be null)
     */
    public Exporter(Supplier<Window> owner, MainViewModel model, TimelineView timeline, Supplier<Node> loopPanels,
                    Preferences prefs) {
        this.owner = owner;
        this.model = model;
        this.timeline = timeline;
        this.loopPanels = loopPanels;
        this.prefs = prefs;
        this.choices = ExportChoices.load(prefs);
    }

    /** Replaces the dialogs (tests answer them in advance). */
    public void setDialogs(ExportDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /** True while an export is being written (or a clipboard image drawn). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The choices of the last Export dialog (the clipboard image uses them too). */
    public ExportChoices choices() {
        return choices;
    }

    // ---- File > Export…

    /** The Export dialog, a file chooser, then the file written in the background. */
    public void exportTimeline() {
        TimelineModel m = timeline.getModel();
        if (m == null || busy.get()) {
            model.report(m == null ? "Nothing to export: run the scenario first (Ctrl+Enter)"
                    : "An export is still being written", m == null);
            return;
        }
        double screen = timeline.getWidth();
        Viewport vp = timeline.getViewport();
        Window window = owner.get();
        Optional<ExportChoices> asked = dialogs.chooseExport(window, choices, c -> describe(m, c, screen, vp));
        if (asked.isEmpty()) {
            return;
        }
        ExportChoices c = asked.get();
        remember(c);
        ExportOptions options;
        try {
            options = c.options(screen, vp);
        } catch (IllegalArgumentException e) {
            fail("Cannot export the timeline", e.getMessage());
            return;
        }
        String what = c.format() == ExportFormat.JSON ? "the trace" : "the timeline";
        Optional<Path> file = dialogs.chooseFile(window, "Export " + what + " as " + c.format().description(),
                folder(), ExportChoices.suggestedName(model.scenarioName(), "", c.format()), c.format());
        if (file.isEmpty()) {
            return;
        }
        Path target = withExtension(file.get(), c.format());
        ExportFormat format = c.format();
        write(target, what, () -> out -> format.write(m, options, out));
    }

    /** What the choices give, in words: the picture's size, or the trace's tracks. */
    public static String describe(TimelineModel m, ExportChoices c, double screenWidth, Viewport visible) {
        ExportOptions o = c.options(screenWidth, visible);
        String range = c.visibleRange() ? "the visible range" : "the whole run";
        switch (c.format()) {
            case PNG -> {
                TimelineExport.Frame f = TimelineExport.pngFrame(m, o);
                return String.format(Locale.ROOT, "A PNG of %,d \u00d7 %,d pixels: %s, %s.%s",
                        Java2dPainter.pixels(f.width(), o.scale()), Java2dPainter.pixels(f.height(), o.scale()),
                        range, lanes(f), capped(f));
            }
            case SVG -> {
                TimelineExport.Frame f = TimelineExport.svgFrame(m, o);
                return String.format(Locale.ROOT, "An SVG of %,d \u00d7 %,d (vector, text kept as text): %s, %s.%s",
                        Math.round(f.width()), Math.round(f.height()), range, lanes(f), capped(f));
            }
            default -> {
                return String.format(Locale.ROOT, "The whole run's %,d events as trace events: a track for the loop and"
                        + " one per task (%,d), the virtual clock in microseconds. Opens in ui.perfetto.dev.",
                        m.eventCount(), m.laneCount());
            }
        }
    }

    private static String lanes(TimelineExport.Frame f) {
        return f.lanes() == 1 ? "the loop and 1 task lane" : String.format(Locale.ROOT,
                "the loop and %,d task lanes", f.lanesShown());
    }

    private static String capped(TimelineExport.Frame f) {
        return f.capped() ? String.format(Locale.ROOT, " (the first %,d of %,d tasks)", f.lanesShown(), f.lanes()) : "";
    }

    // ---- File > Export loop state…

    /** The loop-state panels at the current step as one PNG, with a caption: scenario, step, clock, narration. */
    public void exportLoopState() {
        PlaybackViewModel playback = model.playback();
        if (!playback.loadedProperty().get() || busy.get()) {
            model.report(busy.get() ? "An export is still being written" : "Nothing to export: run the scenario first",
                    !busy.get());
            return;
        }
        Node panels = loopPanels.get();
        if (panels == null || panels.getScene() == null || !panels.isVisible()
                || panels.getLayoutBounds().getWidth() < 1 || panels.getLayoutBounds().getHeight() < 1) {
            fail("Cannot export the loop state", "The loop panels are hidden: show the ready queue, timers or tasks"
                    + " (View menu), then export again.");
            return;
        }
        int position = playback.position();
        Window window = owner.get();
        Optional<Path> file = dialogs.chooseFile(window, "Export the loop state as a PNG image", folder(),
                ExportChoices.suggestedName(model.scenarioName(), "-event-" + position, ExportFormat.PNG),
                ExportFormat.PNG);
        if (file.isEmpty()) {
            return;
        }
        Path target = withExtension(file.get(), ExportFormat.PNG);
        BufferedImage image;
        try {
            image = loopStateImage(panels);
        } catch (RuntimeException | OutOfMemoryError e) {
            fail("Cannot export the loop state", reason(e));
            return;
        }
        write(target, "the loop state at event " + position, () -> out -> Images.png(image, out));
    }

    /** Snapshots {@code panels} (on the FX thread) under a caption, at {@link #SNAPSHOT_SCALE}. */
    public BufferedImage loopStateImage(Node panels) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(SNAPSHOT_SCALE, SNAPSHOT_SCALE));
        WritableImage body = panels.snapshot(params, null);
        Bounds b = panels.getLayoutBounds();
        WritableImage head = caption(panels.getScene(), b.getWidth()).snapshot(params, null);
        int w = (int) Math.max(body.getWidth(), head.getWidth());
        int hh = (int) head.getHeight();
        int bh = (int) body.getHeight();
        BufferedImage out = new BufferedImage(w, hh + bh, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, (int) head.getWidth(), hh, Images.argb(head), 0, (int) head.getWidth());
        out.setRGB(0, hh, (int) body.getWidth(), bh, Images.argb(body), 0, (int) body.getWidth());
        return out;
    }

    /** "tutorial.py · event 22 / 60 · t = 0.0 s · round 3" and the step's narration, styled as the window. */
    private Parent caption(Scene like, double width) {
        PlaybackViewModel p = model.playback();
        String round = p.roundTextProperty().get();
        Label title = new Label(model.scenarioName() + "  \u00b7  " + p.stepTextProperty().get() + "  \u00b7  t = "
                + Narrator.time(p.clockProperty().get()) + " s"
                + (round == null || round.isBlank() ? "" : "  \u00b7  " + round));
        title.getStyleClass().add("panel-title");
        Label narration = new Label(p.narrationProperty().get());
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(3, title, narration);
        box.getStyleClass().addAll("narration-bar", "main-window");
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        Scene scene = new Scene(box);
        scene.getStylesheets().setAll(like.getStylesheets());
        box.setStyle(like.getRoot().getStyle());
        box.applyCss();
        box.resize(width, box.prefHeight(width));
        box.layout();
        return box;
    }

    // ---- Edit > Copy timeline image

    /** Draws the timeline (the last Export dialog's PNG choices) in the background, then puts it on the clipboard. */
    public void copyTimelineImage() {
        TimelineModel m = timeline.getModel();
        if (m == null || busy.get()) {
            model.report(m == null ? "Nothing to copy: run the scenario first (Ctrl+Enter)"
                    : "An export is still being written", m == null);
            return;
        }
        ExportOptions options;
        try {
            options = choices.withFormat(ExportFormat.PNG).options(timeline.getWidth(), timeline.getViewport());
        } catch (IllegalArgumentException e) {
            fail("Cannot copy the timeline", e.getMessage());
            return;
        }
        String range = choices.visibleRange() ? "the visible range" : "the whole run";
        Task<BufferedImage> task = new Task<>() {
            @Override
            protected BufferedImage call() {
                return TimelineExport.image(m, options);
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            BufferedImage image = task.getValue();
            ClipboardContent content = new ClipboardContent();
            content.putImage(Images.toFx(image));
            Clipboard.getSystemClipboard().setContent(content);
            model.report(String.format(Locale.ROOT, "Copied the timeline to the clipboard: %s, %,d \u00d7 %,d pixels",
                    range, image.getWidth(), image.getHeight()), false);
        });
        task.setOnFailed(e -> {
            busy.set(false);
            fail("Cannot copy the timeline", reason(task.getException()));
        });
        busy.set(true);
        model.report("Drawing the timeline for the clipboard\u2026", false);
        worker().execute(task);
    }

    // ---- writing

    /** Makes the body of a file (on the FX thread, from what the screen shows now). */
    private interface BodyMaker {
        ExportFiles.Body make();
    }

    private void write(Path target, String what, BodyMaker maker) {
        ExportFiles.Body body = maker.make();
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() throws Exception {
                ExportFiles.write(target, body);
                return Files.size(target);
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            rememberFolder(target);
            model.report(String.format(Locale.ROOT, "Exported %s to %s (%s)", what, target, bytes(task.getValue())),
                    false);
        });
        task.setOnFailed(e -> {
            busy.set(false);
            fail("Cannot export to " + target.getFileName(), reason(task.getException())
                    + "\n\nNothing was written: a file already there is unchanged.");
        });
        busy.set(true);
        model.report("Exporting " + what + " to " + target + "\u2026", false);
        worker().execute(task);
    }

    private void fail(String header, String message) {
        String line = message.lines().findFirst().orElse(message);
        model.report(header + ": " + line, true);
        dialogs.showError(owner.get(), header, message);
    }

    static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory for an image this large: choose a smaller width or scale, or the visible range";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /** {@code file}, with the format's extension added when its name does not end with it. */
    public static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        if (ExportFormat.ofFileName(name).orElse(null) == format) {
            return file;
        }
        return file.resolveSibling(name + "." + format.extension());
    }

    private void remember(ExportChoices c) {
        choices = c;
        if (prefs != null) {
            c.save(prefs);
        }
    }

    private Path folder() {
        if (prefs != null) {
            String last = prefs.get(FOLDER_KEY, null);
            if (last != null) {
                try {
                    Path p = Path.of(last);
                    if (Files.isDirectory(p)) {
                        return p;
                    }
                } catch (RuntimeException e) {
                    // a setting from elsewhere: ignore it
                }
            }
        }
        Path doc = model.document().getPath();
        Path parent = doc == null ? null : doc.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) ? parent : null;
    }

    private void rememberFolder(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (prefs != null && parent != null) {
            prefs.put(FOLDER_KEY, parent.toString());
        }
    }

    private synchronized ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "loopscope-export");
                t.setDaemon(true);
                return t;
            });
        }
        return worker;
    }
}
