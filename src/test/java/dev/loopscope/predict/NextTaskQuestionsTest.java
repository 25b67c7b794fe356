package dev.loopscope.predict;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextTaskQuestionsTest {

    private static List<Integer> ids(NextTaskQuestion q) {
        return q.choices().stream().map(Choice::task).toList();
    }

    @Test
    void theTutorialAsksAboutCreateTaskFifoAndTheEarliestTimer() {
        RecordedRun run = PredictRuns.lesson("tutorial_create_task.py");
        List<NextTaskQuestion> qs = NextTaskQuestions.of(run);
        assertEquals(List.of(8, 12, 27, 33), qs.stream().map(NextTaskQuestion::position).toList());
        assertEquals(qs, NextTaskQuestions.of(PredictRuns.lesson("tutorial_create_task.py")), "deterministic");

        NextTaskQuestion create = qs.get(0);
        assertEquals(List.of(1, 2), ids(create));
        assertEquals(1, create.answer());
        assertTrue(create.prompt().contains("Task-1 (main) has just called create_task for Task-2 (fetch_data)"));
        assertTrue(create.rule().startsWith("The running task keeps going until it awaits"), create.rule());
        assertTrue(create.rule().contains("Task-1 runs on until it awaits at line 23 (t=0.0)"), create.rule());

        NextTaskQuestion fifo = qs.get(1);
        assertEquals(List.of(2, 3), ids(fifo));
        assertEquals(2, fifo.answer());
        assertTrue(fifo.rule().startsWith("The ready queue is FIFO: Task-2's step is the task step nearest its head,"
                + " ahead of Task-3"), fifo.rule());
        assertEquals("Ready queue (head first): resume Task-2 (fetch_data); resume Task-3 (process_data)",
                fifo.context().get(0));

        NextTaskQuestion timers = qs.get(2);
        assertEquals(List.of(3, 2), ids(timers), "the heap's order: earliest deadline first");
        assertEquals(3, timers.answer());
        assertEquals("Nothing is ready, so the loop sleeps until the earliest deadline in the timer heap: Task-3's"
                + " timer at t=1.0, before Task-2's at t=2.0.", timers.rule());
        assertEquals("Timers (earliest first): t=1.0 wakes Task-3 (process_data); t=2.0 wakes Task-2 (fetch_data)",
                timers.context().get(1));

        NextTaskQuestion readyBeforeTimer = qs.get(3);
        assertEquals(3, readyBeforeTimer.answer());
        assertTrue(readyBeforeTimer.rule().contains("Task-3's sleep(1) timer was due at t=1.0"));
        assertTrue(readyBeforeTimer.rule().contains("Task-2's timer (due at t=2.0) must wait"));
    }

    @Test
    void theAnswerIsTheNextTaskStepOfTheRecording() {
        for (RecordedRun run : List.of(PredictRuns.lesson("tutorial_create_task.py"),
                PredictRuns.lesson("sleep_zero_interleaving.py"), PredictRuns.scenario("asyncio_lock.py"),
                PredictRuns.scenario("asyncio_queue.py"), PredictRuns.lesson("tutorial_aiohttp.py"))) {
            List<NextTaskQuestion> qs = NextTaskQuestions.of(run);
            assertFalse(qs.isEmpty(), run.fileName());
            assertTrue(qs.size() <= NextTaskQuestions.MAX, run.fileName());
            for (NextTaskQuestion q : qs) {
                assertTrue(q.choices().size() >= 2, q.prompt());
                assertTrue(ids(q).contains(q.answer()), q.prompt());
                Event next = null;
                for (int i = q.position(); i < run.events().size(); i++) {
                    Event e = run.events().get(i);
                    if (e instanceof Event.TaskStep || e instanceof Event.Output || e instanceof Event.TaskSuspended) {
                        next = e;
                        break;
                    }
                }
                if (next instanceof Event.TaskStep s) {
                    assertEquals(s.task(), q.answer(), run.fileName() + " at " + q.position());
                } else {
                    // asked mid-step (after create_task): the running task itself goes on
                    assertTrue(q.prompt().contains("create_task"), q.prompt());
                }
            }
        }
    }

    @Test
    void checkingSaysRightOrWrongAndNamesTheRule() {
        NextTaskQuestion timers = NextTaskQuestions.of(PredictRuns.lesson("tutorial_create_task.py")).get(2);
        Feedback right = timers.check(3);
        assertTrue(right.correct());
        assertTrue(right.text().startsWith("Right: Task-3 (process_data) runs next."), right.text());
        Feedback wrong = timers.check(2);
        assertFalse(wrong.correct());
        assertTrue(wrong.text().startsWith("Not quite: Task-3 (process_data) runs next."), wrong.text());
        assertTrue(wrong.text().contains("earliest deadline in the timer heap"), wrong.text());
    }

    @Test
    void aLongRunGetsAHandfulSpreadOverIt() {
        List<NextTaskQuestion> qs = NextTaskQuestions.of(PredictRuns.lesson("sleep_zero_interleaving.py"));
        assertEquals(NextTaskQuestions.MAX, qs.size());
        for (int i = 1; i < qs.size(); i++) {
            assertTrue(qs.get(i - 1).position() < qs.get(i).position());
        }
    }
}
