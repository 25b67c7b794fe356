package dev.loopscope.render;

/**
 * A {@link Painter} that writes SVG 1.1 text: shapes as {@code rect}/{@code line}, text kept as
 * {@code text} (selectable, searchable, editable in Inkscape), clips as {@code clipPath}s, the
 * renderer's groups as {@code <g class="lane" data-name="Task-2">}. Call {@link #toString()} after
 * the frame ends.
 */
public final class SvgPainter implements Painter {
    /** The font stack written into the file (the screen uses the system sans-serif). */
    public static final String FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder(1 << 16);
    private int clips;
    private int depth;
    private double width;
    private double height;
    private boolean ended;

    @Override
    public void begin(double width, double height, Rgba background) {
        this.width = width;
        this.height = height;
        out.setLength(0);
        defs.setLength(0);
        body.setLength(0);
        clips = 0;
        depth = 0;
        ended = false;
        if (background != null) {
            body.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
                    .append(num(height)).append('"');
            fill(background);
            body.append("/>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        if (w <= 0 || h <= 0) {
            return;
        }
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        fill(color);
        body.append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h)))
                .append("\" fill=\"none\"");
        stroke(color, lineWidth);
        body.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        stroke(color, lineWidth);
        body.append("/>\n");
    }

    @Override
    public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align align) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline))
                .append("\" font-size=\"").append(num(size)).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (align != Align.LEFT) {
            body.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        }
        fill(color);
        body.append('>');
        escape(body, text);
        body.append("</text>\n");
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        int id = ++clips;
        defs.append("<clipPath id=\"c").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(Math.max(0, w))).append("\" height=\"")
                .append(num(Math.max(0, h))).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#c").append(id).append(")\">\n");
        depth++;
    }

    @Override
    public void popClip() {
        if (depth > 0) {
            depth--;
            body.append("</g>\n");
        }
    }

    @Override
    public void beginGroup(String kind, String name) {
        body.append("<g class=\"");
        escape(body, kind);
        body.append("\" data-name=\"");
        escape(body, name);
        body.append("\">\n");
        depth++;
    }

    @Override
    public void endGroup() {
        popClip();
    }

    @Override
    public void end() {
        while (depth > 0) {
            popClip();
        }
        out.setLength(0);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"").append(FONT).append("\">\n");
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body);
        out.append("</svg>\n");
        ended = true;
    }

    /** The SVG document (after {@link #end()}). */
    @Override
    public String toString() {
        if (!ended) {
            throw new IllegalStateException("the frame has not ended");
        }
        return out.toString();
    }

    private void fill(Rgba c) {
        body.append(" fill=\"").append(c.hex()).append('"');
        if (c.alpha() < 1) {
            body.append(" fill-opacity=\"").append(num(c.alpha())).append('"');
        }
    }

    private void stroke(Rgba c, double width) {
        body.append(" stroke=\"").append(c.hex()).append("\" stroke-width=\"").append(num(width)).append('"');
        if (c.alpha() < 1) {
            body.append(" stroke-opacity=\"").append(num(c.alpha())).append('"');
        }
    }

    /** A number with at most two decimals, no exponent. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        long r = Math.round(v * 100);
        StringBuilder sb = new StringBuilder();
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 100);
        long f = r % 100;
        if (f != 0) {
            sb.append('.').append(f / 10);
            if (f % 10 != 0) {
                sb.append(f % 10);
            }
        }
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' '); // not allowed in XML 1.0
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
