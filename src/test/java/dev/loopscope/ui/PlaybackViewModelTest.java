package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.narration.Narrator;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopState.TaskStatus;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.PlaybackViewModel.ConsoleLine;
import dev.loopscope.ui.editor.CodeEditor.TaskMark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The playback view model without a window (no FX thread): positions, panel rows, pacing. */
class PlaybackViewModelTest {
    private static Replay replay;
    private PlaybackViewModel vm;

    @BeforeAll
    static void runTheTutorial() throws IOException {
        String source;
        try (InputStream in = PlaybackViewModelTest.class.getResourceAsStream(dev.loopscope.examples.Examples.FOLDER + dev.loopscope.examples.Examples.FIRST)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        replay = new Replay(Engine.run("tutorial_create_task.py", source));
    }

    @BeforeEach
    void load() {
        vm = new PlaybackViewModel();
        vm.load(replay, new Narrator(replay), 0);
    }

    private int after(Class<? extends Event> kind, int task) {
        for (int i = 0; i < replay.size(); i++) {
            Event e = replay.event(i);
            if (kind.isInstance(e) && (task == 0 || (e instanceof Event.TaskSuspended s && s.task() == task))) {
                return i + 1;
            }
        }
        throw new AssertionError(kind);
    }

    private List<String> readyLabels() {
        return vm.ready().stream().map(r -> r.entry().label()).toList();
    }

    /** Everything the panels show, as text, for comparing two visits of one position. */
    private List<Object> panels() {
        List<Object> all = new ArrayList<>();
        all.addAll(vm.ready());
        all.addAll(vm.timers());
        all.addAll(vm.tasks());
        all.addAll(vm.requests());
        all.addAll(vm.console());
        all.add(vm.narrationProperty().get());
        all.add(vm.stepTextProperty().get());
        all.add(vm.clockProperty().get());
        all.add(vm.executingLineProperty().get());
        all.add(vm.taskMarksProperty().get());
        return all;
    }

    @Test
    void startsBeforeTheFirstEvent() {
        assertEquals(0, vm.position());
        assertEquals("event 0 / " + replay.size(), vm.stepTextProperty().get());
        assertTrue(vm.ready().isEmpty());
        assertTrue(vm.tasks().isEmpty());
    }

    @Test
    void whenTask2AwaitsItsSleepTheQueueHoldsTask3AndATimerWakesTask2() {
        vm.seek(after(Event.TaskSuspended.class, 2));
        assertEquals(List.of("resume Task-3 (process_data)"), readyLabels());
        assertEquals(1, vm.timers().size());
        assertEquals(2.0, vm.timers().get(0).entry().when());
        assertEquals(2.0, vm.timers().get(0).left());
        assertEquals("wakes Task-2 (fetch_data)", vm.timers().get(0).wakes());
        assertEquals(List.of(TaskStatus.WAITING, TaskStatus.WAITING, TaskStatus.CREATED),
                vm.tasks().stream().map(t -> t.entry().status()).toList());
        assertEquals("Task-2", vm.tasks().get(0).entry().awaiting());
        assertEquals(List.of("Start fetching data..."), vm.console().stream().map(ConsoleLine::text).toList());
        assertEquals(0, vm.executingLineProperty().get());
        assertEquals(List.of(new TaskMark(23, 0, "Task-1"), new TaskMark(7, 1, "Task-2")),
                vm.taskMarksProperty().get());
    }

    @Test
    void theRunningTasksLineIsTheExecutingLine() {
        vm.seek(replay.nextTaskStep(0));
        assertEquals(17, vm.executingLineProperty().get());
        assertTrue(vm.taskMarksProperty().get().isEmpty());
    }

    @Test
    void steppingBackAndForthGivesIdenticalPanels() {
        for (int p = 0; p <= replay.size(); p += 7) {
            vm.seek(p);
            List<Object> before = panels();
            for (int i = 0; i < 5; i++) {
                vm.stepForward();
            }
            for (int i = 0; i < 5; i++) {
                vm.stepBack();
            }
            assertEquals(before, panels(), "at " + p);
            vm.toEnd();
            vm.seek(p);
            assertEquals(before, panels(), "after a jump to " + p);
        }
    }

    @Test
    void roundsTaskStepsStartAndEnd() {
        vm.nextRound();
        assertTrue(replay.event(vm.position() - 1) instanceof Event.Round, "just after a round's start");
        assertEquals("round 1", vm.roundTextProperty().get());
        int first = vm.position();
        vm.nextRound();
        vm.nextRound();
        vm.previousRound();
        assertEquals("round 2", vm.roundTextProperty().get());
        vm.stepForward();
        vm.previousRound();
        assertEquals("round 2", vm.roundTextProperty().get(), "back to the start of this round");
        vm.previousRound();
        assertEquals(first, vm.position());
        vm.previousRound();
        assertEquals(0, vm.position());
        vm.nextRound();
        vm.nextTaskStep();
        assertTrue(replay.event(vm.position() - 1) instanceof Event.TaskStep, "just after a step begins");
        int step = vm.position();
        vm.nextTaskStep();
        vm.previousTaskStep();
        assertEquals(step, vm.position());
        vm.toEnd();
        assertEquals(replay.size(), vm.position());
        assertTrue(vm.narrationProperty().get().startsWith("asyncio.run() returns None"));
        vm.toStart();
        assertEquals(0, vm.position());
        vm.stepBack();
        assertEquals(0, vm.position(), "cannot go before the start");
    }

    @Test
    void theQueueChangesByItsDifference() {
        vm.seek(after(Event.TaskSuspended.class, 1)); // Task-2 and Task-3 ready
        assertEquals(List.of("resume Task-2 (fetch_data)", "resume Task-3 (process_data)"), readyLabels());
        int changes[] = {0};
        vm.ready().addListener((javafx.collections.ListChangeListener<PlaybackViewModel.ReadyRow>) c -> {
            while (c.next()) {
                changes[0]++;
                assertTrue(c.wasRemoved() && c.getFrom() == 0 && !c.wasAdded(), "only the head leaves");
            }
        });
        while (!(replay.event(vm.position()) instanceof Event.ReadyRun)) {
            vm.stepForward();
        }
        vm.stepForward();
        assertEquals(1, changes[0]);
        assertEquals(List.of("resume Task-3 (process_data)"), readyLabels());
        assertEquals("resume Task-2 (fetch_data)", vm.departedProperty().get().entry().label());
    }

    @Test
    void playingAtOneTimesIsThreeEventsASecondAndStopsAtTheEnd() {
        vm.togglePlay();
        assertTrue(vm.playingProperty().get());
        vm.tick(1.0);
        assertEquals(3, vm.position());
        vm.faster();
        vm.faster();
        assertEquals("4\u00d7", vm.speedTextProperty().get());
        vm.tick(1.0);
        assertEquals(15, vm.position());
        for (int i = 0; i < 100; i++) {
            vm.tick(1.0);
        }
        assertEquals(replay.size(), vm.position());
        assertFalse(vm.playingProperty().get());
        for (int i = 0; i < 10; i++) {
            vm.faster();
        }
        assertEquals(8, vm.speed());
        for (int i = 0; i < 10; i++) {
            vm.slower();
        }
        assertEquals(0.25, vm.speed());
    }

    @Test
    void virtualRealTimeFollowsTheClock() {
        vm.realTimeProperty().set(true);
        vm.togglePlay();
        // the events at t = 0 go by quickly: within a second of wall time, all of them
        vm.tick(0.5);
        vm.tick(0.5);
        assertEquals(0.0, replay.event(vm.position() - 1).time());
        int firstAtOne = after(Event.ClockAdvanced.class, 0) - 1;
        assertTrue(vm.position() <= firstAtOne);
        // the clock then runs one virtual second per second: nothing at 1.0 yet after 0.5 s more
        for (int i = 0; i < 10; i++) {
            vm.tick(0.1);
            if (vm.position() == firstAtOne) {
                break;
            }
        }
        assertEquals(firstAtOne, vm.position(), "all of the instant 0.0 shown");
        double c0 = vm.clockProperty().get();
        assertTrue(c0 < 0.2, "the clock barely moved: " + c0);
        vm.tick(0.5);
        assertEquals(firstAtOne, vm.position(), "t = 1.0 not reached after half a second");
        assertEquals(c0 + 0.5, vm.clockProperty().get(), 1e-9);
        vm.tick(0.5);
        assertTrue(vm.position() > firstAtOne, "t = 1.0 reached");
    }

    @Test
    void aStoppedRunShowsItsErrorInTheConsole() {
        Replay broken = new Replay(Engine.run("boom.py", "import asyncio\nasync def main():\n    print('hi')\n"
                + "    await asyncio.sleep(1)\n    raise ValueError('boom')\nasyncio.run(main())\n"));
        vm.load(broken, null, 0);
        assertTrue(vm.stopped());
        vm.toEnd();
        ConsoleLine last = vm.console().get(vm.console().size() - 1);
        assertEquals(ConsoleLine.Kind.STOP, last.kind());
        assertTrue(last.text().contains("ValueError: boom"), last.text());
        assertTrue(vm.narrationProperty().get().contains("ValueError: boom"), vm.narrationProperty().get());
        vm.stepBack();
        assertTrue(vm.console().stream().noneMatch(l -> l.kind() == ConsoleLine.Kind.STOP));
    }

    @Test
    void withoutARunNothingMoves() {
        vm.load(null, null, 0);
        vm.stepForward();
        vm.togglePlay();
        assertEquals(0, vm.position());
        assertFalse(vm.playingProperty().get());
        assertEquals("no run", vm.stepTextProperty().get());
    }
}
