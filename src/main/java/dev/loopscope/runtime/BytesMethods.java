package dev.loopscope.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** bytes (a Java byte[]): repr, decode, indexing, iteration and the operators tutorials use. */
final class BytesMethods {
    private BytesMethods() {
    }

    static String repr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    private static byte[] self(Object[] a) {
        return (byte[]) a[0];
    }

    static void install() {
        PyType t = Builtins.BYTES;
        BuiltinLibrary.method(t, "__repr__", (a, kw) -> repr(self(a)));
        BuiltinLibrary.method(t, "__str__", (a, kw) -> repr(self(a)));
        BuiltinLibrary.method(t, "__len__", (a, kw) -> (long) self(a).length);
        BuiltinLibrary.method(t, "__hash__", (a, kw) -> (long) Arrays.hashCode(self(a)));
        BuiltinLibrary.method(t, "__iter__", (a, kw) -> {
            byte[] b = self(a);
            return new PyIter() {
                int i;

                @Override
                public Object next() {
                    return i < b.length ? (Object) (long) (b[i++] & 0xff) : null;
                }
            };
        });
        BuiltinLibrary.method(t, "__getitem__", (a, kw) -> {
            byte[] b = self(a);
            if (a[1] instanceof PySlice s) {
                long[] idx = s.indices(b.length);
                byte[] out = new byte[(int) idx[3]];
                for (int i = 0; i < out.length; i++) {
                    out[i] = b[(int) (idx[0] + i * idx[2])];
                }
                return out;
            }
            return (long) (b[Sequences.index(a[1], b.length, "index")] & 0xff);
        });
        BuiltinLibrary.method(t, "__contains__", (a, kw) -> {
            byte[] b = self(a);
            if (Py.isInt(a[1])) {
                long v = Py.index(a[1]);
                if (v < 0 || v > 255) {
                    throw Py.valueError("byte must be in range(0, 256)");
                }
                for (byte x : b) {
                    if ((x & 0xff) == v) {
                        return true;
                    }
                }
                return false;
            }
            if (!(a[1] instanceof byte[] sub)) {
                throw Py.typeError("a bytes-like object is required, not '" + Py.typeName(a[1]) + "'");
            }
            return new String(b, StandardCharsets.ISO_8859_1).contains(new String(sub, StandardCharsets.ISO_8859_1));
        });
        BuiltinLibrary.method(t, "__eq__", (a, kw) -> a[1] instanceof byte[] o ? Arrays.equals(self(a), o)
                : Py.NotImplemented);
        BuiltinLibrary.method(t, "__add__", (a, kw) -> {
            if (!(a[1] instanceof byte[] o)) {
                throw Py.typeError("can't concat " + Py.typeName(a[1]) + " to bytes");
            }
            byte[] b = self(a);
            byte[] out = Arrays.copyOf(b, b.length + o.length);
            System.arraycopy(o, 0, out, b.length, o.length);
            return out;
        });
        BuiltinLibrary.method(t, "decode", (a, kw) -> {
            Object[] b = Args.bind("decode", a, kw, new String[]{"self", "encoding", "errors"}, 1);
            String enc = Py.str(Args.or(b[1], "utf-8")).toLowerCase().replace('_', '-');
            byte[] data = self(a);
            try {
                if (enc.equals("ascii")) {
                    return StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(data)).toString();
                }
                if (enc.equals("latin-1") || enc.equals("latin1") || enc.equals("iso-8859-1")) {
                    return new String(data, StandardCharsets.ISO_8859_1);
                }
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            } catch (CharacterCodingException e) {
                throw Py.raise(Builtins.UNICODE_DECODE_ERROR, "'" + (enc.equals("ascii") ? "ascii" : "utf-8")
                        + "' codec can't decode bytes");
            }
        });
        BuiltinLibrary.method(t, "hex", (a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : self(a)) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return sb.toString();
        });
        BuiltinLibrary.constructor(t, (a, kw) -> {
            if (a.length == 0) {
                return new byte[0];
            }
            if (a[0] instanceof String s) {
                if (a.length < 2) {
                    throw Py.typeError("string argument without an encoding");
                }
                return s.getBytes(StandardCharsets.UTF_8);
            }
            if (Py.isInt(a[0])) {
                return new byte[(int) Py.index(a[0])];
            }
            java.util.List<Object> items = Py.toList(a[0]);
            byte[] out = new byte[items.size()];
            for (int i = 0; i < out.length; i++) {
                long v = Py.index(items.get(i));
                if (v < 0 || v > 255) {
                    throw Py.valueError("bytes must be in range(0, 256)");
                }
                out[i] = (byte) v;
            }
            return out;
        });
    }
}
