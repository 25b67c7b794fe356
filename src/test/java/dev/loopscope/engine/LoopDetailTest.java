package dev.loopscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopTraceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The trace command's sink declines the loop's inner-workings events; the trace must not notice.
 * Guards against a trace-relevant event ever being put behind the detail switch.
 */
class LoopDetailTest {

    @Test
    void theTraceIsTheSameWithAndWithoutLoopDetail() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
            scenarios = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(scenarios.size() > 50, "scenarios found: " + scenarios.size());
        for (Path p : scenarios) {
            String name = p.getFileName().toString();
            String source = Files.readString(p);
            LoopTraceWriter.Streaming lean = new LoopTraceWriter.Streaming();
            Engine.run(name, source, lean);
            LoopTraceWriter.Streaming full = new LoopTraceWriter.Streaming();
            List<Event> detail = new ArrayList<>();
            Engine.run(name, source, e -> {
                full.accept(e);
                if (e instanceof Event.Round || e instanceof Event.ReadyRun) {
                    detail.add(e);
                }
            });
            assertEquals(full.text(), lean.text(), name);
            assertTrue(!detail.isEmpty() || !full.text().contains(" step "), name + ": a detailed sink still gets the loop's rounds");
        }
    }
}
