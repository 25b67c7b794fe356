package dev.loopscope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The axis: monotonic, busy instants open into bursts, gaps compressed but ordered. */
class TimeAxisTest {

    @Test
    void positionsGrowWithEventsAndKeepTimeOrder() {
        for (RecordedRun run : List.of(Runs.tutorial(), Runs.blocking())) {
            TimeAxis axis = TimelineModel.of(run).axis();
            assertEquals(run.events().size(), axis.size());
            for (int i = 0; i < axis.size(); i++) {
                assertTrue(axis.x(i + 1) > axis.x(i), "event " + i + " has a width");
                double t = run.events().get(i).time();
                assertEquals(t, axis.timeAt(axis.x(i)), 1e-9, "time at event " + i);
                assertEquals(i, axis.eventAt(axis.x(i)));
            }
        }
    }

    @Test
    void eachInstantIsABurstAsWideAsItsSteps() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        TimeAxis axis = m.axis();
        assertEquals(3, axis.instantCount()); // 0 s, 1 s, 2 s
        assertEquals(List.of(0.0, 1.0, 2.0), List.of(axis.instantTime(0), axis.instantTime(1), axis.instantTime(2)));
        assertEquals(3, axis.instantSteps(0)); // Task-1, Task-2, Task-3 start
        assertEquals(1, axis.instantSteps(1)); // Task-3 ends
        for (int k = 0; k < axis.instantCount(); k++) {
            double burst = axis.instantEnd(k) - axis.instantStart(k);
            assertTrue(burst >= axis.instantSteps(k) * TimeAxis.STEP_MIN, "burst " + k + ": " + burst);
        }
        // every task step stays distinguishable: at least one unit wide
        for (int lane = 0; lane < m.laneCount(); lane++) {
            for (int s = m.segmentsFrom(lane); s < m.segmentsTo(lane); s++) {
                if (m.segmentState(lane, s) == SegmentState.RUNNING) {
                    double w = axis.x(m.segmentEnd(lane, s)) - axis.x(m.segmentStart(lane, s));
                    assertTrue(w >= TimeAxis.STEP_MIN - 1e-9, "step width " + w);
                }
            }
        }
        // the gap between 0 s and 1 s is gap(1)
        assertEquals(TimeAxis.gap(1.0), axis.instantStart(1) - axis.instantEnd(0), 1e-9);
    }

    @Test
    void gapsAreMonotonicAndCompressed() {
        double prev = 0;
        for (double dt : new double[] {1e-6, 0.001, 0.01, 0.1, 0.5, 1, 2, 10, 100}) {
            double g = TimeAxis.gap(dt);
            assertTrue(g > prev, "gap(" + dt + ")");
            prev = g;
        }
        assertTrue(TimeAxis.gap(0.001) >= 1.5, "1 ms still visible");
        assertTrue(TimeAxis.gap(10) / TimeAxis.gap(0.001) < 50, "10 s does not swamp 1 ms");
        assertTrue(TimeAxis.gap(2) > TimeAxis.gap(1) * 1.3, "2 s looks longer than 1 s");
    }

    @Test
    void timeAndPositionInvertInsideGaps() {
        TimeAxis axis = TimelineModel.of(Runs.tutorial()).axis();
        for (double t : new double[] {0.25, 0.5, 1.0, 1.75}) {
            assertEquals(t, axis.timeAt(axis.xOfTime(t)), 1e-9);
        }
        assertTrue(axis.xOfTime(0.5) > axis.instantEnd(0) && axis.xOfTime(0.5) < axis.instantStart(1));
    }

    @Test
    void aClickJumpsToTheNearestEventBoundary() {
        TimeAxis axis = TimelineModel.of(Runs.tutorial()).axis();
        assertEquals(0, axis.nearestCount(-5));
        assertEquals(axis.size(), axis.nearestCount(axis.width() + 5));
        assertEquals(7, axis.nearestCount(axis.x(7) + 0.01));
        assertEquals(8, axis.nearestCount(axis.x(8) - 0.01));
    }

    @Test
    void ticksAreSpacedAndLabelledInSeconds() {
        TimeAxis axis = TimelineModel.of(Runs.tutorial()).axis();
        double scale = 15; // px per unit
        List<TimeAxis.Tick> ticks = axis.ticks(0, axis.width(), scale, 60);
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals("0 s", ticks.get(0).label());
        assertTrue(ticks.stream().anyMatch(t -> t.label().equals("1 s") && t.instant()), ticks.toString());
        assertTrue(ticks.stream().anyMatch(t -> t.label().equals("2 s") && t.instant()), ticks.toString());
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue((ticks.get(i).x() - ticks.get(i - 1).x()) * scale >= 60 - 1e-9, ticks.toString());
            assertTrue(ticks.get(i).time() > ticks.get(i - 1).time(), ticks.toString());
        }
        assertEquals("0.001 s", TimeAxis.formatSeconds(0.001));
        assertEquals("12.25 s", TimeAxis.formatSeconds(12.25));
    }

    @Test
    void aBlockingCallOwnsTheGapAfterIt() {
        RecordedRun run = Runs.blocking();
        TimeAxis axis = TimelineModel.of(run).axis();
        for (int i = 0; i < run.events().size(); i++) {
            if (run.events().get(i) instanceof Event.Block b) {
                assertEquals(b.time() + b.seconds(), run.events().get(i + 1).time(), 1e-9);
                assertTrue(axis.x(i + 1) - axis.x(i) >= TimeAxis.gap(b.seconds()));
            }
        }
    }
}
