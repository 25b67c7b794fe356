package dev.loopscope.runtime;

/** The Java carrier of a raised Python exception. No stack trace: it is control flow. */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;
    /** Set once the exception's __context__ has been decided (at its raise). */
    public boolean chained;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name() + ": " + Py.str(exc);
    }
}
