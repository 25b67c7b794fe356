package dev.loopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.trace.RecordedRun;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Chrome trace parses as JSON and agrees with the loop trace. */
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
        List<Map<String, Object>> steps = of(events, "X", "step");
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
        List<String> prints = of(events, "i", "print").stream().filter(e -> e.get("name").equals("print"))
                .map(e -> (String) args(e).get("text")).toList();
        assertEquals(printLines, prints);
        // a done mark per done line
        assertEquals(lines.stream().filter(l -> l.split(" ")[1].equals("done")).count(),
                of(events, "i", "done").size());
        // every event is on a named track
        for (Map<String, Object> e : events) {
            assertEquals(1.0, e.get("pid"));
            assertTrue(threads.containsKey(((Double) e.get("tid")).intValue()), e.toString());
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
        List<Map<String, Object>> waits = of(events, "X", "wait");
        Map<String, Object> fetch = waits.stream()
                .filter(w -> threads.get(((Double) w.get("tid")).intValue()).equals("Task-2")).findFirst().orElseThrow();
        assertEquals("awaits sleep until 2 s", fetch.get("name"));
        assertEquals(0.0, num(fetch, "ts"));
        assertEquals(2_000_000.0, num(fetch, "dur"));
        Map<String, Object> main = waits.stream()
                .filter(w -> threads.get(((Double) w.get("tid")).intValue()).equals("Task-1")).findFirst().orElseThrow();
        assertEquals("awaits Task-2", main.get("name"));
        // the loop's idle waits for timers: 0 -> 1 s and 1 -> 2 s
        List<Map<String, Object>> idle = of(events, "X", "idle");
        assertEquals(2, idle.size());
        assertEquals(1_000_000.0, num(idle.get(0), "dur"));
        assertEquals(1_000_000.0, num(idle.get(1), "ts"));
        // the end of the program
        assertTrue(events.stream().anyMatch(e -> "g".equals(e.get("s")) && "asyncio.run: result None".equals(e.get("name"))));
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
        List<Map<String, Object>> blocks = of(events, "X", "block");
        assertEquals(2, blocks.size());
        for (Map<String, Object> b : blocks) {
            assertEquals("time.sleep(2.0)", b.get("name"));
            assertEquals(2_000_000.0, num(b, "dur"));
            assertEquals(200_000.0, num(b, "ts"));
        }
        Map<String, Object> inStep = blocks.stream().filter(b -> num(b, "tid") != ChromeTrace.LOOP_TID).findFirst()
                .orElseThrow();
        Map<String, Object> step = of(events, "X", "step").stream()
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
