package dev.loopscope.ui.editor;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The scenario editor: Python highlighting (incremental: an edit re-lexes only the lines it
 * touches), line numbers, the line that runs now, the line each suspended task waits at (a dot
 * in the task's colour in the gutter, names in a tooltip), and the diagnostic of a refused
 * scenario (underlined, message on hover). Python typing: Tab inserts four spaces (indents a
 * multi-line selection; Shift+Tab dedents), Enter keeps the indentation (one level more after
 * ':'), Backspace in leading spaces removes one level, Ctrl+/ toggles comments.
 *
 * <p>Style: {@code editor.css} beside this class (added to the editor itself); the style class
 * {@code dark} (see {@link #setDark}) switches to the dark palette; the font size follows
 * {@link #setFontSize}. Marks are by line number: the caller clears or moves them when the text
 * changes (a user edit clears only the diagnostic, which no longer applies).
 */
public class CodeEditor extends StackPane {
    /** A suspended task's place: its line, its palette ordinal and its name (for the tooltip). */
    public record TaskMark(int line, int colorIndex, String taskName) {
    }

    /** Paragraph style classes (on the line's text flow). */
    public static final String EXECUTING_LINE = "executing-line";
    public static final String DIAGNOSTIC_LINE = "diagnostic-line";
    public static final String TASK_LINE = "task-line";
    /** The text style class of the diagnostic's range. */
    public static final String DIAGNOSTIC = "diagnostic";

    private static final String STYLESHEET =
            CodeEditor.class.getResource("editor.css").toExternalForm();

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);

    /** The lexer state at the end of each paragraph (see {@link PythonHighlighter}). */
    private final List<Integer> endStates = new ArrayList<>();

    private int executingLine;
    private Map<Integer, List<TaskMark>> taskMarks = Map.of();
    private Diagnostic diagnostic;
    /** Absolute [from, to) of the underlined range, when a diagnostic is shown. */
    private int diagFrom;
    private int diagTo;
    private int lineNumberDigits = 1;
    private int lastRestyledParagraphs;
    private boolean followExecutingLine = true;

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 11);

    private final Popup diagnosticPopup = new Popup();
    private final Label diagnosticPopupLabel = new Label();

    public CodeEditor() {
        getStylesheets().add(STYLESHEET);
        getStyleClass().addAll("code-editor", "light");
        area.getStyleClass().add("python-editor");
        getChildren().add(scroll);

        area.setParagraphGraphicFactory(gutterFactory());
        area.getParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            int digits = digits(area.getParagraphs().size());
            if (digits != lineNumberDigits) {
                refreshGutter();
            }
        });
        endStates.add(PythonHighlighter.NORMAL);
        area.plainTextChanges().subscribe(this::onTextChange);

        dark.addListener((obs, was, isDark) -> {
            getStyleClass().removeAll("dark", "light");
            getStyleClass().add(isDark ? "dark" : "light");
            diagnosticPopupRoot().getStyleClass().removeAll("dark", "light");
            diagnosticPopupRoot().getStyleClass().add(isDark ? "dark" : "light");
        });
        fontSize.addListener((obs, was, now) -> applyFontSize());
        applyFontSize();

        installKeys();
        installDiagnosticHover();
    }

    // ---------------------------------------------------------------- text

    public CodeArea area() {
        return area;
    }

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text (caret to the start, undo history forgotten). */
    public void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
        try {
            area.showParagraphAtTop(0);
        } catch (RuntimeException notLaidOutYet) {
            // before the first layout there is nothing to scroll
        }
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** The number of paragraphs the last edit re-lexed (for tests of incremental highlighting). */
    int lastRestyledParagraphs() {
        return lastRestyledParagraphs;
    }

    private void onTextChange(PlainTextChange change) {
        int position = change.getPosition();
        int removedLines = countLines(change.getRemoved());
        int insertedLines = countLines(change.getInserted());
        int first = area.offsetToPosition(position, Bias.Forward).getMajor();
        int paragraphs = area.getParagraphs().size();
        if (endStates.size() - removedLines + insertedLines != paragraphs || first >= paragraphs) {
            endStates.clear();
            endStates.addAll(Collections.nCopies(paragraphs, -1));
            restyle(0, paragraphs - 1);
        } else {
            endStates.subList(first + 1, first + 1 + removedLines).clear();
            endStates.addAll(first + 1, Collections.nCopies(insertedLines, -1));
            restyle(first, first + insertedLines);
        }
        if (diagnostic != null) {
            // the diagnostic was about the text before this edit
            diagnostic = null;
            diagnosticPopup.hide();
            restyle(0, area.getParagraphs().size() - 1);
            refreshGutter();
        }
        if (executingLine != 0 || !taskMarks.isEmpty()) {
            refreshParagraphStyles();
        }
    }

    /**
     * Re-lexes paragraphs {@code first}..{@code last} and then on while a paragraph's end state
     * differs from the one recorded (a triple quote opened or closed), and applies their spans.
     */
    private void restyle(int first, int last) {
        int paragraphs = area.getParagraphs().size();
        int state = first == 0 ? PythonHighlighter.NORMAL : endStates.get(first - 1);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<PythonHighlighter.Token> tokens = new ArrayList<>();
        int p = first;
        while (p < paragraphs) {
            String line = area.getText(p);
            tokens.clear();
            state = PythonHighlighter.lexLine(line, state, tokens);
            if (p > first) {
                spans.add(Collections.emptyList(), 1);
            }
            PythonHighlighter.appendLine(spans, line.length(), tokens);
            int old = endStates.get(p);
            endStates.set(p, state);
            if (p >= last && old == state) {
                break;
            }
            p++;
        }
        int end = Math.min(p, paragraphs - 1);
        lastRestyledParagraphs = end - first + 1;
        area.setStyleSpans(area.getAbsolutePosition(first, 0), spans.create());
    }

    private static int countLines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- marks

    /** Marks the line that runs at the current step (1-based); 0 for none. */
    public void setExecutingLine(int line) {
        int old = executingLine;
        executingLine = line;
        refreshParagraphStyle(old - 1);
        refreshParagraphStyle(line - 1);
        refreshGutter();
        if (followExecutingLine && line >= 1 && line <= area.getParagraphs().size()) {
            revealParagraph(line - 1);
        }
    }

    public int getExecutingLine() {
        return executingLine;
    }

    /** Whether {@link #setExecutingLine} scrolls its line into view (default true). */
    public void setFollowExecutingLine(boolean follow) {
        followExecutingLine = follow;
    }

    /** Marks the lines suspended tasks wait at (several tasks may share a line). */
    public void setTaskMarks(List<TaskMark> marks) {
        Map<Integer, List<TaskMark>> byLine = new LinkedHashMap<>();
        for (TaskMark m : marks) {
            byLine.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
        }
        Set<Integer> touched = new LinkedHashSet<>(taskMarks.keySet());
        touched.addAll(byLine.keySet());
        taskMarks = byLine;
        for (int line : touched) {
            refreshParagraphStyle(line - 1);
        }
        refreshGutter();
    }

    /** The task marks on a line (1-based), in the order given. */
    public List<TaskMark> taskMarksAt(int line) {
        return taskMarks.getOrDefault(line, List.of());
    }

    /** Underlines a diagnostic's span, with its message on hover (and on the gutter mark). */
    public void showDiagnostic(Diagnostic d) {
        clearDiagnostic();
        if (d == null) {
            return;
        }
        diagnostic = d;
        int[] range = rangeOf(d.span());
        diagFrom = range[0];
        diagTo = range[1];
        if (diagTo > diagFrom) {
            StyleSpans<Collection<String>> current = area.getStyleSpans(diagFrom, diagTo);
            area.setStyleSpans(diagFrom, current.mapStyles(s -> {
                List<String> withDiag = new ArrayList<>(s);
                withDiag.add(DIAGNOSTIC);
                return withDiag;
            }));
        }
        refreshParagraphStyle(d.span().line() - 1);
        refreshGutter();
        int line = d.span().line();
        if (line >= 1 && line <= area.getParagraphs().size()) {
            revealParagraph(line - 1);
        }
    }

    public void clearDiagnostic() {
        if (diagnostic == null) {
            return;
        }
        int line = diagnostic.span().line();
        diagnostic = null;
        diagnosticPopup.hide();
        if (diagTo > diagFrom) {
            int firstPar = area.offsetToPosition(diagFrom, Bias.Forward).getMajor();
            int lastPar = area.offsetToPosition(diagTo, Bias.Backward).getMajor();
            restyle(firstPar, lastPar);
        }
        refreshParagraphStyle(line - 1);
        refreshGutter();
    }

    /** The diagnostic shown, or null. */
    public Diagnostic getDiagnostic() {
        return diagnostic;
    }

    /** The absolute [from, to) of the underlined range of the shown diagnostic (empty if none). */
    public int[] diagnosticRange() {
        return diagnostic == null ? new int[] {0, 0} : new int[] {diagFrom, diagTo};
    }

    /**
     * The underlined range for a span: its columns (code points, 1-based, end exclusive) turned
     * into offsets, at least one character wide where the line has one (an empty span marks the
     * character at it, or the last one when it points past the line's end).
     */
    int[] rangeOf(Span span) {
        int paragraphs = area.getParagraphs().size();
        if (span.line() < 1 || span.line() > paragraphs) {
            return new int[] {0, 0};
        }
        int startPar = span.line() - 1;
        String startLine = area.getText(startPar);
        int from = area.getAbsolutePosition(startPar, columnOffset(startLine, span.col()));
        int to;
        if (span.endLine() >= span.line() && span.endLine() <= paragraphs) {
            int endPar = span.endLine() - 1;
            to = area.getAbsolutePosition(endPar, columnOffset(area.getText(endPar), span.endCol()));
        } else {
            to = from;
        }
        if (to <= from) {
            int lineEnd = area.getAbsolutePosition(startPar, startLine.length());
            int lineStart = area.getAbsolutePosition(startPar, 0);
            if (from < lineEnd) {
                to = from + Character.charCount(startLine.codePointAt(from - lineStart));
            } else if (lineEnd > lineStart) {
                to = lineEnd;
                from = lineEnd - 1;
            } else {
                to = from;
            }
        }
        return new int[] {from, to};
    }

    /** The char offset in {@code line} of 1-based code-point column {@code col} (clamped). */
    private static int columnOffset(String line, int col) {
        int codePoints = line.codePointCount(0, line.length());
        int cp = Math.max(0, Math.min(col - 1, codePoints));
        return line.offsetByCodePoints(0, cp);
    }

    private void refreshParagraphStyles() {
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            refreshParagraphStyle(p);
        }
    }

    private void refreshParagraphStyle(int paragraph) {
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return;
        }
        List<String> styles = new ArrayList<>(3);
        int line = paragraph + 1;
        if (line == executingLine) {
            styles.add(EXECUTING_LINE);
        }
        if (taskMarks.containsKey(line)) {
            styles.add(TASK_LINE);
        }
        if (diagnostic != null && diagnostic.span().line() == line) {
            styles.add(DIAGNOSTIC_LINE);
        }
        Collection<String> current = area.getParagraph(paragraph).getParagraphStyle();
        if (!new ArrayList<>(current).equals(styles)) {
            area.setParagraphStyle(paragraph, styles);
        }
    }

    private void revealParagraph(int paragraph) {
        try {
            int firstVisible = area.firstVisibleParToAllParIndex();
            int lastVisible = area.lastVisibleParToAllParIndex();
            if (paragraph <= firstVisible || paragraph >= lastVisible) {
                area.showParagraphAtCenter(paragraph);
            }
        } catch (RuntimeException notLaidOutYet) {
            try {
                area.showParagraphAtCenter(paragraph);
            } catch (RuntimeException ignored) {
                // nothing visible yet: the first layout shows the top
            }
        }
    }

    // ---------------------------------------------------------------- gutter

    private void refreshGutter() {
        area.setParagraphGraphicFactory(gutterFactory());
    }

    private static int digits(int n) {
        return Math.max(2, String.valueOf(n).length());
    }

    /** A fresh factory (a new instance makes the area rebuild the visible gutters). */
    private IntFunction<Node> gutterFactory() {
        lineNumberDigits = digits(area.getParagraphs().size());
        String format = "%" + lineNumberDigits + "d";
        return paragraph -> gutter(paragraph, format);
    }

    private Node gutter(int paragraph, String format) {
        int line = paragraph + 1;
        Label number = new Label(String.format(format, line));
        number.getStyleClass().add("lineno");
        number.setMinWidth(Region.USE_PREF_SIZE);

        StackPane arrowSlot = new StackPane();
        arrowSlot.getStyleClass().add("exec-slot");
        if (line == executingLine) {
            Polygon arrow = new Polygon(0, 0, 7, 4.5, 0, 9);
            arrow.getStyleClass().add("exec-arrow");
            arrowSlot.getChildren().add(arrow);
            number.getStyleClass().add("executing");
        } else if (diagnostic != null && diagnostic.span().line() == line) {
            Label bang = new Label("!");
            bang.getStyleClass().add("diagnostic-mark");
            Tooltip.install(bang, tooltip(diagnostic.kind() + ": " + diagnostic.message()));
            arrowSlot.getChildren().add(bang);
        }

        HBox dots = new HBox();
        dots.getStyleClass().add("task-marks");
        dots.setAlignment(Pos.CENTER_LEFT);
        List<TaskMark> marks = taskMarks.getOrDefault(line, List.of());
        int shown = marks.size() <= 3 ? marks.size() : 2;
        for (int i = 0; i < shown; i++) {
            TaskMark m = marks.get(i);
            Circle dot = new Circle(4);
            dot.getStyleClass().addAll("task-mark", "task-" + Math.floorMod(m.colorIndex(), 8));
            dots.getChildren().add(dot);
        }
        if (marks.size() > shown) {
            Label more = new Label("+" + (marks.size() - shown));
            more.getStyleClass().add("task-more");
            dots.getChildren().add(more);
        }
        if (!marks.isEmpty()) {
            String names = marks.stream().map(TaskMark::taskName).collect(Collectors.joining(", "));
            Tooltip.install(dots, tooltip(names + (marks.size() == 1 ? " waits here" : " wait here")));
        }

        HBox box = new HBox(number, arrowSlot, dots);
        box.getStyleClass().add("gutter");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(javafx.util.Duration.millis(200));
        return t;
    }

    // ---------------------------------------------------------------- diagnostic hover

    private VBox diagnosticPopupRoot() {
        return (VBox) diagnosticPopup.getContent().get(0);
    }

    private void installDiagnosticHover() {
        VBox root = new VBox(diagnosticPopupLabel);
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().addAll("diagnostic-popup", "light");
        diagnosticPopupLabel.setWrapText(true);
        diagnosticPopupLabel.setMaxWidth(520);
        diagnosticPopup.getContent().add(root);
        diagnosticPopup.setAutoHide(true);

        area.setMouseOverTextDelay(Duration.ofMillis(250));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int at = e.getCharacterIndex();
            if (diagnostic != null && at >= diagFrom && at < diagTo) {
                diagnosticPopupLabel.setText(diagnostic.kind() + ": " + diagnostic.message());
                var p = e.getScreenPosition();
                diagnosticPopup.show(area, p.getX() + 4, p.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> diagnosticPopup.hide());
    }

    /** Whether the diagnostic's hover message is showing. */
    public boolean isDiagnosticPopupShowing() {
        return diagnosticPopup.isShowing();
    }

    /** The text of the diagnostic's hover message (as last shown). */
    public String diagnosticPopupText() {
        return diagnosticPopupLabel.getText();
    }

    // ---------------------------------------------------------------- keys

    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB), e -> tab()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), e -> shiftTab()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> enter()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.BACK_SPACE)
                        .onlyIf(e -> smartBackspaceApplies()), e -> smartBackspace()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN),
                        e -> toggleComment()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.DIVIDE, KeyCombination.SHORTCUT_DOWN),
                        e -> toggleComment())));
    }

    private boolean selectionSpansLines() {
        var sel = area.getSelection();
        return sel.getLength() > 0 && area.getText(sel.getStart(), sel.getEnd()).indexOf('\n') >= 0;
    }

    private void tab() {
        if (selectionSpansLines()) {
            transformSelectedLines(EditRules::indent);
        } else {
            area.replaceSelection(EditRules.INDENT);
        }
        area.requestFollowCaret();
    }

    private void shiftTab() {
        transformSelectedLines(EditRules::dedent);
    }

    private void enter() {
        String before = area.getText(area.getCurrentParagraph()).substring(0, area.getCaretColumn());
        area.replaceSelection("\n" + EditRules.indentAfter(before));
        area.requestFollowCaret();
    }

    private boolean smartBackspaceApplies() {
        if (area.getSelection().getLength() > 0) {
            return false;
        }
        int col = area.getCaretColumn();
        String before = area.getText(area.getCurrentParagraph()).substring(0, col);
        return col > 1 && before.chars().allMatch(ch -> ch == ' ');
    }

    private void smartBackspace() {
        int col = area.getCaretColumn();
        int width = EditRules.backspaceWidth(area.getText(area.getCurrentParagraph()), col);
        int caret = area.getCaretPosition();
        area.deleteText(caret - width, caret);
    }

    /** Comments out the selected lines (or the caret's line), or uncomments them. */
    public void toggleComment() {
        transformSelectedLines(EditRules::toggleComment);
    }

    private void transformSelectedLines(java.util.function.UnaryOperator<List<String>> rule) {
        var sel = area.getSelection();
        int firstPar = area.offsetToPosition(sel.getStart(), Bias.Forward).getMajor();
        int lastPar = area.offsetToPosition(sel.getEnd(), Bias.Backward).getMajor();
        if (lastPar > firstPar && sel.getEnd() == area.getAbsolutePosition(lastPar, 0)) {
            lastPar--; // a selection ending at a line's start leaves that line alone
        }
        List<String> lines = new ArrayList<>();
        for (int p = firstPar; p <= lastPar; p++) {
            lines.add(area.getText(p));
        }
        List<String> changed = rule.apply(lines);
        if (changed.equals(lines)) {
            return;
        }
        int from = area.getAbsolutePosition(firstPar, 0);
        int to = area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar));
        boolean hadSelection = sel.getLength() > 0;
        int caretCol = area.getCaretColumn();
        int caretPar = area.getCurrentParagraph();
        int delta = changed.get(caretPar - firstPar).length() - lines.get(caretPar - firstPar).length();
        String replacement = String.join("\n", changed);
        area.replaceText(from, to, replacement);
        if (hadSelection) {
            area.selectRange(from, from + replacement.length());
        } else {
            area.moveTo(caretPar, Math.max(0, Math.min(caretCol + delta, changed.get(caretPar - firstPar).length())));
        }
    }

    // ---------------------------------------------------------------- look

    private void applyFontSize() {
        setStyle("-fx-font-size: " + fontSize.get() + "pt;");
    }

    /** Points; the gutter follows. */
    public void setFontSize(double points) {
        fontSize.set(points);
    }

    public double getFontSize() {
        return fontSize.get();
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Dark palette (style class {@code dark}) or light ({@code light}). */
    public void setDark(boolean isDark) {
        dark.set(isDark);
    }

    public boolean isDark() {
        return dark.get();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
