package dev.loopscope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Builds the main window from {@code MainWindow.fxml} and {@code MainWindow.css}. */
public final class MainWindow {
    private MainWindow() {
    }

    /** Fills {@code stage} with a new main window and shows it; {@code file} may be null. */
    public static MainWindowController show(Stage stage, Path file) {
        MainWindowController controller = build(stage, new MainViewModel());
        if (file != null) {
            controller.open(file);
        }
        stage.show();
        controller.focusEditor();
        return controller;
    }

    /** Puts the window's scene on {@code stage} without showing it. */
    static MainWindowController build(Stage stage, MainViewModel model) {
        FXMLLoader loader = new FXMLLoader(resource("MainWindow.fxml"));
        loader.setControllerFactory(type -> new MainWindowController(model));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load MainWindow.fxml", e);
        }
        MainWindowController controller = loader.getController();

        Scene scene = new Scene(root, 1100, 780);
        scene.getStylesheets().add(resource("MainWindow.css").toExternalForm());
        controller.attach(stage, scene);

        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        try (InputStream icon = MainWindow.class.getResourceAsStream("/dev/loopscope/icons/loopscope.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (IOException e) {
            // a window without an icon is still a window
        }
        stage.setScene(scene);
        return controller;
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(MainWindow.class.getResource(name), name);
    }
}
