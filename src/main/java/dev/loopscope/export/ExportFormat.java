package dev.loopscope.export;

import dev.loopscope.render.TimelineModel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The file formats an export writes, chosen by the file name's extension. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG image"),
    /** Chrome trace event JSON (Perfetto, chrome://tracing). */
    JSON("json", "Chrome trace event JSON");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The format for a file name's extension (any case), if it is one of ours. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes {@code model} in this format to {@code out} (flushed, not closed). */
    public void write(TimelineModel model, ExportOptions options, OutputStream out) throws IOException {
        switch (this) {
            case PNG -> TimelineExport.png(model, options, out);
            case SVG -> TimelineExport.svg(model, options, out);
            case JSON -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                ChromeTrace.write(model, w);
                w.flush();
            }
        }
    }
}
