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
        StrMethods.install();
        ListMethods.install();
        RangeMethods.install();
        SetMethods.install();
        NumberMethods.install();
        IterTypes.install();
        IterationFunctions.install();
        PyStdStream.install();
        ExceptionMethods.install();
        BytesMethods.install();
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
