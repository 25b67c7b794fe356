package dev.loopscope.ui.compare;

import dev.loopscope.ui.WindowLook;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Compare window (Run &gt; Compare&hellip;): a {@link ComparePane} in a stage of its own, in the
 * main window's theme. One at a time: opening it again brings the open one to the front.
 */
public final class CompareWindow {
    public static final String TITLE = "LoopScope \u2014 Compare two runs";

    private static CompareWindow open;

    private final Stage stage;
    private final ComparePane pane;

    private CompareWindow(Stage stage, ComparePane pane) {
        this.stage = stage;
        this.pane = pane;
    }

    /**
     * Opens the window (or brings the open one to the front). It looks like {@code owner} as that
     * changes: its stylesheets (theme, presenter mode's projector theme) and font, {@code dark} for
     * the drawing's colours, {@code uiScale} for the drawing's size.
     */
    public static CompareWindow show(Window owner, ObservableBooleanValue dark, ObservableDoubleValue uiScale) {
        if (open != null && open.stage.isShowing()) {
            open.stage.toFront();
            open.stage.requestFocus();
            return open;
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        CompareWindow window = build(stage, dark.get());
        Scene look = owner == null ? null : owner.getScene();
        window.followLook(look);
        window.pane.canvas().setUiScale(uiScale.get());
        ChangeListener<Boolean> follow = (obs, old, now) -> {
            window.setDark(now);
            window.followLook(look);
        };
        ChangeListener<Number> size = (obs, old, now) -> window.pane.canvas().setUiScale(now.doubleValue());
        InvalidationListener restyle = obs -> window.followLook(look);
        dark.addListener(follow);
        uiScale.addListener(size);
        if (look != null) {
            look.getStylesheets().addListener(restyle);
            look.getRoot().styleProperty().addListener(restyle);
        }
        stage.setOnHidden(e -> {
            dark.removeListener(follow);
            uiScale.removeListener(size);
            if (look != null) {
                look.getStylesheets().removeListener(restyle);
                look.getRoot().styleProperty().removeListener(restyle);
            }
            if (open == window) {
                open = null;
            }
        });
        open = window;
        stage.show();
        return window;
    }

    /** Fills {@code stage} with a Compare pane (not shown); the tests use this. */
    public static CompareWindow build(Stage stage, boolean dark) {
        ComparePane pane = new ComparePane();
        Scene scene = new Scene(pane, 1280, 800);
        CompareWindow window = new CompareWindow(stage, pane);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        window.setDark(dark);
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public ComparePane pane() {
        return pane;
    }

    public void setDark(boolean dark) {
        WindowLook.apply(stage.getScene(), dark, WindowLook.sheet(CompareWindow.class, "compare.css"));
        pane.darkProperty().set(dark);
    }

    /** The owner's stylesheets and font, with the Compare window's own sheet; nothing without an owner. */
    private void followLook(Scene owner) {
        if (owner != null) {
            WindowLook.copy(owner, stage.getScene(), WindowLook.sheet(CompareWindow.class, "compare.css"));
        }
    }
}
