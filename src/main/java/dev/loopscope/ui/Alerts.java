package dev.loopscope.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The window's own dialogs: styled like the window that opens them (theme, font size). */
public final class Alerts {
    private Alerts() {
    }

    /** Gives a dialog the stylesheets and font of {@code owner}, so a dark window does not open a light dialog. */
    public static void styleLike(Window owner, DialogPane pane) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** An error, told in a header and a message, over {@code owner} until dismissed. */
    public static void showError(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("LoopScope");
        alert.setHeaderText(header);
        alert.setContentText(message);
        styleLike(owner, alert.getDialogPane());
        alert.showAndWait();
    }
}
