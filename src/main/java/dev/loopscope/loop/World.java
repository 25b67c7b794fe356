package dev.loopscope.loop;

import dev.loopscope.lang.Code;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.EventSink;
import dev.loopscope.vm.Interp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The virtual world of one run (TRACE.md): the clock, the task counter, the running loop, the
 * latency rules of the aiohttp model, and where events go. Nothing in it reads the wall clock.
 */
public final class World {
    public static final double CLOCK_RESOLUTION = 1e-09;
    public static final long MAX_ROUNDS = 5_000_000;
    /** The oracle's other limit: trace lines, the header not counted. */
    public static final long MAX_TRACE_LINES = 5_000_000;
    /** LoopScope's own budgets, for runs the oracle would only stop after minutes. */
    public static final long MAX_CALLBACKS = 20_000_000;
    public static final int MAX_TASKS = 1_000_000;

    public double clock;
    private final EventSink sink;
    /** Emit the inner-workings events (see {@link EventSink#wantsLoopDetail()}); guard each such emit with it. */
    public final boolean detail;
    private final Map<String, Double> latency;
    public Interp interp;
    int taskCounter;
    int handleCounter;
    int futureCounter;
    long rounds;
    long callbacks;
    EventLoop runningLoop;
    EventLoop eventLoop;
    int deferCreate;
    final List<Task> deferred = new ArrayList<>();
    /** Code of the coroutines whose tasks asyncio.run makes for its own shutdown. */
    final Set<Code> hiddenCoroutines = new HashSet<>();
    /** Every task not yet seen done (CPython's _all_tasks), in creation order. */
    final List<Task> allTasks = new ArrayList<>();
    /** The coroutine functions behind loop.shutdown_asyncgens() and shutdown_default_executor(). */
    public final Map<String, dev.loopscope.runtime.PyFunction> shutdownFunctions = new java.util.HashMap<>();
    /** futures._set_result_unless_cancelled, the callback of every sleep's timer. */
    final dev.loopscope.runtime.PyBuiltinFunction setResultUnlessCancelled =
            new dev.loopscope.runtime.PyBuiltinFunction("_set_result_unless_cancelled", (a, kw) -> {
                Future fut = (Future) a[0];
                if (fut.isCancelled()) {
                    return dev.loopscope.runtime.Py.None;
                }
                if (fut.type() == LoopTypes.FUTURE) {
                    fut.setResult(a[1]);
                } else {
                    dev.loopscope.runtime.Py.call(dev.loopscope.runtime.Py.getAttr(fut, "set_result"), a[1]);
                }
                return dev.loopscope.runtime.Py.None;
            });
    /** The task whose step is running, if any. */
    Task currentTask;

    public World(EventSink sink, Map<String, Double> latency) {
        this.sink = sink;
        this.detail = sink.wantsLoopDetail();
        this.latency = latency;
    }

    private long traceLines;

    public void emit(Event e) {
        if (e instanceof Event.TaskCreated || e instanceof Event.TaskStep || e instanceof Event.TaskDone
                || e instanceof Event.Output || e instanceof Event.Block || e instanceof Event.RunEnd) {
            if (++traceLines > MAX_TRACE_LINES) {
                throw new dev.loopscope.vm.Interp.LimitExceeded("trace longer than " + MAX_TRACE_LINES + " lines");
            }
        }
        sink.accept(e);
    }

    public Task currentTask() {
        return currentTask;
    }

    /** Seconds of simulated latency for a URL: the longest matching {@code # sim: latency} prefix. */
    public double latency(String url) {
        String best = null;
        for (String prefix : latency.keySet()) {
            if (url.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? 0.1 : latency.get(best);
    }

    public void hideTasksOf(Code code) {
        hiddenCoroutines.add(code);
    }
}
