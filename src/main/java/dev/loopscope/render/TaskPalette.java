package dev.loopscope.render;

/**
 * The colours that tell tasks apart, shared by the timeline, the task cards and the editor's
 * marks (CSS variables {@code -ls-task-0} ... in the stylesheets carry the same values).
 */
public final class TaskPalette {
    private TaskPalette() {
    }

    private static final String[] LIGHT = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
            "#8c564b", "#e377c2"};
    private static final String[] DARK = {"#5fa8e8", "#ff6b6b", "#5cd65c", "#c39bf0", "#ffa94d", "#4dd9e6",
            "#c8967a", "#f5a3d9"};

    public static int size() {
        return LIGHT.length;
    }

    /** The colour of the task with this ordinal (its position in creation order), as #rrggbb. */
    public static String color(int ordinal, boolean dark) {
        String[] p = dark ? DARK : LIGHT;
        return p[Math.floorMod(ordinal, p.length)];
    }
}
