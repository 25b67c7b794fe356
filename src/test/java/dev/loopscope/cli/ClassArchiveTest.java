package dev.loopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @TempDir
    Path dir;

    @Test
    void onlyASingleJarCanBeArchived() {
        assertTrue(ClassArchive.forClassPath("target/classes", "cli", dir).isEmpty());
        assertTrue(ClassArchive.forClassPath("a.jar" + java.io.File.pathSeparator + "b.jar", "cli", dir).isEmpty());
        assertTrue(ClassArchive.forClassPath(dir.resolve("missing.jar").toString(), "cli", dir).isEmpty());
    }

    @Test
    void aRebuiltJarGetsAnotherArchive() throws IOException {
        Path jar = Files.write(dir.resolve("x.jar"), new byte[] {1, 2, 3});
        Path first = ClassArchive.forClassPath(jar.toString(), "cli", dir).orElseThrow().archive();
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Path second = ClassArchive.forClassPath(jar.toString(), "cli", dir).orElseThrow().archive();
        assertFalse(first.equals(second));
    }

    @Test
    void itExistsOncePublished() throws IOException {
        Path jar = Files.write(dir.resolve("x.jar"), new byte[] {1});
        ClassArchive a = ClassArchive.forClassPath(jar.toString(), "window", dir).orElseThrow();
        assertFalse(a.exists(), "the first window writes it (and starts with the client compiler alone)");
        String dump = a.options(7).stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Files.write(Paths.get(dump.substring(dump.indexOf('=') + 1)), new byte[] {9});
        a.publish(7, 0);
        assertTrue(a.exists());
        assertTrue(a.options(8).contains("-XX:SharedArchiveFile=" + a.archive()));
    }

    @Test
    void aFailedRunPublishesNothing() throws IOException {
        Path jar = Files.write(dir.resolve("x.jar"), new byte[] {1});
        ClassArchive a = ClassArchive.forClassPath(jar.toString(), "cli", dir).orElseThrow();
        String dump = a.options(42).stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Path pending = Paths.get(dump.substring(dump.indexOf('=') + 1));
        Files.write(pending, new byte[] {9});
        a.publish(42, 1);
        assertFalse(Files.exists(pending));
        assertFalse(Files.exists(a.archive()));
    }

    @Test
    void aCacheItMayNotWriteIsOnlyRead() throws IOException {
        Path jar = Files.write(dir.resolve("x.jar"), new byte[] {1});
        Path cache = Files.createDirectories(dir.resolve("read-only"));
        ClassArchive a = ClassArchive.forClassPath(jar.toString(), "cli", cache).orElseThrow();
        assertTrue(a.options(42).contains("-D" + ArchiveWarmUp.PROPERTY + "=true"), "writable: it writes and warms up");
        assertTrue(cache.toFile().setWritable(false));
        try {
            assumeFalse(Files.isWritable(cache), "running as a user who may write anywhere (root)");
            assertEquals(List.of(), a.options(42), "no archive written, no warm-up paid for, on every command");
        } finally {
            cache.toFile().setWritable(true);
        }
    }

    /**
     * The whole path: the first command writes the archive, the second maps LoopScope's classes from
     * it, also those the first command never used itself: its JVM ran the examples too.
     */
    @Test
    void theSecondCommandMapsTheClassesTheFirstArchived() throws Exception {
        Path jar = jarOfClasses();
        Path oneLine = Files.writeString(dir.resolve("one.py"), "print(1)\n");
        Path scenario = Files.writeString(dir.resolve("s.py"),
                "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('hi')\nasyncio.run(main())\n");
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Path thisBuild = ClassArchive.forClassPath(jar.toString(), "cli", cache).orElseThrow().archive();
        Path earlierBuild = thisBuild.resolveSibling(thisBuild.getFileName().toString().replaceFirst("-[0-9a-f]+\\.jsa$", "-0.jsa"));
        Files.write(earlierBuild, new byte[] {1});
        Files.write(cache.resolve(thisBuild.getFileName() + ".999999999.tmp"), new byte[] {1}); // a killed command's
        String first = trace(jar, oneLine, cache, "first");
        assertEquals("loop-trace 1\n0.000000 print 1\n", first, "the warm-up prints nothing");
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "the earlier build's archive is gone: " + all);
            assertTrue(all.get(0).getFileName().toString().endsWith(".jsa"), all.toString());
        }
        String second = trace(jar, scenario, cache, "second");
        assertTrue(second.endsWith("1.000000 print hi\n1.000000 done Task-1 result None\n1.000000 end result None\n"), second);
        String log = "";
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path p : logs.filter(p -> p.getFileName().toString().startsWith("second-")).toList()) {
                log += Files.readString(p);
            }
        }
        assertTrue(log.contains("dev.loopscope.engine.Engine source: shared objects file (top)"),
                "the second command loaded the engine from the archive");
        assertTrue(log.contains("dev.loopscope.loop.EventLoop source: shared objects file (top)"),
                "and the event loop, which the first command's scenario never started");
    }

    private String trace(Path jar, Path scenario, Path cache, String logName) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", jar.toString(), "dev.loopscope.Main", "trace", scenario.toString());
        pb.environment().put("LOOPSCOPE_CACHE", cache.toString());
        pb.environment().remove("LOOPSCOPE_SAME_VM");
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + dir.resolve(logName + "-%p.log"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return out;
    }

    /** LoopScope's own classes as one jar: the JVM archives classes from jars only. */
    private Path jarOfClasses() throws IOException {
        Path classes = Paths.get("target", "classes");
        Path jar = dir.resolve("loopscope-test.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
