package dev.loopscope.runtime;

/** A function bound to an instance: {@code obj.method}. */
public final class PyBoundMethod extends PyObject implements SpecialAttrs {
    public final Object self;
    public final Object func;

    public PyBoundMethod(Object self, Object func) {
        this.self = self;
        this.func = func;
    }

    @Override
    public PyType type() {
        return func instanceof PyBuiltinFunction ? Builtins.BUILTIN_FUNCTION : Builtins.METHOD;
    }

    @Override
    public Object specialAttr(String attr) {
        switch (attr) {
            case "__self__":
                return self;
            case "__func__":
                return func;
            case "__name__":
                return name();
            case "__qualname__":
                return func instanceof PyFunction f ? f.qualname : name();
            default:
                return func instanceof SpecialAttrs s ? s.specialAttr(attr) : null;
        }
    }

    public String name() {
        return Py.nameOf(func);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBoundMethod m && m.func == func && m.self == self;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + System.identityHashCode(func);
    }
}
