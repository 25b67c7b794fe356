package dev.loopscope.cli;

import dev.loopscope.engine.Engine;
import dev.loopscope.examples.Examples;

/**
 * Runs the shipped examples, their traces thrown away, in the command that writes the class
 * archive: the archive keeps only the classes its writer loaded, so a first command that never
 * imported asyncio (a one-line print, a usage error) would leave every later scenario loading and
 * verifying hundreds of classes from the jar (measured: an asyncio one-liner 0.18 s instead of
 * 0.14 s). Costs that one command a few hundred milliseconds, after its output.
 */
public final class ArchiveWarmUp {
    /** Set by {@link TunedVm} on the JVM that writes the archive. */
    static final String PROPERTY = "loopscope.archive.warmup";

    private ArchiveWarmUp() {
    }

    /** In the JVM that writes the archive: runs the examples. Call after the command's output is flushed. */
    public static void runIfWanted() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        for (Examples.Example e : Examples.all()) {
            try {
                Engine.loopTrace(e.name(), e.text());
            } catch (RuntimeException | StackOverflowError ignored) {
                // a warm-up: whatever an example does, the command's own work is already done
            }
        }
    }
}
