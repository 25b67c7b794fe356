package dev.loopscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.LoopState.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replayed state of the tutorial example at chosen steps, and exact stepping back. */
class ReplayTest {
    private static final String TUTORIAL = String.join("\n",
            "import asyncio",
            "",
            "async def fetch_data():",
            "    print(\"Start fetching data...\")",
            "    await asyncio.sleep(2)",
            "    print(\"Done fetching data\")",
            "    return {\"data\": \"Sample Data\"}",
            "",
            "async def process_data():",
            "    print(\"Start processing data...\")",
            "    await asyncio.sleep(1)",
            "    print(\"Done processing data\")",
            "    return \"Processed Data\"",
            "",
            "async def main():",
            "    task1 = asyncio.create_task(fetch_data())",
            "    task2 = asyncio.create_task(process_data())",
            "    data = await task1",
            "    processed = await task2",
            "    print(data, processed)",
            "",
            "asyncio.run(main())",
            "");

    private final Replay replay = new Replay(Engine.run("tutorial.py", TUTORIAL));

    @Test
    void afterMainsFirstStepBothChildrenAreReadyAndMainWaitsForTask2() {
        // just after main's first step ends (it suspends on task1)
        int i = 0;
        while (!(replay.event(i) instanceof Event.TaskSuspended)) {
            i++;
        }
        LoopState s = replay.stateAt(i + 1);
        assertEquals(List.of("resume Task-2 (fetch_data)", "resume Task-3 (process_data)"),
                s.ready().stream().map(LoopState.ReadyEntry::label).toList());
        LoopState.TaskEntry main = s.task(s.tasks().get(0).id());
        assertEquals("Task-1", main.name());
        assertEquals(TaskStatus.WAITING, main.status());
        assertEquals(18, main.line());
        assertEquals("Task-2", main.awaiting());
        assertEquals(0.0, s.clock());
    }

    @Test
    void whileBothSleepTheHeapHoldsTheirTimersByDeadline() {
        int afterBothSlept = replay.nextTaskStep(replay.nextTaskStep(replay.nextTaskStep(0)));
        LoopState s = replay.stateAt(afterBothSlept + 3);
        assertEquals(List.of(1.0, 2.0), s.timers().stream().map(LoopState.TimerEntry::when).toList());
        LoopState.TaskEntry fetch = s.tasks().get(1);
        assertEquals(TaskStatus.WAITING, fetch.status());
        assertEquals(5, fetch.line());
        assertEquals("sleep until 2.0", fetch.awaiting());
        assertEquals(List.of("Start fetching data...", "Start processing data..."),
                s.console().stream().map(Event.Output::text).toList());
    }

    @Test
    void aRunningTaskFollowsTheLinesThatPrint() {
        int i = 0;
        while (!(replay.event(i) instanceof Event.Output)) {
            i++;
        }
        LoopState s = replay.stateAt(i + 1);
        LoopState.TaskEntry fetch = s.task(s.runningTask());
        assertEquals("Task-2", fetch.name());
        assertEquals(4, fetch.line());
    }

    @Test
    void theEndHasEveryTaskDoneAndTheClockAtTwo() {
        LoopState end = replay.stateAt(replay.size());
        assertEquals(2.0, end.clock());
        assertTrue(end.tasks().stream().allMatch(t -> t.status() == TaskStatus.DONE));
        assertEquals("result 'Processed Data'", end.tasks().get(2).outcome());
    }

    @Test
    void steppingBackGivesTheSameStateAsGoingForward() {
        for (int i = replay.size(); i >= 0; i -= 7) {
            assertEquals(replay.stateAt(i), replay.stateAt(i), "state " + i);
        }
        LoopState forward = replay.stateAt(40);
        replay.stateAt(replay.size());
        assertEquals(forward, replay.stateAt(40));
    }
}
