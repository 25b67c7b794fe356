package dev.loopscope.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What the window needs from file handling: open a scenario, save it. The main window calls only
 * this; {@code dev.loopscope.ui.files} provides the full implementation (recent files, unsaved
 * changes prompts, drag and drop), {@link SimpleScenarioFiles} a minimal one meanwhile.
 */
public interface ScenarioFiles {

    /** A scenario read from a file. */
    record Opened(Path path, String text) {
    }

    /** Asks for a file and reads it; empty when the user cancels (or the file cannot be read: then {@code problem} says why). */
    Optional<Opened> open(Window owner);

    /** Reads a known file (a command-line argument); throws with a readable message when it cannot. */
    Opened read(Path path);

    /** Writes {@code text} to {@code path}, or asks where when {@code path} is null; empty when cancelled. */
    Optional<Path> save(Window owner, Path path, String text);

    /** Always asks where (suggesting {@code current}); empty when cancelled. */
    Optional<Path> saveAs(Window owner, Path current, String text);

    /** The message of the last failure, for the status bar, or null. */
    String problem();
}
