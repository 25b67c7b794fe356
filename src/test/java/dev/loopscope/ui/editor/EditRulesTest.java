package dev.loopscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditRulesTest {

    @Test
    void enterKeepsIndentationAndOpensBlocks() {
        assertEquals("    ", EditRules.indentAfter("    x = 1"));
        assertEquals("        ", EditRules.indentAfter("    async def f():"));
        assertEquals("    ", EditRules.indentAfter("if x:  # a comment"));
        assertEquals("", EditRules.indentAfter("s = 'a:'"));
        assertEquals("    ", EditRules.indentAfter("        return 42"));
        assertEquals("", EditRules.indentAfter("pass"));
        assertEquals("    ", EditRules.indentAfter("    returned = 1"));
    }

    @Test
    void commentsToggleAtTheCommonIndentation() {
        List<String> code = List.of("    a = 1", "", "        b = 2");
        List<String> commented = EditRules.toggleComment(code);
        assertEquals(List.of("    # a = 1", "", "    #     b = 2"), commented);
        assertEquals(code, EditRules.toggleComment(commented));
        assertEquals(List.of("x", "# y"), EditRules.toggleComment(List.of("#x", "# # y")));
    }

    @Test
    void indentDedentAndBackspace() {
        assertEquals(List.of("    a", "", "        b"), EditRules.indent(List.of("a", "", "    b")));
        assertEquals(List.of("a", "b", "  c"), EditRules.dedent(List.of("  a", "\tb", "      c")));
        assertEquals(4, EditRules.backspaceWidth("        x", 8));
        assertEquals(2, EditRules.backspaceWidth("      x", 6));
        assertEquals(1, EditRules.backspaceWidth("  ab", 3));
    }
}
