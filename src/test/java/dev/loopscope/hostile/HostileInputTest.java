package dev.loopscope.hostile;

import dev.loopscope.cli.Cli;
import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import dev.loopscope.trace.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a learner might paste or open by mistake ends in bounded time with a clear answer, the
 * one CPython 3.11 gives (the messages below were checked with python3 on the same text). CRLF,
 * BOM and tab-indented files run as CPython runs them: see the hostile_*.py scenarios and their
 * oracle traces in src/test/resources/scenarios.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static Diagnostic refusal(String source) {
        return assertThrows(Diagnostic.Failure.class, () -> Engine.loopTrace("hostile.py", source)).diagnostic();
    }

    @Test
    void twoMillionLinesRunWithinThirtySecondsWhileOtherThreadsKeepRunning() throws Exception {
        String source = "x = 0\n" + "x += 1\n".repeat(2_000_000) + "print(x)\n";
        // a stand-in for the FX thread: it must keep getting scheduled while the engine works
        AtomicLong longestGap = new AtomicLong();
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        Thread heartbeat = new Thread(() -> {
            long last = System.nanoTime();
            while (!done.get()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                longestGap.accumulateAndGet(now - last, Math::max);
                last = now;
            }
        }, "heartbeat");
        heartbeat.start();
        long start = System.nanoTime();
        String[] lastLine = new String[1];
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> Engine.run("big.py", source, e -> {
            if (e instanceof Event.Output o) {
                lastLine[0] = o.text();
            }
        }));
        run.get(30, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        done.set(true);
        heartbeat.join();
        assertEquals("2000000", lastLine[0]);
        assertTrue(millis < 30_000, millis + " ms");
        long gapMillis = TimeUnit.NANOSECONDS.toMillis(longestGap.get());
        System.out.printf("2,000,000 lines: %d ms; longest pause of another thread %d ms%n", millis, gapMillis);
        assertTrue(gapMillis < 2_000, "another thread stalled for " + gapMillis + " ms");
    }

    @Test
    void bracketsAThousandDeepAreTooManyNestedParentheses() {
        Diagnostic d = refusal("x = " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n");
        assertEquals("SyntaxError", d.kind());
        assertEquals("too many nested parentheses", d.message());
        // CPython's limit is 200: one level fewer still compiles
        assertTrue(Engine.loopTrace("ok.py", "x = " + "[".repeat(200) + "]".repeat(200) + "\n")
                .startsWith("loop-trace 1"));
    }

    @Test
    void blocksTwoHundredDeepAreTooManyLevelsOfIndentation() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            src.append("    ".repeat(i)).append("if True:\n");
        }
        src.append("    ".repeat(200)).append("pass\n");
        Diagnostic d = refusal(src.toString());
        assertEquals("IndentationError", d.kind());
        assertEquals("too many levels of indentation", d.message());
        assertEquals(101, d.span().line());
    }

    @Test
    void expressionsNestedPastCPythonsCompilerLimitAreARecursionError() {
        for (String deep : new String[] {"-".repeat(100_000) + "1", "f" + "()".repeat(100_000),
                String.join("+", java.util.Collections.nCopies(100_000, "1")), "not ".repeat(50_000) + "1"}) {
            Diagnostic d = refusal("x = " + deep + "\n");
            assertEquals("RecursionError", d.kind());
            assertEquals("maximum recursion depth exceeded during compilation", d.message());
        }
        // CPython 3.11 still compiles a script 2,998 unary operators deep, and not 2,999
        assertTrue(Engine.loopTrace("ok.py", "x = " + "-".repeat(2998) + "1\nprint(x)\n").contains("print 1"));
        assertEquals("RecursionError", refusal("x = " + "-".repeat(2999) + "1\n").kind());
    }

    @Test
    void nullBytesAnywhereAreRefusedAsCPythonDoes() {
        Diagnostic d = refusal("print(1)\nx = 2  # a\0b\n");
        assertEquals("SyntaxError", d.kind());
        assertEquals("source code cannot contain null bytes", d.message());
        assertEquals(2, d.span().line());
    }

    @Test
    void mixedTabsThatDependOnTabWidthAreATabError() {
        Diagnostic d = refusal("if True:\n\tx = 1\n        y = 2\n");
        assertEquals("TabError", d.kind());
        assertEquals("inconsistent use of tabs and spaces in indentation", d.message());
    }

    @Test
    void aBinaryFileIsRefusedAsNotUtf8TextWithExitStatusTwo() throws IOException {
        Path png = dir.resolve("picture.py");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        Files.write(png, bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"trace", png.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(png + ": not readable UTF-8 text (invalid byte at offset 0)\n", err.toString(StandardCharsets.UTF_8));
    }
}
