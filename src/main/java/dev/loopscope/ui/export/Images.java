package dev.loopscope.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Between JavaFX images and Java2D ones, pixel by pixel (no {@code javafx.swing}): a snapshot
 * becomes a {@link BufferedImage} for ImageIO, and an exported {@link BufferedImage} becomes a
 * JavaFX {@link WritableImage} for the clipboard.
 */
public final class Images {
    private Images() {
    }

    /** The pixels of a JavaFX image (a snapshot), as non-premultiplied ARGB, row by row. */
    public static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        if (reader == null) {
            throw new IllegalArgumentException("the image has no pixels to read");
        }
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }

    /** A JavaFX image as a Java2D one (ARGB). */
    public static BufferedImage toBuffered(Image image) {
        return toBuffered(argb(image), (int) image.getWidth(), (int) image.getHeight());
    }

    /** ARGB pixels, row by row, as a Java2D image. */
    public static BufferedImage toBuffered(int[] argb, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    /** A Java2D image as a JavaFX one (for the clipboard or an ImageView). */
    public static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return out;
    }

    /** Writes a PNG (the stream is flushed, not closed). */
    public static void png(BufferedImage image, OutputStream out) throws IOException {
        ImageIO.setUseCache(false);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        out.flush();
    }
}
