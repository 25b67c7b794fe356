package dev.loopscope.fuzz;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programs that once broke the front end (found by {@link FrontEndPropertiesTest}), replayed every
 * build. Each file's first line says what it must come to: {@code # expect: run} or
 * {@code # expect: KIND} for a diagnostic of that kind (SyntaxError, RecursionError, ...).
 */
class FuzzCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");

    @TestFactory
    Stream<DynamicTest> everyOnceFailingProgramRunsOrIsRefused() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "the corpus is missing");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String program = Files.readString(p, StandardCharsets.UTF_8);
            String first = program.lines().findFirst().orElse("");
            assertTrue(first.startsWith("# expect: "), p + " must start with '# expect: run|KIND'");
            String expected = first.substring("# expect: ".length()).strip();
            BoundedRun.Outcome outcome = BoundedRun.of(program, FrontEndPropertiesTest.TIMEOUT_MS);
            String actual = outcome.ran() ? "run" : outcome.diagnostic().kind();
            assertEquals(expected, actual, p.getFileName() + ": "
                    + (outcome.ran() ? outcome.trace() : outcome.diagnostic().render()));
        }));
    }
}
