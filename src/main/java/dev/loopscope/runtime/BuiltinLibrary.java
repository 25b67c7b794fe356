package dev.loopscope.runtime;

import java.util.Map;

/**
 * Installs the builtin functions into {@link Builtins#NAMES} and the methods of the builtin types
 * into their dicts. Each family lives in its own class; this one only wires them.
 */
final class BuiltinLibrary {
    private BuiltinLibrary() {
    }

    static void install() {
        ObjectMethods.install();
        CoreFunctions.install();
        TypeConstructors.install();
        NumericFunctions.install();
        DictMethods.install();
        onFirstUse(StrMethods::install, Builtins.STR);
        ListMethods.install();
        onFirstUse(RangeMethods::install, Builtins.RANGE);
        onFirstUse(SetMethods::install, Builtins.SET, Builtins.FROZENSET);
        onFirstUse(NumberMethods::install, Builtins.INT, Builtins.BOOL, Builtins.FLOAT);
        IterTypes.install();
        IterationFunctions.install();
        onFirstUse(PyStdStream::install, PyStdStream.TYPE);
        ExceptionMethods.install();
        BytesMethods.install();
    }

    /**
     * Installs a family of methods when the dict of any of its types is first used, once, whichever
     * thread comes first: another waits until the family is whole.
     */
    static void onFirstUse(Runnable install, PyType... types) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (done) {
                    return; // the installing thread itself, reading a dict meanwhile
                }
                done = true;
                try {
                    install.run();
                } finally {
                    for (PyType t : types) {
                        t.installed();
                    }
                }
            }
        };
        for (PyType t : types) {
            t.installOnFirstUse(once);
        }
    }

    static void def(String name, PyBuiltinFunction.Body body) {
        Builtins.NAMES.put(name, new PyBuiltinFunction(name, body));
    }

    static void method(PyType type, String name, PyBuiltinFunction.Body body) {
        type.put(name, new PyBuiltinFunction(name, body, type));
    }

    static void constructor(PyType type, PyBuiltinFunction.Body body) {
        Builtins.CONSTRUCTORS.put(type, body);
    }

    static Map<String, Object> names() {
        return Builtins.NAMES;
    }
}
