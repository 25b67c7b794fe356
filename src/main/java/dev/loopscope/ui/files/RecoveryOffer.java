package dev.loopscope.ui.files;

import dev.loopscope.ui.Alerts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * The question at start after a session that did not end cleanly: Restore or Discard the
 * unsaved work. Shown without blocking (the window is already up and running its example);
 * the answer comes to {@code answer}: true for Restore.
 */
public final class RecoveryOffer {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private RecoveryOffer() {
    }

    public static Alert show(Window owner, Recovery.Snapshot work, Consumer<Boolean> answer) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved work?");
        alert.setHeaderText("LoopScope did not close normally last time.");
        alert.setContentText(describe(work));
        alert.getDialogPane().setId("recoveryOffer");
        Alerts.styleLike(owner, alert.getDialogPane());
        alert.resultProperty().addListener((obs, old, result) -> {
            if (result != null) {
                answer.accept(result == RESTORE);
            }
        });
        alert.show();
        return alert;
    }

    /** "Unsaved changes to NAME (FOLDER), N lines." */
    static String describe(Recovery.Snapshot work) {
        long lines = work.text().isEmpty() ? 0 : work.text().lines().count();
        String where = work.file() == null ? "not saved to a file yet"
                : "from " + (work.file().getParent() == null ? work.file() : work.file().getParent());
        return "Unsaved changes to " + work.name() + " (" + where + "), " + lines + (lines == 1 ? " line" : " lines")
                + ".\nRestore them in the editor, or discard them?";
    }
}
