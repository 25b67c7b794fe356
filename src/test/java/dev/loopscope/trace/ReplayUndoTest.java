package dev.loopscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stepping back undoes events: every state reached by stepping back (across snapshot boundaries,
 * cancelled handles, requests, blocking calls) equals the state a fresh replay reaches forward.
 */
class ReplayUndoTest {
    /** Enough events for several snapshot intervals; cancels timers and ready handles, blocks, renames. */
    private static final String BUSY = String.join("\n",
            "import asyncio, time",
            "async def sleeper(i):",
            "    try:",
            "        await asyncio.sleep(i % 7 / 10)",
            "        if i % 5 == 0:",
            "            time.sleep(0.01)",
            "        print('woke', i)",
            "    except asyncio.CancelledError:",
            "        print('cancelled', i)",
            "        raise",
            "async def main():",
            "    tasks = [asyncio.create_task(sleeper(i)) for i in range(600)]",
            "    tasks[1].set_name('renamed')",
            "    await asyncio.sleep(0)",
            "    for t in tasks[::3]:",
            "        t.cancel()",
            "    await asyncio.gather(*tasks, return_exceptions=True)",
            "asyncio.run(main())",
            "");

    private static void stepsBackExactly(RecordedRun run) {
        List<LoopState> forward = new ArrayList<>();
        Replay fresh = new Replay(run);
        for (int i = 0; i <= fresh.size(); i++) {
            forward.add(fresh.stateAt(i));
        }
        Replay back = new Replay(run);
        back.stateAt(back.size());
        for (int i = back.size(); i >= 0; i--) {
            assertEquals(forward.get(i), back.stateAt(i), "state " + i + " stepping back");
        }
        // and forward again from the start, then back from the middle, after a far jump
        back.stateAt(back.size() / 2 + 7);
        for (int i = back.size() / 2 + 7; i >= back.size() / 2 - 3000 && i >= 0; i--) {
            assertEquals(forward.get(i), back.stateAt(i), "state " + i + " after a jump");
        }
    }

    @Test
    void aBusyRunStepsBackThroughSnapshotsToTheSameStates() {
        RecordedRun run = Engine.run("busy.py", BUSY);
        assertTrue(run.events().size() > 3 * 2048, run.events().size() + " events");
        assertTrue(run.events().stream().anyMatch(e -> e instanceof Event.HandleCancelled));
        assertTrue(run.events().stream().anyMatch(e -> e instanceof Event.Block));
        stepsBackExactly(run);
    }

    @Test
    void requestsAndCancellationsOfTheExamplesStepBackExactly() throws IOException {
        for (String name : List.of("tutorial_aiohttp.py", "semaphore_crawl.py", "cancel_and_timeout.py",
                "queue_producer_consumer.py", "wait_first_completed.py")) {
            Path p = Path.of("assets/scenarios", name);
            stepsBackExactly(Engine.run(name, Files.readString(p)));
        }
    }
}
