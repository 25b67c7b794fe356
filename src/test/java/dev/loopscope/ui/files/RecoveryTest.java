package dev.loopscope.ui.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recovery copy on its own: kept whole, found again, forgotten; a torn copy is never offered. */
class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void keepsTextFileAndSavedTextUntilCleared() {
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        assertTrue(recovery.pending().isEmpty());
        Path file = dir.resolve("work.py");
        assertNull(recovery.save(new Recovery.Snapshot(file, "work.py", "print('new')\r\n\u00e9\n", "print('old')\n")));
        Recovery.Snapshot back = new Recovery(dir.resolve("recovery")).pending().orElseThrow();
        assertEquals(file.toAbsolutePath(), back.file());
        assertEquals("work.py", back.name());
        assertEquals("print('new')\r\n\u00e9\n", back.text());
        assertEquals("print('old')\n", back.savedText());
        recovery.clear();
        assertTrue(recovery.pending().isEmpty());
    }

    @Test
    void anUntitledScenarioHasNoFile() {
        Recovery recovery = new Recovery(dir);
        assertNull(recovery.save(new Recovery.Snapshot(null, "untitled.py", "x = 1\n", "")));
        Recovery.Snapshot back = recovery.pending().orElseThrow();
        assertNull(back.file());
        assertEquals("untitled.py", back.name());
    }

    @Test
    void aCopyTornByACrashIsNotOffered() throws IOException {
        Recovery recovery = new Recovery(dir);
        recovery.save(new Recovery.Snapshot(null, "a.py", "first text\n", ""));
        // a crash after the text was rewritten but before the metadata was
        Files.writeString(dir.resolve("text.py"), "half");
        assertEquals(Optional.empty(), recovery.pending());
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAMessage() throws IOException {
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "");
        String error = new Recovery(blocker.resolve("recovery")).save(new Recovery.Snapshot(null, "a.py", "x", ""));
        assertTrue(error != null && error.startsWith("Cannot keep a recovery copy in "), error);
    }

    @Test
    void theFolderIsConfigurableAndCanBeTurnedOff() {
        String before = System.getProperty(Recovery.DIR_PROPERTY);
        try {
            System.setProperty(Recovery.DIR_PROPERTY, dir.toString());
            assertEquals(dir, Recovery.folderForUser());
            System.setProperty(Recovery.DIR_PROPERTY, "off");
            assertNull(Recovery.folderForUser());
            System.clearProperty(Recovery.DIR_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".loopscope", "recovery"), Recovery.folderForUser());
        } finally {
            if (before == null) {
                System.clearProperty(Recovery.DIR_PROPERTY);
            } else {
                System.setProperty(Recovery.DIR_PROPERTY, before);
            }
        }
    }
}
