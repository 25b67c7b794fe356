package dev.loopscope.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How long a frame of a 100,000-task run takes: a benchmark that prints its figures (no timed
 * assertion: the machine decides the numbers). What it asserts is structural: a frame visits only
 * what is in view, so its drawing calls stay bounded by the window, not by the run.
 */
class RenderBenchmarkTest {
    private static final String PERF = "perf/perf_100k_tasks_1_sleep.py";
    /** The same program as the perf scenario, for machines without the shared folder. */
    private static final String SOURCE = String.join("\n",
            "import asyncio",
            "async def worker(i):",
            "    await asyncio.sleep((i * 7919) % 10_000 / 1000)",
            "    return i",
            "async def main():",
            "    tasks = [asyncio.create_task(worker(i)) for i in range(100_000)]",
            "    total = 0",
            "    for t in tasks:",
            "        total += await t",
            "    print('sum of results:', total)",
            "asyncio.run(main())",
            "");

    /** Counts calls, draws nothing. */
    static final class CountingPainter implements Painter {
        long calls;

        @Override
        public void begin(double width, double height, Rgba background) {
            calls++;
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Rgba color) {
            calls++;
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
            calls++;
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
            calls++;
        }

        @Override
        public void text(double x, double baseline, String text, Rgba color, double size, boolean bold, Align a) {
            calls++;
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
            calls++;
        }

        @Override
        public void popClip() {
        }

        @Override
        public void end() {
        }
    }

    private static RecordedRun perfRun() throws IOException {
        for (String root : List.of("../shared/scenarios", "../../shared/scenarios")) {
            Path p = Path.of(root, PERF);
            if (Files.isRegularFile(p)) {
                return Engine.run(p.getFileName().toString(), Files.readString(p));
            }
        }
        return Engine.run("perf_100k_tasks_1_sleep.py", SOURCE);
    }

    @Test
    void aFrameOfA100kTaskRunVisitsOnlyWhatIsInView() throws IOException {
        long t0 = System.nanoTime();
        RecordedRun run = perfRun();
        long t1 = System.nanoTime();
        TimelineModel model = TimelineModel.of(run);
        long t2 = System.nanoTime();
        assertTrue(model.laneCount() > 100_000);
        System.out.printf(Locale.ROOT, "[timeline bench] %,d events, %,d tasks: engine %.0f ms, layout %.0f ms"
                        + " (%,d task segments, %,d loop segments, %,d instants)%n",
                run.events().size(), model.laneCount(), (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                model.taskSegmentCount(), model.loopSegmentCount(), model.axis().instantCount());

        Viewport whole = new Viewport(1600, 900);
        whole.fit(model.axis());
        Viewport zoomed = new Viewport(1600, 900);
        zoomed.fit(model.axis());
        zoomed.zoomAt(zoomed.plotLeft() + zoomed.plotWidth() * 0.7, 200, model.axis());
        zoomed.setScrollY(50_000 * Viewport.LANE_HEIGHT, model.laneCount());
        Viewport start = new Viewport(1600, 900);
        start.fit(model.axis());
        start.zoomAt(start.plotLeft(), 5000, model.axis());

        for (var c : List.of(new Object[] {"whole run", whole}, new Object[] {"zoomed x200, lane 50,000", zoomed},
                new Object[] {"first burst x5000", start})) {
            Viewport vp = (Viewport) c[1];
            CountingPainter counter = new CountingPainter();
            TimelineRenderer.render(counter, model, vp, model.eventCount() / 2, TimelineTheme.LIGHT, null);
            int frames = 50;
            long warm = System.nanoTime() + 1_000_000_000L; // warm up (JIT) for a second
            for (int i = 0; System.nanoTime() < warm; i++) {
                TimelineRenderer.render(new CountingPainter(), model, vp, i, TimelineTheme.LIGHT, null);
            }
            long[] each = new long[frames];
            long s = System.nanoTime();
            for (int i = 0; i < frames; i++) {
                long f = System.nanoTime();
                TimelineRenderer.render(new CountingPainter(), model, vp, model.eventCount() / 2 + i,
                        TimelineTheme.LIGHT, null);
                each[i] = System.nanoTime() - f;
            }
            double ms = (System.nanoTime() - s) / 1e6 / frames;
            java.util.Arrays.sort(each);
            System.out.printf(Locale.ROOT,
                    "[timeline bench] %s, 1600x900: %.2f ms per frame (median %.2f, best %.2f), %,d drawing calls%n",
                    c[0], ms, each[frames / 2] / 1e6, each[0] / 1e6, counter.calls);
            // bounded by the window: ~33 lanes x 1,600 columns at the very most
            assertTrue(counter.calls < 33 * 1600 * 2, c[0] + ": " + counter.calls + " calls");
        }

        // the whole run as one SVG (what an export of issue 4 writes): -Dtimeline.bench.svg=true
        if (Boolean.getBoolean("timeline.bench.svg")) {
            long e0 = System.nanoTime();
            SvgPainter svg = new SvgPainter();
            TimelineRenderer.render(svg, model, Viewport.whole(model, 1600), -1, TimelineTheme.LIGHT, null, true);
            int length = svg.toString().length();
            System.out.printf(Locale.ROOT, "[timeline bench] whole run as SVG (1600 px wide, %,d lanes): %.0f ms, %,d MB%n",
                    model.laneCount(), (System.nanoTime() - e0) / 1e6, length >> 20);
        }
    }
}
