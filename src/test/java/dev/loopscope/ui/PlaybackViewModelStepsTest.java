package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.Replay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The panels a step or a jump leaves (rows changed in place, waiters kept from step to step) are
 * the panels of a view model that loads the run at that position from scratch: at every position
 * of the lessons, forward, back and at random jumps.
 */
class PlaybackViewModelStepsTest {

    /** Many tasks waiting for one future (its timer names the first), tasks joining and leaving. */
    private static final String WAITERS = """
            import asyncio

            async def waiter(ev, i):
                await ev.wait()
                await asyncio.sleep(i / 10)
                return i

            async def main():
                ev = asyncio.Event()
                tasks = [asyncio.create_task(waiter(ev, i)) for i in range(60)]
                await asyncio.sleep(0.5)
                ev.set()
                print(sum(await asyncio.gather(*tasks)))

            asyncio.run(main())
            """;

    private static String lesson(String name) throws IOException {
        if (name.equals("waiters")) {
            return WAITERS;
        }
        try (InputStream in = PlaybackViewModelStepsTest.class.getResourceAsStream(
                dev.loopscope.examples.Examples.FOLDER + name + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Object> panels(PlaybackViewModel vm) {
        List<Object> all = new ArrayList<>();
        all.add(List.copyOf(vm.ready()));
        all.add(List.copyOf(vm.timers()));
        all.add(List.copyOf(vm.tasks()));
        all.add(List.copyOf(vm.requests()));
        all.add(List.copyOf(vm.console()));
        all.add(vm.taskMarksProperty().get());
        all.add(vm.executingLineProperty().get());
        all.add(vm.narrationProperty().get());
        return all;
    }

    private static List<Object> fresh(Replay replay, int at) {
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.load(replay, null, at);
        return panels(vm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tutorial_create_task", "tutorial_gather", "semaphore_crawl", "queue_producer_consumer",
            "event_start_signal", "cancel_and_timeout", "taskgroup", "wait_first_completed", "waiters"})
    void everyStepAndJumpShowsWhatALoadThereShows(String name) throws IOException {
        Replay replay = new Replay(Engine.run(name + ".py", lesson(name)));
        int n = replay.size();
        List<List<Object>> expected = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            expected.add(fresh(replay, i));
        }
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.load(replay, null, 0);
        for (int i = 1; i <= n; i++) {
            vm.stepForward();
            assertEquals(expected.get(i), panels(vm), name + ": forward to " + i);
        }
        for (int i = n - 1; i >= 0; i--) {
            vm.stepBack();
            assertEquals(expected.get(i), panels(vm), name + ": back to " + i);
        }
        Random random = new Random(name.hashCode());
        for (int k = 0; k < 200; k++) {
            int to = random.nextInt(n + 1);
            vm.seek(to);
            assertEquals(expected.get(to), panels(vm), name + ": jump to " + to);
        }
    }
}
