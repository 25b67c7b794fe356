package dev.loopscope.cli;

import dev.loopscope.diag.SourceFiles;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A scenario named on the command line, read as strict UTF-8 text. */
record ScenarioFile(String fileName, String source) {

    /** Reads {@code file}; on failure prints why on {@code err} and returns null. */
    static ScenarioFile load(String file, PrintStream err) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            err.println(file + ": not a valid file name");
            return null;
        }
        try {
            String source = SourceFiles.read(path, file);
            Path baseName = path.getFileName();
            return new ScenarioFile(baseName == null ? file : baseName.toString(), source);
        } catch (SourceFiles.Unreadable e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
