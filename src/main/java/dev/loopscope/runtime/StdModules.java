package dev.loopscope.runtime;

/**
 * Factories for the standard library modules implemented in Java. Each call makes a fresh module
 * object (one per scenario run); the engine caches it in its module table.
 */
public final class StdModules {
    private StdModules() {
    }

    public static final java.util.List<String> NAMES = java.util.List.of("collections", "heapq", "math", "sys",
            "string");

    /** The module called {@code name}, or null when it is not one of the Java-backed modules. */
    public static PyModule create(String name, String scriptName) {
        Builtins.init();
        switch (name) {
            case "collections":
                return collections();
            case "heapq":
                return heapq();
            case "math":
                return math();
            case "sys":
                return sys(scriptName);
            case "string":
                return string();
            default:
                return null;
        }
    }

    public static PyModule collections() {
        return CollectionsModule.create();
    }

    public static PyModule heapq() {
        return HeapqModule.create();
    }

    public static PyModule math() {
        return MathModule.create();
    }

    /** sys, with {@code argv == [scriptName]}. */
    public static PyModule sys(String scriptName) {
        return SysModule.create(scriptName);
    }

    public static PyModule string() {
        return StringModule.create();
    }
}
