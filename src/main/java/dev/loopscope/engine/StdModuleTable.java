package dev.loopscope.engine;

import dev.loopscope.runtime.PyModule;

/** The standard modules written in Java (sys, collections, heapq, math, string, typing). */
final class StdModuleTable {
    private StdModuleTable() {
    }

    static PyModule create(String name, String scenarioFile) {
        return null;
    }
}
