package dev.loopscope.engine;

import dev.loopscope.diag.Diagnostic;

/**
 * The one door into the core: scenario source in, a diagnostic or a recorded run out.
 * (Stub: the real implementation lands with the VM.)
 */
public final class Engine {
    private Engine() {
    }

    /**
     * Runs a scenario and returns its loop trace (TRACE.md), ending in a newline.
     *
     * @param fileName the scenario's base name, used in diagnostics and {@code __file__}
     * @throws Diagnostic.Failure when the scenario does not parse or uses unsupported Python
     */
    public static String loopTrace(String fileName, String source) {
        throw new UnsupportedOperationException("engine not written yet");
    }
}
