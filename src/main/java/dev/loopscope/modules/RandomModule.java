package dev.loopscope.modules;

import dev.loopscope.runtime.Args;
import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyList;
import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.PyRandom;
import dev.loopscope.runtime.PyTuple;

import java.util.List;

/** The {@code random} module: CPython's Mersenne Twister, seeded with 0 at program start. */
public final class RandomModule {
    private RandomModule() {
    }

    public static PyModule create() {
        PyRandom r = new PyRandom(0L);
        PyModule m = new PyModule("random");
        m.def("seed", (a, kw) -> {
            r.seed(a.length == 0 ? Py.None : a[0]);
            return Py.None;
        });
        m.def("random", (a, kw) -> r.random());
        m.def("uniform", (a, kw) -> r.uniform(Py.toDouble(a[0]), Py.toDouble(a[1])));
        m.def("randint", (a, kw) -> {
            Args.positional("randint", a, kw, 2, 2);
            return r.randint(a[0], a[1]);
        });
        m.def("randrange", (a, kw) -> {
            Object[] b = Args.bind("randrange", a, kw, new String[]{"start", "stop", "step"}, 1);
            if (b[1] == Args.MISSING || b[1] == Py.None) {
                return r.randrange(b[0]);
            }
            if (b[2] == Args.MISSING) {
                return r.randrange(b[0], b[1]);
            }
            return r.randrange(b[0], b[1], b[2]);
        });
        m.def("getrandbits", (a, kw) -> r.getrandbits(Py.index(a[0])));
        m.def("choice", (a, kw) -> {
            List<Object> seq = Py.toList(a[0]);
            if (seq.isEmpty()) {
                throw Py.raise(Builtins.INDEX_ERROR, "Cannot choose from an empty sequence");
            }
            return r.choice(seq);
        });
        m.def("shuffle", (a, kw) -> {
            if (!(a[0] instanceof PyList l)) {
                throw Py.typeError("'" + Py.typeName(a[0]) + "' object does not support item assignment");
            }
            r.shuffle(l.items);
            return Py.None;
        });
        m.def("sample", (a, kw) -> {
            Object[] b = Args.bind("sample", a, kw, new String[]{"population", "k", "*counts"}, 2);
            if (b[0] instanceof dev.loopscope.runtime.PySet) {
                throw Py.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            return new PyList(r.sample(Py.toList(b[0]), Py.index(b[1])));
        });
        m.def("choices", (a, kw) -> {
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
        m.def("gauss", (a, kw) -> r.gauss(a.length > 0 ? Py.toDouble(a[0]) : 0.0, a.length > 1 ? Py.toDouble(a[1])
                : 1.0));
        m.def("normalvariate", (a, kw) -> r.normalvariate(a.length > 0 ? Py.toDouble(a[0]) : 0.0,
                a.length > 1 ? Py.toDouble(a[1]) : 1.0));
        m.def("expovariate", (a, kw) -> r.expovariate(Py.toDouble(a[0])));
        m.def("triangular", (a, kw) -> r.triangular(a.length > 0 ? Py.toDouble(a[0]) : 0.0,
                a.length > 1 ? Py.toDouble(a[1]) : 1.0, a.length > 2 && a[2] != Py.None ? Py.toDouble(a[2]) : null));
        m.def("betavariate", (a, kw) -> r.betavariate(Py.toDouble(a[0]), Py.toDouble(a[1])));
        m.def("lognormvariate", (a, kw) -> r.lognormvariate(Py.toDouble(a[0]), Py.toDouble(a[1])));
        m.def("getstate", (a, kw) -> PyTuple.EMPTY);
        return m;
    }
}
