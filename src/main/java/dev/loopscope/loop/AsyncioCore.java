package dev.loopscope.loop;

import dev.loopscope.runtime.Args;
import dev.loopscope.runtime.Awaitable;
import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyFunction;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.PyObject;
import dev.loopscope.runtime.PySet;
import dev.loopscope.runtime.PyType;
import dev.loopscope.trace.Event;
import dev.loopscope.vm.PyGen;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _asyncio} module: what the Python prelude (asyncio.py, ported from CPython) builds on.
 * Named after CPython's C accelerator module of the same name.
 */
public final class AsyncioCore {
    private AsyncioCore() {
    }

    static void registerTask(World world, Task t) {
        if (world.allTasks.size() >= World.MAX_TASKS) {
            world.allTasks.removeIf(Future::isDone);
            if (world.allTasks.size() >= World.MAX_TASKS) {
                throw new dev.loopscope.vm.Interp.LimitExceeded("more than " + World.MAX_TASKS + " tasks alive");
            }
        }
        world.allTasks.add(t);
    }

    static void enterTask(World world, EventLoop loop, Task t) {
        world.currentTask = t;
    }

    static void leaveTask(World world, EventLoop loop, Task t, Task previous) {
        world.currentTask = previous;
    }

    static EventLoop getEventLoop(World world) {
        if (world.runningLoop != null) {
            return world.runningLoop;
        }
        if (world.eventLoop == null) {
            world.eventLoop = new EventLoop(world);
        }
        return world.eventLoop;
    }

    private static EventLoop runningLoop(World world) {
        if (world.runningLoop == null) {
            throw Py.runtimeError("no running event loop");
        }
        return world.runningLoop;
    }

    static Object shutdownCoroutine(String name) {
        World world = LoopTypes.world();
        PyFunction f = world.shutdownFunctions.get(name);
        return Py.call(f, new Object[0], null);
    }

    /** What {@code _asyncio._yield_now()} returns: a bare yield to the task (CPython's __sleep0). */
    static final class YieldNow extends PyObject implements Awaitable {
        @Override
        public PyType type() {
            return dev.loopscope.runtime.Builtins.OBJECT;
        }

        @Override
        public Delegate awaitIterator() {
            return new Delegate() {
                private boolean yielded;
                private boolean finished;

                @Override
                public Object send(Object value) {
                    finished = yielded;
                    yielded = true;
                    return Py.None;
                }

                @Override
                public Object throwIn(PyException e) {
                    finished = true;
                    throw e;
                }

                @Override
                public boolean finished() {
                    return finished;
                }
            };
        }
    }

    /**
     * The body of asyncio.sleep for a positive delay, in Java because it is the hottest await of
     * all: {@code future = loop.create_future(); h = loop.call_later(delay,
     * _set_result_unless_cancelled, future, result); try: return await future; finally: h.cancel()}.
     */
    static final class SleepFor extends PyObject implements Awaitable {
        private final World world;
        private final double delay;
        private final Object result;

        SleepFor(World world, double delay, Object result) {
            this.world = world;
            this.delay = delay;
            this.result = result;
        }

        @Override
        public PyType type() {
            return dev.loopscope.runtime.Builtins.OBJECT;
        }

        @Override
        public Delegate awaitIterator() {
            return new Delegate() {
                private Future future;
                private TimerHandle handle;
                private Delegate await;
                private boolean finished;

                @Override
                public Object send(Object value) {
                    if (future == null) {
                        EventLoop loop = runningLoop(world);
                        future = loop.createFuture();
                        handle = loop.callLater(delay, world.setResultUnlessCancelled, new Object[]{future, result});
                        await = future.awaitIterator();
                    }
                    try {
                        Object r = await.send(value);
                        finished = await.finished();
                        if (finished) {
                            handle.cancel();
                        }
                        return r;
                    } catch (PyException e) {
                        finished = true;
                        handle.cancel();
                        throw e;
                    }
                }

                @Override
                public Object throwIn(PyException e) {
                    finished = true;
                    if (handle != null) {
                        handle.cancel();
                    }
                    throw e;
                }

                @Override
                public boolean finished() {
                    return finished;
                }
            };
        }
    }

    public static PyModule module(World world) {
        PyModule m = new PyModule("_asyncio");
        m.set("Future", LoopTypes.FUTURE);
        m.set("Task", LoopTypes.TASK);
        m.set("CancelledError", LoopTypes.CANCELLED_ERROR);
        m.set("InvalidStateError", LoopTypes.INVALID_STATE_ERROR);
        m.def("get_running_loop", (a, kw) -> runningLoop(world));
        m.def("_get_running_loop", (a, kw) -> world.runningLoop == null ? Py.None : world.runningLoop);
        m.def("get_event_loop", (a, kw) -> getEventLoop(world));
        m.def("new_event_loop", (a, kw) -> new EventLoop(world));
        m.def("set_event_loop", (a, kw) -> {
            world.eventLoop = a[0] == Py.None ? null : (EventLoop) a[0];
            return Py.None;
        });
        m.def("current_task", (a, kw) -> {
            Object[] b = Args.bind("current_task", a, kw, new String[]{"loop"}, 0);
            EventLoop loop = Args.or(b[0], Py.None) == Py.None ? runningLoop(world) : (EventLoop) b[0];
            Task t = world.currentTask;
            return t != null && t.loop == loop ? t : Py.None;
        });
        m.def("all_tasks", (a, kw) -> {
            Object[] b = Args.bind("all_tasks", a, kw, new String[]{"loop"}, 0);
            EventLoop loop = Args.or(b[0], Py.None) == Py.None ? runningLoop(world) : (EventLoop) b[0];
            PySet s = new PySet(false);
            List<Task> live = new ArrayList<>();
            for (Task t : world.allTasks) {
                if (!t.isDone()) {
                    live.add(t);
                    if (t.loop == loop) {
                        s.add(t);
                    }
                }
            }
            world.allTasks.clear();
            world.allTasks.addAll(live);
            return s;
        });
        m.def("isfuture", (a, kw) -> a[0] instanceof Future);
        m.def("iscoroutine", (a, kw) -> a[0] instanceof PyGen g && g.isCoroutine());
        m.def("iscoroutinefunction", (a, kw) -> a[0] instanceof PyFunction f && f.code.isCoroutine()
                || a[0] instanceof dev.loopscope.runtime.PyBoundMethod bm && bm.func instanceof PyFunction f2
                && f2.code.isCoroutine());
        YieldNow yieldNow = new YieldNow();
        m.def("_yield_now", (a, kw) -> yieldNow);
        m.set("_set_result_unless_cancelled", world.setResultUnlessCancelled);
        m.def("_sleep_for", (a, kw) -> new SleepFor(world, Py.toDouble(a[0]), a[1]));
        m.def("_defer_create_begin", (a, kw) -> {
            world.deferCreate++;
            return Py.None;
        });
        m.def("_defer_create_end", (a, kw) -> {
            if (--world.deferCreate == 0) {
                List<Task> pending = new ArrayList<>(world.deferred);
                world.deferred.clear();
                for (Task t : pending) {
                    t.emitCreated();
                }
            }
            return Py.None;
        });
        m.def("_trace_end_result", (a, kw) -> {
            world.emit(new Event.RunEnd(world.clock, "result " + Py.repr(a[0])));
            return Py.None;
        });
        m.def("_trace_end_exception", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            String msg = Py.str(e);
            world.emit(new Event.RunEnd(world.clock, "exception " + e.type().name() + (msg.isEmpty() ? "" : ": "
                    + msg)));
            return Py.None;
        });
        m.def("_sim_latency", (a, kw) -> {
            String url = Py.str(a[0]);
            double latency = world.latency(url);
            Task t = world.currentTask;
            world.emit(new Event.HttpRequest(world.clock, t == null ? 0 : t.id, url, world.clock + latency, false));
            return latency;
        });
        m.def("_sim_response", (a, kw) -> {
            Task t = world.currentTask;
            world.emit(new Event.HttpRequest(world.clock, t == null ? 0 : t.id, Py.str(a[0]), world.clock, true));
            return Py.None;
        });
        return m;
    }
}
