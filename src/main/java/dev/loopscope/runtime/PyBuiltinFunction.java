package dev.loopscope.runtime;

/**
 * A function written in Java. Arguments arrive vectorcall style: positional values, then the
 * values of the keyword arguments named in {@code kwnames} (null when there are none). For a
 * method of a builtin type, {@code args[0]} is self.
 */
public final class PyBuiltinFunction extends PyObject implements SpecialAttrs {
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwnames);
    }

    public final String name;
    public final Body body;
    /** The builtin type this is a method of, or null for a plain function. */
    public final PyType owner;
    /** What a callback made by the runtime belongs to (e.g. its task), for instrumentation. */
    public Object tag;

    public PyBuiltinFunction(String name, Body body) {
        this(name, body, null);
    }

    public PyBuiltinFunction(String name, Body body, PyType owner) {
        this.name = name;
        this.body = body;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return owner == null ? Builtins.BUILTIN_FUNCTION : Builtins.METHOD_DESCRIPTOR;
    }

    @Override
    public Object specialAttr(String attr) {
        return attr.equals("__name__") || attr.equals("__qualname__") ? name : null;
    }

    public Object call(Object[] args, String[] kwnames) {
        try {
            return body.call(args, kwnames);
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }
}
