package dev.loopscope.lang;

import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyTuple;

import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code objects written to bytes and read back, as CPython's marshal does for {@code .pyc} files:
 * the asyncio port is compiled when LoopScope is built, so a run does not lex, parse and compile
 * two thousand lines before its first step. Strings go through one table per archive, so each
 * name is read once. Only the constants a compiler emits are written; anything else is refused
 * when the archive is written, never at run time.
 */
public final class CodeArchive {
    private static final int NONE = 0;
    private static final int ELLIPSIS = 1;
    private static final int FALSE = 2;
    private static final int TRUE = 3;
    private static final int INT = 4;
    private static final int BIG_INT = 5;
    private static final int FLOAT = 6;
    private static final int STR = 7;
    private static final int BYTES = 8;
    private static final int TUPLE = 9;
    private static final int CODE = 10;

    private CodeArchive() {
    }

    /** Writes code objects; strings are numbered in order of first use. */
    public static final class Writer {
        private final DataOutput out;
        private final Map<String, Integer> strings = new HashMap<>();

        public Writer(DataOutput out) {
            this.out = out;
        }

        public void code(Code c) throws IOException {
            str(c.name);
            str(c.qualname);
            str(c.fileName);
            out.writeInt(c.firstLine);
            out.writeInt(c.flags);
            out.writeInt(c.argCount);
            out.writeInt(c.posOnlyCount);
            out.writeInt(c.kwOnlyCount);
            strs(c.varNames);
            strs(c.cellVars);
            strs(c.freeVars);
            ints(c.cellFromArg);
            out.writeInt(c.consts.length);
            for (Object k : c.consts) {
                constant(k);
            }
            strs(c.names);
            ints(c.code);
            ints(c.lines);
            ints(c.cols);
            ints(c.handlers);
            out.writeInt(c.stackSize);
            str(c.doc);
        }

        private void constant(Object k) throws IOException {
            if (k == Py.None) {
                out.writeByte(NONE);
            } else if (k == Py.Ellipsis) {
                out.writeByte(ELLIPSIS);
            } else if (k instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (k instanceof Long l) {
                out.writeByte(INT);
                out.writeLong(l);
            } else if (k instanceof BigInteger b) {
                out.writeByte(BIG_INT);
                byte[] bytes = b.toByteArray();
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (k instanceof Double d) {
                out.writeByte(FLOAT);
                out.writeLong(Double.doubleToRawLongBits(d));
            } else if (k instanceof String s) {
                out.writeByte(STR);
                str(s);
            } else if (k instanceof byte[] bytes) {
                out.writeByte(BYTES);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (k instanceof PyTuple t) {
                out.writeByte(TUPLE);
                out.writeInt(t.items.length);
                for (Object item : t.items) {
                    constant(item);
                }
            } else if (k instanceof Code c) {
                out.writeByte(CODE);
                code(c);
            } else {
                throw new IllegalArgumentException("no archive form for a constant of type " + k.getClass().getName());
            }
        }

        private void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(strings.size());
            strings.put(s, strings.size());
            // writeUTF stops at 64 KB; a docstring or literal may not
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        private void strs(String[] a) throws IOException {
            out.writeInt(a.length);
            for (String s : a) {
                str(s);
            }
        }

        private void ints(int[] a) throws IOException {
            out.writeInt(a.length);
            for (int v : a) {
                out.writeInt(v);
            }
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order, from bytes already in memory. */
    public static final class Reader {
        private final ByteBuffer in;
        private final List<String> strings = new ArrayList<>();

        /** Reads from {@code bytes}, starting at {@code offset}. */
        public Reader(byte[] bytes, int offset) {
            this.in = ByteBuffer.wrap(bytes); // big-endian, as DataOutput writes
            in.position(offset);
        }

        public Code code() throws IOException {
            try {
                return readCode();
            } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
                throw new IOException("truncated or damaged code archive", e);
            }
        }

        private Code readCode() throws IOException {
            String name = str();
            String qualname = str();
            String fileName = str();
            int firstLine = in.getInt();
            int flags = in.getInt();
            int argCount = in.getInt();
            int posOnly = in.getInt();
            int kwOnly = in.getInt();
            String[] varNames = strs();
            String[] cellVars = strs();
            String[] freeVars = strs();
            int[] cellFromArg = ints();
            Object[] consts = new Object[in.getInt()];
            for (int i = 0; i < consts.length; i++) {
                consts[i] = constant();
            }
            String[] names = strs();
            int[] code = ints();
            int[] lines = ints();
            int[] cols = ints();
            int[] handlers = ints();
            int stackSize = in.getInt();
            Code c = new Code(name, qualname, fileName, firstLine, flags, argCount, posOnly, kwOnly, varNames,
                    cellVars, freeVars, cellFromArg, consts, names, code, lines, cols, handlers, stackSize);
            c.doc = str();
            return c;
        }

        private Object constant() throws IOException {
            int tag = in.get();
            switch (tag) {
                case NONE:
                    return Py.None;
                case ELLIPSIS:
                    return Py.Ellipsis;
                case FALSE:
                    return Boolean.FALSE;
                case TRUE:
                    return Boolean.TRUE;
                case INT:
                    return in.getLong();
                case BIG_INT:
                    return new BigInteger(bytes());
                case FLOAT:
                    return Double.longBitsToDouble(in.getLong());
                case STR:
                    return str();
                case BYTES:
                    return bytes();
                case TUPLE: {
                    Object[] items = new Object[in.getInt()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = constant();
                    }
                    return PyTuple.of(items);
                }
                case CODE:
                    return readCode();
                default:
                    throw new IOException("unknown constant tag " + tag);
            }
        }

        private String str() {
            int id = in.getInt();
            if (id < 0) {
                return null;
            }
            if (id < strings.size()) {
                return strings.get(id);
            }
            String s = new String(bytes(), StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        private byte[] bytes() {
            byte[] b = new byte[in.getInt()];
            in.get(b);
            return b;
        }

        private String[] strs() {
            String[] a = new String[in.getInt()];
            for (int i = 0; i < a.length; i++) {
                a[i] = str();
            }
            return a;
        }

        private int[] ints() {
            int[] a = new int[in.getInt()];
            // one bulk copy: the instruction arrays are most of an archive
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * a.length);
            return a;
        }
    }
}
