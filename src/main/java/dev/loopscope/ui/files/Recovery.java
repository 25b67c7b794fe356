package dev.loopscope.ui.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The copy of unsaved work that survives a crash: the editor's text, the file it belongs to
 * and the text last saved there (so the restored editor is exactly as dirty as it was). One
 * per user, in {@link #folderForUser()}; written atomically ({@link FileStore}), the metadata
 * last, so a crash mid-write leaves the previous copy whole. No JavaFX here.
 */
public final class Recovery {
    /** Where recovery files go; "off" turns recovery off (the test suite's default). */
    public static final String DIR_PROPERTY = "loopscope.recovery.dir";

    private static final String META = "recovery.properties";
    private static final String TEXT = "text.py";
    private static final String SAVED = "saved.py";

    /** Unsaved work: {@code file} is null for an untitled scenario, {@code name} what the title shows. */
    public record Snapshot(Path file, String name, String text, String savedText) {
    }

    private final Path folder;

    public Recovery(Path folder) {
        this.folder = folder;
    }

    /** The user's recovery folder ({@code -Dloopscope.recovery.dir}, else ~/.loopscope/recovery), or null when off. */
    public static Path folderForUser() {
        String configured = System.getProperty(DIR_PROPERTY, "");
        if (configured.equals("off")) {
            return null;
        }
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".loopscope", "recovery");
    }

    public Path folder() {
        return folder;
    }

    /** Keeps {@code snapshot}; null when that worked, else why not (the editor keeps its text either way). */
    public String save(Snapshot snapshot) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return "Cannot keep a recovery copy in " + folder + ": " + FileStore.reason(e);
        }
        for (String[] part : new String[][] {{TEXT, snapshot.text()}, {SAVED, snapshot.savedText()}}) {
            FileStore.SaveResult r = FileStore.write(folder.resolve(part[0]), part[1]);
            if (!r.ok()) {
                return r.error();
            }
        }
        Properties meta = new Properties();
        meta.setProperty("name", snapshot.name());
        if (snapshot.file() != null) {
            meta.setProperty("file", snapshot.file().toAbsolutePath().toString());
        }
        // lengths tie the metadata to the two texts written before it
        meta.setProperty("textLength", Integer.toString(snapshot.text().length()));
        meta.setProperty("savedLength", Integer.toString(snapshot.savedText().length()));
        StringWriter out = new StringWriter();
        try {
            meta.store(out, "LoopScope unsaved work");
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        FileStore.SaveResult r = FileStore.write(folder.resolve(META), out.toString());
        return r.ok() ? null : r.error();
    }

    /** The work a previous session left unsaved, if any (and whole). */
    public Optional<Snapshot> pending() {
        Path metaFile = folder.resolve(META);
        if (!Files.isRegularFile(metaFile)) {
            return Optional.empty();
        }
        try {
            Properties meta = new Properties();
            meta.load(new StringReader(Files.readString(metaFile, StandardCharsets.UTF_8)));
            String text = Files.readString(folder.resolve(TEXT), StandardCharsets.UTF_8);
            String saved = Files.readString(folder.resolve(SAVED), StandardCharsets.UTF_8);
            if (!Integer.toString(text.length()).equals(meta.getProperty("textLength"))
                    || !Integer.toString(saved.length()).equals(meta.getProperty("savedLength"))) {
                return Optional.empty();
            }
            String file = meta.getProperty("file");
            return Optional.of(new Snapshot(file == null ? null : Path.of(file),
                    meta.getProperty("name", "untitled.py"), text, saved));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Forgets the kept work (after a save, a clean quit, or Discard). */
    public void clear() {
        for (String name : new String[] {META, TEXT, SAVED}) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException ignored) {
                // the metadata goes first; without it the rest is never offered
            }
        }
    }
}
