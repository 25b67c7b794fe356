package dev.loopscope.runtime;

/** Set algebra for the | & - ^ operators (and their in-place forms) and subset comparisons. */
final class SetOps {
    private SetOps() {
    }

    /** set_or, set_and, set_sub, set_xor: the result has the left operand's kind. */
    static Object binary(int op, PySet a, PySet b) {
        switch (op) {
            case Ops.OR:
                return a.union(b);
            case Ops.AND:
                return a.intersection(b);
            case Ops.SUB:
                return a.difference(b);
            case Ops.XOR:
                return a.symmetricDifference(b);
            default:
                return null;
        }
    }

    /** set_ior, set_iand, set_isub, set_ixor on a mutable set: {@code s}, updated, or null. */
    static Object inplace(int op, PySet s, PySet b) {
        switch (op) {
            case Ops.OR:
                s.updateInternal(b);
                return s;
            case Ops.AND:
                s.takeBody(s.intersection(b));
                return s;
            case Ops.SUB:
                s.differenceUpdate(b);
                return s;
            case Ops.XOR:
                s.symmetricDifferenceUpdate(b);
                return s;
            default:
                return null;
        }
    }

    static boolean subset(PySet a, PySet b) {
        return a.isSubset(b);
    }

    static boolean compare(PySet a, PySet b, int op) {
        switch (op) {
            case Ops.LE:
                return a.isSubset(b);
            case Ops.LT:
                return a.size() < b.size() && a.isSubset(b);
            case Ops.GE:
                return b.isSubset(a);
            default:
                return b.size() < a.size() && b.isSubset(a);
        }
    }
}
