package dev.loopscope.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lesson library: the example scenarios shipped in the app, each a lesson ({@code NAME.py}
 * with its explanation {@code NAME.md}). {@code assets/scenarios/} in the source tree,
 * {@code /dev/loopscope/examples/} on the class path (pom.xml copies them), listed in order by
 * {@code examples.index} ("[Group]" lines start a group). The Examples menu and the Lessons panel
 * ({@code dev.loopscope.ui.lessons}) both list them, and the command line warms its class archive
 * with them. Free of JavaFX.
 */
public final class Examples {
    /** The class-path folder of the examples. */
    public static final String FOLDER = "/dev/loopscope/examples/";
    /** The example the window opens with. */
    public static final String FIRST = "tutorial_create_task.py";

    /** The sections every lesson's explanation has, as "## " headings, in this order. */
    public static final List<String> SECTIONS = List.of("What to watch", "What to try", "Concept");

    /** One example (a lesson): file name, title (its first comment line), group, and text. */
    public record Example(String name, String title, String group, String text) {
        /** The explanation beside the example ({@code NAME.md}), when there is one. */
        public Optional<String> explanation() {
            return resource(name.substring(0, name.length() - ".py".length()) + ".md");
        }

        /** The lesson's short title: its explanation's "# " heading, else {@link #title()}. */
        public String heading() {
            return explanation().flatMap(md -> md.lines().filter(l -> l.startsWith("# ")).findFirst())
                    .map(l -> l.substring(2).strip()).orElse(title);
        }

        /** True for the examples taken from the asyncio tutorial. */
        public boolean fromTutorial() {
            return name.startsWith("tutorial_");
        }
    }

    private static volatile List<Example> all;

    private Examples() {
    }

    /** Every example, in menu order. */
    public static List<Example> all() {
        List<Example> list = all;
        if (list == null) {
            list = load();
            all = list;
        }
        return list;
    }

    /** The lessons by group, groups in index order. */
    public static Map<String, List<Example>> groups() {
        Map<String, List<Example>> groups = new LinkedHashMap<>();
        for (Example e : all()) {
            groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** The example with this file name. */
    public static Optional<Example> byName(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The first line of {@code text} that is a comment, without its "#". */
    public static String titleOf(String text, String fallback) {
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("#") && !s.startsWith("# sim:")) {
                return s.substring(1).strip();
            }
            if (!s.isEmpty()) {
                break;
            }
        }
        return fallback;
    }

    private static List<Example> load() {
        String index = resource("examples.index")
                .orElseThrow(() -> new IllegalStateException(FOLDER + "examples.index is missing"));
        List<Example> list = new ArrayList<>();
        String group = "";
        for (String raw : index.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                group = line.substring(1, line.length() - 1).strip();
                continue;
            }
            String name = line;
            String text = resource(name).orElseThrow(
                    () -> new IllegalStateException("examples.index names " + name + ", which is missing"));
            list.add(new Example(name, titleOf(text, name), group, text));
        }
        return List.copyOf(list);
    }

    static Optional<String> resource(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
