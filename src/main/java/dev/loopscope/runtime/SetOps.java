package dev.loopscope.runtime;

/** Set algebra for the | & - ^ operators and subset comparisons. */
final class SetOps {
    private SetOps() {
    }

    static Object binary(int op, PySet a, PySet b) {
        PySet r = new PySet(a.frozen);
        switch (op) {
            case Ops.OR:
                a.items().forEach(r::add);
                b.items().forEach(r::add);
                return r;
            case Ops.AND:
                for (Object v : a.items()) {
                    if (b.contains(v)) {
                        r.add(v);
                    }
                }
                return r;
            case Ops.SUB:
                for (Object v : a.items()) {
                    if (!b.contains(v)) {
                        r.add(v);
                    }
                }
                return r;
            case Ops.XOR:
                for (Object v : a.items()) {
                    if (!b.contains(v)) {
                        r.add(v);
                    }
                }
                for (Object v : b.items()) {
                    if (!a.contains(v)) {
                        r.add(v);
                    }
                }
                return r;
            default:
                return null;
        }
    }

    static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object v : a.items()) {
            if (!b.contains(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean compare(PySet a, PySet b, int op) {
        switch (op) {
            case Ops.LE:
                return subset(a, b);
            case Ops.LT:
                return a.size() < b.size() && subset(a, b);
            case Ops.GE:
                return subset(b, a);
            default:
                return b.size() < a.size() && subset(b, a);
        }
    }
}
