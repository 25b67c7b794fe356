package dev.loopscope.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of the command line ({@code loopscope NAME ARGS...}). A command prints its
 * results on {@code out}, its problems on {@code err}, and returns the process exit status
 * ({@link Cli#OK}, {@link Cli#FAILED}, {@link Cli#USAGE}); it never calls {@code System.exit}.
 */
interface Command {

    /** The word that selects this command, e.g. {@code trace}. */
    String name();

    /** One line for the command list in the top-level help. */
    String summary();

    /** The full text of {@code loopscope NAME --help}, ending in a newline. */
    String help();

    /** Runs the command on the arguments after its name; {@code --help} is handled before. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
