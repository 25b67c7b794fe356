package dev.loopscope.runtime;

/**
 * What the runtime needs from the interpreter: running Python functions, and the per-run
 * services (output, the clock) that builtins reach. One instance per scenario run, bound to
 * the thread that runs it.
 */
public interface Vm {
    Object callFunction(PyFunction f, Object[] args, String[] kwnames);

    /** Writes text to the scenario's stdout ({@code err == false}) or stderr. */
    void write(boolean err, String text);

    /** Counts work against the run's step budget; throws when the budget is spent. */
    void tick();
}
