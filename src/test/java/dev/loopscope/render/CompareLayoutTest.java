package dev.loopscope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Two runs on one virtual time axis: totals, the difference in words, one x per clock value. */
class CompareLayoutTest {

    private static RecordedRun preset(String name) {
        try (InputStream in = CompareLayoutTest.class.getResourceAsStream("/dev/loopscope/ui/compare/" + name)) {
            return Engine.run(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompareLayout syncVsAsync() {
        return CompareLayout.of(CompareLayout.Side.of("sync", preset("sync_sleep.py")),
                CompareLayout.Side.of("async", preset("async_sleep.py")));
    }

    @Test
    void theSyncAndAsyncPairTakeThreeAndOneSeconds() {
        CompareLayout l = syncVsAsync();
        assertEquals(3.0, l.total(0), 1e-9);
        assertEquals(1.0, l.total(1), 1e-9);
        assertEquals("Run A: 3.000 s", l.header(0));
        assertEquals("Run B: 1.000 s", l.header(1));
        assertEquals("B finishes 2.000 s sooner (3x faster)", l.difference());
    }

    @Test
    void sequentialAwaitsVsTasks() {
        CompareLayout l = CompareLayout.of(CompareLayout.Side.of("seq", preset("sequential_awaits.py")),
                CompareLayout.Side.of("tasks", preset("tasks_gather.py")));
        assertEquals(3.0, l.total(0), 1e-9);
        assertEquals(2.0, l.total(1), 1e-9);
        assertEquals("B finishes 1.000 s sooner (1.5x faster)", l.difference());
    }

    @Test
    void theDifferenceInWords() {
        RecordedRun one = Runs.run("import asyncio", "asyncio.run(asyncio.sleep(1))");
        RecordedRun two = Runs.run("import asyncio", "asyncio.run(asyncio.sleep(2.5))");
        RecordedRun none = Runs.run("print('no time at all')");
        assertEquals("A finishes 1.500 s sooner (2.5x faster)",
                CompareLayout.of(CompareLayout.Side.of("a", one), CompareLayout.Side.of("b", two)).difference());
        assertEquals("A and B take the same virtual time: 1.000 s",
                CompareLayout.of(CompareLayout.Side.of("a", one), CompareLayout.Side.of("b", one)).difference());
        assertEquals("B finishes 1.000 s sooner",
                CompareLayout.of(CompareLayout.Side.of("a", one), CompareLayout.Side.of("b", none)).difference());
        CompareLayout half = CompareLayout.of(CompareLayout.Side.of("a", one), CompareLayout.Side.failed("b", "bad"));
        assertEquals("Run B to compare it with A", half.difference());
        assertEquals("Run B: not run", half.header(1));
        assertNull(half.model(1));
        assertTrue(Double.isNaN(half.total(1)));
        assertEquals("Run both sides to compare them", CompareLayout.of(new CompareLayout.Side("a", null, null),
                new CompareLayout.Side("b", null, null)).difference());
        assertEquals("1.33x", CompareLayout.times(4 / 3.0));
        assertEquals("3x", CompareLayout.times(3.0000001));
    }

    @Test
    void theSameClockValueIsAtTheSameXInBothRuns() {
        CompareLayout l = syncVsAsync();
        TimeAxis a = l.model(0).axis();
        TimeAxis b = l.model(1).axis();
        for (double t : new double[] {0, 0.25, 0.5, 1, 1.5, 2, 3}) {
            assertEquals(l.xOfTime(t), a.xOfTime(t), 1e-9, "A at " + t);
            assertEquals(l.xOfTime(t), b.xOfTime(t), 1e-9, "B at " + t);
            double width = 1200;
            double px = l.px(t, width);
            assertEquals(px, l.viewport(0, width).px(a.xOfTime(t)), 1e-9);
            assertEquals(px, l.viewport(1, width).px(b.xOfTime(t)), 1e-9);
        }
        // every instant of either run starts where the shared axis puts its clock value
        for (TimeAxis axis : List.of(a, b)) {
            for (int k = 0; k < axis.instantCount(); k++) {
                assertEquals(l.xOfTime(axis.instantTime(k)), axis.instantStart(k), 1e-9);
                assertEquals(axis.instantTime(k), axis.timeAt(axis.instantStart(k)), 1e-12);
            }
        }
        // the viewports of both sides are the same horizontally
        assertEquals(l.viewport(0, 900).left(), l.viewport(1, 900).left(), 0);
        assertEquals(l.viewport(0, 900).scale(), l.viewport(1, 900).scale(), 0);
        // B ends a third of the way along A's waits: 1 s vs 3 s, to scale up to the bursts
        assertTrue(l.xOfTime(1) < l.xOfTime(3) / 2, l.xOfTime(1) + " vs " + l.xOfTime(3));
    }

    @Test
    void betweenInstantsTheAxisIsLinearInSeconds() {
        CompareLayout l = syncVsAsync();
        double perSecond = (l.xOfTime(0.75) - l.xOfTime(0.25)) / 0.5;
        assertEquals(perSecond, (l.xOfTime(2.5) - l.xOfTime(2.25)) / 0.25, 1e-9);
        assertEquals(perSecond, (l.xOfTime(1.9) - l.xOfTime(1.1)) / 0.8, 1e-9);
        for (double t : new double[] {0.1, 0.9, 1.2, 2.7}) {
            assertEquals(t, l.timeAt(l.xOfTime(t)), 1e-9);
        }
        // the waits take at least TIME_SHARE of the axis
        double waits = perSecond * 3;
        assertTrue(waits >= CompareLayout.TIME_SHARE * l.xOfTime(3) - 1e-9, waits + " of " + l.xOfTime(3));
        // an axis built without a shared map is unchanged (compressed gaps)
        TimeAxis natural = TimelineModel.of(preset("sync_sleep.py")).axis();
        assertEquals(TimeAxis.gap(1), natural.instantStart(1) - natural.instantEnd(0), 1e-9);
    }

    @Test
    void theTimelinesStackUnderTheirHeaders() throws Exception {
        CompareLayout l = syncVsAsync();
        assertTrue(l.frameTop(0) > l.headerTop(0));
        assertTrue(l.headerTop(1) >= l.frameTop(0) + l.frameHeight(0));
        assertTrue(l.footTop() >= l.frameTop(1) + l.frameHeight(1));
        assertEquals(0, l.sideAt(l.frameTop(0) + 1));
        assertEquals(1, l.sideAt(l.frameTop(1) + 1));
        assertEquals(-1, l.sideAt(1));
        SvgPainter p = new SvgPainter();
        l.render(p, 1200, TimelineTheme.LIGHT, true);
        String svg = p.toString();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        for (String text : List.of("Run A: 3.000 s", "Run B: 1.000 s", "B finishes 2.000 s sooner (3x faster)",
                "2.000 s", "sync", "async", "data-name=\"Run A\"", "data-name=\"Run B\"")) {
            assertTrue(svg.contains(text), text);
        }
        assertFalse(svg.contains("not run"));
    }

    @Test
    void aRetitledLayoutKeepsItsRuns() {
        CompareLayout l = syncVsAsync();
        CompareLayout r = l.retitled("one", "two");
        assertEquals("one", r.side(0).title());
        assertTrue(r.model(0) == l.model(0) && r.model(1) == l.model(1));
        assertEquals(l.difference(), r.difference());
    }
}
