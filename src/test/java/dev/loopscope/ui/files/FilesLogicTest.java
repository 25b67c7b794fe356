package dev.loopscope.ui.files;

import dev.loopscope.examples.Examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file handling without any UI. */
class FilesLogicTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("dev/loopscope/test/recent-" + System.nanoTime());

    @AfterEach
    void dropPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void theDocumentIsDirtyWhileItsTextDiffersFromTheSavedOne() {
        EditorDocument doc = new EditorDocument();
        doc.untitled("tutorial_create_task.py", "print(1)\n");
        assertFalse(doc.isDirty());
        assertEquals("tutorial_create_task.py \u2014 LoopScope", doc.getTitle());
        assertNull(doc.getPath());
        doc.setText("print(2)\n");
        assertTrue(doc.isDirty());
        assertEquals("*tutorial_create_task.py \u2014 LoopScope", doc.getTitle());
        doc.setText("print(1)\n");
        assertFalse(doc.isDirty(), "back to the saved text");
        doc.setText("x = 1\n");
        Path file = dir.resolve("mine.py");
        doc.saved(file, "x = 1\n");
        assertFalse(doc.isDirty());
        assertEquals(file, doc.getPath());
        assertEquals("mine.py \u2014 LoopScope", doc.getTitle());
        doc.loaded(dir.resolve("other.py"), "y = 2\n");
        assertEquals("y = 2\n", doc.getText());
        assertFalse(doc.isDirty());
    }

    @Test
    void savingIsAtomicAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("s.py");
        assertTrue(FileStore.write(file, "print('héllo')\n").ok());
        assertEquals("print('héllo')\n", Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(FileStore.write(file, "print(2)\n").ok());
        assertEquals("print(2)\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("s.py"), files.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        }
    }

    @Test
    void aFailedSaveIsAnErrorMessageAndTheOldFileStays() throws IOException {
        // (tests may run as root, where permissions do not stop writes: a regular file as the
        // "folder" makes the write fail for everyone)
        Path notAFolder = dir.resolve("plain.txt");
        Files.writeString(notAFolder, "keep me");
        FileStore.SaveResult result = FileStore.write(notAFolder.resolve("s.py"), "x = 1\n");
        assertFalse(result.ok());
        assertTrue(result.error().startsWith("Cannot save s.py"), result.error());
        assertTrue(result.error().contains("unchanged"), result.error());
        assertEquals("keep me", Files.readString(notAFolder));

        Path folder = dir.resolve("is-a-folder.py");
        Files.createDirectory(folder);
        assertFalse(FileStore.write(folder, "x").ok());
        assertFalse(FileStore.write(dir.resolve("missing/s.py"), "x").ok());
    }

    @Test
    void readingIsStrictUtf8WithClearMessages() throws IOException {
        Path good = dir.resolve("good.py");
        Files.write(good, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '=', '1'});
        assertEquals("x=1", FileStore.read(good).text());
        Path latin1 = dir.resolve("latin1.py");
        Files.write(latin1, new byte[] {'s', '=', '"', (byte) 0xE9, '"'});
        FileStore.ReadResult bad = FileStore.read(latin1);
        assertFalse(bad.ok());
        assertTrue(bad.error().contains("not readable UTF-8"), bad.error());
        Path binary = dir.resolve("image.py");
        Files.write(binary, new byte[] {'P', 'K', 0, 0, 3, 4});
        assertTrue(FileStore.read(binary).error().contains("binary"), FileStore.read(binary).error());
        assertTrue(FileStore.read(dir.resolve("nope.py")).error().contains("no such file"));
        assertTrue(FileStore.read(dir).error().contains("directory"));
    }

    @Test
    void recentFilesKeepTenNewestFirstWithoutDuplicates() {
        RecentFiles recent = new RecentFiles(prefs);
        assertEquals(List.of(), recent.list());
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("f" + i + ".py"));
        }
        List<Path> list = recent.list();
        assertEquals(RecentFiles.MAX, list.size());
        assertEquals(dir.resolve("f11.py"), list.get(0));
        assertEquals(dir.resolve("f2.py"), list.get(9));
        recent.add(dir.resolve("sub/../f5.py"));
        assertEquals(dir.resolve("f5.py"), recent.list().get(0));
        assertEquals(RecentFiles.MAX, recent.list().size());
        assertEquals(1, recent.list().stream().filter(p -> p.endsWith("f5.py")).count());
        assertEquals(recent.list(), new RecentFiles(prefs).list(), "kept in the preferences");
        recent.remove(dir.resolve("f5.py"));
        assertFalse(recent.list().contains(dir.resolve("f5.py")));
        recent.clear();
        assertEquals(List.of(), recent.list());
    }

    @Test
    void theExamplesAreListedInIndexOrderWithTitles() throws IOException {
        List<Examples.Example> all = Examples.all();
        assertTrue(all.size() >= 12, "lessons: " + all.size());
        assertTrue(Examples.byName(Examples.FIRST).isPresent(), "the window's first example is a lesson");
        for (Examples.Example e : all) {
            assertFalse(e.title().isBlank(), e.name());
            assertTrue(e.text().startsWith("# " + e.title() + "\n"), e.name() + ": first line is the title");
            assertFalse(e.group().isBlank(), e.name());
            // the shipped text is assets/scenarios/NAME.py, and its test copy is checked against CPython
            assertEquals(Files.readString(Paths.get("assets/scenarios", e.name())), e.text(), e.name());
            Path copy = Paths.get("src/test/resources/scenarios/example_" + e.name());
            assertEquals(e.text(), Files.readString(copy), copy + " differs from the example");
            assertTrue(Files.isRegularFile(Paths.get(copy.toString().replaceAll("\\.py$", ".trace"))), copy + " has no trace");
        }
        Set<String> listed = all.stream().map(Examples.Example::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Paths.get("assets/scenarios"))) {
            Set<String> inFolder = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .collect(Collectors.toSet());
            assertEquals(inFolder, listed, "examples.index lists every assets/scenarios/*.py");
        }
        assertEquals("create_task: two coroutines run concurrently as tasks (the tutorial's first example)",
                Examples.byName(Examples.FIRST).orElseThrow().title());
        assertEquals("x", Examples.titleOf("\n# sim: latency a 1\n", "x"));
    }
}
