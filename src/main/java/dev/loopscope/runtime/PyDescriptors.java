package dev.loopscope.runtime;

/** property, classmethod and staticmethod. */
public final class PyDescriptors {
    private PyDescriptors() {
    }

    public static final class Property extends PyObject {
        public final Object fget;
        public final Object fset;
        public final Object fdel;
        public final Object doc;

        public Property(Object fget, Object fset, Object fdel, Object doc) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public PyType type() {
            return Builtins.PROPERTY;
        }
    }

    public static final class ClassMethod extends PyObject {
        public final Object func;

        public ClassMethod(Object func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return Builtins.CLASSMETHOD;
        }
    }

    public static final class StaticMethod extends PyObject {
        public final Object func;

        public StaticMethod(Object func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return Builtins.STATICMETHOD;
        }
    }
}
