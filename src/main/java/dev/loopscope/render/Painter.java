package dev.loopscope.render;

/**
 * What the timeline is drawn with: the screen (a JavaFX Canvas), the SVG exporter and any raster
 * exporter implement this, and {@link TimelineRenderer} draws through it alone, so a file never
 * differs from the screen. Coordinates are in pixels, y downwards; text is placed by its baseline.
 * Layout never depends on a painter's font metrics (the renderer estimates text widths itself),
 * so every painter receives exactly the same calls.
 */
public interface Painter {
    /** Where a text's anchor point sits. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Starts a frame of this size, cleared to {@code background} (null: transparent). */
    void begin(double width, double height, Rgba background);

    void fillRect(double x, double y, double w, double h, Rgba color);

    void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth);

    void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth);

    void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align);

    /** Restricts drawing to a rectangle until the matching {@link #popClip()}; clips nest. */
    void pushClip(double x, double y, double w, double h);

    void popClip();

    /**
     * Opens a named group of drawing calls ({@code kind} such as "lane", {@code name} such as the
     * task's name); the SVG painter writes it as a {@code <g>}, a screen painter ignores it.
     */
    default void beginGroup(String kind, String name) {
    }

    default void endGroup() {
    }

    /** Ends the frame (flushes, closes groups). */
    void end();
}
