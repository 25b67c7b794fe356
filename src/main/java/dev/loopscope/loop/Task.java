package dev.loopscope.loop;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyType;
import dev.loopscope.trace.Event;
import dev.loopscope.vm.Frame;
import dev.loopscope.vm.PyGen;

/** asyncio.Task: CPython 3.11's tasks._PyTask, with its step and wakeup. */
public final class Task extends Future {
    String name;
    PyGen coro;
    boolean mustCancel;
    Future futWaiter;
    int numCancelsRequested;
    boolean hidden;
    /** Task.__step and Task.__wakeup as callables, made once per task. */
    final PyBuiltinFunction stepFn;
    final PyBuiltinFunction wakeupFn;

    Task(PyType type, EventLoop loop, int id) {
        super(type, loop, id);
        stepFn = new PyBuiltinFunction("Task.__step", (a, kw) -> {
            step(a.length > 0 && a[0] != Py.None ? new PyException((PyBaseException) a[0]) : null);
            return Py.None;
        });
        wakeupFn = new PyBuiltinFunction("Task.__wakeup", (a, kw) -> {
            wakeup((Future) a[0]);
            return Py.None;
        });
        stepFn.tag = this;
        wakeupFn.tag = this;
    }

    /** Task.__init__(coro, *, loop=None, name=None, context=None). */
    static Task create(World world, EventLoop loop, Object coro, Object name, PyType type) {
        if (!(coro instanceof PyGen g) || !g.isCoroutine()) {
            throw Py.typeError("a coroutine was expected, got " + Py.repr(coro));
        }
        Task t = new Task(type, loop, ++world.futureCounter);
        t.coro = g;
        t.name = name == null || name == Py.None ? "Task-" + (++world.taskCounter) : Py.str(name);
        t.hidden = world.hiddenCoroutines.contains(g.frame.code);
        loop.callSoon(t.stepFn, new Object[0]);
        if (!t.hidden) {
            if (world.deferCreate > 0) {
                world.deferred.add(t);
            } else {
                t.emitCreated();
            }
        }
        AsyncioCore.registerTask(world, t);
        return t;
    }

    void emitCreated() {
        loop.world.emit(new Event.TaskCreated(loop.world.clock, id, name, coro.name(), coro.frame.code.fileName,
                coro.frame.code.firstLine));
    }

    public String name() {
        return name;
    }

    public int id() {
        return id;
    }

    public PyGen coro() {
        return coro;
    }

    public Future waiter() {
        return futWaiter;
    }

    public boolean isHidden() {
        return hidden;
    }

    void setName(Object value) {
        name = Py.str(value);
        if (!hidden) {
            loop.world.emit(new Event.TaskRenamed(loop.world.clock, id, name));
        }
    }

    @Override
    public boolean cancel(Object msg) {
        logTraceback = false;
        if (isDone()) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null) {
            if (cancelWaiter(futWaiter, msg)) {
                return true;
            }
        }
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    /** _fut_waiter.cancel(msg=msg), dispatched to a Python override (e.g. _GatheringFuture). */
    private static boolean cancelWaiter(Future waiter, Object msg) {
        if (waiter.type() == LoopTypes.FUTURE || waiter.type() == LoopTypes.TASK) {
            return waiter.cancel(msg);
        }
        return Py.truthy(Py.call(Py.getAttr(waiter, "cancel"), new Object[]{msg}, new String[]{"msg"}));
    }

    int uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
        }
        return numCancelsRequested;
    }

    /** Task.__step. */
    void step(PyException exc) {
        World world = loop.world;
        // a task step is an interpreter step too: tasks that spawn tasks without a loop stay bounded
        if (world.interp != null) {
            world.interp.tick();
        }
        if (!hidden) {
            world.emit(new Event.TaskStep(world.clock, id, name, coro.isStarted() ? coro.frame.suspendedLine()
                    : coro.frame.code.firstLine));
        }
        if (isDone()) {
            throw Py.raise(LoopTypes.INVALID_STATE_ERROR, "_step(): already done: " + Py.repr(this) + ", "
                    + (exc == null ? "None" : Py.repr(exc.exc)));
        }
        if (mustCancel) {
            if (exc == null || !exc.exc.type().isSubtypeOf(LoopTypes.CANCELLED_ERROR)) {
                exc = new PyException(makeCancelledError());
            }
            mustCancel = false;
        }
        futWaiter = null;
        Task previous = world.currentTask;
        AsyncioCore.enterTask(world, loop, this);
        try {
            Object r;
            try {
                r = exc == null ? coro.send(Py.None) : coro.throwIn(exc);
            } catch (PyException e) {
                PyBaseException ex = e.exc;
                if (ex.type().isSubtypeOf(LoopTypes.CANCELLED_ERROR)) {
                    cancelledExc = ex;
                    super.cancel(Py.None);
                } else if (ex.type().isSubtypeOf(Builtins.KEYBOARD_INTERRUPT)
                        || ex.type().isSubtypeOf(Builtins.SYSTEM_EXIT)) {
                    superSetException(ex);
                    throw e;
                } else {
                    superSetException(ex);
                }
                return;
            }
            if (coro.finished()) {
                if (mustCancel) {
                    mustCancel = false;
                    super.cancel(cancelMessage);
                } else {
                    superSetResult(r);
                }
                return;
            }
            suspendedOn(r);
        } finally {
            AsyncioCore.leaveTask(world, loop, this, previous);
            if (!hidden) {
                if (isDone()) {
                    world.emit(new Event.TaskDone(world.clock, id, name, outcome()));
                } else {
                    emitSuspended();
                }
            }
        }
    }

    private void suspendedOn(Object result) {
        if (result instanceof Future f) {
            if (f.loop != loop) {
                loop.callSoon(stepFn, new Object[]{Builtins.newException(Builtins.RUNTIME_ERROR,
                        "Task " + Py.repr(this) + " got Future " + Py.repr(f) + " attached to a different loop")});
            } else if (f.blocking) {
                if (f == this) {
                    loop.callSoon(stepFn, new Object[]{Builtins.newException(Builtins.RUNTIME_ERROR,
                            "Task cannot await on itself: " + Py.repr(this))});
                } else {
                    f.blocking = false;
                    addWakeup(f);
                    futWaiter = f;
                    if (mustCancel) {
                        if (cancelWaiter(futWaiter, cancelMessage)) {
                            mustCancel = false;
                        }
                    }
                }
            } else {
                loop.callSoon(stepFn, new Object[]{Builtins.newException(Builtins.RUNTIME_ERROR,
                        "yield was used instead of yield from in task " + Py.repr(this) + " with " + Py.repr(f))});
            }
        } else if (result == Py.None) {
            loop.callSoon(stepFn, new Object[0]);
        } else {
            loop.callSoon(stepFn, new Object[]{Builtins.newException(Builtins.RUNTIME_ERROR,
                    "Task got bad yield: " + Py.repr(result))});
        }
    }

    private void addWakeup(Future f) {
        if (f.type() == LoopTypes.FUTURE || f.type() == LoopTypes.TASK
                || f.type().lookup("add_done_callback") == LoopTypes.FUTURE.lookup("add_done_callback")) {
            f.addDoneCallback(wakeupFn, Py.None);
        } else {
            Py.call(Py.getAttr(f, "add_done_callback"), new Object[]{wakeupFn, Py.None}, new String[]{"context"});
        }
    }

    /** Task.__wakeup. */
    void wakeup(Future future) {
        try {
            future.result();
        } catch (PyException e) {
            step(e);
            return;
        }
        step(null);
    }

    /** _PyFuture.set_result, which a task's step uses (its own set_result refuses). */
    private void superSetResult(Object value) {
        finish(value, () -> state + ": " + Py.repr(this));
    }

    private void superSetException(PyBaseException e) {
        fail(e, () -> state + ": " + Py.repr(this));
    }

    @Override
    public void setResult(Object value) {
        throw Py.runtimeError("Task does not support set_result() operation");
    }

    @Override
    public void setException(Object exc) {
        throw Py.runtimeError("Task does not support set_exception() operation");
    }

    /** The trace's outcome text for a finished task. */
    String outcome() {
        if (state == CANCELLED) {
            return "cancelled";
        }
        if (exception != null) {
            String msg = Py.str(exception);
            return "exception " + exception.type().name() + (msg.isEmpty() ? "" : ": " + msg);
        }
        return "result " + Py.repr(result);
    }

    private void emitSuspended() {
        if (loop.world.detail) {
            loop.world.emit(new Event.TaskSuspended(loop.world.clock, id, suspendedLine(), futWaiter == null ? 0
                    : futWaiter.id));
        }
    }

    /** The line the task waits at: the innermost awaiting frame of the scenario (not of asyncio itself). */
    public int suspendedLine() {
        Frame inner = coro.frame;
        int line = inner.suspendedLine();
        Object awaiting = inner.awaiting();
        while (awaiting instanceof PyGen g && g.isStarted() && !g.isDone()) {
            inner = g.frame;
            if (!inner.code.isPrelude()) {
                line = inner.suspendedLine();
            }
            awaiting = inner.awaiting();
        }
        return line;
    }

    @Override
    public Object specialAttr(String n) {
        switch (n) {
            case "_name":
                return name;
            case "_coro":
                return coro;
            case "_must_cancel":
                return mustCancel;
            case "_fut_waiter":
                return futWaiter == null ? Py.None : futWaiter;
            case "_num_cancels_requested":
                return (long) numCancelsRequested;
            default:
                return super.specialAttr(n);
        }
    }

    @Override
    public boolean setSpecialAttr(String n, Object value) {
        switch (n) {
            case "_must_cancel":
                mustCancel = Py.truthy(value);
                return true;
            case "_log_destroy_pending":
                return true;
            default:
                return super.setSpecialAttr(n, value);
        }
    }
}
