package dev.loopscope.ui.editor;

import dev.loopscope.lang.NumberLiteral;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TextChange;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * Live numbers (after Bret Victor's scrubbable numbers): hold Ctrl (Cmd on macOS) over a number
 * literal in the editor and drag sideways to change it; Alt+Up / Alt+Down step the number at the
 * caret (with Shift: ten steps). Each change calls {@code onChange} (the window re-runs the
 * scenario, coalesced), so the timeline follows the drag.
 *
 * <p>Why Ctrl: RichTextFX gives a Ctrl-press no meaning of its own (Shift extends the selection),
 * and Linux window managers take Alt-drag (and Super-drag) to move windows. A number steps by the
 * unit of its last digit ({@link NumberLiteral}) and stays at zero or above unless it had a
 * minus. A whole drag is one undo step: while dragging, the edits are kept out of the undo
 * history, and on release the number goes back and takes its final value in one recorded edit.
 */
public final class LiveNumbers {
    /** Text style class of the number under a Ctrl-pointer (it can be dragged). */
    public static final String HOVER = "live-number";
    /** Text style class of the number being dragged. */
    public static final String ACTIVE = "live-number-active";
    /** Style class of the editor's text area while the pointer can drag a number (the cursor). */
    public static final String CURSOR = "live-number-cursor";
    /** Pointer travel per step. */
    static final double PIXELS_PER_STEP = 6;

    private static final String STYLESHEET = LiveNumbers.class.getResource("live-numbers.css").toExternalForm();

    private final CodeArea area;
    private final Runnable onChange;
    /** False while a drag runs: its intermediate edits stay out of the undo history. */
    private final BooleanProperty recording = new SimpleBooleanProperty(true);
    private final UndoManager<List<PlainTextChange>> undo;

    private Drag drag;
    /** [from, to) of the number shown as draggable under the pointer, or null. */
    private int[] hovered;
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    /** The scene whose filters follow the drag (the highlight replaces the text node that was pressed). */
    private Scene dragScene;
    private final EventHandler<MouseEvent> dragFilter = this::dragged;
    private final EventHandler<MouseEvent> releaseFilter = this::released;
    private final EventHandler<KeyEvent> keyFilter = this::key;
    private int changes;

    /** A drag in progress: where the literal starts, its text at the press and now, and the pointer's anchor. */
    private static final class Drag {
        final int start;
        final String original;
        final boolean mayGoNegative;
        String current;
        double anchorX;

        Drag(NumberLiteral literal, double x) {
            start = literal.start();
            original = literal.text();
            current = literal.text();
            mayGoNegative = literal.negative();
            anchorX = x;
        }
    }

    public LiveNumbers(CodeEditor editor, Runnable onChange) {
        this.area = editor.area();
        this.onChange = onChange;
        editor.getStylesheets().add(STYLESHEET);
        undo = pausableUndoManager(area, recording);
        area.setUndoManager(undo);
        area.addEventFilter(MouseEvent.MOUSE_MOVED, this::pointerMoved);
        area.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            pointerX = Double.NaN;
            showHover(null);
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        // Ctrl counts wherever the focus is (the playback's keys leave it on the scrubber)
        area.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, keyFilter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.ANY, keyFilter);
            }
        });
        if (area.getScene() != null) {
            area.getScene().addEventFilter(KeyEvent.ANY, keyFilter);
        }
        Nodes.addInputMap(area, InputMap.sequence(
                stepKey(KeyCode.UP, 1), stepKey(KeyCode.DOWN, -1),
                stepKey(KeyCode.KP_UP, 1), stepKey(KeyCode.KP_DOWN, -1)));
    }

    /**
     * The plain-text undo manager RichTextFX gives a code area, except that edits made while
     * {@code recording} is false are not recorded.
     */
    private static UndoManager<List<PlainTextChange>> pausableUndoManager(CodeArea area, BooleanProperty recording) {
        Function<PlainTextChange, PlainTextChange> invert = TextChange::invert;
        return UndoManagerFactory.unlimitedHistoryFactory().createMultiChangeUM(
                area.multiPlainChanges().conditionOn(recording),
                invert,
                UndoUtils.applyMultiPlainTextChange(area),
                PlainTextChange::mergeWith,
                PlainTextChange::isIdentity,
                UndoUtils.DEFAULT_PREVENT_MERGE_DELAY);
    }

    // ---------------------------------------------------------------- state, for tests

    /** Whether a number is being dragged. */
    public boolean isDragging() {
        return drag != null;
    }

    /** [from, to) of the number being dragged, or of the draggable number under the pointer; null if none. */
    public int[] highlighted() {
        if (drag != null) {
            return new int[] {drag.start, drag.start + drag.current.length()};
        }
        return hovered == null ? null : hovered.clone();
    }

    /** How many edits live numbers has made (each asked for a re-run). */
    public int changes() {
        return changes;
    }

    // ---------------------------------------------------------------- pointer

    private static boolean modifierDown(MouseEvent e) {
        return e.isShortcutDown();
    }

    private Optional<NumberLiteral> literalAt(double x, double y) {
        var hit = area.hit(x, y).getCharacterIndex();
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        return NumberLiteral.under(area.getText(), hit.getAsInt());
    }

    private void pointerMoved(MouseEvent e) {
        pointerX = e.getX();
        pointerY = e.getY();
        updateHover(modifierDown(e));
    }

    private void updateHover(boolean modifier) {
        if (drag != null) {
            return;
        }
        NumberLiteral literal = modifier && !Double.isNaN(pointerX) ? literalAt(pointerX, pointerY).orElse(null) : null;
        showHover(literal == null ? null : new int[] {literal.start(), literal.end()});
    }

    private void showHover(int[] range) {
        if (drag != null || java.util.Arrays.equals(range, hovered)) {
            return;
        }
        if (hovered != null) {
            removeStyle(hovered[0], hovered[1], HOVER);
        }
        hovered = range;
        if (range != null) {
            addStyle(range[0], range[1], HOVER);
        }
        showDragCursor(range != null);
        pressOnArea(range != null);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !modifierDown(e)) {
            return;
        }
        Optional<NumberLiteral> literal = literalAt(e.getX(), e.getY());
        if (literal.isEmpty()) {
            return;
        }
        e.consume();
        showHover(null);
        area.requestFocus();
        area.moveTo(literal.get().end());
        drag = new Drag(literal.get(), e.getScreenX());
        dragScene = area.getScene();
        dragScene.addEventFilter(MouseEvent.MOUSE_DRAGGED, dragFilter);
        dragScene.addEventFilter(MouseEvent.MOUSE_RELEASED, releaseFilter);
        recording.set(false);
        showDragCursor(true);
        addStyle(drag.start, drag.start + drag.current.length(), ACTIVE);
    }

    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        e.consume();
        long steps = (long) ((e.getScreenX() - drag.anchorX) / PIXELS_PER_STEP);
        if (steps == 0) {
            return;
        }
        drag.anchorX += steps * PIXELS_PER_STEP;
        String next = NumberLiteral.step(drag.current, steps * (e.isShiftDown() ? 10 : 1), drag.mayGoNegative);
        if (!replace(drag.start, drag.current, next)) {
            endDrag();
            return;
        }
        drag.current = next;
        addStyle(drag.start, drag.start + next.length(), ACTIVE);
        changed();
    }

    private void released(MouseEvent e) {
        if (drag == null) {
            return;
        }
        e.consume();
        endDrag();
        pressOnArea(false);
        if (modifierDown(e)) {
            Point2D local = area.screenToLocal(e.getScreenX(), e.getScreenY());
            pointerX = local.getX();
            pointerY = local.getY();
            updateHover(true);
        } else {
            showDragCursor(false);
        }
    }

    /** Ends the drag as one recorded edit (original -> final), or none if the number is as it was. */
    private void endDrag() {
        Drag d = drag;
        drag = null;
        dragScene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, dragFilter);
        dragScene.removeEventFilter(MouseEvent.MOUSE_RELEASED, releaseFilter);
        dragScene = null;
        int end = d.start + d.current.length();
        boolean intact = end <= area.getLength() && area.getText(d.start, end).equals(d.current);
        if (intact) {
            removeStyle(d.start, end, ACTIVE);
        }
        if (intact && !d.current.equals(d.original)) {
            replace(d.start, d.current, d.original);
            recording.set(true);
            undo.preventMerge();
            replace(d.start, d.original, d.current);
            undo.preventMerge();
            area.moveTo(d.start + d.current.length());
            // the swap back and forth made the window's marks stale: one more (coalesced) run
            changed();
        }
        recording.set(true);
    }

    private void key(KeyEvent e) {
        if (drag != null) {
            // keys mid-drag (Ctrl+Z with Ctrl held) would edit around the unrecorded drag
            if (e.getEventType() == KeyEvent.KEY_PRESSED && !e.getCode().isModifierKey()) {
                e.consume();
            }
            return;
        }
        if (e.getCode() == KeyCode.CONTROL || e.getCode() == KeyCode.META || e.getCode() == KeyCode.COMMAND) {
            if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                updateHover(e.isShortcutDown());
            } else if (e.getEventType() == KeyEvent.KEY_RELEASED) {
                updateHover(false);
            }
        }
    }

    /**
     * While a number can be dragged, a press lands on the area itself, not on a text node inside:
     * each step re-renders the line, and a pressed node that leaves the scene takes the rest of
     * the drag's events with it.
     */
    private void pressOnArea(boolean on) {
        for (javafx.scene.Node child : area.getChildrenUnmodifiable()) {
            child.setMouseTransparent(on);
        }
    }

    /** A style class, not setCursor: the area's stylesheet sets its text cursor and would win over code. */
    private void showDragCursor(boolean on) {
        area.getStyleClass().remove(CURSOR);
        if (on) {
            area.getStyleClass().add(CURSOR);
        }
    }

    /** Whether the pointer shows the drag cursor over the editor. */
    public boolean showsDragCursor() {
        return area.getStyleClass().contains(CURSOR);
    }

    // ---------------------------------------------------------------- keys

    private InputMap<KeyEvent> stepKey(KeyCode code, int direction) {
        return InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(code, KeyCombination.ALT_DOWN)
                        .onlyIf(e -> numberAtCaret().isPresent()), e -> stepAtCaret(direction)),
                InputMap.consume(EventPattern.keyPressed(code, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN)
                        .onlyIf(e -> numberAtCaret().isPresent()), e -> stepAtCaret(10 * direction)));
    }

    private Optional<NumberLiteral> numberAtCaret() {
        if (drag != null || area.getSelection().getLength() > 0) {
            return Optional.empty();
        }
        return NumberLiteral.atCaret(area.getText(), area.getCaretPosition());
    }

    /** Steps the number at the caret; the caret keeps its distance from the number's end. */
    public boolean stepAtCaret(int steps) {
        Optional<NumberLiteral> found = numberAtCaret();
        if (found.isEmpty()) {
            return false;
        }
        NumberLiteral literal = found.get();
        String next = literal.stepped(steps, literal.negative());
        if (next.equals(literal.text())) {
            return true;
        }
        int fromEnd = literal.end() - area.getCaretPosition();
        replace(literal.start(), literal.text(), next);
        area.moveTo(Math.max(literal.start(), literal.start() + next.length() - fromEnd));
        changed();
        return true;
    }

    // ---------------------------------------------------------------- edits and styles

    private boolean replace(int start, String expected, String text) {
        int end = start + expected.length();
        if (end > area.getLength() || !area.getText(start, end).equals(expected)) {
            return false; // the text changed under the drag
        }
        area.replaceText(start, end, text);
        return true;
    }

    private void changed() {
        changes++;
        onChange.run();
    }

    private void addStyle(int from, int to, String style) {
        restyle(from, to, styles -> {
            if (!styles.contains(style)) {
                styles.add(style);
            }
        });
    }

    private void removeStyle(int from, int to, String style) {
        restyle(from, to, styles -> styles.remove(style));
    }

    private void restyle(int from, int to, java.util.function.Consumer<List<String>> edit) {
        if (from >= to || to > area.getLength()) {
            return;
        }
        StyleSpans<Collection<String>> spans = area.getStyleSpans(from, to);
        area.setStyleSpans(from, spans.mapStyles(s -> {
            List<String> styles = new ArrayList<>(s);
            edit.accept(styles);
            return styles;
        }));
    }
}
