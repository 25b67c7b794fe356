package dev.loopscope.engine;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.lang.Code;
import dev.loopscope.lang.Compiler;
import dev.loopscope.loop.EventLoop;
import dev.loopscope.loop.LoopTypes;
import dev.loopscope.loop.World;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.Tracebacks;
import dev.loopscope.trace.BackgroundSink;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.EventSink;
import dev.loopscope.trace.LoopTraceWriter;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.vm.Interp;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one door into the core: scenario source in, a diagnostic or a recorded run out. */
public final class Engine {
    private Engine() {
    }

    /** Interpreter steps (backward jumps) a run may take before it is stopped. */
    public static final long MAX_TICKS = 50_000_000L;
    public static final long MAX_OUTPUT_CHARS = 50_000_000L;
    private static final long STACK_BYTES = 1L << 30;
    private static final Pattern LATENCY = Pattern.compile("^#\\s*sim:\\s*latency\\s+(\\S+)\\s+(\\S+)\\s*$");

    /**
     * Runs a scenario and returns its loop trace (TRACE.md), ending in a newline.
     *
     * @param fileName the scenario's base name, used in diagnostics and {@code __file__}
     * @throws Diagnostic.Failure when the scenario does not parse or uses unsupported Python
     */
    public static String loopTrace(String fileName, String source) {
        LoopTraceWriter.Streaming writer = new LoopTraceWriter.Streaming();
        trace(fileName, source, writer);
        return writer.text();
    }

    /**
     * As {@link #loopTrace(String, String)}, writing the trace to {@code out} as the run goes (UTF-8):
     * a run that fails to compile writes nothing.
     */
    public static void writeLoopTrace(String fileName, String source, OutputStream out) {
        LoopTraceWriter.Streaming writer = new LoopTraceWriter.Streaming(out);
        trace(fileName, source, writer);
        writer.finish();
    }

    // the trace is written on a thread of its own: the run's thread is what the whole command waits for
    private static void trace(String fileName, String source, LoopTraceWriter.Streaming writer) {
        try (BackgroundSink sink = new BackgroundSink(writer, "trace writer " + fileName)) {
            run(fileName, source, sink);
        }
    }

    /** Compiles and runs a scenario, recording every event. */
    public static RecordedRun run(String fileName, String source) {
        List<Event> events = new ArrayList<>();
        run(fileName, source, events::add);
        return new RecordedRun(fileName, events);
    }

    /**
     * Compiles and runs a scenario on its own thread (deep recursion needs a deep stack),
     * publishing its events to {@code sink} as they happen.
     */
    public static void run(String fileName, String source, EventSink sink) {
        run(fileName, source, sink, MAX_TICKS);
    }

    /**
     * As {@link #run(String, String, EventSink)}, stopping after {@code maxTicks} interpreter steps
     * (tests that run many random programs keep each one short). Compiling happens on the run's
     * thread too: the parser and compiler recurse as deep as the program nests.
     */
    public static void run(String fileName, String source, EventSink sink, long maxTicks) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                execute(fileName, source, Compiler.compile(fileName, source), sink, maxTicks);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "scenario " + fileName, STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + fileName, e);
        }
        if (failure.get() != null) {
            Throwable f = failure.get();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(f);
        }
    }

    static Map<String, Double> latencyRules(String source) {
        Map<String, Double> rules = new HashMap<>();
        for (String raw : source.split("\r\n|\r|\n")) {
            Matcher m = LATENCY.matcher(raw.strip());
            if (m.matches()) {
                try {
                    rules.put(m.group(1), Double.parseDouble(m.group(2)));
                } catch (NumberFormatException ignored) {
                    // CPython's float() would fail the whole oracle; a bad directive is simply no rule here
                }
            }
        }
        return rules;
    }

    private static void execute(String fileName, String source, Code code, EventSink sink, long maxTicks) {
        Builtins.init();
        LoopTypes.init();
        World world = new World(sink, latencyRules(source));
        Console console = new Console(world, MAX_OUTPUT_CHARS);
        Modules modules = new Modules(world, fileName);
        Interp interp = new Interp(Builtins.NAMES, modules, console, maxTicks);
        world.interp = interp;
        Py.bindVm(interp);
        LoopTypes.bind(world);
        try {
            modules.prepareShutdownCoroutines();
            Map<String, Object> globals = new HashMap<>();
            globals.put("__name__", "__main__");
            globals.put("__file__", fileName);
            globals.put("__doc__", Py.None);
            try {
                interp.runModule(code, globals);
            } catch (PyException e) {
                PyBaseException exc = e.exc;
                String msg = safeStr(exc);
                world.emit(new Event.Error(world.clock, exc.type().name() + (msg.isEmpty() ? "" : ": " + msg),
                        Tracebacks.format(exc, sourceLines(fileName, source))));
            } catch (EventLoop.ProgramStop stop) {
                world.emit(stop.event);
            } catch (Interp.LimitExceeded limit) {
                world.emit(new Event.Error(world.clock, "LimitExceeded: " + limit.getMessage(), ""));
            } catch (OutOfMemoryError oom) {
                world.emit(new Event.Error(world.clock, "MemoryError", ""));
            }
            console.flush();
        } finally {
            Py.bindVm(null);
            LoopTypes.bind(null);
        }
    }

    /** The scenario's own lines for tracebacks (the prelude's are left out, as frozen modules are). */
    private static Tracebacks.Sources sourceLines(String fileName, String source) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        return (file, line) -> file.equals(fileName) && line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    private static String safeStr(PyBaseException e) {
        try {
            return Py.str(e);
        } catch (RuntimeException ex) {
            return "<str() failed>";
        }
    }
}
