package dev.loopscope.lang;

/**
 * A compiled function, class body or module: CPython's code object. Instructions are pairs of
 * ints (opcode, argument) in {@link #code}; {@code lines}/{@code cols} give each instruction's
 * source position; {@link #handlers} is the zero-cost exception table.
 */
public final class Code {
    public static final int CO_VARARGS = 0x04;
    public static final int CO_VARKEYWORDS = 0x08;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x100;
    /** Module and class bodies: names live in a dict, not in fast locals. */
    public static final int CO_NAMESPACE = 0x10000;
    /** LoopScope's own Python (the asyncio port): viewers show the scenario's frames, not these. */
    public static final int CO_PRELUDE = 0x20000;

    public final String name;
    public final String qualname;
    public final String fileName;
    public final int firstLine;
    public final int flags;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    /** Fast locals: parameters first, then other locals. */
    public final String[] varNames;
    /** Locals captured by inner functions; their cells follow the fast locals. */
    public final String[] cellVars;
    /** Variables of enclosing functions; their cells follow the cell vars. */
    public final String[] freeVars;
    /** For each cell var that is also a parameter, its index in varNames, else -1. */
    public final int[] cellFromArg;
    public final Object[] consts;
    public final String[] names;
    public final int[] code;
    public final int[] lines;
    public final int[] cols;
    /** Entries of 4 ints: start, end (instruction indices, end exclusive), target, stack depth. */
    public final int[] handlers;
    public final int stackSize;
    /** The function's docstring (CPython keeps it as co_consts[0]), or null; set by the compiler. */
    public String doc;

    public Code(String name, String qualname, String fileName, int firstLine, int flags, int argCount,
                int posOnlyCount, int kwOnlyCount, String[] varNames, String[] cellVars, String[] freeVars,
                int[] cellFromArg, Object[] consts, String[] names, int[] code, int[] lines, int[] cols,
                int[] handlers, int stackSize) {
        this.name = name;
        this.qualname = qualname;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.flags = flags;
        this.argCount = argCount;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyCount = kwOnlyCount;
        this.varNames = varNames;
        this.cellVars = cellVars;
        this.freeVars = freeVars;
        this.cellFromArg = cellFromArg;
        this.consts = consts;
        this.names = names;
        this.code = code;
        this.lines = lines;
        this.cols = cols;
        this.handlers = handlers;
        this.stackSize = stackSize;
    }

    public boolean isCoroutine() {
        return (flags & CO_COROUTINE) != 0;
    }

    public boolean isPrelude() {
        return (flags & CO_PRELUDE) != 0;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    /** Number of slots in a frame's locals: fast locals, then cells, then free cells. */
    public int localsPlus() {
        return varNames.length + cellVars.length + freeVars.length;
    }

    /** Source line of the instruction at {@code pc} (an instruction index, not an int offset). */
    public int lineAt(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + fileName + "\", line " + firstLine + ">";
    }
}
