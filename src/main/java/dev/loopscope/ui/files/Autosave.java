package dev.loopscope.ui.files;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * Keeps a recovery copy of unsaved work: a few seconds after the last edit the document, when
 * dirty, goes to {@link Recovery}; once it is clean again (saved, or edited back) the copy is
 * dropped. {@link #cleanExit} drops it when the window closes normally, so a copy found at the
 * next start means the last session did not end cleanly.
 */
public final class Autosave {
    /** Seconds of quiet after an edit before the copy is written ({@code -Dloopscope.autosave.seconds}). */
    public static final String DELAY_PROPERTY = "loopscope.autosave.seconds";
    public static final double DEFAULT_DELAY_SECONDS = 3;

    private final EditorDocument document;
    private final Recovery recovery;
    private final PauseTransition quiet;
    private Consumer<String> problems = message -> { };
    private boolean reportedProblem;
    private int saves;

    public Autosave(EditorDocument document, Recovery recovery, Duration delay) {
        this.document = document;
        this.recovery = recovery;
        this.quiet = new PauseTransition(delay);
        quiet.setOnFinished(e -> saveNow());
        document.textProperty().addListener((obs, old, now) -> quiet.playFromStart());
        document.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                quiet.stop();
                recovery.clear();
            }
        });
    }

    /** The delay from {@link #DELAY_PROPERTY}, else the default. */
    public static Duration configuredDelay() {
        try {
            return Duration.seconds(Double.parseDouble(System.getProperty(DELAY_PROPERTY,
                    Double.toString(DEFAULT_DELAY_SECONDS))));
        } catch (NumberFormatException e) {
            return Duration.seconds(DEFAULT_DELAY_SECONDS);
        }
    }

    /** Where a failed recovery copy is reported (once, until one succeeds again): the status bar. */
    public void onProblem(Consumer<String> problems) {
        this.problems = problems;
    }

    public Recovery recovery() {
        return recovery;
    }

    /** How many copies were written (for tests and the curious). */
    public int saves() {
        return saves;
    }

    /** Writes the copy now if the document is dirty, drops it if clean. */
    public void saveNow() {
        quiet.stop();
        if (!document.isDirty()) {
            recovery.clear();
            return;
        }
        String error = recovery.save(new Recovery.Snapshot(document.getPath(), document.getName(),
                document.getText(), document.getSavedText()));
        if (error == null) {
            saves++;
            reportedProblem = false;
        } else if (!reportedProblem) {
            reportedProblem = true;
            problems.accept("Autosave failed: " + error);
        }
    }

    /** The window closes normally: nothing is left to recover. */
    public void cleanExit() {
        quiet.stop();
        recovery.clear();
    }
}
