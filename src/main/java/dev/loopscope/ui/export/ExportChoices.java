package dev.loopscope.ui.export;

import dev.loopscope.export.ExportFormat;
import dev.loopscope.export.ExportOptions;
import dev.loopscope.render.Viewport;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the Export dialog asks: the format; for a PNG its size (1x or 2x the timeline's width on
 * screen, or a chosen width in pixels); the theme (light unless asked) and background of an
 * image; the whole run or the range the timeline shows. {@link #options} turns the answers into
 * the {@link ExportOptions} the exporters take, with no dialog involved.
 *
 * @param width the chosen width in pixels, used when {@code size} is {@link Size#WIDTH}
 */
public record ExportChoices(ExportFormat format, Size size, int width, boolean dark, boolean transparent,
                            boolean visibleRange) {

    /** How wide a PNG is. */
    public enum Size {
        /** One image pixel per layout pixel, as wide as the timeline on screen. */
        X1,
        /** Two image pixels per layout pixel (sharp on slides and high-density screens). */
        X2,
        /** {@link #width()} pixels wide. */
        WIDTH
    }

    /** PNG, 1x, 1200 pixels if a width is chosen, light, white, the whole run. */
    public static final ExportChoices DEFAULTS =
            new ExportChoices(ExportFormat.PNG, Size.X1, (int) ExportOptions.DEFAULT_WIDTH, false, false, false);

    public ExportChoices {
        if (format == null) {
            format = ExportFormat.PNG;
        }
        if (size == null) {
            size = Size.X1;
        }
        width = clampWidth(width);
    }

    /** A width in pixels within what an export accepts. */
    public static int clampWidth(double w) {
        if (!(w >= ExportOptions.MIN_WIDTH)) {
            return (int) ExportOptions.MIN_WIDTH;
        }
        return (int) Math.min(ExportOptions.MAX_WIDTH, Math.round(w));
    }

    /** True for the formats that are pictures (theme, background and range apply). */
    public boolean isImage() {
        return format != ExportFormat.JSON;
    }

    /**
     * The exporters' options for these choices.
     *
     * @param screenWidth the timeline's width on screen (the layout width of a 1x or 2x PNG and of
     *                    an SVG: the picture is laid out as the screen lays it out); below the
     *                    smallest export width, the default width is used
     * @param visible     what the timeline shows now (for the visible range), or null
     */
    public ExportOptions options(double screenWidth, Viewport visible) {
        if (format == ExportFormat.JSON) {
            return ExportOptions.DEFAULTS; // a trace holds the whole run; image options do not apply
        }
        double layout = screenWidth >= ExportOptions.MIN_WIDTH
                ? Math.min(ExportOptions.MAX_WIDTH, Math.floor(screenWidth)) : ExportOptions.DEFAULT_WIDTH;
        double scale = 1;
        switch (size) {
            case X1 -> scale = 1;
            case X2 -> scale = format == ExportFormat.PNG ? 2 : 1;
            case WIDTH -> layout = format == ExportFormat.PNG ? width : layout;
        }
        ExportOptions.Span span = visibleRange && visible != null && visible.visibleTo() > visible.visibleFrom()
                ? ExportOptions.Span.visible(visible) : ExportOptions.Span.WHOLE;
        return ExportOptions.DEFAULTS.withWidth(layout).withScale(scale).withDark(dark).withTransparent(transparent)
                .withSpan(span);
    }

    public ExportChoices withFormat(ExportFormat f) {
        return new ExportChoices(f, size, width, dark, transparent, visibleRange);
    }

    public ExportChoices withSize(Size s) {
        return new ExportChoices(format, s, width, dark, transparent, visibleRange);
    }

    public ExportChoices withWidth(int w) {
        return new ExportChoices(format, size, w, dark, transparent, visibleRange);
    }

    public ExportChoices withDark(boolean d) {
        return new ExportChoices(format, size, width, d, transparent, visibleRange);
    }

    public ExportChoices withTransparent(boolean t) {
        return new ExportChoices(format, size, width, dark, t, visibleRange);
    }

    public ExportChoices withVisibleRange(boolean v) {
        return new ExportChoices(format, size, width, dark, transparent, v);
    }

    /** "tutorial.png" for the scenario "tutorial.py" (the name without its extension, then the format's). */
    public static String suggestedName(String scenarioName, String suffix, ExportFormat format) {
        return baseName(scenarioName) + suffix + "." + format.extension();
    }

    /** A scenario's name without its extension ("timeline" if it has none). */
    public static String baseName(String scenarioName) {
        String name = scenarioName == null || scenarioName.isBlank() ? "timeline" : scenarioName.strip();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name;
    }

    // ---- remembered between runs

    private static final String KEY = "export.";

    /** The choices last made, from the settings (the defaults for what is missing or unknown). */
    public static ExportChoices load(Preferences node) {
        if (node == null) {
            return DEFAULTS;
        }
        ExportFormat format = ExportFormat.ofFileName("x." + node.get(KEY + "format", "png")).orElse(ExportFormat.PNG);
        Size size;
        try {
            size = Size.valueOf(node.get(KEY + "size", Size.X1.name()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            size = Size.X1;
        }
        return new ExportChoices(format, size, node.getInt(KEY + "width", DEFAULTS.width()),
                node.getBoolean(KEY + "dark", false), node.getBoolean(KEY + "transparent", false),
                node.getBoolean(KEY + "visible", false));
    }

    public void save(Preferences node) {
        if (node == null) {
            return;
        }
        node.put(KEY + "format", format.extension());
        node.put(KEY + "size", size.name());
        node.putInt(KEY + "width", width);
        node.putBoolean(KEY + "dark", dark);
        node.putBoolean(KEY + "transparent", transparent);
        node.putBoolean(KEY + "visible", visibleRange);
    }
}
