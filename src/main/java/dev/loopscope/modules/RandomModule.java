package dev.loopscope.modules;

import dev.loopscope.runtime.Args;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyList;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.PyRandom;
import dev.loopscope.runtime.PyTuple;

import dev.loopscope.runtime.PyBuiltinFunction;
import dev.loopscope.runtime.PyInstance;
import dev.loopscope.runtime.PyType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code random} module: CPython's Mersenne Twister, seeded with 0 at program start. */
public final class RandomModule {
    private RandomModule() {
    }

    /** A function of the random module, on whichever generator it is called for. */
    private interface Impl {
        Object call(PyRandom r, Object[] a, String[] kw);
    }

    private static final Map<String, Impl> IMPLS = new LinkedHashMap<>();

    /** random.Random: an instance carries its own generator. */
    static final class RandomObject extends PyInstance {
        PyRandom rng = new PyRandom(0L);

        RandomObject(PyType type) {
            super(type);
        }
    }

    static final PyType RANDOM = PyType.builtin("Random", Builtins.OBJECT).withAllocator(RandomObject::new);

    static {
        RANDOM.put("__module__", "random");
        RANDOM.put("__init__", new PyBuiltinFunction("__init__", (a, kw) -> {
            ((RandomObject) a[0]).rng = new PyRandom(a.length > 1 && a[1] != Py.None ? a[1] : 0L);
            return Py.None;
        }, RANDOM));
        IMPLS.put("seed", (r, a, kw) -> {
            r.seed(a.length == 0 ? Py.None : a[0]);
            return Py.None;
        });
        IMPLS.put("random", (r, a, kw) -> r.random());
        IMPLS.put("uniform", (r, a, kw) -> r.uniform(Py.toDouble(a[0]), Py.toDouble(a[1])));
        IMPLS.put("randint", (r, a, kw) -> {
            Args.positional("randint", a, kw, 2, 2);
            return r.randint(a[0], a[1]);
        });
        IMPLS.put("randrange", (r, a, kw) -> {
            Object[] b = Args.bind("randrange", a, kw, new String[]{"start", "stop", "step"}, 1);
            if (b[1] == Args.MISSING || b[1] == Py.None) {
                return r.randrange(b[0]);
            }
            if (b[2] == Args.MISSING) {
                return r.randrange(b[0], b[1]);
            }
            return r.randrange(b[0], b[1], b[2]);
        });
        IMPLS.put("getrandbits", (r, a, kw) -> r.getrandbits(Py.index(a[0])));
        IMPLS.put("choice", (r, a, kw) -> {
            List<Object> seq = Py.toList(a[0]);
            if (seq.isEmpty()) {
                throw Py.raise(Builtins.INDEX_ERROR, "Cannot choose from an empty sequence");
            }
            return r.choice(seq);
        });
        IMPLS.put("shuffle", (r, a, kw) -> {
            if (!(a[0] instanceof PyList l)) {
                throw Py.typeError("'" + Py.typeName(a[0]) + "' object does not support item assignment");
            }
            r.shuffle(l.items);
            return Py.None;
        });
        IMPLS.put("sample", (r, a, kw) -> {
            Object[] b = Args.bind("sample", a, kw, new String[]{"population", "k", "*counts"}, 2);
            if (b[0] instanceof dev.loopscope.runtime.PySet) {
                throw Py.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            return new PyList(r.sample(Py.toList(b[0]), Py.index(b[1])));
        });
        IMPLS.put("choices", (r, a, kw) -> {
            Object[] b = Args.bind("choices", a, kw, new String[]{"population", "weights", "*cum_weights", "*k"}, 1);
            Object w = Args.or(b[1], Py.None);
            double[] weights = null;
            if (w != Py.None) {
                List<Object> ws = Py.toList(w);
                weights = new double[ws.size()];
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = Py.toDouble(ws.get(i));
                }
            }
            long k = Py.index(Args.or(b[3], 1L));
            return new PyList(r.choices(Py.toList(b[0]), weights, k));
        });
        IMPLS.put("gauss", (r, a, kw) -> r.gauss(a.length > 0 ? Py.toDouble(a[0]) : 0.0, a.length > 1 ? Py.toDouble(a[1])
                : 1.0));
        IMPLS.put("normalvariate", (r, a, kw) -> r.normalvariate(a.length > 0 ? Py.toDouble(a[0]) : 0.0,
                a.length > 1 ? Py.toDouble(a[1]) : 1.0));
        IMPLS.put("expovariate", (r, a, kw) -> r.expovariate(Py.toDouble(a[0])));
        IMPLS.put("triangular", (r, a, kw) -> r.triangular(a.length > 0 ? Py.toDouble(a[0]) : 0.0,
                a.length > 1 ? Py.toDouble(a[1]) : 1.0, a.length > 2 && a[2] != Py.None ? Py.toDouble(a[2]) : null));
        IMPLS.put("betavariate", (r, a, kw) -> r.betavariate(Py.toDouble(a[0]), Py.toDouble(a[1])));
        IMPLS.put("lognormvariate", (r, a, kw) -> r.lognormvariate(Py.toDouble(a[0]), Py.toDouble(a[1])));
        IMPLS.put("getstate", (r, a, kw) -> PyTuple.EMPTY);
        for (Map.Entry<String, Impl> e : IMPLS.entrySet()) {
            Impl impl = e.getValue();
            RANDOM.put(e.getKey(), new PyBuiltinFunction(e.getKey(), (a, kw) ->
                    impl.call(((RandomObject) a[0]).rng, Arrays.copyOfRange(a, 1, a.length), kw), RANDOM));
        }
    }

    public static PyModule create() {
        PyRandom r = new PyRandom(0L);
        PyModule m = new PyModule("random");
        for (Map.Entry<String, Impl> e : IMPLS.entrySet()) {
            Impl impl = e.getValue();
            m.def(e.getKey(), (a, kw) -> impl.call(r, a, kw));
        }
        m.set("Random", RANDOM);
        return m;
    }
}
