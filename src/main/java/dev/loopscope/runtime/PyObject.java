package dev.loopscope.runtime;

/**
 * A Python value that is not one of the Java-native representations. Python ints are
 * {@link Long} (or {@link java.math.BigInteger} outside long's range), floats {@link Double},
 * strs {@link String}, bools {@link Boolean}; everything else extends this class.
 */
public abstract class PyObject {
    public abstract PyType type();

    /** The instance {@code __dict__}, or null for objects that have none. */
    public java.util.Map<String, Object> dict() {
        return null;
    }
}
