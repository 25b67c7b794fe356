package dev.loopscope.ui.compare;

import dev.loopscope.export.ExportFiles;
import dev.loopscope.export.Java2dPainter;
import dev.loopscope.render.CompareLayout;
import dev.loopscope.render.SvgPainter;
import dev.loopscope.render.TimelineTheme;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The comparison as one image file: PNG through the export package's {@link Java2dPainter}, SVG
 * through {@link SvgPainter}, both drawn by {@link CompareLayout#render} as the window draws its
 * canvas. Files are written atomically ({@link ExportFiles}).
 */
public final class CompareExport {
    /** PNG pixels per layout pixel. */
    public static final double PNG_SCALE = 2;

    private CompareExport() {
    }

    /** The comparison as an image, {@code width} layout pixels wide, {@code scale} pixels per layout pixel. */
    public static BufferedImage image(CompareLayout layout, double width, TimelineTheme theme, double scale) {
        Java2dPainter painter = new Java2dPainter(scale);
        layout.render(painter, width, theme, true);
        return painter.image();
    }

    /** The comparison as an SVG document. */
    public static String svg(CompareLayout layout, double width, TimelineTheme theme) {
        SvgPainter painter = new SvgPainter();
        layout.render(painter, width, theme, true);
        return painter.toString();
    }

    /** Whether {@code file} is written as SVG (its name ends in .svg); otherwise PNG. */
    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** {@code file}, with ".png" added when its name has neither .png nor .svg. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + ".png");
    }

    /** Writes the comparison to {@code file}: SVG for a .svg name, else PNG. */
    public static void write(CompareLayout layout, double width, TimelineTheme theme, Path file) throws IOException {
        if (isSvg(file)) {
            String svg = svg(layout, width, theme);
            ExportFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(svg);
                w.flush();
            });
        } else {
            BufferedImage image = image(layout, width, theme, PNG_SCALE);
            ExportFiles.write(file, out -> {
                ImageIO.setUseCache(false);
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            });
        }
    }
}
