package dev.loopscope.runtime;

public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return Builtins.SLICE;
    }

    /** CPython's PySlice_Unpack + AdjustIndices: {start, stop, step, length}. */
    public long[] indices(long length) {
        long st = step == Py.None ? 1 : Py.index(step);
        if (st == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s;
        if (start == Py.None) {
            s = st < 0 ? upper : lower;
        } else {
            s = Py.index(start);
            if (s < 0) {
                s += length;
                if (s < lower) {
                    s = lower;
                }
            } else if (s > upper) {
                s = upper;
            }
        }
        long e;
        if (stop == Py.None) {
            e = st < 0 ? lower : upper;
        } else {
            e = Py.index(stop);
            if (e < 0) {
                e += length;
                if (e < lower) {
                    e = lower;
                }
            } else if (e > upper) {
                e = upper;
            }
        }
        long n;
        if (st < 0) {
            n = e < s ? (s - e - 1) / (-st) + 1 : 0;
        } else {
            n = s < e ? (e - s - 1) / st + 1 : 0;
        }
        return new long[]{s, e, st, n};
    }
}
