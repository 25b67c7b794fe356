package dev.loopscope.render;

/**
 * The timeline's colours. Task colours come from {@link TaskPalette} (the same ones the task cards
 * and the editor use); the rest are here, light and dark.
 */
public record TimelineTheme(
        boolean dark,
        Rgba background,
        Rgba labelBackground,
        Rgba axisBackground,
        Rgba laneStripe,
        Rgba grid,
        Rgba separator,
        Rgba text,
        Rgba muted,
        Rgba burst,
        Rgba playhead,
        Rgba blockedBackground,
        Rgba blockedStripe,
        Rgba callback,
        Rgba idle,
        Rgba error,
        Rgba print,
        Rgba hover) {

    public static final TimelineTheme LIGHT = new TimelineTheme(false,
            Rgba.of("#ffffff"), Rgba.of("#f6f7f9"), Rgba.of("#f1f3f5"), Rgba.of("#f8f9fb"),
            Rgba.of("#e3e6ea"), Rgba.of("#ced4da"), Rgba.of("#212529"), Rgba.of("#6c757d"),
            Rgba.of("#bac8ff", 0.55), Rgba.of("#111111"), Rgba.of("#ffd43b"), Rgba.of("#212529"),
            Rgba.of("#868e96"), Rgba.of("#adb5bd"), Rgba.of("#e03131"), Rgba.of("#495057"),
            Rgba.of("#000000", 0.85));

    public static final TimelineTheme DARK = new TimelineTheme(true,
            Rgba.of("#1e1f22"), Rgba.of("#25262b"), Rgba.of("#2b2d31"), Rgba.of("#222327"),
            Rgba.of("#34363c"), Rgba.of("#44474e"), Rgba.of("#e9ecef"), Rgba.of("#9aa0a6"),
            Rgba.of("#4c6ef5", 0.35), Rgba.of("#f8f9fa"), Rgba.of("#fcc419"), Rgba.of("#1e1f22"),
            Rgba.of("#868e96"), Rgba.of("#5c636a"), Rgba.of("#ff6b6b"), Rgba.of("#ced4da"),
            Rgba.of("#ffffff", 0.9));

    public static TimelineTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private static final Rgba[] LIGHT_TASKS = palette(false);
    private static final Rgba[] DARK_TASKS = palette(true);

    private static Rgba[] palette(boolean dark) {
        Rgba[] p = new Rgba[TaskPalette.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = Rgba.of(TaskPalette.color(i, dark));
        }
        return p;
    }

    /** The colour of the task with this ordinal (creation order). */
    public Rgba task(int ordinal) {
        Rgba[] p = dark ? DARK_TASKS : LIGHT_TASKS;
        return p[Math.floorMod(ordinal, p.length)];
    }
}
