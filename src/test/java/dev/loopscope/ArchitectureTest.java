package dev.loopscope;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package arrows of DESIGN.md true by reading the sources: only the window may touch
 * JavaFX and its libraries, and the core never depends on a front end.
 */
class ArchitectureTest {

    private static final Path SOURCES = Paths.get("src/main/java");
    private static final Pattern IMPORT =
            Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);
    /** Fully qualified use without an import, e.g. {@code javafx.application.Platform.exit()}. */
    private static final Pattern QUALIFIED_UI =
            Pattern.compile("\\b(javafx|org\\.fxmisc|org\\.controlsfx)\\.[a-z]");
    private static final List<String> UI_LIBRARIES = List.of("javafx.", "org.fxmisc.", "org.controlsfx.");
    private static final List<String> CORE = List.of(
            "diag", "lang", "runtime", "vm", "loop", "modules", "trace", "engine", "render", "export", "predict");
    private static final List<String> FRONT_ENDS = List.of("dev.loopscope.ui", "dev.loopscope.cli");

    private static List<Source> sources;

    record Source(String path, String code, List<String> imports) {
        /** The code without its package and import lines. */
        String body() {
            return code.replaceAll("(?m)^\\s*(?:import|package)\\s.*$", "");
        }

        /** The package folder under dev/loopscope/, or "" for the top package. */
        String area() {
            String rest = path.startsWith("dev/loopscope/") ? path.substring("dev/loopscope/".length()) : path;
            int slash = rest.indexOf('/');
            return slash < 0 ? "" : rest.substring(0, slash);
        }
    }

    @BeforeAll
    static void readSources() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project folder: " + SOURCES + " not found");
        sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String code = withoutCommentsAndStrings(text);
                List<String> imports = new ArrayList<>();
                Matcher m = IMPORT.matcher(code);
                while (m.find()) {
                    imports.add(m.group(1));
                }
                String path = SOURCES.relativize(file).toString().replace('\\', '/');
                sources.add(new Source(path, code, imports));
            }
        }
        assertFalse(sources.isEmpty(), "no Java sources found under " + SOURCES);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        List<String> problems = new ArrayList<>();
        for (Source source : sources) {
            if (source.path().startsWith("dev/loopscope/ui/") || source.path().equals("dev/loopscope/Main.java")) {
                continue;
            }
            for (String imported : source.imports()) {
                if (UI_LIBRARIES.stream().anyMatch(imported::startsWith)) {
                    problems.add(source.path() + " imports " + imported);
                }
            }
            Matcher m = QUALIFIED_UI.matcher(source.body());
            if (m.find()) {
                problems.add(source.path() + " uses " + m.group(1) + " by its full name");
            }
        }
        if (!problems.isEmpty()) {
            fail("only dev.loopscope.ui (and Main) may use JavaFX, RichTextFX or ControlsFX:\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void theCoreDoesNotDependOnFrontEnds() {
        List<String> problems = new ArrayList<>();
        for (Source source : sources) {
            if (!CORE.contains(source.area())) {
                continue;
            }
            for (String imported : source.imports()) {
                for (String frontEnd : FRONT_ENDS) {
                    if (imported.equals(frontEnd) || imported.startsWith(frontEnd + ".")) {
                        problems.add(source.path() + " imports " + imported);
                    }
                }
            }
            for (String frontEnd : FRONT_ENDS) {
                if (Pattern.compile("\\b" + Pattern.quote(frontEnd) + "\\.[A-Za-z]").matcher(source.body()).find()) {
                    problems.add(source.path() + " uses " + frontEnd + " by its full name");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("the core (" + String.join(", ", CORE) + ") must not use the ui or the cli:\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void theCommandLineDoesNotUseTheWindow() {
        List<String> problems = new ArrayList<>();
        for (Source source : sources) {
            if (source.area().equals("cli")) {
                source.imports().stream().filter(i -> i.startsWith("dev.loopscope.ui"))
                        .forEach(i -> problems.add(source.path() + " imports " + i));
            }
        }
        if (!problems.isEmpty()) {
            fail("the command line must run without the window:\n  " + String.join("\n  ", problems));
        }
    }

    /** ASM is on the build's class path only, not in the jar: the app must never reach the build steps. */
    @Test
    void onlyTheBuildStepsUseAsm() {
        List<String> problems = new ArrayList<>();
        for (Source source : sources) {
            if (source.area().equals("build")) {
                continue;
            }
            source.imports().stream().filter(i -> i.startsWith("org.objectweb.asm") || i.startsWith("dev.loopscope.build"))
                    .forEach(i -> problems.add(source.path() + " imports " + i));
            if (Pattern.compile("\\b(org\\.objectweb\\.asm|dev\\.loopscope\\.build)\\.[A-Za-z]").matcher(source.body()).find()) {
                problems.add(source.path() + " uses ASM or a build step by its full name");
            }
        }
        if (!problems.isEmpty()) {
            fail("only dev.loopscope.build may use ASM or the build steps:\n  " + String.join("\n  ", problems));
        }
    }

    /** Blanks out comments and string/char literals so that prose cannot trip the checks. */
    static String withoutCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < n && text.charAt(k) != c && text.charAt(k) != '\n') {
                    k += text.charAt(k) == '\\' ? 2 : 1;
                }
                out.append(" ".repeat(Math.min(k + 1, n) - i));
                i = Math.min(k + 1, n);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
