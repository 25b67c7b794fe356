package dev.loopscope.ui.timeline;

import dev.loopscope.render.ForwardingPainter;
import dev.loopscope.render.Painter;
import dev.loopscope.render.Rgba;

/**
 * Covers the timeline right of the playhead while a learner predicts: the lanes would otherwise
 * give away the order that the Predict questions ask about. Drawn last, over the lanes but not
 * over the axis, so the clock stays readable; it recedes as the run plays.
 */
final class FutureVeil extends ForwardingPainter {
    static final String TEXT = "The rest of the run is hidden while you predict";
    private double from;
    private double top;
    private Rgba veil;
    private Rgba ink;
    private double textSize;
    private double width;
    private double height;

    FutureVeil(Painter target) {
        super(target);
    }

    /** The next frame hides everything right of pixel {@code x} and below {@code top}. */
    void cover(double x, double top, Rgba background, Rgba ink, double textSize) {
        this.from = Math.max(0, x + 1);
        this.top = top;
        this.veil = background.withAlpha(0.99);
        this.ink = ink;
        this.textSize = textSize;
    }

    @Override
    public void begin(double width, double height, Rgba background) {
        this.width = width;
        this.height = height;
        super.begin(width, height, background);
    }

    @Override
    public void end() {
        if (from < width) {
            target.fillRect(from, top, width - from, height - top, veil);
            if (width - from > textSize * 24) {
                target.text(from + (width - from) / 2, top + (height - top) / 2, TEXT, ink, textSize, false, Align.CENTER);
            }
        }
        super.end();
    }
}
