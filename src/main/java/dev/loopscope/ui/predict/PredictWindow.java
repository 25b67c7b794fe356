package dev.loopscope.ui.predict;

import dev.loopscope.trace.Replay;
import dev.loopscope.ui.MainViewModel;
import dev.loopscope.ui.WindowLook;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Predict window (Run &gt; Predict&hellip;, Ctrl+P): a {@link PredictPane} beside the main window,
 * in its theme. Opening it runs the scenario in the editor afresh and rewinds the playback, so the
 * questions are about the text on screen and nothing has played yet; each later run of the main
 * window brings new questions. One at a time.
 */
public final class PredictWindow {
    public static final String TITLE = "LoopScope \u2014 Predict";

    private static PredictWindow open;

    private final Stage stage;
    private final PredictPane pane;
    private final MainViewModel model;
    private final ChangeListener<Object> newRun;
    private final ChangeListener<Boolean> follow;

    private PredictWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
        this.pane = new PredictPane(model.playback());
        newRun = (obs, old, now) -> reload();
        follow = (obs, old, dark) -> setDark(dark);
    }

    /** Opens the window (or brings the open one to the front) and runs the scenario for it. */
    public static PredictWindow show(Window owner, MainViewModel model) {
        if (open != null && open.stage.isShowing()) {
            open.stage.toFront();
            open.stage.requestFocus();
            model.run();
            return open;
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        PredictWindow window = build(stage, model);
        open = window;
        model.predictingProperty().set(true);
        stage.setOnHidden(e -> {
            model.predictingProperty().set(false);
            window.detach();
            if (open == window) {
                open = null;
            }
        });
        stage.show();
        model.run();
        return window;
    }

    /** Fills {@code stage} with a Predict pane over {@code model} (not shown, nothing run); the tests use this. */
    public static PredictWindow build(Stage stage, MainViewModel model) {
        PredictWindow window = new PredictWindow(stage, model);
        Scene scene = new Scene(window.pane, 860, 680);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(560);
        stage.setMinHeight(480);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        model.timelineProperty().addListener(window.newRun);
        model.darkProperty().addListener(window.follow);
        window.setDark(model.darkProperty().get());
        window.reload();
        return window;
    }

    private void detach() {
        model.timelineProperty().removeListener(newRun);
        model.darkProperty().removeListener(follow);
    }

    /** The main window shows a new run (or none): new questions, asked before it plays. */
    private void reload() {
        Replay replay = model.playback().replay();
        if (model.timelineProperty().get() == null || replay == null) {
            pane.showWaiting(model.runningProperty().get() ? "Running the scenario\u2026"
                    : "The scenario did not run: see the main window's status bar.");
            return;
        }
        model.playback().playingProperty().set(false);
        model.playback().toStart();
        pane.load(replay.run());
    }

    public Stage stage() {
        return stage;
    }

    public PredictPane pane() {
        return pane;
    }

    private void setDark(boolean dark) {
        WindowLook.apply(stage.getScene(), dark, WindowLook.sheet(PredictWindow.class, "predict.css"));
    }
}
