package dev.loopscope.runtime;

/** A Java object that can be awaited (CPython's am_await slot). */
public interface Awaitable {
    Delegate awaitIterator();
}
