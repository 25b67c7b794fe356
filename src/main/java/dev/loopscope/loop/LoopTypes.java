package dev.loopscope.loop;

import dev.loopscope.runtime.Args;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyDict;
import dev.loopscope.runtime.PyType;

import java.util.List;

/** The Python-visible types of the loop: Future, Task, the event loop, handles, and asyncio's errors. */
public final class LoopTypes {
    private LoopTypes() {
    }

    private static final ThreadLocal<World> WORLD = new ThreadLocal<>();

    public static void bind(World world) {
        if (world == null) {
            WORLD.remove();
        } else {
            WORLD.set(world);
        }
    }

    static World world() {
        World w = WORLD.get();
        if (w == null) {
            throw new IllegalStateException("no world on this thread");
        }
        return w;
    }

    public static final PyType CANCELLED_ERROR = module(PyType.builtin("CancelledError", Builtins.BASE_EXCEPTION),
            "asyncio.exceptions");
    public static final PyType INVALID_STATE_ERROR = module(PyType.builtin("InvalidStateError", Builtins.EXCEPTION),
            "asyncio.exceptions");
    public static final PyType FUTURE = module(PyType.builtin("Future", Builtins.OBJECT), "_asyncio")
            .withAllocator(t -> new Future(t));
    /**
     * The oracle runs CPython's C Future with its pure-Python Task, whose base is futures._PyFuture,
     * not the C Future: there {@code isinstance(task, asyncio.Future)} is False. A task's base here
     * is that Python future type, with the same methods.
     */
    public static final PyType PY_FUTURE = module(PyType.builtin("Future", Builtins.OBJECT), "asyncio.futures");
    public static final PyType TASK = module(PyType.builtin("Task", PY_FUTURE), "_asyncio");
    public static final PyType LOOP = module(PyType.builtin("_UnixSelectorEventLoop", Builtins.OBJECT),
            "asyncio.unix_events");
    public static final PyType HANDLE = module(PyType.builtin("Handle", Builtins.OBJECT), "asyncio.events");
    public static final PyType TIMER_HANDLE = module(PyType.builtin("TimerHandle", HANDLE), "asyncio.events");

    private static PyType module(PyType t, String module) {
        t.put("__module__", module);
        return t;
    }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.put(name, new PyBuiltinFunction(name, body, t));
    }

    static {
        futureMethods();
        for (java.util.Map.Entry<String, Object> e : FUTURE.dict().entrySet()) {
            if (!e.getKey().equals("__module__")) {
                PY_FUTURE.put(e.getKey(), e.getValue());
            }
        }
        taskMethods();
        loopMethods();
        handleMethods();
    }

    public static void init() {
    }

    private static Future fut(Object o) {
        return (Future) o;
    }

    private static void futureMethods() {
        method(FUTURE, "__init__", (a, kw) -> {
            Object[] b = Args.bind("Future", a, kw, new String[]{"self", "*loop"}, 1);
            fut(a[0]).init(Args.or(b[1], Py.None));
            return Py.None;
        });
        method(FUTURE, "cancel", (a, kw) -> {
            Object[] b = Args.bind("cancel", a, kw, new String[]{"self", "msg"}, 1);
            return fut(a[0]).cancel(Args.or(b[1], Py.None));
        });
        method(FUTURE, "cancelled", (a, kw) -> fut(a[0]).isCancelled());
        method(FUTURE, "done", (a, kw) -> fut(a[0]).isDone());
        method(FUTURE, "result", (a, kw) -> fut(a[0]).result());
        method(FUTURE, "exception", (a, kw) -> fut(a[0]).exception());
        method(FUTURE, "add_done_callback", (a, kw) -> {
            Object[] b = Args.bind("add_done_callback", a, kw, new String[]{"self", "fn", "*context"}, 2);
            fut(a[0]).addDoneCallback(b[1], Args.or(b[2], Py.None));
            return Py.None;
        });
        method(FUTURE, "remove_done_callback", (a, kw) -> (long) fut(a[0]).removeDoneCallback(a[1]));
        method(FUTURE, "set_result", (a, kw) -> {
            fut(a[0]).setResult(a[1]);
            return Py.None;
        });
        method(FUTURE, "set_exception", (a, kw) -> {
            fut(a[0]).setException(a[1]);
            return Py.None;
        });
        method(FUTURE, "get_loop", (a, kw) -> fut(a[0]).loop);
        method(FUTURE, "_make_cancelled_error", (a, kw) -> fut(a[0]).makeCancelledError());
        method(FUTURE, "__repr__", (a, kw) -> Callbacks.futureRepr(fut(a[0])));
        method(FUTURE, "__await__", (a, kw) -> new dev.loopscope.runtime.DelegateIterator(fut(a[0]).awaitIterator()));
        method(FUTURE, "__iter__", (a, kw) -> new dev.loopscope.runtime.DelegateIterator(fut(a[0]).awaitIterator()));
    }

    private static Task task(Object o) {
        return (Task) o;
    }

    private static void taskMethods() {
        TASK.put("__init__", new PyBuiltinFunction("__init__", (a, kw) -> {
            throw Py.typeError("Task objects are created by asyncio.create_task() or loop.create_task()");
        }, TASK));
        TASK.withAllocator(t -> {
            throw Py.typeError("Task objects are created by asyncio.create_task() or loop.create_task()");
        });
        method(TASK, "get_name", (a, kw) -> task(a[0]).name);
        method(TASK, "set_name", (a, kw) -> {
            task(a[0]).setName(a[1]);
            return Py.None;
        });
        method(TASK, "get_coro", (a, kw) -> task(a[0]).coro);
        method(TASK, "get_context", (a, kw) -> Py.None);
        method(TASK, "cancel", (a, kw) -> {
            Object[] b = Args.bind("cancel", a, kw, new String[]{"self", "msg"}, 1);
            return task(a[0]).cancel(Args.or(b[1], Py.None));
        });
        method(TASK, "cancelling", (a, kw) -> (long) task(a[0]).numCancelsRequested);
        method(TASK, "uncancel", (a, kw) -> (long) task(a[0]).uncancel());
        method(TASK, "set_result", (a, kw) -> {
            task(a[0]).setResult(a[1]);
            return Py.None;
        });
        method(TASK, "set_exception", (a, kw) -> {
            task(a[0]).setException(a[1]);
            return Py.None;
        });
        method(TASK, "__repr__", (a, kw) -> Callbacks.futureRepr(task(a[0])));
    }

    private static EventLoop loop(Object o) {
        return (EventLoop) o;
    }

    private static Object[] rest(Object[] a, int from, String[] kw, String fname) {
        int nkw = kw == null ? 0 : kw.length;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("context")) {
                throw Py.typeError(fname + "() got an unexpected keyword argument '" + kw[i] + "'");
            }
        }
        Object[] r = new Object[Math.max(0, a.length - nkw - from)];
        System.arraycopy(a, from, r, 0, r.length);
        return r;
    }

    private static void loopMethods() {
        method(LOOP, "time", (a, kw) -> loop(a[0]).time());
        method(LOOP, "call_soon", (a, kw) -> {
            if (a.length < 2) {
                throw Py.typeError("call_soon() missing 1 required positional argument: 'callback'");
            }
            checkCallable(a[1], "call_soon");
            return loop(a[0]).callSoon(a[1], rest(a, 2, kw, "call_soon"));
        });
        method(LOOP, "call_later", (a, kw) -> {
            if (a.length < 3) {
                throw Py.typeError("call_later() missing required positional arguments: 'delay' and 'callback'");
            }
            checkCallable(a[2], "call_later");
            if (a[1] == Py.None) {
                throw Py.typeError("delay must not be None");
            }
            return loop(a[0]).callLater(Py.toDouble(a[1]), a[2], rest(a, 3, kw, "call_later"));
        });
        method(LOOP, "call_at", (a, kw) -> {
            if (a.length < 3) {
                throw Py.typeError("call_at() missing required positional arguments: 'when' and 'callback'");
            }
            checkCallable(a[2], "call_at");
            return loop(a[0]).callAt(Py.toDouble(a[1]), a[2], rest(a, 3, kw, "call_at"));
        });
        method(LOOP, "create_future", (a, kw) -> loop(a[0]).createFuture());
        method(LOOP, "create_task", (a, kw) -> {
            Object[] b = Args.bind("create_task", a, kw, new String[]{"self", "coro", "*name", "*context"}, 2);
            return loop(a[0]).createTask(b[1], Args.or(b[2], Py.None));
        });
        method(LOOP, "run_until_complete", (a, kw) -> loop(a[0]).runUntilComplete(a[1]));
        method(LOOP, "run_forever", (a, kw) -> {
            loop(a[0]).runForever();
            return Py.None;
        });
        method(LOOP, "stop", (a, kw) -> {
            loop(a[0]).stop();
            return Py.None;
        });
        method(LOOP, "close", (a, kw) -> {
            loop(a[0]).close();
            return Py.None;
        });
        method(LOOP, "is_running", (a, kw) -> loop(a[0]).isRunning());
        method(LOOP, "is_closed", (a, kw) -> loop(a[0]).isClosed());
        method(LOOP, "get_debug", (a, kw) -> loop(a[0]).debug);
        method(LOOP, "set_debug", (a, kw) -> {
            loop(a[0]).debug = Py.truthy(a[1]);
            return Py.None;
        });
        method(LOOP, "set_exception_handler", (a, kw) -> {
            if (a[1] != Py.None && !Py.isCallable(a[1])) {
                throw Py.typeError("A callable object or None is expected, got " + Py.repr(a[1]));
            }
            loop(a[0]).exceptionHandler = a[1];
            return Py.None;
        });
        method(LOOP, "get_exception_handler", (a, kw) -> loop(a[0]).exceptionHandler);
        method(LOOP, "call_exception_handler", (a, kw) -> {
            loop(a[0]).callExceptionHandler((PyDict) a[1]);
            return Py.None;
        });
        method(LOOP, "default_exception_handler", (a, kw) -> Py.None);
        method(LOOP, "shutdown_asyncgens", (a, kw) -> AsyncioCore.shutdownCoroutine("shutdown_asyncgens"));
        method(LOOP, "shutdown_default_executor", (a, kw) ->
                AsyncioCore.shutdownCoroutine("shutdown_default_executor"));
        method(LOOP, "__repr__", (a, kw) -> "<_UnixSelectorEventLoop running=" + (loop(a[0]).isRunning() ? "True"
                : "False") + " closed=" + (loop(a[0]).isClosed() ? "True" : "False") + " debug=False>");
        for (String n : List.of("run_in_executor", "set_default_executor", "add_reader", "add_writer",
                "add_signal_handler", "create_connection", "create_server", "subprocess_exec", "subprocess_shell",
                "getaddrinfo", "sock_connect", "sock_recv", "sock_sendall")) {
            method(LOOP, n, (a, kw) -> {
                throw Py.raise(Builtins.NOT_IMPLEMENTED_ERROR, "loop." + n + "() is outside LoopScope's world "
                        + "(no threads, files or sockets)");
            });
        }
    }

    private static void checkCallable(Object cb, String fname) {
        if (!Py.isCallable(cb)) {
            throw Py.typeError("a callable object was expected by " + fname + "(), got " + Py.repr(cb));
        }
        if (cb instanceof dev.loopscope.vm.PyGen) {
            throw Py.typeError("coroutines cannot be used with " + fname + "()");
        }
    }

    private static void handleMethods() {
        method(HANDLE, "cancel", (a, kw) -> {
            ((Handle) a[0]).cancel();
            return Py.None;
        });
        method(HANDLE, "cancelled", (a, kw) -> ((Handle) a[0]).cancelled);
        method(HANDLE, "get_context", (a, kw) -> Py.None);
        method(HANDLE, "__repr__", (a, kw) -> Callbacks.handleRepr((Handle) a[0]));
        method(TIMER_HANDLE, "when", (a, kw) -> ((TimerHandle) a[0]).when);
    }
}
