package dev.loopscope.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.examples.Examples;
import dev.loopscope.examples.Examples.Example;
import dev.loopscope.ui.lessons.Markdown.Block;
import dev.loopscope.ui.lessons.Markdown.ListBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lesson library (assets/scenarios/): enough lessons and topics, and every lesson explained
 * in the same sections. (FilesLogicTest checks each lesson's test copy, and ScenarioTraceTest
 * checks that copy against CPython's trace.)
 */
class LessonLibraryTest {

    @Test
    void theLibraryHasAtLeastTwelveLessonsInAtLeastEightGroups() {
        List<Example> all = Examples.all();
        Map<String, List<Example>> groups = Examples.groups();
        assertTrue(all.size() >= 12, "lessons: " + all.size());
        assertTrue(groups.size() >= 8, "groups: " + groups.keySet());
        assertEquals(all.size(), groups.values().stream().mapToInt(List::size).sum());
        // the topics the issue asks for, each a group of its own
        String topics = String.join("|", groups.keySet()).toLowerCase();
        for (String topic : List.of("coroutines", "create_task", "gather", "cancellation", "taskgroup", "lock",
                "sync vs async", "cpu-bound", "aiohttp")) {
            assertTrue(topics.contains(topic), topic + " in " + groups.keySet());
        }
        // the tutorial's own examples are lessons
        for (String name : List.of("tutorial_create_task.py", "tutorial_gather.py", "tutorial_aiohttp.py")) {
            assertTrue(Examples.byName(name).orElseThrow().fromTutorial(), name);
        }
    }

    @Test
    void everyLessonIsExplainedInTheRequiredSections() throws IOException {
        for (Example lesson : Examples.all()) {
            String md = lesson.explanation().orElseThrow(() -> new AssertionError(lesson.name() + " has no .md"));
            assertEquals(Files.readString(Paths.get("assets/scenarios", lesson.name().replace(".py", ".md"))), md);
            assertTrue(md.startsWith("# "), lesson.name() + ": starts with its title");
            assertFalse(lesson.heading().isBlank(), lesson.name());
            Map<String, String> sections = Markdown.sections(md);
            assertEquals(Examples.SECTIONS, new ArrayList<>(sections.keySet()), lesson.name() + ": sections");
            for (String section : Examples.SECTIONS) {
                assertFalse(sections.get(section).isBlank(), lesson.name() + ": " + section + " is empty");
            }
            // what to try: concrete edits, as a list of at least two
            List<Block> tries = Markdown.parse(sections.get("What to try"));
            assertTrue(tries.stream().anyMatch(b -> b instanceof ListBlock l && l.items().size() >= 2),
                    lesson.name() + ": What to try lists at least two edits");
            // the concept names its place in the Python docs
            assertTrue(sections.get("Concept").contains("Python docs: *"), lesson.name() + ": Concept names the docs");
            assertTrue(sections.get("Concept").contains("`asyncio.") || sections.get("Concept").contains("`Task.")
                            || sections.get("Concept").contains("`async def`"),
                    lesson.name() + ": Concept names an asyncio API");
        }
    }

    @Test
    void everyExplanationBesideALessonBelongsToOne() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("assets/scenarios"))) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String py = md.getFileName().toString().replaceAll("\\.md$", ".py");
                assertTrue(Examples.byName(py).isPresent(), md + " explains no listed lesson");
            }
        }
    }

    @Test
    void markdownBlocksAndInlineRuns() {
        List<Block> blocks = Markdown.parse("""
                # Title

                One line
                and the next, with `code` and **bold**.

                ## What to try
                1. first
                   continued
                2. second
                - a bullet

                ```python
                await asyncio.sleep(1)
                    indented
                ```
                """);
        assertEquals(List.of(
                new Markdown.Heading(1, "Title"),
                new Markdown.Paragraph("One line and the next, with `code` and **bold**."),
                new Markdown.Heading(2, "What to try"),
                new ListBlock(true, List.of("first continued", "second")),
                new ListBlock(false, List.of("a bullet")),
                new Markdown.CodeBlock("await asyncio.sleep(1)\n    indented")), blocks);
        assertEquals(List.of(
                new Markdown.Span(Markdown.Style.TEXT, "a "),
                new Markdown.Span(Markdown.Style.CODE, "sleep(*2*)"),
                new Markdown.Span(Markdown.Style.TEXT, " b "),
                new Markdown.Span(Markdown.Style.STRONG, "c"),
                new Markdown.Span(Markdown.Style.TEXT, " "),
                new Markdown.Span(Markdown.Style.EMPHASIS, "d"),
                new Markdown.Span(Markdown.Style.TEXT, " 2 * 3 docs")),
                Markdown.inline("a `sleep(*2*)` b **c** *d* 2 * 3 [docs](https://docs.python.org)"));
        assertEquals("Title\nOne line and the next, with code and bold.\n",
                Markdown.plainText("# Title\n\nOne line\nand the next, with `code` and **bold**.\n"));
    }
}
