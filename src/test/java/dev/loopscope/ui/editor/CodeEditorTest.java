package dev.loopscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CodeEditorTest {

    private static final String CODE = String.join("\n",
            "import asyncio",                          // 1
            "",                                        // 2
            "async def fetch(n):",                     // 3
            "    await asyncio.sleep(n)  # wait",      // 4
            "    return f\"got {n}\"",                 // 5
            "",                                        // 6
            "asyncio.run(fetch(1))");                  // 7

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = new CodeEditor();
        editor.setText(CODE);
        stage.setScene(new Scene(editor, 640, 400));
        stage.show();
    }

    private Collection<String> styleAt(String needle, int delta) {
        int at = editor.getText().indexOf(needle) + delta;
        return editor.area().getStyleOfChar(at);
    }

    @Test
    void keywordsStringsAndCommentsAreStyled() {
        assertTrue(styleAt("async def", 1).contains("keyword"));
        assertTrue(styleAt("def fetch", 5).contains("function-name"));
        assertTrue(styleAt("\"got", 1).contains("string"));
        assertTrue(styleAt("{n}", 1).contains("fstring-expr"));
        assertTrue(styleAt("# wait", 2).contains("comment"));
        assertTrue(styleAt("sleep(n)", 0).isEmpty(), String.valueOf(styleAt("sleep(n)", 0)));
    }

    @Test
    void editsRestyleOnlyWhatTheyTouch(FxRobot robot) {
        robot.interact(() -> editor.setText("x = 1\n".repeat(2000)));
        robot.interact(() -> editor.area().insertText(10 * 6, "y = 'a'"));
        assertEquals(1, editor.lastRestyledParagraphs());
        assertTrue(editor.area().getStyleOfChar(10 * 6 + 5).contains("string"));
        // opening a triple quote recolours what follows, closing it recolours back
        robot.interact(() -> editor.area().insertText(0, "'''"));
        assertTrue(editor.area().getStyleOfChar(editor.area().getAbsolutePosition(1500, 0)).contains("string"));
        robot.interact(() -> editor.area().deleteText(0, 3));
        assertFalse(editor.area().getStyleOfChar(editor.area().getAbsolutePosition(1500, 0)).contains("string"));
        assertEquals(2001, editor.area().getParagraphs().size());
    }

    @Test
    void theExecutingLineGetsTheParagraphStyleAndTheArrow(FxRobot robot) {
        robot.interact(() -> editor.setExecutingLine(4));
        assertTrue(editor.area().getParagraph(3).getParagraphStyle().contains(CodeEditor.EXECUTING_LINE));
        assertFalse(editor.area().getParagraph(2).getParagraphStyle().contains(CodeEditor.EXECUTING_LINE));
        assertEquals(1, robot.lookup(".exec-arrow").queryAll().size());
        robot.interact(() -> editor.setExecutingLine(5));
        assertFalse(editor.area().getParagraph(3).getParagraphStyle().contains(CodeEditor.EXECUTING_LINE));
        assertTrue(editor.area().getParagraph(4).getParagraphStyle().contains(CodeEditor.EXECUTING_LINE));
        robot.interact(() -> editor.setExecutingLine(0));
        assertTrue(robot.lookup(".exec-arrow").queryAll().isEmpty());
    }

    @Test
    void taskMarksShowInTheGutterInTheTasksColours(FxRobot robot) {
        robot.interact(() -> editor.setTaskMarks(List.of(
                new CodeEditor.TaskMark(4, 1, "Task-2"), new CodeEditor.TaskMark(4, 2, "Task-3"),
                new CodeEditor.TaskMark(7, 0, "Task-1"))));
        Set<Node> dots = robot.lookup(".task-mark").queryAll();
        assertEquals(3, dots.size());
        Set<String> classes = dots.stream().flatMap(d -> d.getStyleClass().stream())
                .filter(c -> c.matches("task-\\d")).collect(Collectors.toSet());
        assertEquals(Set.of("task-0", "task-1", "task-2"), classes);
        Circle task1 = (Circle) dots.stream().filter(d -> d.getStyleClass().contains("task-1")).findFirst().orElseThrow();
        assertEquals(javafx.scene.paint.Color.web(dev.loopscope.render.TaskPalette.color(1, false)), task1.getFill());
        Node marks = task1.getParent();
        Tooltip tip = (Tooltip) marks.getProperties().values().stream()
                .filter(v -> v instanceof Tooltip).findFirst().orElse(null);
        assertNotNull(tip, "tooltip on the marks");
        assertEquals("Task-2, Task-3 wait here", tip.getText());
        assertTrue(editor.area().getParagraph(3).getParagraphStyle().contains(CodeEditor.TASK_LINE));

        robot.interact(() -> editor.setDark(true));
        assertEquals(javafx.scene.paint.Color.web(dev.loopscope.render.TaskPalette.color(1, true)),
                ((Circle) robot.lookup(".task-1").query()).getFill());
        robot.interact(() -> editor.setTaskMarks(List.of()));
        assertTrue(robot.lookup(".task-mark").queryAll().isEmpty());
    }

    @Test
    void aDiagnosticIsUnderlinedAndItsMessageShowsOnHover(FxRobot robot) {
        // "asyncio.sleep" on line 4: columns 11..24
        Diagnostic d = new Diagnostic("s.py", new Span(4, 11, 4, 24), "LoopScopeError",
                "asyncio.sleep is not allowed here", "    await asyncio.sleep(n)  # wait");
        robot.interact(() -> editor.showDiagnostic(d));
        int from = editor.getText().indexOf("asyncio.sleep(n)");
        assertEquals(from, editor.diagnosticRange()[0]);
        assertEquals(from + "asyncio.sleep".length(), editor.diagnosticRange()[1]);
        assertTrue(editor.area().getStyleOfChar(from + 1).contains(CodeEditor.DIAGNOSTIC));
        assertTrue(editor.area().getStyleOfChar(from + 12).contains(CodeEditor.DIAGNOSTIC));
        assertFalse(editor.area().getStyleOfChar(from + 14).contains(CodeEditor.DIAGNOSTIC));
        assertTrue(styleAt("await asyncio", 1).contains("keyword"), "highlighting kept");
        assertTrue(editor.area().getParagraph(3).getParagraphStyle().contains(CodeEditor.DIAGNOSTIC_LINE));
        Label mark = robot.lookup(".diagnostic-mark").queryAs(Label.class);
        assertNotNull(mark);

        Bounds[] chars = new Bounds[1];
        robot.interact(() -> chars[0] = editor.area().getCharacterBoundsOnScreen(from + 2, from + 5).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(chars[0].getMinX() + 2, chars[0].getCenterY()));
        robot.moveBy(3, 0);
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, editor::isDiagnosticPopupShowing);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no hover message", e);
        }
        assertEquals("LoopScopeError: asyncio.sleep is not allowed here", editor.diagnosticPopupText());

        robot.interact(editor::clearDiagnostic);
        assertFalse(editor.area().getStyleOfChar(from + 1).contains(CodeEditor.DIAGNOSTIC));
        assertFalse(editor.area().getParagraph(3).getParagraphStyle().contains(CodeEditor.DIAGNOSTIC_LINE));
        assertTrue(robot.lookup(".diagnostic-mark").queryAll().isEmpty());
    }

    @Test
    void anEmptySpanPastTheLineEndMarksTheLastCharacterAndAnEditClearsIt(FxRobot robot) {
        robot.interact(() -> editor.showDiagnostic(new Diagnostic("s.py", new Span(3, 20, 3, 20),
                "SyntaxError", "expected ':'", null)));
        int lineEnd = editor.getText().indexOf("(n):") + 4;
        assertEquals(lineEnd - 1, editor.diagnosticRange()[0]);
        assertEquals(lineEnd, editor.diagnosticRange()[1]);
        robot.interact(() -> editor.area().insertText(0, "# edited\n"));
        assertEquals(null, editor.getDiagnostic());
        assertFalse(editor.area().getStyleOfChar(lineEnd - 1 + 9).contains(CodeEditor.DIAGNOSTIC));
    }

    @Test
    void tabEnterBackspaceAndCommentToggle(FxRobot robot) {
        robot.interact(() -> {
            editor.setText("async def main():");
            editor.area().moveTo(editor.getText().length());
            editor.area().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals("async def main():\n    ", editor.getText());
        robot.type(KeyCode.X).type(KeyCode.ENTER);
        assertEquals("async def main():\n    x\n    ", editor.getText());
        robot.type(KeyCode.TAB);
        assertEquals("async def main():\n    x\n        ", editor.getText());
        robot.type(KeyCode.BACK_SPACE);
        assertEquals("async def main():\n    x\n    ", editor.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        // a blank line alone: nothing to comment
        robot.interact(() -> editor.area().moveTo(1, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertEquals("async def main():\n    # x\n    ", editor.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertEquals("async def main():\n    x\n    ", editor.getText());
        // Tab on a selection of lines indents them; Shift+Tab dedents
        robot.interact(() -> editor.area().selectRange(0, 23));
        robot.type(KeyCode.TAB);
        assertEquals("    async def main():\n        x\n    ", editor.getText());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("async def main():\n    x\n    ", editor.getText());
    }

    @Test
    void fontSizeAndThemeAreStyleOnTheEditor(FxRobot robot) {
        robot.interact(() -> editor.setFontSize(16));
        assertTrue(editor.getStyle().contains("16.0pt"));
        assertTrue(editor.getStyleClass().contains("light"));
        robot.interact(() -> editor.setDark(true));
        assertTrue(editor.getStyleClass().contains("dark"));
        assertFalse(editor.getStyleClass().contains("light"));
        assertTrue(editor.getStylesheets().get(0).endsWith("dev/loopscope/ui/editor/editor.css"));
    }
}
