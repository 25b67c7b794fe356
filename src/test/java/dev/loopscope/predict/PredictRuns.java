package dev.loopscope.predict;

import dev.loopscope.engine.Engine;
import dev.loopscope.trace.RecordedRun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real recorded runs for the predict tests: lessons shipped in the app and test scenarios. */
final class PredictRuns {
    private PredictRuns() {
    }

    /** A lesson shipped in the app (assets/scenarios, in the jar at dev/loopscope/examples/). */
    static RecordedRun lesson(String name) {
        try (InputStream in = PredictRuns.class.getResourceAsStream("/dev/loopscope/examples/" + name)) {
            return Engine.run(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scenario of src/test/resources/scenarios. */
    static RecordedRun scenario(String name) {
        try {
            return Engine.run(name, Files.readString(Path.of("src/test/resources/scenarios", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordedRun run(String... lines) {
        return Engine.run("test.py", String.join("\n", lines) + "\n");
    }
}
