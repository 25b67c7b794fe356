package dev.loopscope.narration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopState;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The narration of the tutorial example, and a sentence for every kind of event. */
class NarratorTest {
    private static Replay replay;
    private static Narrator narrator;

    @BeforeAll
    static void runTheTutorial() throws IOException {
        String source;
        try (InputStream in = NarratorTest.class.getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        replay = new Replay(Engine.run("tutorial_create_task.py", source));
        narrator = new Narrator(replay);
    }

    private static String at(int applied) {
        return narrator.narrate(applied, replay.stateAt(applied));
    }

    /** The position just after the first event of this kind for which {@code which} holds. */
    private static int after(Class<? extends Event> kind, java.util.function.Predicate<Event> which) {
        for (int i = 0; i < replay.size(); i++) {
            if (kind.isInstance(replay.event(i)) && which.test(replay.event(i))) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }

    @Test
    void theStartSaysWhatIsAboutToHappen() {
        assertTrue(at(0).startsWith("Before the first event"), at(0));
    }

    @Test
    void aTaskThatAwaitsASleepHandsControlBackToTheLoop() {
        int p = after(Event.TaskSuspended.class, e -> ((Event.TaskSuspended) e).task() == 2);
        assertEquals("Task-2 (fetch_data) awaits sleep until 2.0 at line 7: it hands control back to the loop,"
                + " which runs the next ready callback, Task-3 (process_data).", at(p));
    }

    @Test
    void theLastTaskToSuspendLeavesTheLoopWaitingForATimer() {
        int p = after(Event.TaskSuspended.class, e -> ((Event.TaskSuspended) e).task() == 3);
        assertTrue(at(p).contains("ready queue is empty, so the loop waits for the earliest timer, at t = 1.0"), at(p));
    }

    @Test
    void stepsSayStartOrResume() {
        int first = after(Event.TaskStep.class, e -> ((Event.TaskStep) e).task() == 2);
        assertTrue(at(first).startsWith("The loop runs Task-2 (fetch_data) for the first time"), at(first));
        int second = after(Event.TaskStep.class, e -> ((Event.TaskStep) e).task() == 2 && e.time() == 2.0);
        assertTrue(at(second).startsWith("Task-2 (fetch_data) resumes at line 7"), at(second));
    }

    @Test
    void clockTimersPrintsAndTheEnd() {
        assertTrue(at(after(Event.ClockAdvanced.class, e -> true)).contains("jumps from 0.0 to 1.0"));
        String timer = at(after(Event.TimerAdded.class, e -> true));
        assertTrue(timer.startsWith("Task-2 (fetch_data) sleeps: a timer is set for t = 2.0 (in 2.0 s)"), timer);
        String print = at(after(Event.Output.class, e -> true));
        assertEquals("Task-2 (fetch_data) prints \u201cStart fetching data...\u201d at t = 0.0.", print);
        String done = at(after(Event.TaskDone.class, e -> ((Event.TaskDone) e).task() == 3));
        assertTrue(done.startsWith("Task-3 (process_data) finishes and returns 'Processed Data'"), done);
        assertTrue(at(replay.size()).startsWith("asyncio.run() returns None at t = 2.0"), at(replay.size()));
        String run = at(after(Event.ReadyRun.class, e -> true));
        assertTrue(run.startsWith("The loop takes \u201cresume Task-1 (main)\u201d from the head of the ready queue"),
                run);
    }

    @Test
    void everyPositionOfTheRunHasASentence() {
        for (int i = 0; i <= replay.size(); i++) {
            String s = at(i);
            assertFalse(s.isBlank(), "position " + i);
            assertFalse(s.contains("[time="), "raw event at " + i + ": " + s);
        }
    }

    private static List<Event> everyKind() {
        return List.of(
                new Event.ReadyAdded(0, 1, 1, "Task.__step", 0),
                new Event.TaskCreated(0, 1, "Task-1", "main", "x.py", 3),
                new Event.TaskRenamed(0, 1, "boss"),
                new Event.CallbackAdded(0, 1, 0, "_run_until_complete_cb"),
                new Event.Round(0, 1),
                new Event.ReadyRun(0, 1, false),
                new Event.TaskStep(0, 1, "boss", 3),
                new Event.Output(0, false, "hello"),
                new Event.Output(0, true, "oops"),
                new Event.Block(0, 0.5, "0.5", 1),
                new Event.FutureState(0.5, 9, "PENDING"),
                new Event.HttpRequest(0.5, 1, "http://a.example/", 0.8, false),
                new Event.TimerAdded(0.5, 2, 0.8, 0, "_set_result_unless_cancelled", 9),
                new Event.CallbackAdded(0.5, 9, 1, "Task.__wakeup"),
                new Event.TaskSuspended(0.5, 1, 4, 9),
                new Event.Round(0.5, 2),
                new Event.ClockAdvanced(0.8, 0.5),
                new Event.TimerRemoved(0.8, 2, true),
                new Event.HandleCancelled(0.8, 2),
                new Event.ReadyRun(0.8, 2, false),
                new Event.FutureState(0.8, 9, "FINISHED"),
                new Event.HttpRequest(0.8, 1, "http://a.example/", 0.8, true),
                new Event.TaskDone(0.8, 1, "boss", "exception ValueError: bad"),
                new Event.RunEnd(0.8, "exception ValueError: bad"),
                new Event.Error(0.8, "ValueError: bad", ""),
                new Event.Deadlock(0.8));
    }

    /** A hand-made stream with one event of every kind: each gets words, not a record's toString. */
    @Test
    void everyKindOfEventIsNarrated() {
        List<Event> events = everyKind();
        Set<Class<?>> kinds = new HashSet<>();
        for (Event e : events) {
            kinds.add(e.getClass());
        }
        for (Class<?> kind : Event.class.getPermittedSubclasses()) {
            assertTrue(kinds.contains(kind), "no sample of " + kind.getSimpleName());
        }
        Replay r = new Replay(new RecordedRun("x.py", events));
        Narrator n = new Narrator(r);
        for (int i = 1; i <= r.size(); i++) {
            String s = n.narrate(i, r.stateAt(i));
            assertFalse(s.contains("[time=") || s.isBlank(), r.event(i - 1) + " -> " + s);
        }
        assertTrue(n.narrate(3, r.stateAt(3)).contains("renamed boss"));
        assertTrue(n.narrate(10, r.stateAt(10)).contains("time.sleep(0.5)"));
        assertTrue(n.narrate(12, r.stateAt(12)).contains("sends a request to http://a.example/"));
        assertTrue(n.narrate(23, r.stateAt(23)).contains("fails with ValueError: bad"));
        assertTrue(n.narrate(26, r.stateAt(26)).startsWith("Deadlock"));
    }

    // ---- levels, concepts and lessons ------------------------------------------------------------

    /** Words that name CPython's asyncio internals: the beginner level never uses them. */
    private static final List<String> MACHINERY = List.of("call_soon", "_ready", "TimerHandle", "__step",
            "__wakeup", "heapq", "_run_once", "_scheduled", "select(", "add_done_callback", "_callbacks",
            "_PENDING", "_FINISHED", "_CANCELLED", "Handle", "Runner", "_fut_waiter", "_set_result",
            "_unless_cancelled");

    private static String example(String name) throws IOException {
        try (InputStream in = NarratorTest.class.getResourceAsStream("/dev/loopscope/examples/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The lessons of the library, from its index. */
    private static Set<String> lessons() throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : example("examples.index").split("\n")) {
            String l = line.strip();
            if (l.endsWith(".py") && !l.startsWith("#")) {
                names.add(l);
            }
        }
        return names;
    }

    @Test
    void everyConceptLinksALessonOfTheLibrary() throws IOException {
        Set<String> lessons = lessons();
        assertTrue(lessons.size() >= 12, lessons.toString());
        for (Concept c : Concept.values()) {
            assertTrue(lessons.contains(c.lesson()), c + " -> " + c.lesson());
            String md = example(c.lesson().replace(".py", ".md"));
            assertTrue(md.startsWith("# "), c.lesson());
            assertFalse(c.title().isBlank());
        }
    }

    /** Both levels for every event of a run: words, a concept with a real lesson, and two different texts. */
    private static Set<Class<?>> checkBothLevels(String name, Replay r, Set<String> lessons) {
        Narrator n = new Narrator(r);
        Set<Class<?>> kinds = new HashSet<>();
        for (int i = 0; i <= r.size(); i++) {
            LoopState s = r.stateAt(i);
            Narration beginner = n.narration(i, s, NarrationLevel.BEGINNER);
            Narration detailed = n.narration(i, s, NarrationLevel.DETAILED);
            String where = name + " position " + i + (i > 0 ? " " + r.event(i - 1) : "");
            assertFalse(beginner.text().isBlank(), where);
            assertFalse(detailed.text().isBlank(), where);
            assertFalse(beginner.text().contains("[time=") || detailed.text().contains("[time="), where);
            assertNotEquals(beginner.text(), detailed.text(), where);
            assertEquals(beginner.concept(), detailed.concept(), where);
            assertTrue(lessons.contains(detailed.lessonId()), where + " -> " + detailed.lessonId());
            for (String word : MACHINERY) {
                assertFalse(beginner.text().contains(word), where + ": beginner says " + word + ": " + beginner.text());
            }
            assertTrue(MACHINERY.stream().anyMatch(detailed.text()::contains) || detailed.text().contains("asyncio"),
                    where + ": detailed names no machinery: " + detailed.text());
            if (i > 0) {
                kinds.add(r.event(i - 1).getClass());
                assertEquals(Concept.of(r.event(i - 1)), detailed.concept(), where);
            }
        }
        return kinds;
    }

    @Test
    void realRunsAreNarratedAtBothLevels() throws IOException {
        Set<String> lessons = lessons();
        Set<Class<?>> kinds = new HashSet<>();
        for (String name : List.of("tutorial_create_task.py", "cancel_and_timeout.py", "cpu_bound_caveat.py",
                "tutorial_aiohttp.py", "taskgroup.py", "sleep_zero_interleaving.py", "wait_first_completed.py")) {
            Replay r = new Replay(Engine.run(name, example(name)));
            assertTrue(r.size() > 10, name);
            kinds.addAll(checkBothLevels(name, r, lessons));
        }
        // the real runs between them show the kinds a teacher meets in the library
        for (Class<?> kind : List.of(Event.TaskCreated.class, Event.TaskStep.class, Event.TaskSuspended.class,
                Event.TaskDone.class, Event.ReadyAdded.class, Event.ReadyRun.class, Event.TimerAdded.class,
                Event.TimerRemoved.class, Event.Round.class, Event.ClockAdvanced.class, Event.FutureState.class,
                Event.HttpRequest.class, Event.CallbackAdded.class, Event.Output.class, Event.Block.class,
                Event.RunEnd.class, Event.HandleCancelled.class)) {
            assertTrue(kinds.contains(kind), "no " + kind.getSimpleName() + " in the real runs");
        }
    }

    @Test
    void everyKindOfEventHasBothLevelsAndALesson() throws IOException {
        Replay r = new Replay(new RecordedRun("x.py", everyKind()));
        Set<Class<?>> kinds = checkBothLevels("every kind", r, lessons());
        for (Class<?> kind : Event.class.getPermittedSubclasses()) {
            assertTrue(kinds.contains(kind), kind.getSimpleName());
        }
    }

    @Test
    void levelsSayTheSameStepDifferently() {
        int p = after(Event.TimerAdded.class, e -> true);
        LoopState s = replay.stateAt(p);
        String beginner = narrator.narration(p, s, NarrationLevel.BEGINNER).text();
        String detailed = narrator.narration(p, s, NarrationLevel.DETAILED).text();
        assertEquals("Task-2 (fetch_data) goes to sleep for 2.0 s: an alarm is set for t = 2.0. Sleeping this way"
                + " costs nothing, so others can run meanwhile.", beginner);
        assertTrue(detailed.startsWith(at(p) + " Under the hood: "), detailed);
        assertTrue(detailed.contains("TimerHandle") && detailed.contains("heapq.heappush"), detailed);
        Narration n = narrator.narration(p, s, NarrationLevel.DETAILED);
        assertEquals(Concept.TIMERS, n.concept());
        assertEquals("sequential_vs_tasks.py", n.lessonId());
        int block = 0;
        assertEquals(Concept.RUN, narrator.narration(block, replay.stateAt(0), NarrationLevel.BEGINNER).concept());
    }

    @Test
    void levelsParseAndHaveTitles() {
        assertEquals(NarrationLevel.BEGINNER, NarrationLevel.parse("beginner", NarrationLevel.DETAILED));
        assertEquals(NarrationLevel.DETAILED, NarrationLevel.parse("nonsense", NarrationLevel.DETAILED));
        assertEquals("Beginner", NarrationLevel.BEGINNER.title());
    }

    @Test
    void timesAreShort() {
        assertEquals("2.0", Narrator.time(2));
        assertEquals("0.05", Narrator.time(0.05));
        assertEquals("1.75", Narrator.time(1.75));
        assertEquals("0.0", Narrator.time(-0.0));
    }
}
