package dev.loopscope.vm;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyObject;
import dev.loopscope.runtime.PyType;
import dev.loopscope.runtime.SpecialAttrs;

/** A coroutine or generator object: a suspended frame and its send/throw/close protocol. */
public final class PyGen extends PyObject implements Delegate, SpecialAttrs {
    final Interp interp;
    public final Frame frame;
    final boolean coroutine;
    private boolean running;
    private boolean done;
    private boolean lastFinished;
    /** For coroutines: already handed to an await or a task (CPython's "already awaited" check). */
    boolean awaited;

    PyGen(Interp interp, Frame frame, boolean coroutine) {
        this.interp = interp;
        this.frame = frame;
        this.coroutine = coroutine;
    }

    @Override
    public PyType type() {
        return coroutine ? Builtins.COROUTINE : Builtins.GENERATOR;
    }

    public String name() {
        return frame.function != null ? frame.function.name : frame.code.name;
    }

    public String qualname() {
        return frame.function != null ? frame.function.qualname : frame.code.qualname;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isStarted() {
        return frame.started;
    }

    @Override
    public boolean finished() {
        return lastFinished;
    }

    private void checkRunnable() {
        if (running) {
            throw Py.raise(Builtins.VALUE_ERROR, (coroutine ? "coroutine" : "generator") + " already executing");
        }
        if (done) {
            if (coroutine) {
                throw Py.runtimeError("cannot reuse already awaited coroutine");
            }
        }
    }

    @Override
    public Object send(Object value) {
        checkRunnable();
        if (done) {
            lastFinished = true;
            throw new PyException(Builtins.newException(Builtins.STOP_ITERATION));
        }
        if (!frame.started && value != Py.None) {
            throw Py.typeError("can't send non-None value to a just-started " + (coroutine ? "coroutine" : "generator"));
        }
        return resume(value, null);
    }

    @Override
    public Object throwIn(PyException e) {
        checkRunnable();
        e.chained = true;
        if (done || !frame.started) {
            if (!frame.started) {
                done = true;
            }
            lastFinished = true;
            throw e;
        }
        return resume(null, e);
    }

    private Object resume(Object value, PyException toThrow) {
        running = true;
        Frame caller = interp.current;
        frame.back = caller;
        try {
            Object r = interp.resume(frame, value, toThrow);
            lastFinished = frame.ip < 0;
            if (lastFinished) {
                done = true;
            }
            return r;
        } catch (PyException e) {
            done = true;
            lastFinished = true;
            if (e.exc.type().isSubtypeOf(Builtins.STOP_ITERATION)) {
                PyBaseException re = Builtins.newException(Builtins.RUNTIME_ERROR,
                        (coroutine ? "coroutine" : "generator") + " raised StopIteration");
                re.cause = e.exc;
                re.context = e.exc;
                re.suppressContext = true;
                PyException pe = new PyException(re);
                pe.chained = true;
                throw pe;
            }
            throw e;
        } finally {
            running = false;
            frame.back = null;
        }
    }

    /** generator.close(): throws GeneratorExit in and expects the frame to finish. */
    public void close() {
        if (done || !frame.started) {
            done = true;
            return;
        }
        try {
            throwIn(new PyException(Builtins.newException(Builtins.GENERATOR_EXIT)));
        } catch (PyException e) {
            if (e.exc.type().isSubtypeOf(Builtins.GENERATOR_EXIT) || e.exc.type().isSubtypeOf(Builtins.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (!done) {
            throw Py.runtimeError((coroutine ? "coroutine" : "generator") + " ignored GeneratorExit");
        }
    }

    @Override
    public Object specialAttr(String attr) {
        switch (attr) {
            case "__name__":
                return name();
            case "__qualname__":
                return qualname();
            case "cr_running":
            case "gi_running":
                return running;
            case "cr_code":
            case "gi_code":
                return Py.None;
            default:
                return null;
        }
    }
}
