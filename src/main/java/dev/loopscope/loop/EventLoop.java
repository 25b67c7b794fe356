package dev.loopscope.loop;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyDict;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyObject;
import dev.loopscope.runtime.PyType;
import dev.loopscope.trace.Event;
import dev.loopscope.vm.Interp;

import java.util.ArrayDeque;

/**
 * CPython 3.11's BaseEventLoop on the virtual clock: {@code _ready} (a deque of handles),
 * {@code _scheduled} (a heapq heap of timer handles) and {@code _run_once}, with the oracle's
 * selector that never blocks: it moves the clock to the first timer, or reports a deadlock.
 */
public final class EventLoop extends PyObject {
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    private static final double MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

    final World world;
    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    final TimerHeap scheduled = new TimerHeap();
    private int timerCancelledCount;
    boolean stopping;
    private boolean closed;
    boolean running;
    Object exceptionHandler = Py.None;
    boolean debug;

    EventLoop(World world) {
        this.world = world;
    }

    @Override
    public PyType type() {
        return LoopTypes.LOOP;
    }

    public double time() {
        return world.clock;
    }

    public ArrayDeque<Handle> readyQueue() {
        return ready;
    }

    public TimerHeap timerHeap() {
        return scheduled;
    }

    // ---------------------------------------------------------------------------- scheduling

    public Handle callSoon(Object callback, Object[] args) {
        checkClosed();
        Handle h = new Handle(++world.handleCounter, callback, args, this);
        ready.add(h);
        if (world.detail) {
            world.emit(new Event.ReadyAdded(world.clock, h.id, Callbacks.taskOf(callback), Callbacks.qualname(callback),
                    args.length > 0 && args[0] instanceof Future f ? f.id : 0));
        }
        return h;
    }

    public TimerHandle callLater(double delay, Object callback, Object[] args) {
        return callAt(time() + delay, callback, args);
    }

    public TimerHandle callAt(double when, Object callback, Object[] args) {
        checkClosed();
        TimerHandle t = new TimerHandle(++world.handleCounter, when, callback, args, this);
        scheduled.push(t);
        t.scheduled = true;
        if (world.detail) {
            world.emit(new Event.TimerAdded(world.clock, t.id, when, Callbacks.taskOf(callback), Callbacks.qualname(callback),
                    args.length > 0 && args[0] instanceof Future f ? f.id : 0));
        }
        return t;
    }

    void handleCancelled(Handle h) {
        if (h instanceof TimerHandle t && t.scheduled) {
            timerCancelledCount++;
        }
        if (world.detail) {
            world.emit(new Event.HandleCancelled(world.clock, h.id));
        }
    }

    private void checkClosed() {
        if (closed) {
            throw Py.runtimeError("Event loop is closed");
        }
    }

    public Future createFuture() {
        Future f = new Future(LoopTypes.FUTURE, this, ++world.futureCounter);
        if (world.detail) {
            world.emit(new dev.loopscope.trace.Event.FutureState(world.clock, f.id, Future.PENDING));
        }
        return f;
    }

    /** loop.create_task(coro, *, name=None). */
    public Task createTask(Object coro, Object name) {
        checkClosed();
        return Task.create(world, this, coro, name, LoopTypes.TASK);
    }

    // ---------------------------------------------------------------------------- running

    /** One iteration of the loop: CPython's {@code _run_once}. */
    void runOnce() {
        if (++world.rounds > World.MAX_ROUNDS) {
            throw new Interp.LimitExceeded("more than " + World.MAX_ROUNDS + " loop iterations");
        }
        if (world.detail) {
            world.emit(new Event.Round(world.clock, (int) world.rounds));
        }
        int schedCount = scheduled.size();
        if (schedCount > MIN_SCHEDULED_TIMER_HANDLES
                && (double) timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
            scheduled.retainLiveAndHeapify(h -> {
                h.scheduled = false;
                if (world.detail) {
                    world.emit(new Event.TimerRemoved(world.clock, h.id, false));
                }
            });
            timerCancelledCount = 0;
        } else {
            while (!scheduled.isEmpty() && scheduled.peek().cancelled) {
                timerCancelledCount--;
                TimerHandle h = scheduled.pop();
                h.scheduled = false;
                if (world.detail) {
                    world.emit(new Event.TimerRemoved(world.clock, h.id, false));
                }
            }
        }
        // the selector: never blocks, but moves the clock to the first timer or reports a deadlock
        if (ready.isEmpty() && !stopping) {
            if (scheduled.isEmpty()) {
                throw new ProgramStop(new Event.Deadlock(world.clock));
            }
            advanceToNextTimer();
        }
        double endTime = time() + World.CLOCK_RESOLUTION;
        while (!scheduled.isEmpty()) {
            TimerHandle h = scheduled.peek();
            if (h.when >= endTime) {
                break;
            }
            scheduled.pop();
            h.scheduled = false;
            ready.add(h);
            if (world.detail) {
                world.emit(new Event.TimerRemoved(world.clock, h.id, true));
            }
        }
        int ntodo = ready.size();
        for (int i = 0; i < ntodo; i++) {
            Handle h = ready.poll();
            if (world.detail) {
                world.emit(new Event.ReadyRun(world.clock, h.id, h.cancelled));
            }
            if (h.cancelled) {
                continue;
            }
            run(h);
        }
    }

    private void advanceToNextTimer() {
        double when = scheduled.peek().when;
        if (when == Double.POSITIVE_INFINITY) {
            throw new ProgramStop(new Event.Deadlock(world.clock));
        }
        double from = world.clock;
        if (when > world.clock) {
            world.clock = when;
        }
        int n = 0;
        while (when >= world.clock + World.CLOCK_RESOLUTION) {
            world.clock = Math.nextUp(world.clock);
            if (++n > 64) {
                throw new ProgramStop(new Event.Deadlock(world.clock));
            }
        }
        if (world.clock != from) {
            if (world.detail) {
                world.emit(new Event.ClockAdvanced(world.clock, from));
            }
        }
    }

    /** Handle._run: exceptions from a callback go to the exception handler. */
    private void run(Handle h) {
        if (++world.callbacks > World.MAX_CALLBACKS) {
            throw new Interp.LimitExceeded("more than " + World.MAX_CALLBACKS + " callbacks run");
        }
        try {
            Py.call(h.callback, h.args, null);
        } catch (PyException e) {
            if (e.exc.type().isSubtypeOf(Builtins.SYSTEM_EXIT) || e.exc.type().isSubtypeOf(Builtins.KEYBOARD_INTERRUPT)) {
                throw e;
            }
            PyDict context = new PyDict();
            context.put("message", "Exception in callback " + Callbacks.formatSource(h.callback, h.args));
            context.put("exception", e.exc);
            context.put("handle", h);
            callExceptionHandler(context);
        }
    }

    public void runForever() {
        checkClosed();
        if (running) {
            throw Py.runtimeError("This event loop is already running");
        }
        if (world.runningLoop != null) {
            throw Py.runtimeError("Cannot run the event loop while another loop is running");
        }
        running = true;
        world.runningLoop = this;
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            running = false;
            world.runningLoop = null;
        }
    }

    public Object runUntilComplete(Object futureOrCoro) {
        checkClosed();
        if (running) {
            throw Py.runtimeError("This event loop is already running");
        }
        if (world.runningLoop != null) {
            throw Py.runtimeError("Cannot run the event loop while another loop is running");
        }
        boolean newTask = !(futureOrCoro instanceof Future);
        Future future = Future.ensureFuture(futureOrCoro, this);
        PyObjectCallbacks.RunUntilCompleteCb cb = new PyObjectCallbacks.RunUntilCompleteCb();
        future.addDoneCallback(cb.fn, Py.None);
        try {
            runForever();
        } catch (PyException e) {
            if (newTask && future.isDone() && !future.isCancelled()) {
                future.exceptionOrNull();
            }
            throw e;
        } finally {
            future.removeDoneCallback(cb.fn);
        }
        if (!future.isDone()) {
            throw Py.runtimeError("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    public void stop() {
        stopping = true;
    }

    public void close() {
        if (running) {
            throw Py.runtimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        scheduled.clear();
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isRunning() {
        return running;
    }

    // ---------------------------------------------------------------------------- errors

    public void callExceptionHandler(PyDict context) {
        if (exceptionHandler == Py.None) {
            return; // the default handler logs; logs are not part of the trace
        }
        try {
            Py.call(exceptionHandler, new Object[]{this, context}, null);
        } catch (PyException e) {
            if (e.exc.type().isSubtypeOf(Builtins.SYSTEM_EXIT) || e.exc.type().isSubtypeOf(Builtins.KEYBOARD_INTERRUPT)) {
                throw e;
            }
            // "Unhandled error in exception handler" goes to the default handler: a log line only
        }
    }

    /** Stops the program where it is (deadlock): no Python code runs after it. */
    public static final class ProgramStop extends RuntimeException {
        public final Event event;

        ProgramStop(Event event) {
            super(null, null, false, false);
            this.event = event;
        }
    }

    static PyBaseException newCancelledError(Object msg) {
        return msg == Py.None || msg == null ? Builtins.newException(LoopTypes.CANCELLED_ERROR)
                : Builtins.newException(LoopTypes.CANCELLED_ERROR, msg);
    }
}
