package dev.loopscope.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. Started through {@code dev.loopscope.Main}. */
public final class LoopScopeApp extends Application {

    /** Opens the window; {@code args} is empty or holds one scenario file to load. */
    public static void launchWindow(String[] args) {
        Application.launch(LoopScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        Path file = raw.isEmpty() ? null : Path.of(raw.get(0));
        StartupProbe.watch(stage);
        MainWindow.show(stage, file);
    }
}
