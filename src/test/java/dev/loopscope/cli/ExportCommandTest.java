package dev.loopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.loopscope.export.ExportRuns;
import dev.loopscope.export.MiniJson;
import dev.loopscope.render.Viewport;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code loopscope export}: each format, the options, bad usage, unwritable paths, headless. */
class ExportCommandTest {

    @TempDir
    Path dir;
    Path scenario;

    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void writeScenario() throws Exception {
        scenario = dir.resolve("tutorial_create_task.py");
        Files.writeString(scenario, ExportRuns.tutorialSource());
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result export(String out, String... options) {
        List<String> args = new ArrayList<>(List.of("export", scenario.toString(), "-o", out));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private void assertUsage(Result r, String message) {
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        assertEquals("", r.out());
    }

    /** No file and no temporary file left in {@code dir} besides the scenario. */
    private void assertNothingWritten() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(scenario), files.toList());
        }
    }

    @Test
    void png() throws Exception {
        Path out = dir.resolve("t.png");
        Result r = export(out.toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals(out + ": PNG image, 1200 x " + (int) Math.ceil(Viewport.fullHeight(3)) + " pixels, 3 tasks\n", r.out());
        BufferedImage image = ImageIO.read(out.toFile());
        assertNotNull(image);
        assertEquals(1200, image.getWidth());
        assertEquals((int) Math.ceil(Viewport.fullHeight(3)), image.getHeight());
        assertTrue(GraphicsEnvironment.isHeadless());

        Result two = export(out.toString(), "--width", "700", "--scale", "2x", "--theme", "dark",
                "--background=transparent", "--from", "0.5", "--to", "1.5s");
        assertEquals(0, two.status(), two.toString());
        image = ImageIO.read(out.toFile());
        assertEquals(1400, image.getWidth());
        assertEquals((int) Math.ceil(Viewport.fullHeight(3) * 2), image.getHeight());
        assertTrue(image.getColorModel().hasAlpha());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void svg() throws Exception {
        Path out = dir.resolve("t.svg");
        Result r = export(out.toString(), "--width", "900", "--theme", "light");
        assertEquals(0, r.status(), r.toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertEquals("900", doc.getDocumentElement().getAttribute("width"));
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        List<String> lanes = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("lane")) {
                lanes.add(g.getAttribute("data-name"));
            }
        }
        assertEquals(List.of("Task-1", "Task-2", "Task-3"), lanes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void json() throws Exception {
        Path out = dir.resolve("t.json");
        Result r = export(out.toString());
        assertEquals(0, r.status(), r.toString());
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(out));
        List<Map<String, Object>> events = (List<Map<String, Object>>) root.get("traceEvents");
        String trace = ExportRuns.tutorial().loopTrace();
        long stepLines = trace.lines().filter(l -> l.contains(" step ")).count();
        assertEquals(stepLines, events.stream().filter(e -> "B".equals(e.get("ph")) && "step".equals(e.get("cat"))).count());
    }

    @Test
    void helpAndSummary() {
        Result r = run("export", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: loopscope export "), r.out());
        assertTrue(r.out().contains("--background white|transparent"), r.out());
        assertTrue(run("--help").out().contains("\n  export "), "listed in the top-level help");
    }

    @Test
    void badOptions() throws Exception {
        String png = dir.resolve("t.png").toString();
        assertUsage(export(png, "--frobnicate"), "unknown option '--frobnicate'");
        assertUsage(export(png, "--width", "wide"), "--width takes a number of pixels, not 'wide'");
        assertUsage(export(png, "--width", "20"), "width must be between 300 and 16384");
        assertUsage(export(png, "--scale", "0"), "scale must be above 0");
        assertUsage(export(png, "--theme", "blue"), "--theme takes light or dark, not 'blue'");
        assertUsage(export(png, "--background", "pink"), "--background takes white or transparent");
        assertUsage(export(png, "--from", "2", "--to", "1"), "--to must be after --from");
        assertUsage(export(png, "--from", "1"), "--from needs --to as well");
        assertUsage(export(png, "--from", "-1", "--to", "1"), "--from takes a time of 0 seconds or more");
        assertUsage(export(png, "--width"), "option --width needs a value");
        assertUsage(export(png, "--width", "10000", "--scale", "2"), "at most 16,384");
        assertUsage(export(dir.resolve("t.gif").toString()), "must end in .png, .svg or .json");
        assertUsage(export(dir.resolve("t.svg").toString(), "--scale", "2"), "--scale applies to PNG only");
        assertUsage(export(dir.resolve("t.json").toString(), "--theme", "dark"), "--theme applies to images");
        assertUsage(run("export", scenario.toString()), "missing the output file");
        assertUsage(run("export", "-o", png), "missing the scenario file");
        assertUsage(run("export", scenario.toString(), "other.py", "-o", png), "expected one scenario file");
        assertUsage(export(png, "-o", "again.png"), "one output file only");
        assertNothingWritten();
    }

    @Test
    void unwritablePaths() throws Exception {
        Result r = export(dir.resolve("no/such/dir/t.png").toString());
        assertUsage(r, "does not exist");
        assertTrue(r.err().startsWith("loopscope export: cannot write "), r.err());
        assertUsage(export(dir.toString() + File.separator), "is a directory");
        Path sub = Files.createDirectory(dir.resolve("out.png"));
        assertUsage(export(sub.toString()), "is a directory");
        Files.delete(sub);
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertUsage(export(file.resolve("t.png").toString()), "is not a directory");
        Files.delete(file);
        assertNothingWritten();
    }

    @Test
    void readOnlyDirectory() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        try {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system
        }
        try {
            assumeFalse(Files.isWritable(ro), "running as a user who may write anywhere (root)");
            assertUsage(export(ro.resolve("t.png").toString()), "is not writable");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void rejectedAndUnreadableScenarios() throws Exception {
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "async def main(:\n    pass\n");
        Path png = dir.resolve("t.png");
        Result r = run("export", bad.toString(), "-o", png.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().startsWith("bad.py:1:"), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(png));
        r = run("export", dir.resolve("missing.py").toString(), "-o", png.toString());
        assertEquals(2, r.status(), r.toString());
        assertFalse(Files.exists(png));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path out = dir.resolve("t.json");
        Files.writeString(out, "old");
        assertEquals(0, export(out.toString()).status());
        assertTrue(Files.readString(out).startsWith("{\"traceEvents\":["));
    }

    /** The whole command in a fresh JVM with DISPLAY unset and no headless flag: it sets headless itself. */
    @Test
    void worksWithoutADisplay() throws Exception {
        Path out = dir.resolve("nodisplay.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "dev.loopscope.Main", "export", scenario.toString(), "-o", out.toString(),
                "--scale", "2");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("LOOPSCOPE_SAME_VM", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(2400, image.getWidth());
    }
}
