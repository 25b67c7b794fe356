package dev.loopscope.runtime;

import java.util.HashMap;
import java.util.Map;

public final class PyModule extends PyObject {
    public final String name;
    public final Map<String, Object> globals;

    public PyModule(String name) {
        this(name, new HashMap<>());
    }

    public PyModule(String name, Map<String, Object> globals) {
        this.name = name;
        this.globals = globals;
        globals.putIfAbsent("__name__", name);
    }

    @Override
    public PyType type() {
        return Builtins.MODULE;
    }

    @Override
    public Map<String, Object> dict() {
        return globals;
    }

    /** Adds a builtin function under its own name. */
    public PyModule def(String fname, PyBuiltinFunction.Body body) {
        globals.put(fname, new PyBuiltinFunction(fname, body));
        return this;
    }

    public PyModule set(String attr, Object value) {
        globals.put(attr, value);
        return this;
    }
}
