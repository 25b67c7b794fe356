package dev.loopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import dev.loopscope.diag.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Result(int status, String out, String err) {
    }

    static Result run(Cli.Tracer tracer, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(tracer).execute(args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A tracer that gives its whole trace at once. */
    interface TextTracer {
        String loopTrace(String fileName, String source);
    }

    static Result run(TextTracer tracer, String... args) {
        return run((Cli.Tracer) (name, source, out) -> out.print(tracer.loopTrace(name, source)), args);
    }

    static Result run(String... args) {
        return run((Cli.Tracer) (file, source, out) -> {
            throw new AssertionError("the engine must not run");
        }, args);
    }

    @Test
    void topLevelHelpListsTheCommands() {
        for (String flag : new String[] {"--help", "-h"}) {
            Result r = run(flag);
            assertEquals(0, r.status());
            assertTrue(r.out().startsWith("LoopScope: "), r.out());
            assertTrue(r.out().contains("Usage: loopscope"), r.out());
            assertTrue(r.out().contains("\n  trace "), r.out());
            assertEquals("", r.err());
        }
        assertEquals(run("--help"), run("help"));
    }

    @Test
    void traceHelp() {
        Result r = run("trace", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: loopscope trace [--] SCENARIO.py\n"), r.out());
        assertTrue(r.out().contains("Exit status"), r.out());
        assertEquals("", r.err());
        assertEquals(r, run("trace", "-h"));
        assertEquals(r, run("trace", "x.py", "--help"));
        assertEquals(r, run("help", "trace"));
    }

    @Test
    void version() {
        Result r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("LoopScope \\S+\n"), r.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        Result r = run();
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("loopscope: missing a command\n"), r.err());
    }

    @Test
    void unknownCommandAndOptions() {
        Result command = run("frobnicate");
        assertEquals(2, command.status());
        assertEquals("", command.out());
        assertTrue(command.err().startsWith("loopscope: unknown command 'frobnicate'\n"), command.err());
        assertTrue(command.err().contains("Usage: loopscope"), command.err());

        Result option = run("--frobnicate");
        assertEquals(2, option.status());
        assertTrue(option.err().startsWith("loopscope: unknown option '--frobnicate'\n"), option.err());

        Result traceOption = run("trace", "--fast", "x.py");
        assertEquals(2, traceOption.status());
        assertTrue(traceOption.err().startsWith("loopscope: trace: unknown option '--fast'\n"), traceOption.err());
        assertTrue(traceOption.err().contains("Usage: loopscope trace"), traceOption.err());
    }

    @Test
    void traceNeedsExactlyOneFile() {
        assertEquals(2, run("trace").status());
        assertTrue(run("trace").err().startsWith("loopscope: trace: missing the scenario file\n"));
        assertEquals(2, run("trace", "a.py", "b.py").status());
    }

    @Test
    void missingFile() {
        String missing = dir.resolve("missing.py").toString();
        Result r = run("trace", missing);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(missing + ": no such file\n", r.err());

        Result alone = run(missing);
        assertEquals(2, alone.status());
        assertEquals(missing + ": no such file\n", alone.err());
    }

    @Test
    void directoryIsNotAScenario() {
        Result r = run("trace", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(dir + ": is a directory"), r.err());
    }

    @Test
    void invalidUtf8() throws IOException {
        Path file = dir.resolve("bad.py");
        byte[] bytes = "print('caf\u00e9')\n# x".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Files.write(file, bytes);
        Result r = run("trace", file.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(file + ": not readable UTF-8 text (invalid byte at offset " + (bytes.length - 1) + ")\n",
                r.err());
    }

    @Test
    void printsTheTraceExactlyAndDropsTheBom() throws IOException {
        Path file = dir.resolve("hello.py");
        Files.write(file, "\uFEFFprint('h\u00e9llo')\n".getBytes(StandardCharsets.UTF_8));
        AtomicReference<String> seen = new AtomicReference<>();
        String trace = "loop-trace 1\n0.000000 print h\u00e9llo\n";
        Result r = run((name, source) -> {
            seen.set(name + "|" + source);
            return trace;
        }, "trace", file.toString());
        assertEquals(0, r.status());
        assertEquals(trace, r.out());
        assertEquals("", r.err());
        assertEquals("hello.py|print('h\u00e9llo')\n", seen.get());
    }

    /** The engine writes its trace in chunks as it runs; the text is the same, and a refused scenario writes none. */
    @Test
    void theEngineWritesItsTraceAsItGoes() throws IOException {
        Path file = dir.resolve("many.py");
        Files.writeString(file, "import asyncio\nasync def w(i):\n    await asyncio.sleep(i / 1000)\n"
                + "async def main():\n    await asyncio.gather(*(w(i) for i in range(3000)))\nasyncio.run(main())\n");
        Result r = run((Cli.Tracer) Engine::writeLoopTrace, "trace", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().length() > 3 * 65_536, "several chunks: " + r.out().length());
        assertEquals(Engine.loopTrace("many.py", Files.readString(file)), r.out());

        Path broken = dir.resolve("broken.py");
        Files.writeString(broken, "import asyncio\ndef f(:\n");
        Result refused = run((Cli.Tracer) Engine::writeLoopTrace, "trace", broken.toString());
        assertEquals(2, refused.status());
        assertEquals("", refused.out());
        assertTrue(refused.err().startsWith("broken.py:2:7: SyntaxError"), refused.err());
    }

    @Test
    void dashDashEndsOptions() throws IOException {
        Path file = dir.resolve("-odd.py");
        Files.writeString(file, "pass\n");
        Result r = run((name, source) -> name + "\n", "trace", "--", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("-odd.py\n", r.out());
    }

    @Test
    void diagnosticGoesToStderrOnly() throws IOException {
        Path file = dir.resolve("broken.py");
        Files.writeString(file, "def f(:\n");
        Diagnostic diagnostic = new Diagnostic("broken.py", Span.at(1, 7), "SyntaxError", "invalid syntax", "def f(:");
        Result r = run((name, source) -> {
            throw new Diagnostic.Failure(diagnostic);
        }, "trace", file.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(diagnostic.render(), r.err());
        assertEquals("broken.py:1:7: SyntaxError: invalid syntax\n    def f(:\n          ^\n", r.err());
    }

    @Test
    void engineNotAvailableIsAnInternalFailure() throws IOException {
        Path file = dir.resolve("ok.py");
        Files.writeString(file, "pass\n");
        Result r = run((name, source) -> {
            throw new UnsupportedOperationException("engine not written yet");
        }, "trace", file.toString());
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("engine not written yet"), r.err());
    }

    @Test
    void engineRunsOnALargeStack() throws IOException {
        Path file = dir.resolve("deep.py");
        Files.writeString(file, "pass\n");
        Result r = run((name, source) -> depth(200_000) + "\n", "trace", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("200000\n", r.out());
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
