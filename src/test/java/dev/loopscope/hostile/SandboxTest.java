package dev.loopscope.hostile;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per way out of the sandbox: each is either refused before the scenario runs (a
 * diagnostic naming the construct) or harmless (the run ends with a Python error, inside the
 * virtual world). Nothing reaches files, sockets, the environment, processes, the JVM's exit
 * or LoopScope's own Java core.
 */
class SandboxTest {

    /** The diagnostic that refuses {@code source}, which must not run at all. */
    private static Diagnostic refused(String source) {
        return assertThrows(Diagnostic.Failure.class, () -> Engine.loopTrace("s.py", source)).diagnostic();
    }

    private static void assertRefused(String source, String messagePart) {
        Diagnostic d = refused(source);
        assertEquals("unsupported", d.kind(), d.render());
        assertTrue(d.message().contains(messagePart), d.render());
    }

    /** The last line of the run's trace (it ran: nothing was refused). */
    private static String lastLine(String source) {
        String trace = Engine.loopTrace("s.py", source);
        String[] lines = trace.split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void noFileAccess() {
        assertRefused("open('/etc/passwd')\n", "open() is not available");
        assertRefused("import json\njson.load(open('x'))\n", "open() is not available");
        assertRefused("import io\n", "module 'io' is outside");
        assertRefused("import pathlib\n", "module 'pathlib' is outside");
        assertRefused("import shutil\n", "module 'shutil' is outside");
    }

    @Test
    void noSocketAccess() {
        assertRefused("import socket\n", "module 'socket' is outside");
        assertRefused("import asyncio\nasyncio.open_connection('example.com', 80)\n", "asyncio.open_connection");
        assertRefused("import asyncio as aio\naio.start_server(None, 'localhost', 1)\n", "asyncio.start_server");
        assertRefused("import urllib.request\n", "module 'urllib' is outside");
    }

    @Test
    void noEnvironmentAccess() {
        assertRefused("import os\n", "module 'os' is outside");
        assertRefused("from os import environ\n", "module 'os' is outside");
        // sys is the virtual one: the scenario's name as argv, no import path
        assertEquals("0.000000 print ['s.py'] []", lastLine("import sys\nprint(sys.argv, sys.path)\n"));
        assertEquals("0.000000 error AttributeError: module 'sys' has no attribute 'stdin'",
                lastLine("import sys\nsys.stdin.read()\n"));
    }

    @Test
    void noProcessAccess() {
        assertRefused("import subprocess\n", "module 'subprocess' is outside");
        assertRefused("import multiprocessing\n", "module 'multiprocessing' is outside");
        assertRefused("import threading\n", "module 'threading' is outside");
        assertRefused("import asyncio\nasyncio.create_subprocess_exec('ls')\n", "asyncio.create_subprocess_exec");
        assertRefused("import asyncio\nasyncio.to_thread(print)\n", "asyncio.to_thread");
        assertTrue(lastLine("import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n"
                + "    await loop.run_in_executor(None, print, 1)\nasyncio.run(main())\n")
                .startsWith("0.000000 error NotImplementedError: loop.run_in_executor() is outside LoopScope's world"));
    }

    @Test
    void dunderImportIsRefused() {
        assertRefused("__import__('os')\n", "__import__() is not supported");
        assertRefused("m = __import__\n", "__import__() is not supported");
    }

    @Test
    void evalExecAndCompileAreRefused() {
        assertRefused("eval('1 + 1')\n", "eval() is not supported");
        assertRefused("exec('import os')\n", "exec() is not supported");
        assertRefused("compile('1', 'f', 'eval')\n", "compile() is not supported");
        // even reached by name, without a call
        assertRefused("f = [eval][0]\n", "eval() is not supported");
    }

    @Test
    void globalsAndLocalsAreRefused() {
        assertRefused("print(globals()['__builtins__'])\n", "globals() is not supported");
        assertRefused("print(locals())\n", "locals() is not supported");
        assertEquals("0.000000 error TypeError: vars() without arguments is not supported", lastLine("vars()\n"));
    }

    @Test
    void builtinsModuleIsNotReachable() {
        assertEquals("0.000000 error NameError: name '__builtins__' is not defined",
                lastLine("print(getattr(__builtins__, 'open'))\n"));
        assertEquals("0.000000 error NameError: name '__builtins__' is not defined",
                lastLine("x = getattr(__builtins__, 'ev' + 'al')\n"));
        assertRefused("import builtins\n", "module 'builtins' is outside");
    }

    @Test
    void subclassWalksFindNothing() {
        assertEquals("0.000000 error AttributeError: type object 'object' has no attribute '__subclasses__'",
                lastLine("print(().__class__.__base__.__subclasses__())\n"));
        assertEquals("0.000000 error AttributeError: type object 'type' has no attribute '__subclasses__'",
                lastLine("print(type.__subclasses__(object))\n"));
    }

    @Test
    void sysModulesAndImportlibAreNotThere() {
        assertEquals("0.000000 error AttributeError: module 'sys' has no attribute 'modules'",
                lastLine("import sys\nprint(sys.modules)\n"));
        assertEquals("0.000000 error AttributeError: module 'sys' has no attribute '_getframe'",
                lastLine("import sys\nsys._getframe()\n"));
        assertRefused("import importlib\n", "module 'importlib' is outside");
        assertRefused("import asyncio.tasks\n", "submodule 'asyncio.tasks' is not supported");
    }

    @Test
    void loaderAndSpecAreNotDefined() {
        assertEquals("0.000000 error NameError: name '__loader__' is not defined", lastLine("print(__loader__)\n"));
        assertEquals("0.000000 error NameError: name '__spec__' is not defined", lastLine("print(__spec__)\n"));
        assertEquals("0.000000 error AttributeError: module 'math' has no attribute '__loader__'",
                lastLine("import math\nprint(math.__loader__)\n"));
    }

    @Test
    void aScenarioFunctionsGlobalsAreOnlyItsOwnModule() {
        assertEquals("0.000000 print True 1",
                lastLine("n = 1\ndef f():\n    pass\ng = f.__globals__\nprint(g.f is f, g.n)\n"));
    }

    @Test
    void asyncioKeepsItsJavaCoreToItself() {
        // the core's functions trust their arguments; reaching them used to crash the run
        assertEquals("0.000000 print False", lastLine("import asyncio\nprint(hasattr(asyncio, '_asyncio'))\n"));
        assertEquals("0.000000 print False",
                lastLine("import asyncio\nprint('_asyncio' in vars(asyncio) or '_asyncio' in dir(asyncio))\n"));
        assertEquals("0.000000 error AttributeError: 'function' object has no attribute '__globals__'",
                lastLine("import asyncio\ng = asyncio.gather.__globals__\n"));
        assertEquals("0.000000 error AttributeError: 'function' object has no attribute '__globals__'",
                lastLine("import asyncio\ng = asyncio.Queue.put.__globals__\n"));
        // the prelude's namespace stays shared: a scenario may still patch asyncio for itself
        assertEquals("0.000000 print 42", lastLine("import asyncio\nasyncio.answer = 42\nprint(asyncio.answer)\n"));
    }

    @Test
    void generatorFramesAreNotExposed() {
        assertEquals("0.000000 error AttributeError: 'generator' object has no attribute 'gi_frame'",
                lastLine("def g():\n    yield 1\nx = g()\nprint(x.gi_frame.f_globals)\n"));
        assertEquals("0.000000 error AttributeError: 'function' object has no attribute '__code__'",
                lastLine("print((lambda: 0).__code__)\n"));
    }

    @Test
    void sysExitEndsTheScenarioNotTheProgram() {
        String trace = Engine.loopTrace("s.py", "import sys\nsys.exit(3)\nprint('after')\n");
        assertEquals("loop-trace 1\n0.000000 error SystemExit: 3\n", trace);
        assertRefused("exit()\n", "exit() is not supported");
        assertRefused("quit()\n", "quit() is not supported");
        assertRefused("breakpoint()\n", "breakpoint() is not supported");
    }

    @Test
    void theClockIsVirtual() {
        // time.sleep and time.time never touch the real clock: a day passes at once, in virtual time
        long start = System.nanoTime();
        String trace = Engine.loopTrace("s.py", "import time\nt = time.time()\ntime.sleep(86400)\n"
                + "print(time.time() - t)\n");
        assertTrue(trace.contains("print 86400.0"), trace);
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
        assertFalse(trace.contains("error"), trace);
    }
}
