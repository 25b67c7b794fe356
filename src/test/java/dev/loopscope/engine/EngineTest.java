package dev.loopscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;
import org.junit.jupiter.api.Test;

/** Refusals before a run, runaway runs ending with an error line, and the richer event stream. */
class EngineTest {
    private static String lastLine(String trace) {
        String[] lines = trace.split("\n");
        return lines[lines.length - 1];
    }

    private static Diagnostic refused(String source) {
        return assertThrows(Diagnostic.Failure.class, () -> Engine.loopTrace("s.py", source)).diagnostic();
    }

    @Test
    void modulesOutsideTheWorldAreRefusedWithTheirPlace() {
        Diagnostic d = refused("import asyncio\nimport os\n");
        assertEquals("unsupported", d.kind());
        assertEquals(2, d.span().line());
        assertEquals(8, d.span().col());
        assertTrue(d.message().startsWith("module 'os' is outside LoopScope's world"), d.message());
        assertTrue(d.render().startsWith("s.py:2:8: unsupported: module 'os'"), d.render());
        assertTrue(d.render().contains("    import os\n           ^\n"), d.render());
    }

    @Test
    void asyncioApisOutsideTheWorldAreRefused() {
        Diagnostic d = refused("import asyncio as aio\nasync def main():\n    await aio.open_connection('h', 80)\n");
        assertEquals(3, d.span().line());
        assertTrue(d.message().startsWith("asyncio.open_connection is outside LoopScope's world"), d.message());
        assertTrue(refused("from asyncio import to_thread\n").message().startsWith("asyncio.to_thread"));
    }

    @Test
    void sandboxedBuiltinsAreRefusedUnlessTheScenarioDefinesThem() {
        assertEquals("open() is not available: scenarios cannot touch files",
                refused("print(open('x').read())\n").message());
        assertEquals("eval() is not supported", refused("x = eval('1')\n").message());
        assertEquals("loop-trace 1\n0.000000 print 3\n",
                Engine.loopTrace("s.py", "def open(n):\n    return n + 1\nprint(open(2))\n"));
    }

    @Test
    void unsupportedSyntaxIsNamed() {
        assertEquals("match statements are not supported",
                refused("match x:\n    case 1:\n        pass\n").message());
        assertEquals("async generators (yield inside async def) are not supported yet",
                refused("async def g():\n    yield 1\n").message());
    }

    @Test
    void syntaxErrorsUseCPythonsWords() {
        Diagnostic d = refused("def f(:\n    pass\n");
        assertEquals("SyntaxError", d.kind());
        assertEquals(1, d.span().line());
    }

    @Test
    void aLoopThatNeverAwaitsEndsWithALimitError() {
        assertEquals("0.000000 error LimitExceeded: more than " + Engine.MAX_TICKS
                + " interpreter steps without finishing", lastLine(Engine.loopTrace("s.py", "n = 0\nwhile True:\n    n += 1\n")));
    }

    @Test
    void unboundedRecursionIsARecursionError() {
        assertEquals("0.000000 error RecursionError: maximum recursion depth exceeded",
                lastLine(Engine.loopTrace("s.py", "def f(n):\n    return f(n + 1)\nf(0)\n")));
    }

    @Test
    void hugeAllocationsAreAMemoryError() {
        assertEquals("0.000000 error MemoryError", lastLine(Engine.loopTrace("s.py", "x = [0] * 10**10\n")));
        assertEquals("0.000000 error MemoryError",
                lastLine(Engine.loopTrace("s.py", "s = 'ab'\nwhile True:\n    s = s + s\n")));
    }

    @Test
    void theEventStreamTellsWhereATaskWaits() {
        RecordedRun run = Engine.run("s.py", "import asyncio\n\nasync def main():\n    await asyncio.sleep(2)\n\n"
                + "asyncio.run(main())\n");
        Event.TaskSuspended s = run.events().stream().filter(e -> e instanceof Event.TaskSuspended)
                .map(e -> (Event.TaskSuspended) e).findFirst().orElseThrow();
        assertEquals(4, s.line(), "suspended at the await in main, not inside asyncio.sleep");
        Event.TimerAdded t = run.events().stream().filter(e -> e instanceof Event.TimerAdded)
                .map(e -> (Event.TimerAdded) e).findFirst().orElseThrow();
        assertEquals(2.0, t.when());
        assertEquals("_set_result_unless_cancelled", t.callback());
        assertTrue(run.events().stream().anyMatch(e -> e instanceof Event.ClockAdvanced c && c.time() == 2.0));
    }

    @Test
    void anUncaughtExceptionCarriesCPythonsTraceback() {
        RecordedRun run = Engine.run("s.py", "def parse(t):\n    return int(t)\n\ntry:\n    parse('x')\n"
                + "except ValueError as e:\n    raise RuntimeError('bad input') from e\n");
        Event.Error err = (Event.Error) run.events().get(run.events().size() - 1);
        assertEquals("RuntimeError: bad input", err.text());
        assertEquals(String.join("\n",
                "Traceback (most recent call last):",
                "  File \"s.py\", line 5, in <module>",
                "    parse('x')",
                "  File \"s.py\", line 2, in parse",
                "    return int(t)",
                "ValueError: invalid literal for int() with base 10: 'x'",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                "  File \"s.py\", line 7, in <module>",
                "    raise RuntimeError('bad input') from e",
                "RuntimeError: bad input",
                ""), err.traceback());
    }
}
