package dev.loopscope.cli;

import dev.loopscope.diag.Diagnostic;
import java.io.PrintStream;
import java.util.List;

/** {@code loopscope trace SCENARIO.py}: runs a scenario and prints its loop trace. */
final class TraceCommand implements Command {

    private final Cli.Tracer tracer;

    TraceCommand(Cli.Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String summary() {
        return "Run a scenario and print its loop trace";
    }

    @Override
    public String help() {
        return """
                Usage: loopscope trace [--] SCENARIO.py

                Runs SCENARIO.py, a Python asyncio program (UTF-8 text), on LoopScope's simulated
                event loop and prints its loop trace on standard output: the line "loop-trace 1",
                then one line per event ("TIME KIND FIELDS"), exactly as the same program gives
                under CPython 3.11 with the virtual clock. An exception raised by the program is
                part of the trace ("error ..."), not a failure of this command.

                A syntax error or a construct LoopScope does not support is reported on standard
                error as FILE:LINE:COL: message, with the source line and a caret; nothing is
                printed on standard output then.

                Options:
                  -h, --help   Show this help
                  --           Treat what follows as the file name, even if it starts with '-'

                Exit status: 0 trace printed; 2 bad usage, unreadable file or rejected scenario;
                1 internal error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        boolean optionsEnded = false;
        for (String arg : args) {
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                return Cli.usageError(err, "trace: unknown option '" + arg + "'", help());
            } else if (file == null) {
                file = arg;
            } else {
                return Cli.usageError(err, "trace: expected one scenario file, got more: '" + arg + "'",
                        help());
            }
        }
        if (file == null) {
            return Cli.usageError(err, "trace: missing the scenario file", help());
        }

        ScenarioFile scenario = ScenarioFile.load(file, err);
        if (scenario == null) {
            return Cli.USAGE;
        }
        String fileName = scenario.fileName();
        String source = scenario.source();

        try {
            tracer.writeLoopTrace(fileName, source, out);
        } catch (Diagnostic.Failure failure) {
            err.print(failure.diagnostic().render());
            err.flush();
            return Cli.USAGE;
        } catch (UnsupportedOperationException e) {
            err.println("loopscope trace: the engine cannot run scenarios yet (" + e.getMessage() + ")");
            return Cli.FAILED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("loopscope trace: internal error while running " + fileName + ":");
            e.printStackTrace(err);
            return Cli.FAILED;
        }
        out.flush();
        return Cli.OK;
    }

}
