package dev.loopscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.loopscope.render.TaskPalette;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {

    /** "text:style" for each token of one line. */
    private static List<String> tokens(String line) {
        List<PythonHighlighter.Token> out = new ArrayList<>();
        PythonHighlighter.lexLine(line, PythonHighlighter.NORMAL, out);
        List<String> shown = new ArrayList<>();
        for (PythonHighlighter.Token t : out) {
            shown.add(line.substring(t.start(), t.end()) + ":" + t.style());
        }
        return shown;
    }

    @Test
    void keywordsBuiltinsNumbersComments() {
        assertEquals(List.of("async:keyword", "def:keyword", "main:function-name"), tokens("async def main():"));
        assertEquals(List.of("await:keyword", "0.5:number", "# wait:comment"),
                tokens("    await asyncio.sleep(0.5)  # wait"));
        assertEquals(List.of("print:builtin", "len:builtin", "0x1F:number", "1e-3:number", "2j:number"),
                tokens("print(len(x), 0x1F, 1e-3, 2j)"));
        assertEquals(List.of("class:keyword", "Demo:class-name", "Exception:builtin"), tokens("class Demo(Exception):"));
        assertEquals(List.of("self:self"), tokens("self.x_1 = name2"));
    }

    @Test
    void stringsWithPrefixesAndFStrings() {
        assertEquals(List.of("'a # not a comment':string"), tokens("x = 'a # not a comment'"));
        assertEquals(List.of("rb'\\d+':string"), tokens("p = rb'\\d+'"));
        assertEquals(List.of("f\"took :string", "{t:.2f}:fstring-expr", " s {{literal}}\":string"),
                tokens("f\"took {t:.2f} s {{literal}}\""));
        assertEquals(List.of("\"say \\\"hi\\\"\":string", "1:number"), tokens("\"say \\\"hi\\\"\" + 1"));
    }

    @Test
    void decoratorsOnlyAtTheStartOfALine() {
        assertEquals(List.of("@dataclasses.dataclass:decorator"), tokens("@dataclasses.dataclass"));
        assertEquals(List.of(), tokens("c = a @ b"));
    }

    @Test
    void tripleQuotedStringsCarryAcrossLines() {
        List<PythonHighlighter.Token> out = new ArrayList<>();
        int state = PythonHighlighter.lexLine("doc = \"\"\"first", PythonHighlighter.NORMAL, out);
        assertTrue(PythonHighlighter.inString(state));
        out.clear();
        state = PythonHighlighter.lexLine("def not_code(): # inside", state, out);
        assertEquals(List.of(new PythonHighlighter.Token(0, 24, "string")), out);
        out.clear();
        state = PythonHighlighter.lexLine("end\"\"\" if True else 1", state, out);
        assertEquals(PythonHighlighter.NORMAL, state);
        assertEquals("string", out.get(0).style());
        assertEquals(6, out.get(0).end());
        assertEquals("keyword", out.get(1).style());
    }

    @Test
    void aWholeTextHasOneSpanRunPerCharacter() {
        String text = "import asyncio\n\n'''a\nb'''\nx = 1\n";
        assertEquals(text.length(), PythonHighlighter.highlight(text).length());
    }

    @Test
    void twoThousandLinesHighlightQuickly() {
        String block = "async def worker(n):\n    s = f\"item {n}\"  # note\n    await asyncio.sleep(0.1)\n"
                + "    return [i * 2 for i in range(n)]\n\n";
        String text = block.repeat(400);
        PythonHighlighter.highlight(text); // warm up
        long t0 = System.nanoTime();
        PythonHighlighter.highlight(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 200, "2,000 lines took " + ms + " ms");
    }

    @Test
    void theStylesheetsTaskColoursAreThePalettes() throws IOException {
        String css = Files.readString(Paths.get("src/main/resources/dev/loopscope/ui/editor/editor.css"));
        Map<String, String> found = new TreeMap<>();
        Matcher m = Pattern.compile("(\\.code-editor\\.dark )?\\.task-mark\\.task-(\\d)[^{]*\\{ -fx-fill: (#[0-9a-f]{6}); \\}")
                .matcher(css);
        while (m.find()) {
            found.put((m.group(1) != null ? "dark" : "light") + m.group(2), m.group(3));
        }
        for (int i = 0; i < TaskPalette.size(); i++) {
            assertEquals(TaskPalette.color(i, false), found.get("light" + i), "light task-" + i);
            assertEquals(TaskPalette.color(i, true), found.get("dark" + i), "dark task-" + i);
        }
    }
}
