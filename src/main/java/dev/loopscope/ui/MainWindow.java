package dev.loopscope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Builds the main window from {@code MainWindow.fxml} and its stylesheets. */
public final class MainWindow {
    private MainWindow() {
    }

    /** Fills {@code stage} with a new main window over the user's settings and shows it. */
    public static MainWindowController show(Stage stage, Path file) {
        return show(stage, file, WindowPrefs.userNode());
    }

    /**
     * Fills {@code stage} with a new main window and shows it: {@code file} (may be null: the
     * tutorial example) is loaded and run. {@code settings} is where layout, theme, font size and
     * recent files are remembered (tests pass a node of their own).
     */
    public static MainWindowController show(Stage stage, Path file, Preferences settings) {
        WindowPrefs prefs = new WindowPrefs(settings);
        MainWindowController controller = build(stage, new MainViewModel(), prefs);
        prefs.restoreWindow(stage);
        stage.show();
        if (file == null || !controller.open(file)) {
            controller.model().run();
        }
        controller.offerRecovery();
        Platform.runLater(controller::focusPlayback);
        return controller;
    }

    /** Puts the window's scene on {@code stage} without showing it. */
    static MainWindowController build(Stage stage, MainViewModel model, WindowPrefs prefs) {
        FXMLLoader loader = new FXMLLoader(resource("MainWindow.fxml"));
        loader.setControllerFactory(type -> new MainWindowController(model, prefs));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load MainWindow.fxml", e);
        }
        MainWindowController controller = loader.getController();

        Scene scene = new Scene(root, 1280, 800);
        controller.attach(stage, scene);

        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(520);
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

    static URL resource(String name) {
        return Objects.requireNonNull(MainWindow.class.getResource(name), name);
    }
}
