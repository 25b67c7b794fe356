package dev.loopscope;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void theWindowOpensWithoutArgumentsOrWithOneExistingScenario() throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.py"), "pass\n");
        assertTrue(Main.opensWindow(new String[0]));
        assertTrue(Main.opensWindow(new String[] {scenario.toString()}));
    }

    @Test
    void everythingElseGoesToTheCommandLine() throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.py"), "pass\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "x\n");
        assertFalse(Main.opensWindow(new String[] {"trace", scenario.toString()}));
        assertFalse(Main.opensWindow(new String[] {"--help"}));
        assertFalse(Main.opensWindow(new String[] {"--version"}));
        assertFalse(Main.opensWindow(new String[] {dir.resolve("missing.py").toString()}));
        assertFalse(Main.opensWindow(new String[] {text.toString()}));
        assertFalse(Main.opensWindow(new String[] {dir.toString()}));
        assertFalse(Main.opensWindow(new String[] {scenario.toString(), scenario.toString()}));
    }
}
