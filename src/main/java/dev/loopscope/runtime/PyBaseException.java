package dev.loopscope.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python exception object (any subclass of BaseException). */
public class PyBaseException extends PyInstance implements SpecialAttrs {
    public PyTuple args = PyTuple.EMPTY;
    public Object cause = Py.None;
    public Object context = Py.None;
    public boolean suppressContext;
    /** Where it passed through, innermost last: "name:line" pairs for tracebacks. */
    public final List<TracebackEntry> traceback = new ArrayList<>();
    /** The frame that last added itself to the traceback (each frame adds itself once as it unwinds). */
    public Object tracebackFrame;

    public record TracebackEntry(String file, int line, String function) {
    }

    public PyBaseException(PyType type) {
        super(type);
    }

    @Override
    public Object specialAttr(String name) {
        switch (name) {
            case "args":
                return args;
            case "__cause__":
                return cause;
            case "__context__":
                return context;
            case "__suppress_context__":
                return suppressContext;
            case "__traceback__":
                return Py.None;
            case "message":
                return type().isSubtypeOf(Builtins.BASE_EXCEPTION_GROUP) ? args.items[0] : null;
            case "exceptions":
                return type().isSubtypeOf(Builtins.BASE_EXCEPTION_GROUP) ? PyTuple.of(Py.toList(args.items[1]))
                        : null;
            case "value":
                return type().isSubtypeOf(Builtins.STOP_ITERATION) ? (args.items.length > 0 ? args.items[0] : Py.None)
                        : null;
            case "code":
                return type().isSubtypeOf(Builtins.SYSTEM_EXIT) ? (args.items.length == 0 ? Py.None
                        : args.items.length == 1 ? args.items[0] : args) : null;
            default:
                return null;
        }
    }

    @Override
    public boolean setSpecialAttr(String name, Object value) {
        switch (name) {
            case "args":
                args = PyTuple.of(Py.toList(value));
                return true;
            case "__cause__":
                cause = value;
                suppressContext = true;
                return true;
            case "__context__":
                context = value;
                return true;
            case "__suppress_context__":
                suppressContext = Py.truthy(value);
                return true;
            case "__traceback__":
                return true;
            default:
                return false;
        }
    }

    /** The {@code str()} of the exception, as BaseException.__str__ defines it. */
    public String message() {
        return Py.str(this);
    }
}
