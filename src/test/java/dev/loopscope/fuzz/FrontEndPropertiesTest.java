package dev.loopscope.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever text a learner pastes, the tokenizer, parser, compiler and a short engine run answer
 * with a run or a diagnostic: no exception escapes and nothing hangs. Programs that once broke
 * this live in src/test/resources/fuzz-corpus/ ({@link FuzzCorpusTest}). Tries are few so
 * {@code mvn verify} stays quick; {@code -Djqwik.tries.default=N} explores further.
 */
class FrontEndPropertiesTest {
    /** A try that takes longer than this is a hang (real scenarios take milliseconds). */
    static final long TIMEOUT_MS = 10_000;

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void tokenSoupRunsOrIsRefused(@ForAll("soups") String program) {
        assertTrue(BoundedRun.of(program, TIMEOUT_MS) != null);
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void grammarProgramRunsOrIsRefused(@ForAll("grammar") String program) {
        assertTrue(BoundedRun.of(program, TIMEOUT_MS) != null);
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void mutatedScenarioRunsOrIsRefused(@ForAll("mutants") String program) {
        assertTrue(BoundedRun.of(program, TIMEOUT_MS) != null);
    }

    @Provide
    Arbitrary<String> soups() {
        return Programs.tokenSoup();
    }

    @Provide
    Arbitrary<String> grammar() {
        return Programs.grammarProgram();
    }

    @Provide
    Arbitrary<String> mutants() {
        return Programs.mutant();
    }
}
