package dev.loopscope.fuzz;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.engine.Engine;
import dev.loopscope.trace.Event;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One program through the whole front end and a short run of the engine, with a wall-clock
 * limit. The only acceptable outcomes are a run (whatever its trace ends with) or a diagnostic;
 * anything else escaping is a bug, and so is taking longer than the limit.
 */
final class BoundedRun {
    /** Interpreter steps per program: enough for every scenario, short for a random infinite loop. */
    static final long TICKS = 20_000;

    private BoundedRun() {
    }

    /** What a program came to: exactly one of the two is set. */
    record Outcome(String trace, Diagnostic diagnostic) {
        boolean ran() {
            return trace != null;
        }
    }

    /** Thrown when a program neither ran nor was refused: the failing behaviour, with the program. */
    static final class Escaped extends AssertionError {
        Escaped(String what, String program, Throwable cause) {
            super(what + " for program:\n" + program, cause);
        }
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-try");
        t.setDaemon(true);
        return t;
    });

    static Outcome of(String program, long timeoutMillis) {
        Future<Outcome> f = POOL.submit(() -> run(program));
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Escaped("no answer within " + timeoutMillis + " ms", program, null);
        } catch (ExecutionException e) {
            throw new Escaped("uncaught " + e.getCause(), program, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Outcome run(String program) {
        // the last event is enough to tell how a run ended; keeping them all would cost memory
        Event[] last = new Event[1];
        try {
            Engine.run("fuzz.py", program, e -> last[0] = e, TICKS);
            return new Outcome(String.valueOf(last[0]), null);
        } catch (Diagnostic.Failure d) {
            return new Outcome(null, d.diagnostic());
        }
    }
}
