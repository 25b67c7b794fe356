package dev.loopscope.predict;

import dev.loopscope.trace.RecordedRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineOrderQuestionTest {

    private static List<String> texts(List<PrintedLine> lines) {
        return lines.stream().map(PrintedLine::text).toList();
    }

    private static PrintedLine line(LineOrderQuestion q, String text) {
        return q.truth().stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theLinesAreTheRunsStdoutInOrderAndTheShuffleIsStableAndNotTheAnswer() {
        RecordedRun run = PredictRuns.lesson("tutorial_create_task.py");
        LineOrderQuestion q = LineOrderQuestion.of(run);
        assertEquals(List.of("Start fetching data...", "Start processing data...", "Done processing data",
                "Done fetching data", "Fetched Data: {'data': 'Sample Data'}", "Processed Data: Processed Data"),
                texts(q.truth()));
        assertTrue(q.askable());
        assertNotEquals(texts(q.truth()), texts(q.shuffled()));
        assertEquals(texts(q.truth()).stream().sorted().toList(), texts(q.shuffled()).stream().sorted().toList());
        // the same run (recorded again) gives the same puzzle
        LineOrderQuestion again = LineOrderQuestion.of(PredictRuns.lesson("tutorial_create_task.py"));
        assertEquals(q.shuffled(), again.shuffled());
        // the lines know who printed them and when
        assertEquals(3, line(q, "Done processing data").task());
        assertEquals(1.0, line(q, "Done processing data").time());
        assertEquals(2, line(q, "Done fetching data").task());
    }

    @Test
    void theShuffleDiffersFromTheTruthEvenForTwoLinesAndNeverForIdenticalOnes() {
        for (int n = 2; n <= 9; n++) {
            List<String> body = new ArrayList<>(List.of("import asyncio", "async def main():"));
            for (int i = 0; i < n; i++) {
                body.add("    print('line " + i + "')");
            }
            body.add("asyncio.run(main())");
            LineOrderQuestion q = LineOrderQuestion.of(PredictRuns.run(body.toArray(String[]::new)));
            assertEquals(n, q.truth().size());
            assertNotEquals(texts(q.truth()), texts(q.shuffled()), n + " lines");
        }
        LineOrderQuestion same = LineOrderQuestion.of(PredictRuns.run("import asyncio", "async def main():",
                "    for i in range(3):", "        print('same')", "asyncio.run(main())"));
        assertFalse(same.askable());
        assertEquals(texts(same.truth()), texts(same.shuffled()));
    }

    @Test
    void checkingMarksExactlyTheMisplacedLines() {
        LineOrderQuestion q = LineOrderQuestion.of(PredictRuns.lesson("tutorial_create_task.py"));
        List<PrintedLine> answer = new ArrayList<>(q.truth());
        LineOrderResult right = q.check(answer);
        assertTrue(right.allRight());
        assertEquals("6 of 6 lines in place", right.score());
        assertTrue(right.marks().stream().allMatch(m -> m.explanation().isEmpty()));

        // the classic mistake: "Done fetching" before "Done processing" (slots 2 and 3 swapped)
        Collections.swap(answer, 2, 3);
        LineOrderResult wrong = q.check(answer);
        assertEquals(4, wrong.inPlace());
        List<Integer> misplaced = wrong.marks().stream().filter(m -> !m.inPlace()).map(LineMark::slot).toList();
        assertEquals(List.of(2, 3), misplaced);
        assertEquals("Done processing data", wrong.marks().get(2).expected());
        String why = wrong.marks().get(3).explanation();
        assertEquals("'Done processing data' comes before 'Done fetching data': it was printed at t=1.0 and the"
                + " other at t=2.0: Task-3's sleep(1) timer was due at t=1.0, before Task-2's sleep(2) timer was due"
                + " at t=2.0", why);
        assertTrue(wrong.marks().get(2).explanation().startsWith("'Done fetching data' comes after 'Done processing"
                + " data'"), wrong.marks().get(2).explanation());
    }

    @Test
    void linesPrintedAtOneInstantAreExplainedByFifoOrByTheRunningTask() {
        LineOrderQuestion q = LineOrderQuestion.of(PredictRuns.lesson("tutorial_create_task.py"));
        List<PrintedLine> answer = new ArrayList<>(q.truth());
        Collections.swap(answer, 0, 1);
        LineOrderResult r = q.check(answer);
        assertEquals(List.of(0, 1), r.marks().stream().filter(m -> !m.inPlace()).map(LineMark::slot).toList());
        assertEquals("'Start fetching data...' comes before 'Start processing data...': both printed at t=0.0:"
                + " Task-2 ran first because it was created first and the ready queue is FIFO",
                r.marks().get(1).explanation());

        // "Fetched Data" (main, woken when Task-2 finished) before "Done fetching data" (Task-2's last step)
        answer = new ArrayList<>(q.truth());
        Collections.swap(answer, 3, 4);
        String why = q.check(answer).marks().get(3).explanation();
        assertTrue(why.startsWith("'Fetched Data: {'data': 'Sample Data'}' comes after 'Done fetching data': both"
                + " printed at t=2.0: Task-2 was running, and the running task keeps going until it awaits"), why);
        assertTrue(why.contains("Task-1 was woken because the task it awaited, Task-2 (fetch_data), finished at"
                + " t=2.0"), why);
    }

    @Test
    void identicalLinesAreInterchangeable() {
        // each worker prints "tick" then its name; the ticks are identical lines
        RecordedRun run = PredictRuns.run("import asyncio",
                "async def worker(name, d):",
                "    print('tick')",
                "    await asyncio.sleep(d)",
                "    print(name)",
                "async def main():",
                "    await asyncio.gather(worker('slow', 2), worker('fast', 1))",
                "asyncio.run(main())");
        LineOrderQuestion q = LineOrderQuestion.of(run);
        assertEquals(List.of("tick", "tick", "fast", "slow"), texts(q.truth()));
        List<PrintedLine> answer = new ArrayList<>(q.truth());
        Collections.swap(answer, 0, 1); // the two ticks trade places: still right
        assertTrue(q.check(answer).allRight());
        // one tick moved to the end: the tick slot and every line it pushed are marked, nothing else
        List<PrintedLine> moved = new ArrayList<>(List.of(answer.get(0), answer.get(2), answer.get(3), answer.get(1)));
        LineOrderResult r = q.check(moved);
        assertEquals(4, r.total());
        assertEquals(List.of(true, false, false, false), r.marks().stream().map(LineMark::inPlace).toList());
        assertTrue(r.marks().get(3).explanation().startsWith("'tick' comes before 'fast'"),
                r.marks().get(3).explanation());
        assertThrows(IllegalArgumentException.class, () -> q.check(answer.subList(0, 3)));
    }

    @Test
    void sleepZeroTurnsAreExplainedByTheQueue() {
        LineOrderQuestion q = LineOrderQuestion.of(PredictRuns.lesson("sleep_zero_interleaving.py"));
        assertEquals(List.of("A 1", "B 1", "C 1", "A 2", "B 2", "C 2", "A 3", "C 3"),
                texts(q.truth()).subList(0, 8));
        List<PrintedLine> answer = new ArrayList<>(q.truth());
        Collections.swap(answer, 2, 3); // A 2 before C 1
        LineOrderResult r = q.check(answer);
        assertEquals(List.of(2, 3), r.marks().stream().filter(m -> !m.inPlace()).map(LineMark::slot).toList());
        String why = r.marks().get(3).explanation();
        assertTrue(why.startsWith("'C 1' comes before 'A 2': both printed at t=0.0: Task-4 ran first because the"
                + " ready queue is FIFO and its step joined it first"), why);
    }

    @Test
    void aScenarioWithLocksAndTimersGetsAnExplanationForEveryMisplacedLine() {
        for (String name : List.of("asyncio_lock.py", "asyncio_queue.py", "asyncio_event.py")) {
            LineOrderQuestion q = LineOrderQuestion.of(PredictRuns.scenario(name));
            List<PrintedLine> reversed = new ArrayList<>(q.truth());
            Collections.reverse(reversed);
            for (LineMark m : q.check(reversed).marks()) {
                assertEquals(m.inPlace(), m.explanation().isEmpty(), name + ": " + m);
                if (!m.inPlace()) {
                    assertTrue(m.explanation().matches("'.*' comes (before|after) '.*': .*t=.*|.*one task runs its code"
                            + " in order.*"), name + ": " + m.explanation());
                }
            }
        }
    }
}
