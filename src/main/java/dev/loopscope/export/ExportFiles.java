package dev.loopscope.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export file atomically: into a temporary file beside the target, then moved over it,
 * so that a failed or interrupted export never leaves half a file (or destroys the previous one).
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Why a file cannot be written, in words (a directory that does not exist, no permission, ...). */
    public static final class Unwritable extends IOException {
        public Unwritable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Checks, before any work, that {@code target} can be written: its folder exists and is
     * writable, and it is not itself a folder.
     */
    public static void checkWritable(Path target) throws Unwritable {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new Unwritable(target + ": is a directory", null);
        }
        if (dir == null || !Files.exists(dir)) {
            throw new Unwritable(target + ": the directory " + (dir == null ? "" : dir + " ") + "does not exist", null);
        }
        if (!Files.isDirectory(dir)) {
            throw new Unwritable(target + ": " + dir + " is not a directory", null);
        }
        if (!Files.isWritable(dir)) {
            throw new Unwritable(target + ": the directory " + dir + " is not writable", null);
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new Unwritable(target + ": the file is read-only", null);
        }
    }

    /** Writes {@code target} through a temporary file in the same folder, then moves it into place. */
    public static void write(Path target, Body body) throws IOException {
        checkWritable(target);
        Path abs = target.toAbsolutePath().normalize();
        // a new file (not createTempFile, whose mode is 0600): it gets the usual permissions (umask)
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        OutputStream raw;
        try {
            raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new Unwritable(target + ": " + reason(e), e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
                body.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (FileSystemException e) {
            throw new Unwritable(target + ": " + reason(e), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
