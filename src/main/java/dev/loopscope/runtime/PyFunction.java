package dev.loopscope.runtime;

import dev.loopscope.lang.Code;

import java.util.HashMap;
import java.util.Map;

/** A function defined in the scenario (or in LoopScope's Python prelude). */
public final class PyFunction extends PyObject implements SpecialAttrs {
    public final Code code;
    public final Map<String, Object> globals;
    public Object[] defaults;
    public Map<String, Object> kwDefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    /** __annotations__, made at def time; null until asked for when there were none. */
    public PyDict annotations;
    private Map<String, Object> dict;
    public final String module;

    public PyFunction(Code code, Map<String, Object> globals, Object[] defaults, Map<String, Object> kwDefaults,
                      PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        Object m = globals.get("__name__");
        this.module = m instanceof String s ? s : "__main__";
    }

    @Override
    public PyType type() {
        return Builtins.FUNCTION;
    }

    @Override
    public Object specialAttr(String attr) {
        switch (attr) {
            case "__name__":
                return name;
            case "__qualname__":
                return qualname;
            case "__module__":
                return module;
            case "__doc__":
                return code.doc == null ? Py.None : code.doc;
            case "__annotations__":
                if (annotations == null) {
                    annotations = new PyDict();
                }
                return annotations;
            case "__defaults__":
                return defaults == null ? Py.None : PyTuple.of(defaults);
            case "__globals__":
                // LoopScope's own Python (the asyncio port) keeps its namespace, the Java core included, to itself
                return code.isPrelude() ? null : new PyModule("__globals__", globals);
            default:
                return null;
        }
    }

    @Override
    public boolean setSpecialAttr(String attr, Object value) {
        switch (attr) {
            case "__name__":
                name = Py.str(value);
                return true;
            case "__qualname__":
                qualname = Py.str(value);
                return true;
            default:
                return false;
        }
    }

    @Override
    public Map<String, Object> dict() {
        if (dict == null) {
            dict = new HashMap<>();
        }
        return dict;
    }
}
