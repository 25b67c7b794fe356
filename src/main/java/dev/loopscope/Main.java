package dev.loopscope;

import dev.loopscope.cli.Cli;
import dev.loopscope.ui.LoopScopeApp;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Entry point of the jar. No arguments, or one existing {@code .py} file: the window. Anything
 * else ({@code trace FILE}, {@code --help}, {@code --version}, ...): the command line.
 *
 * <p>This class does not extend {@code Application}: a JavaFX main class launched from the class
 * path ({@code java -jar}) stops with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            java.util.Optional<Integer> window = dev.loopscope.cli.TunedVm.relaunchWindow(args);
            if (window.isPresent()) {
                System.exit(window.get());
            }
            LoopScopeApp.launchWindow(args);
            return;
        }
        java.util.Optional<Integer> child = dev.loopscope.cli.TunedVm.relaunch(args);
        if (child.isPresent()) {
            System.exit(child.get());
        }
        // Traces are UTF-8 text, whatever the platform's default charset.
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int status = Cli.run(args, out, err);
        out.flush();
        err.flush();
        dev.loopscope.cli.ArchiveWarmUp.runIfWanted();
        System.exit(status);
    }

    /** True for no arguments or a single argument naming an existing {@code .py} file. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || !args[0].endsWith(".py")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false,
                StandardCharsets.UTF_8);
    }
}
