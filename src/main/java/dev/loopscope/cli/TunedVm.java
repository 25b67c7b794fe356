package dev.loopscope.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command-line invocation in a JVM tuned for short interpreter runs. A scenario runs for a
 * second or two; in that time HotSpot's optimising compiler costs more than it gains (measured:
 * about half the wall time of the perf scenarios), and {@code java -jar} cannot set VM options, so
 * the command line starts one more JVM with them. Set {@code LOOPSCOPE_SAME_VM=1} (or run with
 * {@code -Dloopscope.tuned=true}) to stay in the first JVM. The child maps LoopScope's classes
 * from a {@link ClassArchive} when there is one.
 */
public final class TunedVm {
    static final String[] OPTIONS = {"-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xshare:auto"};
    /**
     * The window lives long: it keeps HotSpot's optimising compiler, which pays off in what a user
     * repeats (stepping, jumping), but starts it ten times later than usual. Compiling the start-up
     * code with it competed with the start itself (measured on 2 cores: first start 1.53 to 1.72 s,
     * 1.39 to 1.42 s with this; jumps and steps in the view model unchanged, a 100,000-task run in the
     * window 1.75 to 1.53 s).
     */
    static final String[] WINDOW_OPTIONS = {"-Xshare:auto", "-XX:Tier4InvocationThreshold=50000",
        "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000"};
    /**
     * The first window after a build has no archive yet and loads every class from the jar: it starts
     * soonest without the optimising compiler at all (measured: 1.15 to 1.25 s against 1.4 to 1.6 s).
     * That one session steps and jumps a little slower through very large runs (a seek in a 1.6
     * million-event run 56 ms instead of 35) and runs scenarios faster; later windows map the archive
     * and keep the optimising compiler.
     */
    static final String[] FIRST_WINDOW_OPTIONS = {"-Xshare:auto", "-XX:TieredStopAtLevel=1"};
    /** System properties besides LoopScope's own ({@code loopscope.*}) that the child must see too. */
    private static final String[] PASSED_PROPERTIES = {"java.util.prefs.userRoot", "prism.order", "glass.platform",
        "monocle.platform"};

    private TunedVm() {
    }

    /** The child's exit status, or empty when the command should run in this JVM. */
    public static Optional<Integer> relaunch(String[] args) {
        if (args.length == 0 || !(args[0].equals("trace") || args[0].equals("export"))) {
            return Optional.empty();
        }
        return relaunch("cli", OPTIONS, OPTIONS, args, false);
    }

    /**
     * The window, started in a JVM that maps its classes (JavaFX's among them) from an archive:
     * what most of the wait for the first frame is spent on. Only when an archive can be kept;
     * otherwise the window opens in this JVM.
     */
    public static Optional<Integer> relaunchWindow(String[] args) {
        return relaunch("window", WINDOW_OPTIONS, FIRST_WINDOW_OPTIONS, args, true);
    }

    // Everything up to the child's start runs in a JVM that maps none of LoopScope's classes: it uses no
    // lambdas, streams or method references, whose first use each costs this JVM milliseconds of linking.
    private static Optional<Integer> relaunch(String kind, String[] options, String[] writingOptions, String[] args,
            boolean onlyWithArchive) {
        if (Boolean.getBoolean("loopscope.tuned") || System.getenv("LOOPSCOPE_SAME_VM") != null) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        if (classPath == null || classPath.isEmpty() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        ClassArchive archive = ClassArchive.forClassPath(classPath, kind).orElse(null);
        if (onlyWithArchive && archive == null) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(List.of(archive == null || archive.exists() ? options : writingOptions));
        long self = ProcessHandle.current().pid();
        if (archive != null) {
            command.addAll(archive.options(self));
        }
        // the heap the user gave this JVM (or its default): a large run keeps the room it was started with
        command.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m");
        command.add("-Dloopscope.tuned=true");
        if (System.getProperty("loopscope.startupProbe") != null) {
            // the window's start-up time counts from this JVM's start (the process start time is only to the second)
            long start = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getUptime();
            command.add("-Dloopscope.launchedAt=" + start);
        }
        List<String> passed = List.of(PASSED_PROPERTIES);
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("loopscope.") || passed.contains(name)) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add("-cp");
        command.add(archive != null ? archive.classPath() : classPath);
        command.add("dev.loopscope.Main");
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            // ending this JVM (a kill, a closed terminal) ends the child too: it must not live on as an orphan
            Runtime.getRuntime().addShutdownHook(new Thread(new EndChild(p), "end child JVM"));
            int exit = p.waitFor();
            if (archive != null) {
                archive.publish(self, exit);
            }
            return Optional.of(exit);
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    private static final class EndChild implements Runnable {
        private final Process child;

        EndChild(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }
}
