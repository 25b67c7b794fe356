package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Re-runs for live numbers: while a run is in progress only the latest text waits (no backlog),
 * and the playback keeps its place (the end, the start, or the same virtual time).
 */
@ExtendWith(ApplicationExtension.class)
class LiveRerunTest {
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    /** Each run waits here for a permit, so the test decides when runs finish. */
    private final Semaphore finish = new Semaphore(0);
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor();
    private final BiFunction<String, String, RecordedRun> engine = (name, text) -> {
        ran.add(text);
        finish.acquireUninterruptibly();
        return Engine.run(name, text);
    };
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(engine, engineThread);
    }

    @AfterEach
    void stop() {
        finish.release(1000);
        engineThread.shutdownNow();
    }

    private static String scenario(int seconds) {
        return "import asyncio\n\nasync def main():\n    print('a')\n    await asyncio.sleep(1)\n    print('b')\n"
                + "    await asyncio.sleep(" + seconds + ")\n    print('c')\n\nasyncio.run(main())\n";
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double endTime() {
        TimelineModel timeline = model.timelineProperty().get();
        return timeline.event(timeline.eventCount() - 1).time();
    }

    private void runToShow(FxRobot robot, int seconds) throws Exception {
        robot.interact(() -> {
            model.document().setText(scenario(seconds));
            model.run();
        });
        finish.release();
        awaitIdle();
    }

    private void liveEdit(FxRobot robot, int seconds) throws Exception {
        robot.interact(() -> {
            model.document().setText(scenario(seconds));
            model.rerunLive();
        });
        finish.release();
        awaitIdle();
    }

    @Test
    void editsDuringARunCoalesceIntoOneRunOfTheLatestText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.document().setText(scenario(2));
            model.rerunLive();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 1);
        robot.interact(() -> {
            for (int s = 3; s <= 7; s++) {
                model.document().setText(scenario(s));
                model.rerunLive();
            }
        });
        assertEquals(1, ran.size(), "nothing starts while a run is in progress");
        finish.release(10);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 2);
        awaitIdle();
        assertEquals(List.of(scenario(2), scenario(7)), ran, "one more run, of the latest text only");
        assertEquals(8.0, endTime(), 1e-9);
    }

    @Test
    void cancelDropsTheWaitingLiveRun(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.document().setText(scenario(2));
            model.rerunLive();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 1);
        robot.interact(() -> {
            model.document().setText(scenario(3));
            model.rerunLive();
            model.cancel();
        });
        finish.release(10);
        Thread.sleep(300);
        awaitIdle();
        assertEquals(1, ran.size());
    }

    @Test
    void theEndStaysTheEnd(FxRobot robot) throws Exception {
        runToShow(robot, 2);
        robot.interact(() -> model.playback().toEnd());
        liveEdit(robot, 4);
        PlaybackViewModel playback = model.playback();
        assertEquals(playback.sizeProperty().get(), playback.position());
        assertEquals(5.0, playback.clockProperty().get(), 1e-9);
    }

    @Test
    void theStartStaysTheStart(FxRobot robot) throws Exception {
        runToShow(robot, 2);
        liveEdit(robot, 4);
        assertEquals(0, model.playback().position());
    }

    @Test
    void aPlaceMidwayKeepsItsVirtualTime(FxRobot robot) throws Exception {
        runToShow(robot, 2);
        Replay before = model.playback().replay();
        int midway = -1;
        for (int i = 0; i < before.size(); i++) {
            if (before.event(i).time() == 1.0) {
                midway = i + 2; // two events into the instant t = 1
                break;
            }
        }
        assertTrue(midway > 0);
        int place = midway;
        robot.interact(() -> model.playback().seek(place));
        assertEquals(1.0, model.playback().clockProperty().get(), 1e-9);

        liveEdit(robot, 5);
        assertEquals(6.0, endTime(), 1e-9, "the new run is on show");
        assertEquals(place, model.playback().position(), "the same event of the same instant");
        assertEquals(1.0, model.playback().clockProperty().get(), 1e-9);
    }
}
