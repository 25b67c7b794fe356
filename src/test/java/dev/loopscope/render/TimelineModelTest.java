package dev.loopscope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.trace.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lanes and segments of small runs, checked against the events they come from. */
class TimelineModelTest {

    private static List<SegmentState> states(TimelineModel m, int lane) {
        List<SegmentState> out = new ArrayList<>();
        for (int s = m.segmentsFrom(lane); s < m.segmentsTo(lane); s++) {
            out.add(m.segmentState(lane, s));
        }
        return out;
    }

    @Test
    void tutorialTask2ReadyRunsWaitsTwoSecondsAndFinishes() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        assertEquals(3, m.laneCount());
        assertEquals("Task-1", m.laneName(0));
        assertEquals("main", m.laneCoro(0));
        int lane = 1;
        assertEquals("Task-2", m.laneName(lane));
        assertEquals("fetch_data", m.laneCoro(lane));
        assertEquals(List.of(SegmentState.READY, SegmentState.RUNNING, SegmentState.WAITING, SegmentState.READY,
                SegmentState.RUNNING), states(m, lane));
        int from = m.segmentsFrom(lane);
        // it starts running with its first TaskStep, at 0 s; its wait ends when the 2 s timer wakes it
        assertInstanceOf(Event.TaskStep.class, m.event(m.segmentStart(lane, from + 1)));
        Event.TaskSuspended suspended = assertInstanceOf(Event.TaskSuspended.class,
                m.event(m.segmentStart(lane, from + 2)));
        assertEquals(0.0, suspended.time());
        Event.ReadyAdded woken = assertInstanceOf(Event.ReadyAdded.class, m.event(m.segmentStart(lane, from + 3)));
        assertEquals(2.0, woken.time());
        assertEquals("Task.__wakeup", woken.callback());
        assertEquals("sleep until 2 s", m.waitReason(lane, from + 2));
        // segments are contiguous and the lane ends with the TaskDone event
        for (int s = from; s + 1 < m.segmentsTo(lane); s++) {
            assertEquals(m.segmentEnd(lane, s), m.segmentStart(lane, s + 1));
        }
        int end = m.laneEnd(lane);
        assertEquals(end, m.segmentEnd(lane, m.segmentsTo(lane) - 1));
        assertInstanceOf(Event.TaskDone.class, m.event(end));
        assertEquals(TimelineModel.DONE, m.laneOutcome(lane));
        // Task-1 waits for Task-2
        assertEquals("Task-2", m.waitReason(0, m.segmentsFrom(0) + 2));
    }

    @Test
    void loopLaneShowsStepsCallbacksAndWaitsForTimers() {
        TimelineModel m = TimelineModel.of(Runs.tutorial());
        List<SegmentState> loop = states(m, TimelineModel.LOOP);
        assertEquals(List.of(SegmentState.STEP, SegmentState.STEP, SegmentState.STEP, SegmentState.IDLE,
                SegmentState.CALLBACK), loop.subList(0, 5));
        assertEquals(0, m.loopStepLane(0));
        assertEquals(1, m.loopStepLane(1));
        assertEquals("_set_result_unless_cancelled", m.loopCallback(4));
        Event.ClockAdvanced jump = assertInstanceOf(Event.ClockAdvanced.class,
                m.event(m.segmentEnd(TimelineModel.LOOP, 3)));
        assertEquals(1.0, jump.time());
        assertTrue(m.roundCount() >= 7);
        assertInstanceOf(Event.Round.class, m.event(m.roundEvent(0)));
        // prints: four, two of them by Task-2's steps
        assertEquals(6, m.printCount());
        assertEquals(1, m.printLane(0));
        assertEquals(2, m.printLane(1));
    }

    @Test
    void timeSleepInAStepBlocksTheTaskAndTheLoop() {
        TimelineModel m = TimelineModel.of(Runs.blocking());
        int blocker = 2;
        assertEquals("blocker", m.laneCoro(blocker));
        List<SegmentState> s = states(m, blocker);
        int at = s.indexOf(SegmentState.BLOCKED);
        assertTrue(at > 0, s.toString());
        assertEquals(SegmentState.RUNNING, s.get(at - 1));
        int seg = m.segmentsFrom(blocker) + at;
        Event.Block block = assertInstanceOf(Event.Block.class, m.event(m.segmentStart(blocker, seg)));
        assertEquals(2.0, block.seconds());
        // the loop lane shows the same block
        int loopSeg = m.segmentAt(TimelineModel.LOOP, m.segmentStart(blocker, seg));
        assertEquals(SegmentState.BLOCKED, m.segmentState(TimelineModel.LOOP, loopSeg));
        // on the axis the blocked segment spans the 2 s the clock moved
        TimeAxis axis = m.axis();
        double w = axis.x(m.segmentEnd(blocker, seg)) - axis.x(m.segmentStart(blocker, seg));
        assertTrue(w >= TimeAxis.gap(2.0), "blocked width " + w);
    }

    @Test
    void sleepZeroMakesTheTaskReadyAgainNotWaiting() {
        TimelineModel m = TimelineModel.of(Runs.run("import asyncio",
                "async def spin(n):",
                "    for i in range(n):",
                "        await asyncio.sleep(0)",
                "async def main():",
                "    await asyncio.gather(spin(2), spin(2))",
                "asyncio.run(main())"));
        List<SegmentState> s = states(m, 1);
        assertEquals(List.of(SegmentState.READY, SegmentState.RUNNING, SegmentState.READY, SegmentState.RUNNING,
                SegmentState.READY, SegmentState.RUNNING), s);
    }

    @Test
    void cancelledAndFailedTasksEndWithTheirMark() {
        TimelineModel m = TimelineModel.of(Runs.run("import asyncio",
                "async def forever():",
                "    await asyncio.sleep(3600)",
                "async def bad():",
                "    raise ValueError('no')",
                "async def main():",
                "    t = asyncio.create_task(forever())",
                "    b = asyncio.create_task(bad())",
                "    await asyncio.sleep(1)",
                "    t.cancel()",
                "    try:",
                "        await t",
                "    except asyncio.CancelledError:",
                "        print('cancelled')",
                "    try:",
                "        await b",
                "    except ValueError:",
                "        print('failed')",
                "asyncio.run(main())"));
        assertEquals(TimelineModel.CANCELLED, m.laneOutcome(1));
        assertEquals(TimelineModel.FAILED, m.laneOutcome(2));
        assertEquals(TimelineModel.DONE, m.laneOutcome(0));
    }

    @Test
    void renamedTasksShowTheirNewName() {
        TimelineModel m = TimelineModel.of(Runs.run("import asyncio",
                "async def work():",
                "    asyncio.current_task().set_name('worker')",
                "    await asyncio.sleep(0.1)",
                "async def main():",
                "    await asyncio.create_task(work())",
                "asyncio.run(main())"));
        assertEquals("worker", m.laneName(1));
    }
}
