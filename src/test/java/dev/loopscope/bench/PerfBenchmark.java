package dev.loopscope.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The engine against CPython, whole command each: {@code java -jar target/loopscope.jar trace F}
 * beside {@code python3 asyncio_oracle.py F}, for every scenario of the perf folder, a few runs
 * each; prints the median wall time, task steps per second, and whether the traces are equal.
 * Then the export times of the 100,000-task scenario ({@code loopscope export ... -o OUT.png|json|svg}).
 * Then the viewer's figures ({@link UiPerfBenchmark}), and every figure again in one table at the end.
 * Run with {@code mvn -Pbench verify} (it needs the jar and, for the comparison, the shared oracle).
 */
public final class PerfBenchmark {
    private PerfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args.length > 0 ? args[0] : "../shared/scenarios/perf");
        Path oracle = Paths.get(args.length > 1 ? args[1] : "../shared/oracle/asyncio_oracle.py");
        int runs = Integer.getInteger("bench.runs", 3);
        Path jar = Paths.get("target/loopscope.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first (mvn package)");
        }
        if (!Files.isDirectory(folder)) {
            System.out.println("no perf scenarios at " + folder + ": nothing to measure");
            return;
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<Path> scenarios = new ArrayList<>();
        // the shared perf folder, then LoopScope's own (the million-step run of issue 6)
        for (Path dir : List.of(folder, Paths.get("src/test/resources/perf"))) {
            try (Stream<Path> s = Files.list(dir)) {
                scenarios.addAll(s.filter(p -> p.toString().endsWith(".py")).sorted().toList());
            }
        }
        Figures figures = new Figures();
        System.out.printf("%-32s %10s %12s %10s %12s %8s %s%n", "scenario", "steps", "loopscope s", "steps/s",
                "cpython s", "speedup", "traces");
        for (Path scenario : scenarios) {
            Measured ls = measure(runs, java, "-jar", jar.toString(), "trace", scenario.toString());
            Measured py = Files.isRegularFile(oracle)
                    ? measure(runs, "python3", oracle.toString(), scenario.toString()) : null;
            long steps = ls.output.lines().filter(l -> l.contains(" step ")).count();
            System.out.printf("%-32s %10d %12.3f %10.0f %12s %8s %s%n", scenario.getFileName(), steps, ls.median,
                    steps / ls.median, py == null ? "-" : String.format("%.3f", py.median),
                    py == null ? "-" : String.format("%.2fx", py.median / ls.median),
                    py == null ? "-" : ls.output.equals(py.output) ? "equal" : "DIFFER");
            String name = scenario.getFileName().toString();
            figures.add(name + ": loopscope trace (whole command)", String.format(Locale.ROOT, "%.3f s, %,.0f steps/s",
                    ls.median, steps / ls.median));
            if (steps >= 1_000_000) {
                figures.add(name + ": " + String.format(Locale.ROOT, "%,d", steps) + " task steps", String.format(Locale.ROOT,
                        "%.3f s", ls.median), "< 3 s", ls.median < 3);
            }
            if (py != null) {
                figures.add(name + ": CPython oracle (whole command)", String.format(Locale.ROOT, "%.3f s", py.median));
                figures.add(name + ": speedup over CPython", String.format(Locale.ROOT, "%.2fx", py.median / ls.median),
                        ">= 3x", py.median / ls.median >= 3);
                figures.add(name + ": traces", ls.output.equals(py.output) ? "equal" : "DIFFER");
            }
        }
        exports(folder.resolve("perf_100k_tasks_1_sleep.py"), runs, java, jar, figures);
        System.out.println();
        System.out.println("viewer figures (in this JVM) ...");
        UiPerfBenchmark.measure(folder.resolve("perf_100k_tasks_1_sleep.py"), jar, java, figures);
        figures.print();
    }

    /**
     * Export times, whole command each: the 100,000-task scenario to PNG (whole run, 1600 wide), to
     * a Chrome trace (JSON) and to SVG (lanes capped: see TimelineExport).
     */
    private static void exports(Path scenario, int runs, String java, Path jar, Figures figures) throws Exception {
        if (!Files.isRegularFile(scenario)) {
            System.out.println("no " + scenario + ": export times not measured");
            return;
        }
        System.out.println();
        System.out.printf("%-44s %12s %12s%n", "export of " + scenario.getFileName(), "seconds", "file MB");
        Path dir = Files.createTempDirectory("loopscope-bench");
        try {
            for (String[] export : new String[][] {{"png", "--width", "1600"}, {"json"}, {"svg", "--width", "1600"}}) {
                Path out = dir.resolve("timeline." + export[0]);
                List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "export",
                        scenario.toString(), "-o", out.toString()));
                command.addAll(Arrays.asList(export).subList(1, export.length));
                Measured m = measure(runs, command.toArray(String[]::new));
                System.out.printf("%-44s %12.3f %12.1f%n", (export[0].toUpperCase(Locale.ROOT) + " "
                        + String.join(" ", Arrays.asList(export).subList(1, export.length))).trim(), m.median, Files.size(out) / 1e6);
                figures.add("export " + scenario.getFileName() + " to " + export[0].toUpperCase(Locale.ROOT),
                        String.format(Locale.ROOT, "%.3f s, %.1f MB", m.median, Files.size(out) / 1e6));
                Files.deleteIfExists(out);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private record Measured(double median, String output) {
    }

    private static Measured measure(int runs, String... command) throws IOException, InterruptedException {
        double[] times = new double[runs];
        String output = null;
        File out = File.createTempFile("bench", ".trace");
        out.deleteOnExit();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            int rc = pb.start().waitFor();
            times[i] = (System.nanoTime() - t0) / 1e9;
            if (rc != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + rc);
            }
            output = Files.readString(out.toPath());
        }
        Arrays.sort(times);
        return new Measured(times[runs / 2], output);
    }
}
