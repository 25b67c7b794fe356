package dev.loopscope.ui.panels;

import dev.loopscope.narration.Narrator;
import dev.loopscope.ui.PlaybackViewModel.TimerRow;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A timer in the heap: its deadline, the time left on the virtual clock, what it wakes. */
public final class TimerCell extends ListCell<TimerRow> {
    static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    static final PseudoClass NEXT = PseudoClass.getPseudoClass("next");

    private final Label when = new Label();
    private final Label left = new Label();
    private final Label what = new Label();
    private final HBox box = new HBox(8, when, left, what);

    public TimerCell() {
        getStyleClass().add("timer-cell");
        when.getStyleClass().add("when");
        left.getStyleClass().add("left");
        what.getStyleClass().add("what");
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // as wide as the list: long text is cut, never a sideways scroll bar
    }

    @Override
    protected void updateItem(TimerRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            pseudoClassStateChanged(CANCELLED, false);
            pseudoClassStateChanged(NEXT, false);
            return;
        }
        when.setText("t = " + Narrator.time(row.entry().when()));
        left.setText(row.left() > 0 ? "in " + Narrator.time(row.left()) + " s" : "due");
        String wakes = row.wakes().isEmpty() ? row.entry().label() : row.wakes();
        what.setText(wakes + (row.entry().cancelled() ? "  (cancelled)" : ""));
        setText(when.getText() + " " + left.getText() + " " + what.getText());
        setGraphic(box);
        pseudoClassStateChanged(CANCELLED, row.entry().cancelled());
        pseudoClassStateChanged(NEXT, getIndex() == 0);
    }
}
