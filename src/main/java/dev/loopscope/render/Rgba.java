package dev.loopscope.render;

/** A colour as the painters take it: {@code #rrggbb} plus an alpha in [0, 1]. */
public record Rgba(int rgb, double alpha) {
    public Rgba {
        rgb &= 0xFFFFFF;
        alpha = Math.max(0, Math.min(1, alpha));
    }

    /** Parses {@code #rrggbb} (alpha 1). */
    public static Rgba of(String hex) {
        return of(hex, 1);
    }

    public static Rgba of(String hex, double alpha) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        return new Rgba(Integer.parseInt(h, 16), alpha);
    }

    public Rgba withAlpha(double a) {
        return new Rgba(rgb, a);
    }

    public int red() {
        return (rgb >> 16) & 0xFF;
    }

    public int green() {
        return (rgb >> 8) & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format("#%06x", rgb);
    }
}
