package dev.loopscope.bench;

import dev.loopscope.engine.Engine;
import dev.loopscope.export.Java2dPainter;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.render.TimelineRenderer;
import dev.loopscope.render.TimelineTheme;
import dev.loopscope.render.Viewport;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.PlaybackViewModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The viewer's figures at a million events (issue 6) and at 100,000 tasks (issue 3), measured in
 * this JVM on the 100,000-task perf scenario (1.6 million events): heap after recording and
 * building the replay, random jumps, steps of the playback view model, timeline frames while
 * panning and zooming (drawn headless into a Java2D image), and the window shown from
 * {@code java -jar} (needs a DISPLAY; the app prints the time with -Dloopscope.startupProbe=true).
 */
final class UiPerfBenchmark {
    private static final long SEED = 6;

    private UiPerfBenchmark() {
    }

    static void measure(Path scenario, Path jar, String java, Figures figures) throws Exception {
        if (!Files.isRegularFile(scenario)) {
            figures.add("viewer figures", "not measured: no " + scenario);
            return;
        }
        long base = usedHeap();
        long t0 = System.nanoTime();
        RecordedRun run = Engine.run(scenario.getFileName().toString(), Files.readString(scenario));
        long t1 = System.nanoTime();
        long afterRun = usedHeap();
        long t2 = System.nanoTime();
        Replay replay = new Replay(run);
        long t3 = System.nanoTime();
        long afterReplay = usedHeap();
        int n = replay.size();
        String name = scenario.getFileName().toString();
        figures.add("recorded run of " + name, String.format(Locale.ROOT, "%,d events", n));
        figures.add("engine run, in process", Figures.ms((t1 - t0) / 1e6));
        figures.add("Replay built (snapshots, indexes)", Figures.ms((t3 - t2) / 1e6));
        figures.add("heap: RecordedRun", mb(afterRun - base));
        figures.add("heap: RecordedRun + Replay", mb(afterReplay - base), "< 300 MB",
                afterReplay - base < 300L << 20);

        Random random = new Random(SEED);
        replay.stateAt(n / 2); // warm up
        double[] jumps = new double[60];
        for (int i = 0; i < jumps.length; i++) {
            int to = random.nextInt(n + 1);
            long s = System.nanoTime();
            replay.stateAt(to);
            jumps[i] = (System.nanoTime() - s) / 1e6;
        }
        double jumpMedian = Figures.quantile(jumps, 0.5);
        double jumpMax = jumps[jumps.length - 1];
        figures.add("Replay jump to a random step, median", Figures.ms(jumpMedian), "< 50 ms", jumpMedian < 50);
        figures.add("Replay jump to a random step, max of 60", Figures.ms(jumpMax), "< 50 ms", jumpMax < 50);

        playback(replay, random, figures);
        frames(run, figures);
        startup(jar, java, figures);
    }

    /** Milliseconds of view-model seeks to random places, each followed by steps forward and as many back. */
    record StepTimes(double[] forward, double[] back, double[] seeks) {
        static StepTimes measure(PlaybackViewModel vm, int n, Random random, int places, int steps) {
            double[] forward = new double[places * steps];
            double[] back = new double[places * steps];
            double[] seeks = new double[places];
            for (int p = 0; p < places; p++) {
                int at = n / 8 + random.nextInt(n * 3 / 4);
                long s = System.nanoTime();
                vm.seek(at);
                seeks[p] = (System.nanoTime() - s) / 1e6;
                for (int i = 0; i < steps; i++) {
                    s = System.nanoTime();
                    vm.stepForward();
                    forward[p * steps + i] = (System.nanoTime() - s) / 1e6;
                }
                for (int i = 0; i < steps; i++) {
                    s = System.nanoTime();
                    vm.stepBack();
                    back[p * steps + i] = (System.nanoTime() - s) / 1e6;
                }
            }
            return new StepTimes(forward, back, seeks);
        }
    }

    /** Steps of the view model behind the panels (rows, marks, narration) at 100,000 tasks. */
    private static void playback(Replay replay, Random random, Figures figures) {
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.load(replay, null, 0);
        StepTimes.measure(vm, replay.size(), random, 2, 5); // warm up, as the replay's jumps are
        StepTimes t = StepTimes.measure(vm, replay.size(), random, 12, 25);
        double[] forward = t.forward();
        double[] back = t.back();
        double[] seeks = t.seeks();
        double f = Figures.quantile(forward, 0.5);
        double b = Figures.quantile(back, 0.5);
        double b95 = Figures.quantile(back, 0.95);
        figures.add("PlaybackViewModel step forward, median", Figures.ms(f), "< 50 ms", f < 50);
        figures.add("PlaybackViewModel step forward, p95", Figures.ms(Figures.quantile(forward, 0.95)));
        figures.add("PlaybackViewModel step back, median", Figures.ms(b), "< 50 ms", b < 50);
        figures.add("PlaybackViewModel step back, p95", Figures.ms(b95), "< 50 ms", b95 < 50);
        double seek = Figures.quantile(seeks, 0.5);
        figures.add("PlaybackViewModel seek to a random step, median", Figures.ms(seek), "< 50 ms", seek < 50);
        figures.add("PlaybackViewModel seek to a random step, p95", Figures.ms(Figures.quantile(seeks, 0.95)));
    }

    /**
     * Timeline frames while panning and zooming, 1600x900, drawn into an offscreen Java2D image
     * through the render package's painter: a zoom in towards the middle, pans, scrolls down the
     * lanes, a zoom back out.
     */
    private static void frames(RecordedRun run, Figures figures) {
        long m0 = System.nanoTime();
        TimelineModel model = TimelineModel.of(run);
        figures.add("timeline layout (TimelineModel.of)", Figures.ms((System.nanoTime() - m0) / 1e6));
        Viewport vp = new Viewport(1600, 900);
        vp.fit(model.axis());
        Java2dPainter painter = new Java2dPainter(1);
        List<Runnable> moves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            moves.add(() -> vp.zoomAt(vp.plotLeft() + vp.plotWidth() * 0.55, 1.25, model.axis()));
        }
        for (int i = 0; i < 60; i++) {
            moves.add(() -> vp.panBy(-37, model.axis()));
        }
        for (int i = 0; i < 40; i++) {
            moves.add(() -> vp.scrollBy(1250, model.laneCount()));
        }
        for (int i = 0; i < 40; i++) {
            moves.add(() -> vp.zoomAt(vp.plotLeft() + vp.plotWidth() * 0.3, 0.8, model.axis()));
        }
        int playhead = model.eventCount() / 2;
        for (int i = 0; i < 20; i++) { // warm up
            TimelineRenderer.render(painter, model, vp, playhead, TimelineTheme.LIGHT, null);
        }
        vp.fit(model.axis());
        double[] each = new double[moves.size()];
        for (int i = 0; i < moves.size(); i++) {
            moves.get(i).run();
            long s = System.nanoTime();
            TimelineRenderer.render(painter, model, vp, playhead + i, TimelineTheme.LIGHT, null);
            each[i] = (System.nanoTime() - s) / 1e6;
        }
        double median = Figures.quantile(each, 0.5);
        double p95 = Figures.quantile(each, 0.95);
        figures.add("timeline frame 1600x900 (Java2D), pan+zoom, median", Figures.ms(median), "< 16 ms", median < 16);
        figures.add("timeline frame 1600x900 (Java2D), pan+zoom, p95", Figures.ms(p95), "< 16 ms", p95 < 16);
    }

    /**
     * {@code java -jar} until the window is shown, as the app itself reports it: the first start
     * after a build (it writes the class archive as it quits), then the median of three more.
     */
    private static void startup(Path jar, String java, Figures figures) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            figures.add("window shown from java -jar", "not measured: no DISPLAY (run under Xvfb)");
            return;
        }
        Path prefs = Files.createTempDirectory("loopscope-prefs");
        double first = shownOnce(java, jar, prefs);
        double[] shown = new double[3];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shownOnce(java, jar, prefs);
        }
        double median = Figures.quantile(shown, 0.5);
        figures.add("window shown from java -jar, first start after a build", Double.isNaN(first) ? "no 'shown' line"
                : Figures.ms(first));
        figures.add("window shown from java -jar, median of 3 later starts",
                Double.isNaN(median) ? "no 'shown' line" : Figures.ms(median), "< 1500 ms", median < 1500);
    }

    /** One start: the app prints the time it was shown and quits (-Dloopscope.startupProbe=exit). */
    private static double shownOnce(String java, Path jar, Path prefs) throws Exception {
        Process p = new ProcessBuilder(java, "-Dloopscope.startupProbe=exit", "-Dloopscope.recovery.dir=off",
                "-Djava.util.prefs.userRoot=" + prefs, "-jar", jar.toString())
                .redirectErrorStream(true).start();
        double shown = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
                if (line.startsWith("shown ")) {
                    shown = Double.parseDouble(line.substring(6).trim());
                }
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        return shown;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }
}
