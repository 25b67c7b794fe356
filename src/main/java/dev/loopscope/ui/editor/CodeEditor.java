package dev.loopscope.ui.editor;

import dev.loopscope.diag.Diagnostic;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.List;

/**
 * The scenario editor: Python highlighting, line numbers, the line that runs now, the line each
 * suspended task waits at (in the task's colour), and the diagnostic of a refused scenario.
 * (First version: text only; marks and highlighting come with the editor work.)
 */
public class CodeEditor extends StackPane {
    /** A suspended task's place: its line, its palette ordinal and its name (for the tooltip). */
    public record TaskMark(int line, int colorIndex, String taskName) {
    }

    private final CodeArea area = new CodeArea();

    public CodeEditor() {
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        getChildren().add(new VirtualizedScrollPane<>(area));
        getStyleClass().add("code-editor");
    }

    public CodeArea area() {
        return area;
    }

    public String getText() {
        return area.getText();
    }

    public void setText(String text) {
        area.replaceText(text);
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** Marks the line that runs at the current step (1-based); 0 for none. */
    public void setExecutingLine(int line) {
    }

    /** Marks the lines suspended tasks wait at. */
    public void setTaskMarks(List<TaskMark> marks) {
    }

    /** Underlines a diagnostic's span, with its message on hover. */
    public void showDiagnostic(Diagnostic d) {
    }

    public void clearDiagnostic() {
    }

    public void setFontSize(double points) {
        area.setStyle("-fx-font-size: " + points + "pt;");
    }
}
