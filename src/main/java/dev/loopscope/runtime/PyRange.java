package dev.loopscope.runtime;

public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return Builtins.RANGE;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    public PyIter iterator() {
        return new PyIter() {
            long next = start;

            @Override
            public Object next() {
                if (step > 0 ? next < stop : next > stop) {
                    long v = next;
                    next += step;
                    return v;
                }
                return null;
            }
        };
    }
}
