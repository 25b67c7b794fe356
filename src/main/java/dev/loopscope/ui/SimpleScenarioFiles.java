package dev.loopscope.ui;

import dev.loopscope.diag.SourceFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** A minimal {@link ScenarioFiles}: a file chooser, UTF-8 text. Replaced by {@code ui.files}. */
public final class SimpleScenarioFiles implements ScenarioFiles {
    private Path lastFolder;
    private String problem;

    @Override
    public Optional<Opened> open(Window owner) {
        problem = null;
        FileChooser chooser = chooser("Open a scenario", null);
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file.toPath()));
        } catch (RuntimeException e) {
            problem = e.getMessage();
            return Optional.empty();
        }
    }

    @Override
    public Opened read(Path path) {
        try {
            String text = SourceFiles.read(path, String.valueOf(path.getFileName()));
            lastFolder = path.toAbsolutePath().getParent();
            return new Opened(path, text);
        } catch (SourceFiles.Unreadable e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> save(Window owner, Path path, String text) {
        return path == null ? saveAs(owner, null, text) : write(path, text);
    }

    @Override
    public Optional<Path> saveAs(Window owner, Path current, String text) {
        problem = null;
        FileChooser chooser = chooser("Save the scenario", current);
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : write(file.toPath(), text);
    }

    @Override
    public String problem() {
        return problem;
    }

    private Optional<Path> write(Path path, String text) {
        problem = null;
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            lastFolder = path.toAbsolutePath().getParent();
            return Optional.of(path);
        } catch (IOException | RuntimeException e) {
            problem = path.getFileName() + " cannot be saved (" + e.getMessage() + ")";
            return Optional.empty();
        }
    }

    private FileChooser chooser(String title, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Python scenarios", "*.py"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path folder = current != null && current.toAbsolutePath().getParent() != null
                ? current.toAbsolutePath().getParent() : lastFolder;
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (current != null) {
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
        }
        return chooser;
    }
}
