package dev.loopscope.ui.export;

import dev.loopscope.export.ExportFormat;
import dev.loopscope.ui.Alerts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The dialogs an export shows: the Export dialog, the file chooser and the error alert.
 * {@link Fx} by default; tests answer them in advance (as {@code ScenarioFiles.Dialogs} does for
 * the file menu).
 */
public interface ExportDialogs {

    /**
     * Asks what to export, starting from {@code initial}; empty when cancelled.
     *
     * @param preview what a choice gives, in words ("2,560 × 404 pixels"), shown as the choices change
     */
    Optional<ExportChoices> chooseExport(Window owner, ExportChoices initial, Function<ExportChoices, String> preview);

    /** Asks where to save a file of {@code format}, suggesting {@code name} in {@code folder} (may be null). */
    Optional<Path> chooseFile(Window owner, String title, Path folder, String name, ExportFormat format);

    void showError(Window owner, String header, String message);

    /** The real dialogs: {@link ExportDialog}, JavaFX's {@link FileChooser} and an {@link Alert}. */
    final class Fx implements ExportDialogs {
        @Override
        public Optional<ExportChoices> chooseExport(Window owner, ExportChoices initial,
                                                    Function<ExportChoices, String> preview) {
            ExportDialog dialog = new ExportDialog(initial, preview);
            dialog.initOwner(owner);
            Alerts.styleLike(owner, dialog.getDialogPane());
            return dialog.showAndWait();
        }

        @Override
        public Optional<Path> chooseFile(Window owner, String title, Path folder, String name, ExportFormat format) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.description() + " (*." + format.extension() + ")", "*." + format.extension()));
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(name);
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        }

        @Override
        public void showError(Window owner, String header, String message) {
            Alerts.showError(owner, header, message);
        }
    }
}
