package dev.loopscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Routes keys to actions for one scene. A key belongs to its action everywhere, except that keys
 * which also edit text (Space, arrows, Home/End, +/-) belong to the editor while the caret is in
 * it: then the menu's accelerator for the same key is ignored too.
 */
public final class ActionKeys {
    private final List<UiAction> actions = new ArrayList<>();
    /** Set while a key press goes to a text control, so that a menu accelerator does not also fire. */
    private boolean textKeystroke;

    public void add(UiAction action) {
        actions.add(action);
    }

    public List<UiAction> actions() {
        return actions;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::route);
    }

    private void route(KeyEvent event) {
        boolean inText = inTextControl(event.getTarget() instanceof Node n ? n : null)
                || inTextControl(((Scene) event.getSource()).getFocusOwner());
        for (UiAction action : actions) {
            for (KeyCombination keys : action.keys()) {
                if (keys.match(event)) {
                    if (inText && !action.isTextSafe()) {
                        textKeystroke = true;
                        Platform.runLater(() -> textKeystroke = false);
                        return;
                    }
                    event.consume();
                    action.fire();
                    return;
                }
            }
        }
    }

    /** A menu item was chosen (by mouse, or by its accelerator). */
    void fromMenu(UiAction action) {
        if (textKeystroke) {
            return;
        }
        action.fire();
    }

    static boolean inTextControl(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof GenericStyledArea) {
                return true;
            }
        }
        return false;
    }
}
