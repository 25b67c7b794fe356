package dev.loopscope.ui.files;

import dev.loopscope.diag.SourceFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reading and writing scenario files, without UI. Reading is strict UTF-8
 * ({@link SourceFiles}); writing is atomic: the text goes to a temporary file in the same
 * folder, which then replaces the target in one rename, so a failure (read-only folder, full
 * disk) leaves the old file as it was. Failures come back as messages, not exceptions.
 */
public final class FileStore {
    private FileStore() {
    }

    /** What reading gave: the text, or a one-line message saying why not. */
    public record ReadResult(String text, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** What saving gave: null error when the file now holds the text. */
    public record SaveResult(Path file, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Reads a scenario file as strict UTF-8 (a binary file or bad bytes give an error). */
    public static ReadResult read(Path file) {
        try {
            String text = SourceFiles.read(file, file.getFileName().toString());
            if (text.indexOf('\0') >= 0) {
                return new ReadResult(null, file.getFileName() + ": looks like a binary file, not Python source");
            }
            return new ReadResult(text, null);
        } catch (SourceFiles.Unreadable e) {
            return new ReadResult(null, e.getMessage());
        }
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically; see the class comment. */
    public static SaveResult write(Path target, String text) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        String shown = file.getFileName().toString();
        Path temp = null;
        try {
            if (Files.isDirectory(file)) {
                return new SaveResult(file, "Cannot save " + shown + ": it is a folder");
            }
            temp = Files.createTempFile(folder, "." + shown + ".", ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return new SaveResult(file, null);
        } catch (IOException | RuntimeException e) {
            return failure(file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and says what it is
                }
            }
        }
    }

    /** The message for a write of {@code target} that failed with {@code e}. */
    public static SaveResult failure(Path target, Exception e) {
        Path file = target.toAbsolutePath();
        return new SaveResult(file, "Cannot save " + file.getFileName() + " in " + file.getParent() + ": " + reason(e)
                + ". The file on disk is unchanged; your text is still in the editor.");
    }

    private static void keepPermissions(Path file, Path temp) {
        try {
            if (Files.exists(file)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                Files.setPosixFilePermissions(temp, perms);
            } else {
                Files.setPosixFilePermissions(temp, Set.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ,
                        PosixFilePermission.OTHERS_READ));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: the temporary file's defaults will do
        }
    }

    /** A plain reason for a failed write. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (the folder or file is read-only)";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "the folder is not a folder";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No space left") || message.contains("Disk quota")) {
            return "the disk is full";
        }
        if (message.contains("Read-only file system")) {
            return "the disk is read-only";
        }
        if (message.contains("Not a directory")) {
            return "the folder is not a folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return message;
    }
}
