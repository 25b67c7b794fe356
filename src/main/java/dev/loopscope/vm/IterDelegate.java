package dev.loopscope.vm;

import dev.loopscope.runtime.Builtins;
import dev.loopscope.runtime.Delegate;
import dev.loopscope.runtime.Py;
import dev.loopscope.runtime.PyException;

/** An await or yield from driving an iterator written in Python (its __next__/send/throw). */
final class IterDelegate implements Delegate {
    private final Object it;
    private boolean finished;

    IterDelegate(Object it) {
        this.it = it;
    }

    @Override
    public Object send(Object value) {
        Object m = value == Py.None ? Py.getAttrOrNull(it, "__next__") : Py.getAttrOrNull(it, "send");
        if (m == null) {
            throw Py.attributeError(it, value == Py.None ? "__next__" : "send");
        }
        return step(() -> Py.call(m, value == Py.None ? new Object[0] : new Object[]{value}, null));
    }

    @Override
    public Object throwIn(PyException e) {
        Object m = Py.getAttrOrNull(it, "throw");
        if (m == null) {
            finished = true;
            throw e;
        }
        return step(() -> Py.call(m, new Object[]{e.exc}, null));
    }

    private Object step(java.util.function.Supplier<Object> body) {
        try {
            Object r = body.get();
            finished = false;
            return r;
        } catch (PyException e) {
            if (e.exc.type().isSubtypeOf(Builtins.STOP_ITERATION)) {
                finished = true;
                return e.exc.specialAttr("value");
            }
            finished = true;
            throw e;
        }
    }

    @Override
    public boolean finished() {
        return finished;
    }
}
