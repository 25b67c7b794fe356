package dev.loopscope.vm;

import dev.loopscope.lang.Code;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyFunction;

import java.util.Map;

/**
 * One activation of a code object, with its own instruction pointer and value stack, so that a
 * coroutine can stop at an await and be resumed later with no Java thread behind it.
 */
public final class Frame {
    public final Code code;
    public final PyFunction function;
    public final Map<String, Object> globals;
    /** Module and class bodies: the namespace that LOAD_NAME/STORE_NAME use. */
    public final Map<String, Object> names;
    /** Fast locals, then cells (cell vars, then free vars). */
    public final Object[] locals;
    final Object[] stack;
    int sp;
    /** Index of the next instruction to run. */
    int ip;
    /** The exception this frame is handling (sys.exc_info), or null. */
    PyBaseException handled;
    /** The frame that called or resumed this one, while it runs. */
    Frame back;
    /** Keyword names set by KW_NAMES for the next CALL. */
    String[] kwnames;
    boolean started;

    Frame(Code code, PyFunction function, Map<String, Object> globals, Map<String, Object> names) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.names = names;
        this.locals = new Object[code.localsPlus()];
        this.stack = new Object[code.stackSize];
    }

    /** The source line this frame is at (the instruction it runs or will resume at). */
    public int line() {
        return code.lineAt(Math.max(0, ip - 1));
    }

    /** Source line of the instruction it is suspended at (a SEND or YIELD_VALUE). */
    public int suspendedLine() {
        return code.lineAt(ip);
    }

    /** The value an await in this frame is waiting on (its delegate), or null. */
    public Object awaiting() {
        return sp > 0 && ip < code.code.length / 2 && code.code[2 * ip] == dev.loopscope.lang.Op.SEND
                ? stack[sp - 1] : null;
    }
}
