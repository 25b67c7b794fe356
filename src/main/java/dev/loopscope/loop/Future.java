package dev.loopscope.loop;

import dev.loopscope.runtime.Awaitable;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyInstance;
import dev.loopscope.runtime.PyList;
import dev.loopscope.runtime.PyTuple;
import dev.loopscope.runtime.PyType;
import dev.loopscope.runtime.SpecialAttrs;
import dev.loopscope.trace.Event;
import dev.loopscope.vm.PyGen;

import java.util.ArrayList;
import java.util.List;

/** asyncio.Future: CPython 3.11's futures._PyFuture, statement by statement. */
public class Future extends PyInstance implements Awaitable, SpecialAttrs {
    public static final String PENDING = "PENDING";
    public static final String CANCELLED = "CANCELLED";
    public static final String FINISHED = "FINISHED";

    String state = PENDING;
    Object result = Py.None;
    PyBaseException exception;
    EventLoop loop;
    Object cancelMessage = Py.None;
    PyBaseException cancelledExc;
    boolean blocking;
    boolean logTraceback;
    final int id;
    /** (callback, context) pairs, as in CPython; no array until the first, which is usually the only one. */
    final List<Object[]> callbacks = new ArrayList<>(0);

    public Future(PyType type) {
        super(type);
        this.id = ++LoopTypes.world().futureCounter;
    }

    Future(PyType type, EventLoop loop, int id) {
        super(type);
        this.loop = loop;
        this.id = id;
    }

    /** Future.__init__(*, loop=None). */
    void init(Object loopArg) {
        if (loopArg == null || loopArg == Py.None) {
            this.loop = AsyncioCore.getEventLoop(LoopTypes.world());
        } else {
            this.loop = (EventLoop) loopArg;
        }
        callbacks.clear();
    }

    public EventLoop loop() {
        return loop;
    }

    public String state() {
        return state;
    }

    public boolean isDone() {
        return state != PENDING;
    }

    public boolean isCancelled() {
        return state == CANCELLED;
    }

    PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException exc = cancelledExc;
            cancelledExc = null;
            return exc;
        }
        PyBaseException exc = EventLoop.newCancelledError(cancelMessage);
        exc.context = Py.None;
        cancelledExc = null;
        return exc;
    }

    /** Future.cancel(msg): for Future itself (a Task overrides it). */
    public boolean cancel(Object msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    void scheduleCallbacks() {
        if (!(this instanceof Task)) {
            if (loop.world.detail) {
                loop.world.emit(new Event.FutureState(loop.world.clock, id, state));
            }
        }
        if (callbacks.isEmpty()) {
            return;
        }
        Object[] copy = callbacks.toArray(); // not toArray(Object[][]): that one makes its array reflectively
        callbacks.clear();
        for (Object cb : copy) {
            loop.callSoon(((Object[]) cb)[0], new Object[]{this});
        }
    }

    public Object result() {
        if (state == CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != FINISHED) {
            // the oracle's futures are CPython's C Future, its tasks the pure-Python Task: their words differ
            throw Py.raise(LoopTypes.INVALID_STATE_ERROR, this instanceof Task ? "Result is not ready."
                    : "Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            throw new PyException(exception);
        }
        return result;
    }

    public Object exception() {
        if (state == CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw Py.raise(LoopTypes.INVALID_STATE_ERROR, "Exception is not set.");
        }
        logTraceback = false;
        return exception == null ? Py.None : exception;
    }

    /** The exception of a finished future, or null; marks it retrieved. */
    PyBaseException exceptionOrNull() {
        logTraceback = false;
        return exception;
    }

    public void addDoneCallback(Object fn, Object context) {
        if (state != PENDING) {
            loop.callSoon(fn, new Object[]{this});
        } else {
            callbacks.add(new Object[]{fn, context});
            if (loop.world.detail) {
                loop.world.emit(new Event.CallbackAdded(loop.world.clock, id, Callbacks.taskOf(fn), Callbacks.qualname(fn)));
            }
        }
    }

    public int removeDoneCallback(Object fn) {
        int before = callbacks.size();
        callbacks.removeIf(cb -> Py.eq(cb[0], fn));
        return before - callbacks.size();
    }

    public void setResult(Object value) {
        finish(value, () -> "invalid state");
    }

    /** Marks the future finished with a result; {@code notPending} words the error when it is not. */
    final void finish(Object value, java.util.function.Supplier<String> notPending) {
        if (state != PENDING) {
            throw Py.raise(LoopTypes.INVALID_STATE_ERROR, notPending.get());
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    public void setException(Object exc) {
        if (state != PENDING) {
            throw Py.raise(LoopTypes.INVALID_STATE_ERROR, "invalid state");
        }
        if (exc instanceof PyType t) {
            exc = Py.call(t, new Object[0], null);
        }
        if (!(exc instanceof PyBaseException e)) {
            throw Py.typeError("invalid exception object");
        }
        fail(e, () -> "invalid state");
    }

    /** Marks the future finished with an exception; {@code notPending} words the error when it is not. */
    final void fail(PyBaseException e, java.util.function.Supplier<String> notPending) {
        if (state != PENDING) {
            throw Py.raise(LoopTypes.INVALID_STATE_ERROR, notPending.get());
        }
        if (e.type() == Builtins.STOP_ITERATION) {
            throw Py.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = e;
        state = FINISHED;
        scheduleCallbacks();
        logTraceback = true;
    }

    // ------------------------------------------------------------------------------ awaiting

    @Override
    public Delegate awaitIterator() {
        return new FutureIter(this);
    }

    /** Future.__await__: yields the future itself to the task, then returns its result. */
    static final class FutureIter implements Delegate {
        private final Future future;
        private boolean yielded;
        private boolean finished;

        FutureIter(Future future) {
            this.future = future;
        }

        @Override
        public Object send(Object value) {
            if (!yielded && !future.isDone()) {
                future.blocking = true;
                yielded = true;
                finished = false;
                return future;
            }
            finished = true;
            if (!future.isDone()) {
                throw Py.runtimeError("await wasn't used with future");
            }
            return future.result();
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
    }

    // ------------------------------------------------------------------------------ helpers

    /** tasks.ensure_future(obj, loop=loop). */
    static Future ensureFuture(Object obj, EventLoop loop) {
        if (obj instanceof Future f) {
            if (loop != null && f.loop != loop) {
                throw Py.valueError("The future belongs to a different loop than the one specified as the loop "
                        + "argument");
            }
            return f;
        }
        if (obj instanceof PyGen g && g.isCoroutine()) {
            EventLoop l = loop != null ? loop : AsyncioCore.getEventLoop(LoopTypes.world());
            return l.createTask(g, Py.None);
        }
        Object await = Py.typeOf(obj).lookup("__await__");
        if (await != null) {
            throw Py.typeError("awaitables other than coroutines and futures are not supported by ensure_future yet");
        }
        throw Py.typeError("An asyncio.Future, a coroutine or an awaitable is required");
    }

    @Override
    public Object specialAttr(String name) {
        switch (name) {
            case "_state":
                return state;
            case "_result":
                return result;
            case "_exception":
                return exception == null ? Py.None : exception;
            case "_loop":
                return loop;
            case "_cancel_message":
                return cancelMessage;
            case "_asyncio_future_blocking":
                return blocking;
            case "_log_traceback":
                return logTraceback;
            case "_source_traceback":
                return Py.None;
            case "_callbacks": {
                PyList l = new PyList();
                for (Object[] cb : callbacks) {
                    l.items.add(PyTuple.of(cb[0], cb[1]));
                }
                return l;
            }
            default:
                return null;
        }
    }

    @Override
    public boolean setSpecialAttr(String name, Object value) {
        switch (name) {
            case "_asyncio_future_blocking":
                blocking = Py.truthy(value);
                return true;
            case "_cancel_message":
                cancelMessage = value;
                return true;
            case "_log_traceback":
                logTraceback = Py.truthy(value);
                return true;
            case "_state":
                state = ((String) value).intern();
                return true;
            case "_result":
                result = value;
                return true;
            default:
                return false;
        }
    }
}
