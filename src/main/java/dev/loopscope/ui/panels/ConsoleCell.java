package dev.loopscope.ui.panels;

import dev.loopscope.ui.PlaybackViewModel.ConsoleLine;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A console line stamped with the virtual time; stderr and the run's stop stand out; the newest is marked. */
public final class ConsoleCell extends ListCell<ConsoleLine> {
    static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");
    static final PseudoClass STOP = PseudoClass.getPseudoClass("stop");
    static final PseudoClass NEWEST = PseudoClass.getPseudoClass("newest");

    private final Label time = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(8, time, text);
    private final ListChangeListener<ConsoleLine> sizeWatch = c -> markNewest();

    public ConsoleCell(ListView<ConsoleLine> list) {
        getStyleClass().add("console-cell");
        time.getStyleClass().add("stamp");
        text.getStyleClass().add("line");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // as wide as the list: long text is cut, never a sideways scroll bar
        list.getItems().addListener(new WeakListChangeListener<>(sizeWatch));
    }

    @Override
    protected void updateItem(ConsoleLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            setText(null);
            pseudoClassStateChanged(STDERR, false);
            pseudoClassStateChanged(STOP, false);
            pseudoClassStateChanged(NEWEST, false);
            return;
        }
        time.setText(String.format(Locale.ROOT, "%8.3f", line.time()));
        text.setText(line.kind() == ConsoleLine.Kind.STOP ? "\u26d4 " + line.text() : line.text());
        setText(text.getText());
        setGraphic(box);
        pseudoClassStateChanged(STDERR, line.kind() == ConsoleLine.Kind.ERR);
        pseudoClassStateChanged(STOP, line.kind() == ConsoleLine.Kind.STOP);
        markNewest();
    }

    private void markNewest() {
        ListView<ConsoleLine> list = getListView();
        boolean newest = !isEmpty() && list != null && getIndex() == list.getItems().size() - 1;
        pseudoClassStateChanged(NEWEST, newest);
    }
}
