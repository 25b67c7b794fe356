package dev.loopscope.runtime;

/**
 * A Python exception raised by the formatting/number helpers. The interpreter maps
 * {@link #pythonType()} (e.g. "ValueError", "OverflowError") onto its own exception classes.
 */
public final class FormatError extends RuntimeException {
    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /** Name of the Python exception class, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
