package dev.loopscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** Showing and hiding panels in a split pane: the panels asked for, in order, the nulls left out. */
public final class SplitItems {
    private SplitItems() {
    }

    /** Sets the split's items to the non-null nodes; untouched when they are already those (dividers stay). */
    public static List<Node> set(SplitPane split, Node... nodes) {
        List<Node> want = new ArrayList<>();
        for (Node n : nodes) {
            if (n != null) {
                want.add(n);
            }
        }
        if (!split.getItems().equals(want)) {
            split.getItems().setAll(want);
        }
        return want;
    }
}
