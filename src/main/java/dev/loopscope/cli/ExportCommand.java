package dev.loopscope.cli;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.export.ExportFiles;
import dev.loopscope.export.ExportFormat;
import dev.loopscope.export.ExportOptions;
import dev.loopscope.export.TimelineExport;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.trace.RecordedRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code loopscope export SCENARIO.py -o OUT.png|OUT.svg|OUT.json [options]}: runs a scenario and
 * writes its timeline as an image, or its events as a Chrome trace, without a window (headless:
 * it sets {@code java.awt.headless=true} before anything touches AWT).
 */
final class ExportCommand implements Command {

    /** Scenario base name and source in, recorded run out (the engine; a stand-in in tests). */
    @FunctionalInterface
    interface Recorder {
        RecordedRun run(String fileName, String source);
    }

    private final Recorder recorder;

    ExportCommand(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Run a scenario and write its timeline as PNG or SVG, or a Chrome trace (JSON)";
    }

    @Override
    public String help() {
        return """
                Usage: loopscope export [OPTIONS] [--] SCENARIO.py -o OUT.png|OUT.svg|OUT.json

                Runs SCENARIO.py on LoopScope's simulated event loop and writes what happened, in the
                format of OUT's extension:
                  .png   the timeline as a picture (the same drawing as the window's timeline)
                  .svg   the timeline as vector graphics (text kept as text)
                  .json  Chrome trace event JSON: open it in https://ui.perfetto.dev or chrome://tracing;
                         a track per task and one for the loop, the virtual clock in microseconds

                Options:
                  -o, --output FILE        The file to write (required); replaced atomically
                  --width N                Layout width in pixels, 300 to 16384 (default 1200)
                  --scale S                Image pixels per layout pixel, PNG only: 1, 2, 1.5, ...
                                           (default 1; "2x" works too)
                  --theme light|dark       Colours (default light)
                  --background white|transparent
                                           The timeline's background: the theme's own (white in the
                                           light theme) or none (default white)
                  --from T, --to T         Only the clock range T1..T2, in seconds of virtual time
                                           (default: the whole run)
                  --max-lanes N            Draw at most N task lanes (default 500); a line at the foot
                                           of the image says how many were left out. A PNG also stays
                                           within 16384 pixels a side and 64 megapixels.
                  -h, --help               Show this help
                  --                       Treat what follows as the scenario file

                The image options do not apply to .json (a trace holds the whole run).

                Examples:
                  loopscope export tutorial.py -o timeline.png --scale 2
                  loopscope export tutorial.py -o timeline.svg --theme dark --from 0 --to 1.5
                  loopscope export tutorial.py -o tutorial.json

                Exit status: 0 file written; 2 bad usage, unreadable scenario, unwritable output or
                rejected scenario (its diagnostic on standard error); 1 internal error.
                """;
    }

    private int usage(PrintStream err, String problem) {
        err.println("loopscope export: " + problem);
        err.println("Try 'loopscope export --help' for the options.");
        return Cli.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        String file = null;
        String output = null;
        Double width = null;
        Double scale = null;
        Boolean dark = null;
        Boolean transparent = null;
        Double from = null;
        Double to = null;
        Integer maxLanes = null;
        List<String> imageOptions = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (file == null) {
                    file = arg;
                    continue;
                }
                return usage(err, "expected one scenario file, got more: '" + arg + "'");
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!List.of("-o", "--output", "--width", "--scale", "--theme", "--background", "--from", "--to",
                    "--max-lanes").contains(name)) {
                return usage(err, "unknown option '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    return usage(err, "option " + name + " needs a value");
                }
                value = args.get(++i);
            }
            try {
                switch (name) {
                    case "-o", "--output" -> {
                        if (output != null) {
                            return usage(err, "one output file only, got '" + output + "' and '" + value + "'");
                        }
                        if (value.isEmpty()) {
                            return usage(err, "the output file name is empty");
                        }
                        output = value;
                    }
                    case "--width" -> {
                        width = number(name, value, "a number of pixels");
                        imageOptions.add(name);
                    }
                    case "--scale" -> {
                        String v = value.toLowerCase(Locale.ROOT);
                        scale = number(name, v.endsWith("x") ? v.substring(0, v.length() - 1) : v, "a number like 1 or 2");
                        imageOptions.add(name);
                    }
                    case "--theme" -> {
                        switch (value.toLowerCase(Locale.ROOT)) {
                            case "light" -> dark = false;
                            case "dark" -> dark = true;
                            default -> throw new BadValue("--theme takes light or dark, not '" + value + "'");
                        }
                        imageOptions.add(name);
                    }
                    case "--background" -> {
                        switch (value.toLowerCase(Locale.ROOT)) {
                            case "white", "opaque" -> transparent = false;
                            case "transparent", "none" -> transparent = true;
                            default -> throw new BadValue("--background takes white or transparent, not '" + value + "'");
                        }
                        imageOptions.add(name);
                    }
                    case "--from" -> {
                        from = seconds(name, value);
                        imageOptions.add(name);
                    }
                    case "--to" -> {
                        to = seconds(name, value);
                        imageOptions.add(name);
                    }
                    case "--max-lanes" -> {
                        double n = number(name, value, "a whole number");
                        if (n != Math.rint(n) || n < 0 || n > Integer.MAX_VALUE) {
                            throw new BadValue("--max-lanes takes a whole number, not '" + value + "'");
                        }
                        maxLanes = (int) n;
                        imageOptions.add(name);
                    }
                    default -> throw new IllegalStateException(name);
                }
            } catch (BadValue e) {
                return usage(err, e.getMessage());
            }
        }
        if (file == null) {
            return usage(err, "missing the scenario file");
        }
        if (output == null) {
            return usage(err, "missing the output file: -o OUT.png, OUT.svg or OUT.json");
        }
        if (isDirectory(output)) {
            err.println("loopscope export: cannot write " + output + ": is a directory");
            return Cli.USAGE;
        }
        Optional<ExportFormat> format = ExportFormat.ofFileName(output);
        if (format.isEmpty()) {
            return usage(err, "cannot tell the format of '" + output
                    + "': the file name must end in .png, .svg or .json");
        }
        if (format.get() == ExportFormat.JSON && !imageOptions.isEmpty()) {
            return usage(err, imageOptions.get(0) + " applies to images (.png, .svg), not to a Chrome trace (.json)");
        }
        if (format.get() == ExportFormat.SVG && scale != null) {
            return usage(err, "--scale applies to PNG only (an SVG is vector graphics: use --width)");
        }
        if ((from == null) != (to == null)) {
            return usage(err, from == null ? "--to needs --from as well" : "--from needs --to as well");
        }

        ExportOptions options = ExportOptions.DEFAULTS;
        try {
            if (width != null) {
                options = options.withWidth(width);
            }
            if (scale != null) {
                options = options.withScale(scale);
            }
            if (dark != null) {
                options = options.withDark(dark);
            }
            if (transparent != null) {
                options = options.withTransparent(transparent);
            }
            if (maxLanes != null) {
                options = options.withMaxLanes(maxLanes);
            }
            if (from != null) {
                if (!(to > from)) {
                    return usage(err, "--to must be after --from (got " + from + " .. " + to + ")");
                }
                options = options.withSpan(ExportOptions.Span.seconds(from, to));
            }
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }

        Path target;
        try {
            target = Path.of(output);
        } catch (InvalidPathException e) {
            err.println("loopscope export: " + output + ": not a valid file name");
            return Cli.USAGE;
        }
        try {
            ExportFiles.checkWritable(target);
        } catch (ExportFiles.Unwritable e) {
            err.println("loopscope export: cannot write " + e.getMessage());
            return Cli.USAGE;
        }

        ScenarioFile scenario = ScenarioFile.load(file, err);
        if (scenario == null) {
            return Cli.USAGE;
        }
        String fileName = scenario.fileName();
        String source = scenario.source();

        TimelineModel model;
        try {
            RecordedRun run = recorder.run(fileName, source);
            model = TimelineModel.of(run);
        } catch (Diagnostic.Failure failure) {
            err.print(failure.diagnostic().render());
            err.flush();
            return Cli.USAGE;
        } catch (UnsupportedOperationException e) {
            err.println("loopscope export: the engine cannot run scenarios yet (" + e.getMessage() + ")");
            return Cli.FAILED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("loopscope export: internal error while running " + fileName + ":");
            e.printStackTrace(err);
            return Cli.FAILED;
        }

        ExportFormat fmt = format.get();
        ExportOptions opts = options;
        String size = "";
        try {
            if (fmt != ExportFormat.JSON) {
                TimelineExport.Frame frame = fmt == ExportFormat.PNG ? TimelineExport.pngFrame(model, opts)
                        : TimelineExport.svgFrame(model, opts);
                size = fmt == ExportFormat.PNG
                        ? String.format(Locale.ROOT, ", %d x %d pixels", (int) Math.ceil(frame.width() * opts.scale() - 1e-9),
                                (int) Math.ceil(frame.height() * opts.scale() - 1e-9))
                        : String.format(Locale.ROOT, ", %s x %s", (long) Math.ceil(frame.width()),
                                (long) Math.ceil(frame.height()));
                if (frame.capped()) {
                    err.println("loopscope export: " + TimelineExport.note(frame));
                }
            }
            ExportFiles.write(target, o -> fmt.write(model, opts, o));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (ExportFiles.Unwritable e) {
            err.println("loopscope export: cannot write " + e.getMessage());
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("loopscope export: cannot write " + output + ": " + e.getMessage());
            return Cli.USAGE;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("loopscope export: internal error while writing " + output + ":");
            e.printStackTrace(err);
            return Cli.FAILED;
        }
        out.println(output + ": " + fmt.description() + size + String.format(Locale.ROOT, ", %,d %s",
                model.laneCount(), model.laneCount() == 1 ? "task" : "tasks"));
        return Cli.OK;
    }

    private static boolean isDirectory(String name) {
        try {
            return Files.isDirectory(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static final class BadValue extends Exception {
        BadValue(String message) {
            super(message);
        }
    }

    private static double number(String option, String value, String what) throws BadValue {
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isNaN(d) || Double.isInfinite(d) || value.trim().matches(".*[dDfF]$")) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValue(option + " takes " + what + ", not '" + value + "'");
        }
    }

    private static double seconds(String option, String value) throws BadValue {
        String v = value.trim();
        if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        double d = number(option, v, "a time in seconds, like 1.5");
        if (d < 0) {
            throw new BadValue(option + " takes a time of 0 seconds or more, not '" + value + "'");
        }
        return d;
    }

}
