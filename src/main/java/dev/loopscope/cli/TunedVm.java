package dev.loopscope.cli;

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

    private TunedVm() {
    }

    /** The child's exit status, or empty when the command should run in this JVM. */
    public static Optional<Integer> relaunch(String[] args) {
        if (Boolean.getBoolean("loopscope.tuned") || System.getenv("LOOPSCOPE_SAME_VM") != null
                || args.length == 0 || !(args[0].equals("trace") || args[0].equals("export"))) {
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path");
        if (java.isEmpty() || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(List.of(OPTIONS));
        long self = ProcessHandle.current().pid();
        Optional<ClassArchive> archive = ClassArchive.forClassPath(classPath);
        archive.ifPresent(a -> command.addAll(a.options(self)));
        command.add("-Dloopscope.tuned=true");
        command.add("-cp");
        command.add(archive.map(ClassArchive::classPath).orElse(classPath));
        command.add("dev.loopscope.Main");
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            int exit = p.waitFor();
            archive.ifPresent(a -> a.publish(self, exit));
            return Optional.of(exit);
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
