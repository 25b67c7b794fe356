package dev.loopscope.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads scenario files the one way every front end does: bytes, then strict UTF-8 (as CPython
 * reads source), a leading byte order mark dropped. Problems come back as one-line messages
 * that start with the file name as the user gave it.
 */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** A file that cannot be used as scenario source; {@link #getMessage} is the whole message. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads {@code path}; {@code shownName} starts every message (usually the path as typed). */
    public static String read(Path path, String shownName) throws Unreadable {
        if (Files.isDirectory(path)) {
            throw new Unreadable(shownName + ": is a directory, not a scenario file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Unreadable(shownName + ": no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable(shownName + ": permission denied");
        } catch (IOException e) {
            throw new Unreadable(shownName + ": cannot be read (" + e.getMessage() + ")");
        }
        return decode(bytes, shownName);
    }

    /**
     * Decodes {@code bytes} as strict UTF-8. A leading UTF-8 byte order mark is dropped; the
     * offset in the message counts bytes from the start of the file, the mark included.
     */
    public static String decode(byte[] bytes, String shownName) throws Unreadable {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            in.position(3);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Unreadable(shownName + ": not readable UTF-8 text (invalid byte at offset "
                    + in.position() + ")");
        }
        if (result.isOverflow()) {
            // Cannot happen: UTF-8 never yields more chars than bytes. Fail loudly if it ever does.
            throw new IllegalStateException("UTF-8 decoding overflowed");
        }
        out.flip();
        return out.toString();
    }
}
