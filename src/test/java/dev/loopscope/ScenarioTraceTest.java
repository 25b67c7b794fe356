package dev.loopscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopscope.engine.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests as data: every {@code NAME.py} with a {@code NAME.trace} beside it must trace to exactly
 * that text (the trace CPython's asyncio gives, TRACE.md). Scenarios come from this project's
 * {@code src/test/resources/scenarios/} and, when it exists, the shared corpus
 * {@code ../shared/scenarios/} (its top folder only: {@code perf/} has no traces). More folders
 * can be given with {@code -Dloopscope.scenarios=DIR[:DIR...]} (e.g. from a git worktree, where
 * {@code ../shared} is elsewhere). No folder, or no pairs in it, is no case (not an error).
 */
class ScenarioTraceTest {

    static List<Path> folders() {
        List<Path> folders = new ArrayList<>(List.of(
                Paths.get("src/test/resources/scenarios"),
                Paths.get("../shared/scenarios")));
        String extra = System.getProperty("loopscope.scenarios", "");
        for (String folder : extra.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                folders.add(Paths.get(folder.strip()));
            }
        }
        return folders;
    }

    static Stream<Named<Path>> scenarios() throws IOException {
        List<Named<Path>> cases = new ArrayList<>();
        for (Path folder : folders()) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith(".py"))
                        .filter(p -> Files.isRegularFile(traceOf(p)))
                        .sorted()
                        .forEach(p -> cases.add(Named.of(p.getFileName().toString(), p)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("scenarios")
    void traceEqualsCpython(Path scenario) throws IOException {
        String source = Files.readString(scenario, StandardCharsets.UTF_8);
        String expected = Files.readString(traceOf(scenario), StandardCharsets.UTF_8);
        String actual = Engine.loopTrace(scenario.getFileName().toString(), source);
        assertEquals(expected, actual, scenario.getFileName() + ": trace differs from CPython's");
    }

    private static Path traceOf(Path scenario) {
        String name = scenario.getFileName().toString();
        return scenario.resolveSibling(name.substring(0, name.length() - ".py".length()) + ".trace");
    }
}
