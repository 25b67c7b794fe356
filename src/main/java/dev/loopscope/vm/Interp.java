package dev.loopscope.vm;

import dev.loopscope.lang.Code;
import dev.loopscope.lang.Op;
import dev.loopscope.runtime.Awaitable;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.ExceptionGroups;
import dev.loopscope.runtime.Formatting;
import dev.loopscope.runtime.Ops;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyBaseException;
import dev.loopscope.runtime.PyBoundMethod;
import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyCell;
import dev.loopscope.runtime.PyDict;
import dev.loopscope.runtime.PyException;
import dev.loopscope.runtime.PyFunction;
import dev.loopscope.runtime.PyIter;
import dev.loopscope.runtime.PyList;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.PySet;
import dev.loopscope.runtime.PySlice;
import dev.loopscope.runtime.PyTuple;
import dev.loopscope.runtime.PyType;
import dev.loopscope.runtime.Sequences;
import dev.loopscope.runtime.Vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytecode interpreter. Calls recurse on the Java stack (depth bounded like CPython's
 * recursion limit); an await that reaches a pending future unwinds every frame of the task back
 * to the loop, each frame keeping its own stack and instruction pointer.
 */
public final class Interp implements Vm {
    /** Imports a module by name (the engine knows the world's modules). */
    public interface ModuleLoader {
        Object load(String name);
    }

    /** Receives what the scenario writes to stdout and stderr. */
    public interface Console {
        void write(boolean err, String text);
    }

    public static final int RECURSION_LIMIT = 1000;

    private final Map<String, Object> builtins;
    private final ModuleLoader modules;
    private final Console console;
    private final long tickLimit;
    private long ticks;
    Frame current;
    private int depth;

    public Interp(Map<String, Object> builtins, ModuleLoader modules, Console console, long tickLimit) {
        GeneratorMethods.install();
        this.builtins = builtins;
        this.modules = modules;
        this.console = console;
        this.tickLimit = tickLimit;
    }

    /** The frame running now, or null between loop callbacks. */
    public Frame currentFrame() {
        return current;
    }

    public long ticks() {
        return ticks;
    }

    @Override
    public void write(boolean err, String text) {
        console.write(err, text);
    }

    @Override
    public void tick() {
        if (++ticks > tickLimit) {
            throw new LimitExceeded("more than " + tickLimit + " interpreter steps without finishing");
        }
    }

    /** Thrown when a run spends its budget; not a Python exception, so nothing can catch it. */
    public static final class LimitExceeded extends RuntimeException {
        public LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    // ------------------------------------------------------------------------------ entry points

    /** Runs a module body in {@code globals}. */
    public Object runModule(Code code, Map<String, Object> globals) {
        Frame f = new Frame(code, null, globals, globals);
        return execute(f, null);
    }

    @Override
    public Object callFunction(PyFunction f, Object[] args, String[] kwnames) {
        Code c = f.code;
        Frame frame = new Frame(c, f, f.globals, (c.flags & Code.CO_NAMESPACE) != 0 ? new LinkedHashMap<>() : null);
        ArgBinder.bind(f, frame.locals, args, kwnames);
        initCells(frame, f);
        if ((c.flags & (Code.CO_COROUTINE | Code.CO_GENERATOR)) != 0) {
            return new PyGen(this, frame, (c.flags & Code.CO_COROUTINE) != 0);
        }
        return execute(frame, null);
    }

    private static void initCells(Frame frame, PyFunction f) {
        Code c = frame.code;
        int base = c.varNames.length;
        for (int i = 0; i < c.cellVars.length; i++) {
            int arg = c.cellFromArg[i];
            frame.locals[base + i] = new PyCell(arg >= 0 ? frame.locals[arg] : null);
        }
        int fb = base + c.cellVars.length;
        for (int i = 0; i < c.freeVars.length; i++) {
            frame.locals[fb + i] = f.closure[i];
        }
    }

    /** Runs a class body with its own namespace; returns the namespace. */
    Map<String, Object> runClassBody(PyFunction body) {
        Map<String, Object> ns = new LinkedHashMap<>();
        Frame frame = new Frame(body.code, body, body.globals, ns);
        initCells(frame, body);
        Object cell = execute(frame, null);
        if (cell instanceof PyCell) {
            ns.put("__classcell__", cell);
        }
        return ns;
    }

    /** Resumes a suspended generator frame (value pushed as the result of its yield/await). */
    Object resume(Frame f, Object value, PyException toThrow) {
        if (f.started && toThrow == null) {
            f.stack[f.sp++] = value;
        }
        return execute(f, toThrow);
    }

    private Object execute(Frame f, PyException pending) {
        if (++depth > RECURSION_LIMIT) {
            depth--;
            throw Py.raise(Builtins.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Frame saved = current;
        if (f.back == null && f != saved) {
            f.back = saved;
        }
        current = f;
        try {
            return loop(f, pending);
        } catch (StackOverflowError e) {
            throw Py.raise(Builtins.RECURSION_ERROR, "maximum recursion depth exceeded");
        } finally {
            current = saved;
            depth--;
        }
    }

    /** The exception being handled where {@code f} runs (sys.exc_info()). */
    private static PyBaseException handledAt(Frame f) {
        for (Frame x = f; x != null; x = x.back) {
            if (x.handled != null) {
                return x.handled;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------ main loop

    private Object loop(Frame f, PyException pending) {
        final Code code = f.code;
        final int[] ins = code.code;
        final Object[] consts = code.consts;
        final String[] names = code.names;
        final Object[] locals = f.locals;
        final Object[] stack = f.stack;
        final int cellBase = code.varNames.length;
        f.started = true;
        while (true) {
            int pc = f.ip;
            int sp = f.sp;
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    if (f.ip > 0 && ins[2 * (f.ip - 1)] == Op.YIELD_VALUE) {
                        pc = f.ip - 1;
                    }
                    if (ins[2 * f.ip] == Op.SEND && sp > 0 && stack[sp - 1] instanceof Delegate d) {
                        // a throw into an await goes to what the await is driving (CPython's _gen_throw)
                        Object r = d.throwIn(p);
                        if (!d.finished()) {
                            return r;
                        }
                        stack[sp - 1] = r;
                        f.ip = ins[2 * pc + 1];
                    } else {
                        throw p;
                    }
                }
                while (true) {
                    pc = f.ip;
                    int op = ins[2 * pc];
                    int arg = ins[2 * pc + 1];
                    f.ip = pc + 1;
                    switch (op) {
                        case Op.NOP:
                            break;
                        case Op.POP_TOP:
                            stack[--sp] = null;
                            break;
                        case Op.COPY:
                            stack[sp] = stack[sp - arg];
                            sp++;
                            break;
                        case Op.SWAP: {
                            Object t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = t;
                            break;
                        }
                        case Op.PUSH_NULL:
                            stack[sp++] = null;
                            break;
                        case Op.LOAD_CONST:
                            stack[sp++] = consts[arg];
                            break;
                        case Op.LOAD_FAST: {
                            Object v = locals[arg];
                            if (v == null) {
                                f.sp = sp;
                                throw unboundLocal(code.varNames[arg]);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Op.STORE_FAST:
                            locals[arg] = stack[--sp];
                            stack[sp] = null;
                            break;
                        case Op.LOAD_DEREF: {
                            Object v = ((PyCell) locals[cellBase + arg]).value;
                            if (v == null) {
                                f.sp = sp;
                                throw unboundDeref(code, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Op.STORE_DEREF:
                            ((PyCell) locals[cellBase + arg]).value = stack[--sp];
                            stack[sp] = null;
                            break;
                        case Op.LOAD_CLOSURE:
                            stack[sp++] = locals[cellBase + arg];
                            break;
                        case Op.LOAD_GLOBAL: {
                            String name = names[arg];
                            Object v = f.globals.get(name);
                            if (v == null) {
                                v = builtins.get(name);
                                if (v == null) {
                                    f.sp = sp;
                                    throw Py.raise(Builtins.NAME_ERROR, "name '" + name + "' is not defined");
                                }
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Op.LOAD_NAME: {
                            String name = names[arg];
                            Object v = f.names.get(name);
                            if (v == null) {
                                v = f.globals.get(name);
                                if (v == null) {
                                    v = builtins.get(name);
                                    if (v == null) {
                                        f.sp = sp;
                                        throw Py.raise(Builtins.NAME_ERROR, "name '" + name + "' is not defined");
                                    }
                                }
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Op.STORE_NAME:
                            f.names.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case Op.LOAD_ATTR:
                            f.sp = sp;
                            stack[sp - 1] = Py.getAttr(stack[sp - 1], names[arg]);
                            break;
                        case Op.STORE_ATTR: {
                            f.sp = sp;
                            Object obj = stack[sp - 1];
                            Object value = stack[sp - 2];
                            Py.setAttr(obj, names[arg], value);
                            stack[--sp] = null;
                            stack[--sp] = null;
                            break;
                        }
                        case Op.LOAD_METHOD: {
                            f.sp = sp;
                            Object obj = stack[sp - 1];
                            Object m = methodFor(obj, names[arg]);
                            if (m != null) {
                                stack[sp - 1] = m;
                                stack[sp++] = obj;
                            } else {
                                stack[sp - 1] = null;
                                stack[sp++] = Py.getAttr(obj, names[arg]);
                            }
                            break;
                        }
                        case Op.CALL: {
                            if (arg < 0) {
                                // bind (method, self) or (NULL, callable) into (NULL, callable)
                                Object first = stack[sp - 2];
                                if (first != null) {
                                    stack[sp - 2] = null;
                                    stack[sp - 1] = new PyBoundMethod(stack[sp - 1], first);
                                }
                                break;
                            }
                            String[] kw = f.kwnames;
                            f.kwnames = null;
                            Object first = stack[sp - arg - 2];
                            Object callable;
                            Object[] args;
                            if (first != null) {
                                callable = first;
                                args = new Object[arg + 1];
                                System.arraycopy(stack, sp - arg - 1, args, 0, arg + 1);
                            } else {
                                callable = stack[sp - arg - 1];
                                args = new Object[arg];
                                System.arraycopy(stack, sp - arg, args, 0, arg);
                            }
                            f.sp = sp;
                            Object r = call(callable, args, kw);
                            for (int i = sp - arg - 2; i < sp; i++) {
                                stack[i] = null;
                            }
                            sp -= arg + 2;
                            stack[sp++] = r;
                            break;
                        }
                        case Op.BINARY_OP: {
                            Object b = stack[--sp];
                            Object a = stack[sp - 1];
                            stack[sp] = null;
                            f.sp = sp;
                            stack[sp - 1] = arg >= 100 ? Ops.binary(arg - 100, a, b, true) : Ops.binary(arg, a, b, false);
                            break;
                        }
                        case Op.UNARY_NOT:
                            f.sp = sp;
                            stack[sp - 1] = !Py.truthy(stack[sp - 1]);
                            break;
                        case Op.COMPARE_OP: {
                            Object b = stack[--sp];
                            Object a = stack[sp - 1];
                            stack[sp] = null;
                            f.sp = sp;
                            if (a instanceof Long x && b instanceof Long y) {
                                stack[sp - 1] = Ops.compareBool(x, y, arg);
                            } else {
                                stack[sp - 1] = Ops.richCompare(a, b, arg);
                            }
                            break;
                        }
                        case Op.IS_OP: {
                            Object b = stack[--sp];
                            Object a = stack[sp - 1];
                            stack[sp] = null;
                            boolean same = a == b || (a instanceof Boolean && a.equals(b));
                            stack[sp - 1] = arg == 0 ? same : !same;
                            break;
                        }
                        case Op.CONTAINS_OP: {
                            Object container = stack[--sp];
                            Object item = stack[sp - 1];
                            stack[sp] = null;
                            f.sp = sp;
                            boolean in = Ops.contains(container, item);
                            stack[sp - 1] = arg == 0 ? in : !in;
                            break;
                        }
                        case Op.BINARY_SUBSCR: {
                            Object key = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            stack[sp - 1] = Sequences.getItem(stack[sp - 1], key);
                            break;
                        }
                        case Op.BUILD_TUPLE: {
                            Object[] items = new Object[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            clear(stack, sp, arg);
                            stack[sp++] = PyTuple.of(items);
                            break;
                        }
                        case Op.BUILD_LIST: {
                            ArrayList<Object> items = new ArrayList<>(Math.max(arg, 4));
                            sp -= arg;
                            for (int i = 0; i < arg; i++) {
                                items.add(stack[sp + i]);
                            }
                            clear(stack, sp, arg);
                            stack[sp++] = new PyList(items, true);
                            break;
                        }
                        case Op.LIST_APPEND: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).items.add(v);
                            break;
                        }
                        case Op.FORMAT_VALUE: {
                            String spec = (arg & 4) != 0 ? (String) stack[--sp] : "";
                            Object v = stack[sp - 1];
                            f.sp = sp;
                            switch (arg & 3) {
                                case 1 -> v = Py.str(v);
                                case 2 -> v = Py.repr(v);
                                case 3 -> v = Formatting.ascii(v);
                                default -> {
                                }
                            }
                            stack[sp - 1] = v instanceof String s && spec.isEmpty() ? s : Formatting.format(v, spec);
                            stack[sp] = null;
                            break;
                        }
                        case Op.UNPACK_SEQUENCE: {
                            Object seq = stack[--sp];
                            f.sp = sp;
                            Object[] items = unpack(seq, arg);
                            for (int i = arg - 1; i >= 0; i--) {
                                stack[sp++] = items[i];
                            }
                            break;
                        }
                        case Op.JUMP:
                            if (arg <= pc) {
                                f.sp = sp;
                                tick();
                            }
                            f.ip = arg;
                            break;
                        case Op.POP_JUMP_IF_FALSE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            if (v == Boolean.FALSE || (v != Boolean.TRUE && !Py.truthy(v))) {
                                f.ip = arg;
                            }
                            break;
                        }
                        case Op.POP_JUMP_IF_TRUE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            if (v == Boolean.TRUE || (v != Boolean.FALSE && Py.truthy(v))) {
                                f.ip = arg;
                            }
                            break;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP:
                            f.sp = sp;
                            if (!Py.truthy(stack[sp - 1])) {
                                f.ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case Op.JUMP_IF_TRUE_OR_POP:
                            f.sp = sp;
                            if (Py.truthy(stack[sp - 1])) {
                                f.ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case Op.GET_ITER:
                            f.sp = sp;
                            stack[sp - 1] = Py.iter(stack[sp - 1]);
                            break;
                        case Op.FOR_ITER: {
                            Object it = stack[sp - 1];
                            f.sp = sp;
                            Object v;
                            if (it instanceof PyIter pi) {
                                v = pi.next();
                            } else if (it instanceof PyGen g) {
                                v = g.isDone() ? null : g.send(Py.None);
                                if (g.finished()) {
                                    v = null;
                                }
                            } else {
                                v = Py.next(it);
                            }
                            if (v == null) {
                                stack[--sp] = null;
                                f.ip = arg;
                            } else {
                                stack[sp++] = v;
                            }
                            break;
                        }
                        case Op.RETURN_VALUE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.ip = -1;
                            return v;
                        }
                        case Op.RERAISE: {
                            Object exc = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            PyException e = new PyException((PyBaseException) exc);
                            e.chained = true;
                            throw e;
                        }
                        case Op.PUSH_EXC_INFO: {
                            Object exc = stack[sp - 1];
                            stack[sp - 1] = f.handled == null ? Py.None : f.handled;
                            stack[sp++] = exc;
                            f.handled = (PyBaseException) exc;
                            break;
                        }
                        case Op.POP_EXCEPT: {
                            Object prev = stack[--sp];
                            stack[sp] = null;
                            f.handled = prev == Py.None ? null : (PyBaseException) prev;
                            break;
                        }
                        case Op.GET_AWAITABLE: {
                            f.sp = sp;
                            stack[sp - 1] = awaitable(stack[sp - 1], arg);
                            break;
                        }
                        case Op.SEND: {
                            Object value = stack[--sp];
                            stack[sp] = null;
                            Delegate d = (Delegate) stack[sp - 1];
                            f.sp = sp;
                            Object r = d.send(value);
                            if (d.finished()) {
                                stack[sp - 1] = r;
                                f.ip = arg;
                            } else {
                                f.ip = pc;
                                f.sp = sp;
                                return r;
                            }
                            break;
                        }
                        case Op.YIELD_VALUE: {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            return v;
                        }
                        default: {
                            f.sp = sp;
                            rareOp(f, op, arg, pc);
                            sp = f.sp;
                            break;
                        }
                    }
                    f.sp = sp;
                }
            } catch (PyException e) {
                if (!e.chained) {
                    e.chained = true;
                    PyBaseException handled = handledAt(f);
                    if (handled != null && handled != e.exc) {
                        setContext(e.exc, handled);
                    }
                }
                if (e.exc.tracebackFrame != f) {
                    e.exc.tracebackFrame = f;
                    e.exc.traceback.add(0, new PyBaseException.TracebackEntry(code.fileName, code.lineAt(pc),
                            code.name));
                }
                int h = findHandler(code.handlers, pc);
                if (h < 0) {
                    f.ip = -1;
                    f.sp = 0;
                    f.handled = null;
                    throw e;
                }
                int depthTo = code.handlers[h + 3];
                for (int i = depthTo; i < f.sp; i++) {
                    stack[i] = null;
                }
                f.sp = depthTo;
                stack[f.sp++] = e.exc;
                f.ip = code.handlers[h + 2];
            }
        }
    }

    /** The opcodes that are rare in loops, kept out of {@link #loop} so that it stays small for the JIT. */
    private void rareOp(Frame f, int op, int arg, int pc) {
        final Code code = f.code;
        final Object[] consts = code.consts;
        final String[] names = code.names;
        final Object[] locals = f.locals;
        final Object[] stack = f.stack;
        final int cellBase = code.varNames.length;
        int sp = f.sp;
        switch (op) {
            case Op.DELETE_FAST:
                if (locals[arg] == null) {
                    f.sp = sp;
                    throw unboundLocal(code.varNames[arg]);
                }
                locals[arg] = null;
                break;
            case Op.DELETE_DEREF:
                ((PyCell) locals[cellBase + arg]).value = null;
                break;
            case Op.LOAD_CLASSDEREF: {
                String name = arg < code.cellVars.length ? code.cellVars[arg]
                        : code.freeVars[arg - code.cellVars.length];
                Object v = f.names.get(name);
                if (v == null) {
                    v = ((PyCell) locals[cellBase + arg]).value;
                    if (v == null) {
                        f.sp = sp;
                        throw unboundDeref(code, arg);
                    }
                }
                stack[sp++] = v;
                break;
            }
            case Op.STORE_GLOBAL:
                f.globals.put(names[arg], stack[--sp]);
                stack[sp] = null;
                break;
            case Op.DELETE_GLOBAL:
                if (f.globals.remove(names[arg]) == null) {
                    f.sp = sp;
                    throw Py.raise(Builtins.NAME_ERROR, "name '" + names[arg] + "' is not defined");
                }
                break;
            case Op.DELETE_NAME:
                if (f.names.remove(names[arg]) == null) {
                    f.sp = sp;
                    throw Py.raise(Builtins.NAME_ERROR, "name '" + names[arg] + "' is not defined");
                }
                break;
            case Op.DELETE_ATTR:
                f.sp = sp;
                Py.delAttr(stack[sp - 1], names[arg]);
                stack[--sp] = null;
                break;
            case Op.KW_NAMES: {
                PyTuple t = (PyTuple) consts[arg];
                String[] kw = new String[t.items.length];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = (String) t.items[i];
                }
                f.kwnames = kw;
                break;
            }
            case Op.CALL_FUNCTION_EX: {
                PyDict kwargs = arg == 1 ? (PyDict) stack[--sp] : null;
                PyTuple posargs = (PyTuple) stack[--sp];
                Object callable = stack[--sp];
                sp--;
                f.sp = sp;
                Object[] args;
                String[] kw = null;
                if (kwargs != null && kwargs.size() > 0) {
                    List<Object> keys = kwargs.keys();
                    args = new Object[posargs.items.length + keys.size()];
                    System.arraycopy(posargs.items, 0, args, 0, posargs.items.length);
                    kw = new String[keys.size()];
                    for (int i = 0; i < kw.length; i++) {
                        kw[i] = (String) keys.get(i);
                        args[posargs.items.length + i] = kwargs.get(keys.get(i));
                    }
                } else {
                    args = posargs.items.clone();
                }
                Object r = call(callable, args, kw);
                for (int i = sp; i < sp + 4 && i < stack.length; i++) {
                    stack[i] = null;
                }
                stack[sp++] = r;
                break;
            }
            case Op.UNARY_NEGATIVE:
                f.sp = sp;
                stack[sp - 1] = Ops.negate(stack[sp - 1]);
                break;
            case Op.UNARY_POSITIVE:
                f.sp = sp;
                stack[sp - 1] = Ops.positive(stack[sp - 1]);
                break;
            case Op.UNARY_INVERT:
                f.sp = sp;
                stack[sp - 1] = Ops.invert(stack[sp - 1]);
                break;
            case Op.STORE_SUBSCR: {
                Object key = stack[sp - 1];
                Object container = stack[sp - 2];
                Object value = stack[sp - 3];
                f.sp = sp;
                Sequences.setItem(container, key, value);
                stack[--sp] = null;
                stack[--sp] = null;
                stack[--sp] = null;
                break;
            }
            case Op.DELETE_SUBSCR: {
                Object key = stack[sp - 1];
                Object container = stack[sp - 2];
                f.sp = sp;
                Sequences.delItem(container, key);
                stack[--sp] = null;
                stack[--sp] = null;
                break;
            }
            case Op.BUILD_SLICE: {
                Object step = arg == 3 ? stack[--sp] : Py.None;
                Object stop = stack[--sp];
                Object start = stack[sp - 1];
                stack[sp - 1] = new PySlice(start, stop, step);
                break;
            }
            case Op.BUILD_SET: {
                PySet s = new PySet(false);
                sp -= arg;
                f.sp = sp + arg;
                for (int i = 0; i < arg; i++) {
                    s.add(stack[sp + i]);
                }
                clear(stack, sp, arg);
                stack[sp++] = s;
                break;
            }
            case Op.BUILD_MAP: {
                PyDict d = new PyDict();
                sp -= 2 * arg;
                f.sp = sp + 2 * arg;
                for (int i = 0; i < arg; i++) {
                    d.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                }
                clear(stack, sp, 2 * arg);
                stack[sp++] = d;
                break;
            }
            case Op.BUILD_STRING: {
                StringBuilder sb = new StringBuilder();
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    sb.append((String) stack[sp + i]);
                }
                clear(stack, sp, arg);
                stack[sp++] = sb.toString();
                break;
            }
            case Op.SET_ADD: {
                Object v = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                ((PySet) stack[sp - arg]).add(v);
                break;
            }
            case Op.MAP_ADD: {
                Object v = stack[--sp];
                Object k = stack[--sp];
                stack[sp] = null;
                stack[sp + 1] = null;
                f.sp = sp;
                ((PyDict) stack[sp - arg]).put(k, v);
                break;
            }
            case Op.LIST_EXTEND: {
                Object v = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                ((PyList) stack[sp - arg]).items.addAll(Py.toList(v));
                break;
            }
            case Op.SET_UPDATE: {
                Object v = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                ((PySet) stack[sp - arg]).updateInternal(v);
                break;
            }
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE: {
                Object v = stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                mergeInto((PyDict) stack[sp - arg], v, op == Op.DICT_MERGE, op == Op.DICT_MERGE ? stack[sp - arg - 2] : null);
                break;
            }
            case Op.LIST_TO_TUPLE:
                stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).items);
                break;
            case Op.UNPACK_EX: {
                int before = arg & 0xff;
                int after = arg >> 8;
                Object seq = stack[--sp];
                f.sp = sp;
                List<Object> all = Py.toList(seq);
                if (all.size() < before + after) {
                    throw Py.valueError("not enough values to unpack (expected at least " + (before + after)
                            + ", got " + all.size() + ")");
                }
                Object[] out = new Object[before + after + 1];
                for (int i = 0; i < before; i++) {
                    out[i] = all.get(i);
                }
                out[before] = new PyList(all.subList(before, all.size() - after));
                for (int i = 0; i < after; i++) {
                    out[before + 1 + i] = all.get(all.size() - after + i);
                }
                for (int i = out.length - 1; i >= 0; i--) {
                    stack[sp++] = out[i];
                }
                break;
            }
            case Op.MAKE_FUNCTION: {
                Code c = (Code) stack[--sp];
                PyCell[] closure = null;
                if ((arg & 8) != 0) {
                    Object[] cells = ((PyTuple) stack[--sp]).items;
                    closure = new PyCell[cells.length];
                    for (int i = 0; i < cells.length; i++) {
                        closure[i] = (PyCell) cells[i];
                    }
                }
                PyDict annotations = (arg & 4) != 0 ? (PyDict) stack[--sp] : null;
                Map<String, Object> kwDefaults = null;
                if ((arg & 2) != 0) {
                    PyDict d = (PyDict) stack[--sp];
                    kwDefaults = new HashMap<>();
                    for (var e : d.entries()) {
                        kwDefaults.put((String) e.getKey(), e.getValue());
                    }
                }
                Object[] defaults = (arg & 1) != 0 ? ((PyTuple) stack[--sp]).items : null;
                clear(stack, sp, 5);
                PyFunction fn = new PyFunction(c, f.globals, defaults, kwDefaults, closure);
                fn.annotations = annotations;
                stack[sp++] = fn;
                break;
            }
            case Op.LOAD_BUILD_CLASS:
                stack[sp++] = buildClass;
                break;
            case Op.IMPORT_NAME: {
                sp -= 2;
                clear(stack, sp, 2);
                f.sp = sp;
                stack[sp++] = modules.load(names[arg]);
                break;
            }
            case Op.IMPORT_FROM: {
                Object module = stack[sp - 1];
                f.sp = sp;
                Object v = Py.getAttrOrNull(module, names[arg]);
                if (v == null) {
                    throw Py.raise(Builtins.IMPORT_ERROR, "cannot import name '" + names[arg]
                            + "' from '" + ((PyModule) module).name + "' (unknown location)");
                }
                stack[sp++] = v;
                break;
            }
            case Op.RAISE_VARARGS: {
                f.sp = sp;
                if (arg == 0) {
                    PyBaseException h = handledAt(f);
                    if (h == null) {
                        throw Py.runtimeError("No active exception to reraise");
                    }
                    PyException e = new PyException(h);
                    e.chained = true;
                    throw e;
                }
                Object cause = arg == 2 ? stack[--sp] : null;
                Object exc = stack[--sp];
                f.sp = sp;
                throw raise(exc, cause, arg == 2);
            }
            case Op.CHECK_EXC_MATCH: {
                Object type = stack[sp - 1];
                f.sp = sp;
                stack[sp - 1] = ExceptionGroups.matches(stack[sp - 2], type);
                break;
            }
            case Op.LOAD_ASSERTION_ERROR:
                stack[sp++] = Builtins.ASSERTION_ERROR;
                break;
            case Op.BEFORE_WITH:
                f.sp = sp;
                enterContext(stack, sp++, "__enter__", "__exit__", "the context manager protocol");
                break;
            case Op.BEFORE_ASYNC_WITH:
                f.sp = sp;
                enterContext(stack, sp++, "__aenter__", "__aexit__", "the asynchronous context manager protocol");
                break;
            case Op.WITH_EXCEPT_START: {
                PyBaseException exc = (PyBaseException) stack[sp - 1];
                Object exit = stack[sp - 3];
                f.sp = sp;
                stack[sp++] = Py.call(exit, new Object[]{exc.type(), exc, Py.None}, null);
                break;
            }
            case Op.GET_YIELD_FROM_ITER: {
                f.sp = sp;
                Object v = stack[sp - 1];
                if (v instanceof PyGen g && g.isCoroutine()) {
                    throw Py.typeError("cannot 'yield from' a coroutine object in a non-coroutine "
                            + "generator");
                }
                stack[sp - 1] = v instanceof Delegate ? v : new IterDelegate(Py.iter(v));
                break;
            }
            case Op.GET_AITER: {
                f.sp = sp;
                Object m = Py.lookupSpecial(stack[sp - 1], "__aiter__");
                if (m == null) {
                    throw Py.typeError("'async for' requires an object with __aiter__ method, got "
                            + Py.typeName(stack[sp - 1]));
                }
                stack[sp - 1] = Py.call(m, new Object[0], null);
                break;
            }
            case Op.GET_ANEXT: {
                f.sp = sp;
                Object m = Py.lookupSpecial(stack[sp - 1], "__anext__");
                if (m == null) {
                    throw Py.typeError("'async for' requires an iterator with __anext__ method, got "
                            + Py.typeName(stack[sp - 1]));
                }
                stack[sp++] = awaitable(Py.call(m, new Object[0], null), 0);
                break;
            }
            case Op.END_ASYNC_FOR: {
                PyBaseException exc = (PyBaseException) stack[--sp];
                stack[sp] = null;
                if (!exc.type().isSubtypeOf(Builtins.STOP_ASYNC_ITERATION)) {
                    f.sp = sp;
                    PyException e = new PyException(exc);
                    e.chained = true;
                    throw e;
                }
                stack[--sp] = null;
                break;
            }
            case Op.WRAP_EG:
                stack[sp - 1] = ExceptionGroups.wrap((PyBaseException) stack[sp - 1]);
                break;
            case Op.CHECK_EG_MATCH: {
                Object type = stack[--sp];
                Object rest = stack[sp - 1];
                f.sp = sp;
                Object[] split = ExceptionGroups.split(rest, type);
                stack[sp - 1] = split[1];
                stack[sp++] = split[0];
                break;
            }
            case Op.LIST_APPEND_RAISED: {
                Object v = stack[--sp];
                stack[sp] = null;
                if (v != Py.None) {
                    ((PyList) stack[sp - arg + 1]).items.add(v);
                }
                break;
            }
            case Op.PREP_RERAISE_STAR: {
                PyList raised = (PyList) stack[--sp];
                stack[sp] = null;
                f.sp = sp;
                stack[sp - 1] = ExceptionGroups.prepReraise((PyBaseException) stack[sp - 1], raised.items);
                break;
            }
            default:
                throw new IllegalStateException("bad opcode " + op + " at " + pc + " in " + code);
        }
        f.sp = sp;
    }

    /** mgr -> (bound exit, result of enter()): BEFORE_WITH and BEFORE_ASYNC_WITH. */
    private static void enterContext(Object[] stack, int sp, String enterName, String exitName, String protocol) {
        Object mgr = stack[sp - 1];
        Object enter = Py.lookupSpecial(mgr, enterName);
        Object exit = Py.lookupSpecial(mgr, exitName);
        if (enter == null || exit == null) {
            throw Py.typeError("'" + Py.typeName(mgr) + "' object does not support " + protocol);
        }
        stack[sp - 1] = exit;
        stack[sp] = Py.call(enter, new Object[0], null);
    }

    private static void setContext(PyBaseException exc, PyBaseException context) {
        // CPython's _PyErr_SetObject: avoid creating a cycle through the context chain
        Object o = context;
        PyBaseException prev = null;
        while (o instanceof PyBaseException c) {
            if (c == exc) {
                if (prev != null) {
                    prev.context = Py.None;
                }
                break;
            }
            prev = c;
            o = c.context;
        }
        exc.context = context;
    }

    private static int findHandler(int[] table, int pc) {
        for (int i = 0; i < table.length; i += 4) {
            if (pc >= table[i] && pc < table[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    private static void clear(Object[] stack, int from, int n) {
        for (int i = from; i < from + n && i < stack.length; i++) {
            stack[i] = null;
        }
    }

    private static PyException unboundLocal(String name) {
        return Py.raise(Builtins.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    private static PyException unboundDeref(Code code, int idx) {
        if (idx < code.cellVars.length) {
            return unboundLocal(code.cellVars[idx]);
        }
        return Py.raise(Builtins.NAME_ERROR, "cannot access free variable '" + code.freeVars[idx - code.cellVars.length]
                + "' where it is not associated with a value in enclosing scope");
    }

    /** The unbound method for LOAD_METHOD, or null when the attribute must be fetched normally. */
    private static Object methodFor(Object obj, String name) {
        if (obj instanceof PyModule || obj instanceof PyType || obj instanceof dev.loopscope.runtime.PySuper) {
            return null; // their attribute lookup is their own (module dicts, class attributes, super's MRO walk)
        }
        PyType t = Py.typeOf(obj);
        Object m = t.lookup(name);
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction) {
            if (obj instanceof dev.loopscope.runtime.PyObject p && p.dict() != null && p.dict().containsKey(name)) {
                return null;
            }
            return m;
        }
        return null;
    }

    private Object call(Object callable, Object[] args, String[] kw) {
        if (callable instanceof PyFunction fn) {
            return callFunction(fn, args, kw);
        }
        return Py.call(callable, args, kw);
    }

    private static PyException raise(Object exc, Object cause, boolean hasCause) {
        PyBaseException e = instantiate(exc, "exceptions must derive from BaseException");
        if (hasCause) {
            if (cause == Py.None) {
                e.cause = Py.None;
            } else {
                e.cause = instantiate(cause, "exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        return new PyException(e);
    }

    private static PyBaseException instantiate(Object exc, String message) {
        if (exc instanceof PyType t && t.isSubtypeOf(Builtins.BASE_EXCEPTION)) {
            Object inst = Py.call(t, new Object[0], null);
            if (!(inst instanceof PyBaseException be)) {
                throw Py.typeError("calling " + Py.repr(t) + " should have returned an instance of BaseException, "
                        + "not " + Py.typeName(inst));
            }
            return be;
        }
        if (exc instanceof PyBaseException be) {
            return be;
        }
        throw Py.typeError(message);
    }

    private static Object[] unpack(Object seq, int n) {
        Object[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.items.toArray();
        } else {
            Object it = Py.iter(seq);
            List<Object> got = new ArrayList<>(n);
            for (Object v = Py.next(it); v != null; v = Py.next(it)) {
                got.add(v);
                if (got.size() > n) {
                    throw Py.valueError("too many values to unpack (expected " + n + ")");
                }
            }
            items = got.toArray();
        }
        if (items.length != n) {
            if (items.length > n) {
                throw Py.valueError("too many values to unpack (expected " + n + ")");
            }
            throw Py.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        return items;
    }

    private static void mergeInto(PyDict target, Object src, boolean forCall, Object callable) {
        if (src instanceof PyDict d) {
            for (var e : d.entries()) {
                if (forCall) {
                    if (!(e.getKey() instanceof String)) {
                        throw Py.typeError("keywords must be strings");
                    }
                    if (target.containsKey(e.getKey())) {
                        throw Py.typeError(Py.nameOf(callable) + "() got multiple values for keyword argument '"
                                + e.getKey() + "'");
                    }
                }
                target.put(e.getKey(), e.getValue());
            }
            return;
        }
        Object keys = Py.getAttrOrNull(src, "keys");
        if (keys == null) {
            throw Py.typeError("'" + Py.typeName(src) + "' object is not a mapping");
        }
        for (Object k : Py.toList(Py.call(keys, new Object[0], null))) {
            target.put(k, Sequences.getItem(src, k));
        }
    }

    /** GET_AWAITABLE: the delegate an await drives. */
    private Delegate awaitable(Object o, int where) {
        if (o instanceof PyGen g) {
            if (!g.isCoroutine()) {
                throw Py.typeError("object generator can't be used in 'await' expression");
            }
            if (g.awaited && g.isStarted() && !g.isDone()) {
                throw Py.runtimeError("coroutine is being awaited already");
            }
            g.awaited = true;
            return g;
        }
        if (o instanceof Awaitable a) {
            return a.awaitIterator();
        }
        Object m = Py.lookupSpecial(o, "__await__");
        if (m == null) {
            String what = where == 1 ? "'async with' received an object from __aenter__ that does not implement "
                    + "__await__: " + Py.typeName(o)
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement "
                    + "__await__: " + Py.typeName(o)
                    : "object " + Py.typeName(o) + " can't be used in 'await' expression";
            throw Py.typeError(what);
        }
        Object it = Py.call(m, new Object[0], null);
        if (it instanceof PyGen g) {
            if (g.isCoroutine()) {
                throw Py.typeError("__await__() returned a coroutine");
            }
            return g;
        }
        if (it instanceof Delegate d) {
            return d;
        }
        if (Py.typeOf(it).lookup("__next__") == null) {
            throw Py.typeError("__await__() returned non-iterator of type '" + Py.typeName(it) + "'");
        }
        return new IterDelegate(it);
    }

    private final PyBuiltinFunction buildClass = new PyBuiltinFunction("__build_class__", (args, kw) -> {
        PyFunction body = (PyFunction) args[0];
        String name = (String) args[1];
        int nkw = kw == null ? 0 : kw.length;
        List<Object> bases = new ArrayList<>();
        for (int i = 2; i < args.length - nkw; i++) {
            bases.add(args[i]);
        }
        Map<String, Object> ns = runClassBody(body);
        PyType cls = Builtins.newClass(name, bases, ns);
        // type.__new__ calls __init_subclass__ of the parent with the class keywords
        Object[] kwValues = new Object[nkw];
        System.arraycopy(args, args.length - nkw, kwValues, 0, nkw);
        Builtins.initSubclass(cls, kwValues, kw);
        return cls;
    });
}
