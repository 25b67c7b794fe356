package dev.loopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Chrome trace parses as JSON, reads the same in every importer (B/E pairs in file order, see
 * ChromeTrace) and agrees with the loop trace.
 */
class ChromeTraceTest {

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> events(String json) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        return (List<Map<String, Object>>) root.get("traceEvents");
    }

    static String json(RecordedRun run) throws Exception {
        StringWriter w = new StringWriter();
        ChromeTrace.write(run, w);
        return w.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<Integer, String> threadNames(List<Map<String, Object>> events) {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Map<String, Object> e : events) {
            if ("M".equals(e.get("ph")) && "thread_name".equals(e.get("name"))) {
                names.put(((Double) e.get("tid")).intValue(), (String) ((Map<String, Object>) e.get("args")).get("name"));
            }
        }
        return names;
    }

    private static List<Map<String, Object>> of(List<Map<String, Object>> events, String ph, String cat) {
        return events.stream().filter(e -> ph.equals(e.get("ph")) && cat.equals(e.get("cat"))).toList();
    }

    /**
     * The slices of a trace, read as an importer that trusts file order reads B/E pairs: one stack
     * per thread. Checks what makes that reading the same in every importer: no complete (X)
     * events, timestamps never go back, each E closes the slice on top of its thread's stack and
     * repeats its name, cat and args, no slice is left open. Each slice gets {@code dur},
     * {@code depth} and {@code parent} (the enclosing slice's cat, or null); thread-scoped instants
     * get {@code depth} and {@code parent} too.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> slices(List<Map<String, Object>> events) {
        Map<Object, Deque<Map<String, Object>>> stacks = new HashMap<>();
        List<Map<String, Object>> slices = new ArrayList<>();
        double lastTs = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> e : events) {
            String ph = (String) e.get("ph");
            assertNotEquals("X", ph, "no complete events: their order at equal ts is the importer's");
            if ("M".equals(ph)) {
                continue;
            }
            double ts = num(e, "ts");
            assertTrue(ts >= lastTs, "sorted by ts: " + e);
            lastTs = ts;
            Deque<Map<String, Object>> stack = stacks.computeIfAbsent(e.get("tid"), k -> new ArrayDeque<>());
            if ("B".equals(ph)) {
                Map<String, Object> slice = new LinkedHashMap<>(e);
                slice.put("depth", (double) stack.size());
                slice.put("parent", stack.isEmpty() ? null : stack.peek().get("cat"));
                stack.push(slice);
            } else if ("E".equals(ph)) {
                assertFalse(stack.isEmpty(), "an E closes an open slice: " + e);
                Map<String, Object> open = stack.pop();
                for (String key : new String[] {"name", "cat", "args"}) {
                    assertEquals(open.get(key), e.get(key), "the E repeats its B's " + key + ": " + e);
                }
                open.put("dur", ts - num(open, "ts"));
                slices.add(open);
            } else if ("I".equals(ph) && "t".equals(e.get("s"))) {
                e.put("depth", (double) stack.size());
                e.put("parent", stack.isEmpty() ? null : stack.peek().get("cat"));
            }
        }
        stacks.forEach((tid, stack) -> assertTrue(stack.isEmpty(), "slices left open on thread " + tid + ": " + stack));
        slices.sort((a, b) -> Double.compare(num(a, "ts"), num(b, "ts")));
        return slices;
    }

    private static List<Map<String, Object>> sliced(List<Map<String, Object>> events, String cat) {
        return slices(events).stream().filter(e -> cat.equals(e.get("cat"))).toList();
    }

    private static double num(Map<String, Object> e, String key) {
        return (Double) e.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> args(Map<String, Object> e) {
        return (Map<String, Object>) e.get("args");
    }

    /** Checks the trace of {@code run} against its loop trace, line by line. */
    static void agreesWithTheLoopTrace(RecordedRun run, String json) {
        List<Map<String, Object>> events = events(json);
        Map<Integer, String> threads = threadNames(events);
        assertEquals("event loop", threads.get(ChromeTrace.LOOP_TID));
        List<String> lines = run.loopTrace().lines().skip(1).toList();
        // thread names = task names, in creation order
        List<String> created = lines.stream().filter(l -> l.split(" ")[1].equals("create"))
                .map(l -> l.split(" ")[2]).toList();
        List<String> taskThreads = new ArrayList<>(threads.values());
        taskThreads.remove("event loop");
        assertEquals(created, taskThreads);
        // one step slice per step line, on the task's track, at its time
        List<String> stepLines = lines.stream().filter(l -> l.split(" ")[1].equals("step")).toList();
        List<Map<String, Object>> slices = slices(events);
        List<Map<String, Object>> steps = slices.stream().filter(e -> "step".equals(e.get("cat"))).toList();
        assertEquals(stepLines.size(), steps.size());
        Map<String, List<Double>> lineTimes = new LinkedHashMap<>();
        for (String l : stepLines) {
            String[] f = l.split(" ");
            lineTimes.computeIfAbsent(f[2], k -> new ArrayList<>()).add(Double.parseDouble(f[0]));
        }
        Map<String, List<Double>> sliceTimes = new LinkedHashMap<>();
        for (Map<String, Object> s : steps) {
            assertEquals("step", s.get("name"));
            assertTrue(num(s, "dur") >= 0);
            String task = threads.get(((Double) s.get("tid")).intValue());
            sliceTimes.computeIfAbsent(task, k -> new ArrayList<>()).add(num(s, "ts") / 1e6);
        }
        assertEquals(lineTimes.keySet(), sliceTimes.keySet());
        for (String task : lineTimes.keySet()) {
            List<Double> want = lineTimes.get(task);
            List<Double> got = sliceTimes.get(task);
            assertEquals(want.size(), got.size(), task);
            for (int i = 0; i < want.size(); i++) {
                assertEquals(want.get(i), got.get(i), 1e-6, task + " step " + i);
            }
        }
        // one instant per print line, with its text, in order
        List<String> printLines = lines.stream().filter(l -> l.split(" ", 3)[1].equals("print")).map(
                l -> l.split(" ", 3).length > 2 ? l.split(" ", 3)[2] : "").toList();
        List<String> prints = of(events, "I", "print").stream().filter(e -> e.get("name").equals("print"))
                .map(e -> (String) args(e).get("text")).toList();
        assertEquals(printLines, prints);
        // a done mark per done line
        assertEquals(lines.stream().filter(l -> l.split(" ")[1].equals("done")).count(),
                of(events, "I", "done").size());
        // every event is on a named track
        for (Map<String, Object> e : events) {
            assertEquals(1.0, e.get("pid"));
            assertTrue(threads.containsKey(((Double) e.get("tid")).intValue()), e.toString());
        }
        // a task's track: steps, waits and ready spans one after another, never inside each other;
        // a step ends before the wait that follows it begins, even at the same ts
        Map<Object, List<Map<String, Object>>> byTrack = new LinkedHashMap<>();
        for (Map<String, Object> sl : slices) {
            if (num(sl, "tid") != ChromeTrace.LOOP_TID && !"block".equals(sl.get("cat"))) {
                assertEquals(0.0, sl.get("depth"), "top level on its task's track: " + sl);
                byTrack.computeIfAbsent(sl.get("tid"), k -> new ArrayList<>()).add(sl);
            }
        }
        for (List<Map<String, Object>> track : byTrack.values()) {
            for (int k = 1; k < track.size(); k++) {
                Map<String, Object> prev = track.get(k - 1);
                Map<String, Object> next = track.get(k);
                assertTrue(num(prev, "ts") + num(prev, "dur") <= num(next, "ts") + 1e-6, prev + " then " + next);
                Object was = prev.get("cat");
                Object is = next.get("cat");
                if ("step".equals(was)) {
                    // a suspension starts a wait; sleep(0) goes straight back to the ready queue
                    if ("wait".equals(is)) {
                        assertEquals(num(prev, "ts") + num(prev, "dur"), num(next, "ts"), 1e-6, "the wait starts where the step ends");
                    }
                } else {
                    assertTrue("step".equals(is) || "wait".equals(was) && "ready".equals(is), was + " then " + next);
                }
            }
        }
        // time.sleep: a block slice on the loop track per block line, at its time, as long as it says;
        // inside a task's step, the only thing that makes a step last
        List<String> blockLines = lines.stream().filter(l -> l.split(" ")[1].equals("block")).toList();
        List<Map<String, Object>> loopBlocks = slices.stream()
                .filter(e -> "block".equals(e.get("cat")) && num(e, "tid") == ChromeTrace.LOOP_TID).toList();
        assertEquals(blockLines.size(), loopBlocks.size());
        for (int k = 0; k < blockLines.size(); k++) {
            String[] f = blockLines.get(k).split(" ");
            assertEquals(Double.parseDouble(f[0]) * 1e6, num(loopBlocks.get(k), "ts"), 1e-3);
            assertEquals(Double.parseDouble(f[2]) * 1e6, num(loopBlocks.get(k), "dur"), 1e-3);
        }
        for (Map<String, Object> step : steps) {
            double blocked = slices.stream().filter(b -> "block".equals(b.get("cat")) && b.get("tid").equals(step.get("tid"))
                    && num(b, "ts") >= num(step, "ts") && num(b, "ts") < num(step, "ts") + num(step, "dur"))
                    .mapToDouble(b -> num(b, "dur")).sum();
            assertEquals(blocked, num(step, "dur"), 1e-3, "a step lasts only as long as it blocks: " + step);
        }
        for (Map<String, Object> sl : slices) {
            if ("block".equals(sl.get("cat")) && num(sl, "tid") != ChromeTrace.LOOP_TID) {
                assertEquals("step", sl.get("parent"), "a task's block is inside its step");
            }
        }
        // prints on a task's track are inside the step that printed
        for (Map<String, Object> e : of(events, "I", "print")) {
            if (num(e, "tid") != ChromeTrace.LOOP_TID) {
                assertEquals("step", e.get("parent"), e.toString());
            }
        }
    }

    @Test
    void tutorialAgreesWithTheLoopTrace() throws Exception {
        RecordedRun run = ExportRuns.tutorial();
        String json = json(run);
        agreesWithTheLoopTrace(run, json);
        List<Map<String, Object>> events = events(json);
        Map<Integer, String> threads = threadNames(events);
        // waits are slices from the suspension to the wake-up, named by what they await, in microseconds
        List<Map<String, Object>> waits = sliced(events, "wait");
        Map<String, Object> fetch = waits.stream()
                .filter(w -> threads.get(((Double) w.get("tid")).intValue()).equals("Task-2")).findFirst().orElseThrow();
        assertEquals("awaits sleep until 2 s", fetch.get("name"));
        assertEquals(0.0, num(fetch, "ts"));
        assertEquals(2_000_000.0, num(fetch, "dur"));
        Map<String, Object> main = waits.stream()
                .filter(w -> threads.get(((Double) w.get("tid")).intValue()).equals("Task-1")).findFirst().orElseThrow();
        assertEquals("awaits Task-2", main.get("name"));
        // the loop's idle waits for timers: 0 -> 1 s and 1 -> 2 s
        List<Map<String, Object>> idle = sliced(events, "idle");
        assertEquals(2, idle.size());
        assertEquals(1_000_000.0, num(idle.get(0), "dur"));
        assertEquals(1_000_000.0, num(idle.get(1), "ts"));
        // the end of the program
        assertTrue(events.stream().anyMatch(e -> "g".equals(e.get("s")) && "asyncio.run: result None".equals(e.get("name"))));
    }

    @Test
    void theLessonsAreAllThere() throws Exception {
        assertTrue(lessons().size() >= 16, lessons().toString());
    }

    @Test
    void aStepEndsBeforeTheWaitThatStartsAtTheSameTime() throws Exception {
        List<Map<String, Object>> events = events(json(ExportRuns.tutorial()));
        int tid = threadNames(events).entrySet().stream().filter(t -> t.getValue().equals("Task-2")).findFirst()
                .orElseThrow().getKey();
        List<Map<String, Object>> track = events.stream().filter(e -> !"M".equals(e.get("ph")) && num(e, "tid") == tid)
                .toList();
        // fetch_data's first step (ts 0, prints, suspends in 0 s of virtual time), then its wait
        assertEquals(List.of("B step", "I print", "E step", "B wait", "E wait"), track.subList(0, 5).stream()
                .map(e -> e.get("ph") + " " + e.get("cat")).toList());
        for (Map<String, Object> e : track.subList(0, 4)) {
            assertEquals(0.0, num(e, "ts"));
        }
        assertEquals(2_000_000.0, num(track.get(4), "ts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sleep(0)", "sleep(0.1)"})
    void stepsAndWaitsAlternateEvenWhenTheWaitsTakeNoTime(String sleep) throws Exception {
        RecordedRun run = ExportRuns.run("import asyncio",
                "async def spin(n):",
                "    for i in range(3):",
                "        print(n, i)",
                "        await asyncio." + sleep,
                "async def main():",
                "    await asyncio.gather(spin('a'), spin('b'))",
                "asyncio.run(main())");
        agreesWithTheLoopTrace(run, json(run));
    }

    /** The shipped lessons, from the library's index. */
    static List<String> lessons() throws Exception {
        try (InputStream in = ChromeTraceTest.class.getResourceAsStream("/dev/loopscope/examples/examples.index")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> l.endsWith(".py")).map(l -> l.substring(0, l.length() - 3)).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonReadsTheSameInEveryImporter(String name) throws Exception {
        String source;
        try (InputStream in = ChromeTraceTest.class.getResourceAsStream("/dev/loopscope/examples/" + name + ".py")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RecordedRun run = Engine.run(name + ".py", source);
        agreesWithTheLoopTrace(run, json(run));
    }

    @Test
    void theCheckRejectsOrdersThatImportersReadDifferently() {
        // the former export: complete events, a zero-length step and its wait at the same ts
        assertThrows(AssertionError.class, () -> slices(events("{\"traceEvents\":["
                + "{\"ph\":\"X\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0,\"dur\":0},"
                + "{\"ph\":\"X\",\"pid\":1,\"tid\":2,\"cat\":\"wait\",\"name\":\"w\",\"ts\":0,\"dur\":5}]}")));
        // the wait begun before the step ended: it would hold the step
        assertThrows(AssertionError.class, () -> slices(events("{\"traceEvents\":["
                + "{\"ph\":\"B\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0},"
                + "{\"ph\":\"B\",\"pid\":1,\"tid\":2,\"cat\":\"wait\",\"name\":\"w\",\"ts\":0},"
                + "{\"ph\":\"E\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0},"
                + "{\"ph\":\"E\",\"pid\":1,\"tid\":2,\"cat\":\"wait\",\"name\":\"w\",\"ts\":5}]}")));
        // an E without its B's args: speedscope would not pair them
        assertThrows(AssertionError.class, () -> slices(events("{\"traceEvents\":["
                + "{\"ph\":\"B\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0,\"args\":{\"event\":1}},"
                + "{\"ph\":\"E\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0}]}")));
        // out of ts order
        assertThrows(AssertionError.class, () -> slices(events("{\"traceEvents\":["
                + "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":2,\"cat\":\"p\",\"name\":\"p\",\"ts\":3},"
                + "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":2,\"cat\":\"p\",\"name\":\"p\",\"ts\":1}]}")));
        // and a well-formed one passes
        assertEquals(2, slices(events("{\"traceEvents\":["
                + "{\"ph\":\"B\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0},"
                + "{\"ph\":\"E\",\"pid\":1,\"tid\":2,\"cat\":\"step\",\"name\":\"step\",\"ts\":0},"
                + "{\"ph\":\"B\",\"pid\":1,\"tid\":2,\"cat\":\"wait\",\"name\":\"w\",\"ts\":0},"
                + "{\"ph\":\"E\",\"pid\":1,\"tid\":2,\"cat\":\"wait\",\"name\":\"w\",\"ts\":5}]}")).size());
    }

    @Test
    void blockingCallsAndTrickyTextSurviveTheRoundTrip() throws Exception {
        RecordedRun run = ExportRuns.blockingAndTrickyPrints();
        String json = json(run);
        assertTrue(json.contains("\\\"quoted\\\""), "quotes escaped");
        assertTrue(json.contains("\\u0001"), "control characters escaped");
        assertTrue(json.contains("\\u2028"), "line separator escaped");
        agreesWithTheLoopTrace(run, json);
        List<Map<String, Object>> events = events(json);
        // time.sleep(2): a slice on the loop track and inside the blocking task's step
        List<Map<String, Object>> blocks = sliced(events, "block");
        assertEquals(2, blocks.size());
        for (Map<String, Object> b : blocks) {
            assertEquals("time.sleep(2.0)", b.get("name"));
            assertEquals(2_000_000.0, num(b, "dur"));
            assertEquals(200_000.0, num(b, "ts"));
        }
        Map<String, Object> inStep = blocks.stream().filter(b -> num(b, "tid") != ChromeTrace.LOOP_TID).findFirst()
                .orElseThrow();
        Map<String, Object> step = sliced(events, "step").stream()
                .filter(s -> num(s, "tid") == num(inStep, "tid") && num(s, "dur") > 0).findFirst().orElseThrow();
        assertEquals(2_000_000.0, num(step, "dur"), "the step lasts as long as the block inside it");
        assertEquals(num(inStep, "ts"), num(step, "ts"));
    }

    @Test
    void errorsAndUnfinishedWaitsAreMarked() throws Exception {
        RecordedRun run = ExportRuns.run("import asyncio",
                "async def forever():",
                "    await asyncio.Event().wait()",
                "async def main():",
                "    t = asyncio.create_task(forever())",
                "    await asyncio.sleep(1)",
                "    raise ValueError('boom \"x\"')",
                "asyncio.run(main())");
        String json = json(run);
        agreesWithTheLoopTrace(run, json);
        List<Map<String, Object>> events = events(json);
        assertTrue(events.stream().anyMatch(e -> "g".equals(e.get("s")) && String.valueOf(e.get("name")).contains("ValueError")),
                json);
    }

    @Test
    void jsonWriterEscapesAndNumbers() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0000\\u001f\u00e9\"", Json.string(new StringBuilder(), "a\"b\\c\n\t\0\u001f\u00e9").toString());
        assertEquals("\"\\ud800x\"", Json.string(new StringBuilder(), "\ud800x").toString());
        assertEquals("\"\ud83d\ude00\"", Json.string(new StringBuilder(), "\ud83d\ude00").toString());
        assertEquals("\"\\udc00\"", Json.string(new StringBuilder(), "\udc00").toString());
        assertEquals("0", Json.micros(new StringBuilder(), 0).toString());
        assertEquals("1000000", Json.micros(new StringBuilder(), Json.nanos(1.0)).toString());
        assertEquals("300000", Json.micros(new StringBuilder(), Json.nanos(0.30000000000000004)).toString());
        assertEquals("0.001", Json.micros(new StringBuilder(), 1).toString());
        assertEquals("1.05", Json.micros(new StringBuilder(), 1050).toString());
        assertEquals("-2.5", Json.micros(new StringBuilder(), -2500).toString());
        for (String s : new String[] {"plain", "a\"b", "\\", "\u2028\u2029", "\ud83d\ude00", "\u007f", "\r\n"}) {
            assertEquals(s, MiniJson.parse(Json.string(new StringBuilder(), s).toString()));
        }
    }

    @Test
    void theTestParserIsStrict() {
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[1,]"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\":1,}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("\"a\nb\""));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{'a':1}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("01"));
        assertEquals(List.of(1.0, "x", true), MiniJson.parse(" [1, \"x\", true] "));
    }
}
