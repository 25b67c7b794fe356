package dev.loopscope.ui.panels;

import dev.loopscope.render.TaskPalette;
import javafx.scene.layout.Region;

/** A small block in a task's colour; the colour is the stylesheet's {@code -ls-task-N} (a theme's). */
final class Swatch extends Region {
    private String current;

    Swatch() {
        getStyleClass().add("swatch");
        setMinSize(10, 10);
        setPrefSize(10, 10);
        setMaxSize(10, Double.MAX_VALUE);
    }

    /** {@code ordinal} is the task's index in creation order; negative for "not a task". */
    void setOrdinal(int ordinal) {
        String cls = ordinal < 0 ? "task-color-none" : "task-color-" + Math.floorMod(ordinal, TaskPalette.size());
        if (!cls.equals(current)) {
            if (current != null) {
                getStyleClass().remove(current);
            }
            getStyleClass().add(cls);
            current = cls;
        }
    }
}
