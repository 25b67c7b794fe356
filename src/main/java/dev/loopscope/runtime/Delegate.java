package dev.loopscope.runtime;

/**
 * Something an await or a yield from drives: a coroutine, a generator, a future's iterator.
 * After each {@link #send}/{@link #throwIn}, {@link #finished()} tells whether the value
 * returned is the final result (true) or a value yielded up to the task (false).
 */
public interface Delegate {
    Object send(Object value);

    Object throwIn(PyException e);

    boolean finished();
}
