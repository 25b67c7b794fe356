package dev.loopscope.runtime;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** hash() and id() with CPython's values where they are deterministic (numbers, tuples of them). */
final class Hashing {
    private Hashing() {
    }

    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    static long hashInt(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Long l) {
            long v = l;
            long h;
            if (v >= 0) {
                h = v % MODULUS;
            } else if (v == Long.MIN_VALUE) {
                h = -BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue();
            } else {
                h = -((-v) % MODULUS);
            }
            return h == -1 ? -2 : h;
        }
        BigInteger b = (BigInteger) o;
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble. */
    static long hashFloat(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashInt((long) v);
        }
        int e = Math.getExponent(v) + 1;
        double m = Math.abs(v) / Math.scalb(1.0, e);
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            // subnormal: frexp semantics
            long bits = Double.doubleToRawLongBits(Math.abs(v));
            e = (63 - Long.numberOfLeadingZeros(bits)) - 1073;
            m = Math.abs(v) / Math.scalb(1.0, e);
        }
        long sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static final long XXPRIME_1 = -7046029288634856825L;
    private static final long XXPRIME_2 = -4417276706812531889L;
    private static final long XXPRIME_5 = 2870177450012600261L;

    static long hashTuple(Object[] items) {
        long acc = XXPRIME_5;
        for (Object o : items) {
            long lane = hash(o);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** The builtin hash(). */
    static long hash(Object o) {
        if (o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            return hashInt(o);
        }
        if (o instanceof Double d) {
            return hashFloat(d);
        }
        if (o instanceof PyTuple t) {
            return hashTuple(t.items);
        }
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof PySet s && s.frozen) {
            return s.frozenHash();
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw Py.typeError("unhashable type: '" + Py.typeName(o) + "'");
        }
        if (o instanceof PyInstance || o instanceof PyType) {
            Object h = Py.typeOf(o).lookup("__hash__");
            if (h == Py.None) {
                throw Py.typeError("unhashable type: '" + Py.typeName(o) + "'");
            }
            if (h != null && !(h instanceof PyBuiltinFunction && ((PyBuiltinFunction) h).owner == Builtins.OBJECT)) {
                Object r = Py.call(Py.lookupSpecial(o, "__hash__"), new Object[0], null);
                if (!Py.isInt(r)) {
                    throw Py.typeError("__hash__ method should return an integer");
                }
                if (h instanceof PyBuiltinFunction && r instanceof Long l) {
                    return l;
                }
                return hashInt(r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r);
            }
            if (o instanceof PyInstance pi) {
                Py.hashOfInstance(pi);
            }
            return identityHash(o);
        }
        if (o instanceof PySingleton) {
            // None, Ellipsis, NotImplemented: CPython hashes their addresses; any fixed value will do,
            // but it must not depend on the run (frozenset constants are hashed at compile time).
            return SINGLETON_HASH_BASE + (o.toString().hashCode() & 0xffffL);
        }
        if (o instanceof PyObject && !OVERRIDES_HASH_CODE.get(o.getClass())) {
            Object h = Py.typeOf(o).lookup("__hash__");
            if (h == Py.None) {
                throw Py.typeError("unhashable type: '" + Py.typeName(o) + "'");
            }
            if (h instanceof PyBuiltinFunction f && f.owner != Builtins.OBJECT) {
                Object r = Py.call(Py.lookupSpecial(o, "__hash__"), new Object[0], null);
                if (r instanceof Long l) {
                    return l;
                }
            }
            return identityHash(o);
        }
        return o.hashCode();
    }

    private static final long SINGLETON_HASH_BASE = 0x7f5a3b000000L >> 4;

    /** Whether a Java class has its own hashCode (else Java's is the random identity hash). */
    private static final ClassValue<Boolean> OVERRIDES_HASH_CODE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("hashCode").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    static long identityHash(Object o) {
        return id(o) >> 4;
    }

    private static final class Ids {
        Object vm;
        final IdentityHashMap<Object, Long> objects = new IdentityHashMap<>();
        final Map<Object, Long> values = new HashMap<>();
        long next = 0x7f5a3c000000L;
    }

    private static final ThreadLocal<Ids> IDS = ThreadLocal.withInitial(Ids::new);

    /** id(): increasing numbers allocated on first use, so a program sees the same ids every run. */
    static long id(Object o) {
        Ids ids = IDS.get();
        Object vm;
        try {
            vm = Py.vm();
        } catch (IllegalStateException e) {
            vm = null;
        }
        if (ids.vm != vm) {
            ids = new Ids();
            ids.vm = vm;
            IDS.set(ids);
        }
        boolean value = o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean
                || o instanceof BigInteger;
        Map<Object, Long> m = value ? ids.values : ids.objects;
        Object key = value ? java.util.List.of(o.getClass(), o) : o;
        Long v = m.get(key);
        if (v == null) {
            v = ids.next;
            ids.next += 48;
            m.put(key, v);
        }
        return v;
    }
}
