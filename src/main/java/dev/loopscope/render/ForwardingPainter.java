package dev.loopscope.render;

/** A painter that passes every call on: wrappers override only what they change. */
public abstract class ForwardingPainter implements Painter {
    protected final Painter target;

    protected ForwardingPainter(Painter target) {
        this.target = target;
    }

    @Override
    public void begin(double width, double height, Rgba background) {
        target.begin(width, height, background);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        target.fillRect(x, y, w, h, color);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        target.strokeRect(x, y, w, h, color, lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        target.line(x1, y1, x2, y2, color, lineWidth);
    }

    @Override
    public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align) {
        target.text(x, baseline, text, color, size, bold, align);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        target.pushClip(x, y, w, h);
    }

    @Override
    public void popClip() {
        target.popClip();
    }

    @Override
    public void beginGroup(String kind, String name) {
        target.beginGroup(kind, name);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }

    @Override
    public void end() {
        target.end();
    }
}
