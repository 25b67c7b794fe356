package dev.loopscope.engine;

import dev.loopscope.runtime.PyModule;
import dev.loopscope.runtime.StdModules;

/** The standard modules written in Java: sys, collections, heapq, math, string, and typing's names. */
final class StdModuleTable {
    private StdModuleTable() {
    }

    static PyModule create(String name, String scenarioFile) {
        if (name.equals("typing")) {
            return TypingModule.create();
        }
        return StdModules.create(name, scenarioFile);
    }
}
