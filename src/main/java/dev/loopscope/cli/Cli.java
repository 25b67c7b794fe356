package dev.loopscope.cli;

import dev.loopscope.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The command line: {@code loopscope COMMAND ARGS...}. Testable as it stands: it writes only to
 * the streams it is given and returns the exit status instead of exiting.
 *
 * <p>To add a command, implement {@link Command} and register it in the constructor (the
 * {@code export} command of a later issue goes there); the top-level help lists it by itself.
 */
public final class Cli {

    /** Success. */
    public static final int OK = 0;
    /** Something went wrong inside LoopScope (a bug, or the engine is missing). */
    public static final int FAILED = 1;
    /** Bad usage, an unreadable file, or a scenario LoopScope rejects (a diagnostic). */
    public static final int USAGE = 2;

    /** What the commands run: scenario base name and source in, loop trace out (UTF-8). */
    @FunctionalInterface
    interface Tracer {
        void writeLoopTrace(String fileName, String source, PrintStream out);
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Cli(Tracer tracer) {
        register(new TraceCommand(tracer));
        register(new ExportCommand(Engine::run));
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    /** Runs the command line {@code args} over the real engine; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(Engine::writeLoopTrace).execute(args, out, err);
    }

    int execute(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usageError(err, "missing a command", help());
        }
        String first = args[0];
        switch (first) {
            case "-h", "--help", "help" -> {
                if (args.length > 1 && commands.containsKey(args[1])) {
                    out.print(commands.get(args[1]).help());
                } else {
                    out.print(help());
                }
                return OK;
            }
            case "--version", "-V" -> {
                out.println("LoopScope " + version());
                return OK;
            }
            default -> {
                // handled below
            }
        }
        Command command = commands.get(first);
        if (command == null) {
            if (first.startsWith("-")) {
                return usageError(err, "unknown option '" + first + "'", help());
            }
            if (first.endsWith(".py") && !isRegularFile(first)) {
                err.println(first + ": no such file");
                return USAGE;
            }
            return usageError(err, "unknown command '" + first + "'", help());
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        for (String arg : rest) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(command.help());
                return OK;
            }
        }
        return command.run(rest, out, err);
    }

    /** The top-level help text. */
    String help() {
        StringBuilder text = new StringBuilder();
        text.append("""
                LoopScope: watch Python's asyncio event loop run a program, step by step.

                Usage: loopscope [SCENARIO.py]        open the window (with SCENARIO.py loaded)
                       loopscope COMMAND [ARGS...]    run a command without a window
                       loopscope COMMAND --help       help on one command

                Commands:
                """);
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Command command : commands.values()) {
            text.append("  ").append(command.name())
                    .append(" ".repeat(width - command.name().length() + 3))
                    .append(command.summary()).append('\n');
        }
        text.append("""

                Options:
                  -h, --help   Show this help
                  --version    Show the version

                Exit status: 0 success; 2 bad usage, unreadable file or rejected scenario;
                1 internal error.
                """);
        return text.toString();
    }

    /** Prints {@code loopscope: PROBLEM}, a blank line and {@code usage} on {@code err}. */
    static int usageError(PrintStream err, String problem, String usage) {
        err.println("loopscope: " + problem);
        err.println();
        err.print(usage);
        return USAGE;
    }

    /** The version from the build ({@code version.properties}, filled in by Maven). */
    public static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("/dev/loopscope/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    private static boolean isRegularFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
