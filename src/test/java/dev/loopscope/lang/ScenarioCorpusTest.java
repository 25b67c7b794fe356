package dev.loopscope.lang;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real programs: the shared scenarios parse, and the samples give CPython's exact tree. */
class ScenarioCorpusTest {

    private static Path scenarioDir() {
        return Path.of("..", "shared", "scenarios");
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioParses() throws IOException {
        Path dir = scenarioDir();
        assumeTrue(Files.isDirectory(dir), "no scenario folder");
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(dir),
                Files.isDirectory(dir.resolve("perf")) ? Files.list(dir.resolve("perf")) : Stream.empty())) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p);
            assertFalse(Parser.parse(p.getFileName().toString(), src).body().isEmpty());
        }));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScenarioCorpusTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleOfEveryConstructMatchesCPython() throws IOException {
        String src = resource("sample_all.py");
        assertEquals(resource("sample_all.ast").strip(), CPythonAstDump.dump(src, Parser.parse("sample_all.py", src)));
    }

    @Test
    void trickyCornersMatchCPython() throws IOException {
        String src = resource("sample_tricky.py");
        assertEquals(resource("sample_tricky.ast").strip(), CPythonAstDump.dump(src, Parser.parse("sample_tricky.py", src)));
    }

    @Test
    void unicodeAndMixedLineEndingsMatchCPython() throws IOException {
        String src = resource("sample_unicode_crlf.py");
        assertEquals(resource("sample_unicode_crlf.ast").strip(),
                CPythonAstDump.dump(src, Parser.parse("sample_unicode_crlf.py", src)));
    }

    @Test
    void parsesConcurrentlyWithSameResults() throws Exception {
        String src = resource("sample_all.py");
        String expected = CPythonAstDump.dump(src, Parser.parse("s.py", src));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> CPythonAstDump.dump(src, Parser.parse("s.py", src))));
            }
            for (java.util.concurrent.Future<String> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void largeInputIsLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("def f").append(i).append("(a, b=1):\n    x = [a * b for a in range(b)] + {'k': f'{a!r}'}\n")
                    .append("    return await g(x) if a else -a ** 2\n");
        }
        long t0 = System.nanoTime();
        assertEquals(20_000, Parser.parse("big.py", sb.toString()).body().size());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "60k lines should parse well within 10 s");
    }
}
