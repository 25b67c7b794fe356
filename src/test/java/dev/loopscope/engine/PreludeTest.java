package dev.loopscope.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.loopscope.lang.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LoopScope's own Python (the asyncio port and the aiohttp model) compiles with its own compiler. */
class PreludeTest {
    @ParameterizedTest
    @ValueSource(strings = {"asyncio.py", "aiohttp.py"})
    void preludeCompiles(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/loopscope/modules/" + file)) {
            assertNotNull(in, file);
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertNotNull(Compiler.compilePrelude(file, source));
        }
    }
}
