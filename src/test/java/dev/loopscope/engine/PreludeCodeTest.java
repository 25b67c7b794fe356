package dev.loopscope.engine;

import dev.loopscope.lang.Code;
import dev.loopscope.lang.CodeArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The build's compiled prelude is exactly what compiling the shipped source gives, and a stale one is never used. */
class PreludeCodeTest {
    static Stream<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("src/main/resources/dev/loopscope/modules"))) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theBuildArchivedEveryModuleAsItsSourceCompiles(String name) throws IOException {
        byte[] source = PreludeCode.resource(name + ".py");
        byte[] archived = PreludeCode.resource(name + ".lsc");
        assertNotNull(archived, name + ".lsc is missing: the build's process-classes step did not run");
        Code fresh = PreludeCode.compile(name, source);
        assertArrayEquals(PreludeCode.write(fresh, source), archived);
        // and what a run reads back writes the same bytes again: nothing is lost in between
        assertArrayEquals(archived, PreludeCode.write(PreludeCode.load(name), source));
    }

    @Test
    void aRunReadsTheArchiveInsteadOfCompiling() {
        Code a = PreludeCode.load("asyncio");
        Code b = PreludeCode.load("asyncio");
        assertNotSame(a, b);
        assertEquals("<module>", a.name);
        assertEquals("asyncio.py", a.fileName);
    }

    @Test
    void anArchiveOfOtherSourceOrDamagedBytesIsIgnored() throws IOException {
        byte[] source = "x = 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] archive = PreludeCode.write(PreludeCode.compile("m", source), source);
        assertNotNull(PreludeCode.read(archive, source));
        byte[] edited = "x = 2\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(null, PreludeCode.read(archive, edited));
        assertEquals(null, PreludeCode.read(Arrays.copyOf(archive, archive.length - 7), source));
        assertEquals(null, PreludeCode.read(new byte[3], source));
    }

    @Test
    void constantsOutsideACompilersOutputAreRefusedWhenWriting() throws IOException {
        Code odd = PreludeCode.compile("m", "x = 1\n".getBytes(StandardCharsets.UTF_8));
        odd.consts[0] = new Object();
        var out = new java.io.DataOutputStream(new java.io.ByteArrayOutputStream());
        assertThrows(IllegalArgumentException.class, () -> new CodeArchive.Writer(out).code(odd));
    }
}
