package dev.loopscope.ui.panels;

import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TaskStatus;
import dev.loopscope.ui.PlaybackViewModel.TaskRow;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A task's card: name and coroutine, its state (coloured by the stylesheet through the pseudo-class
 * of the same name), what it awaits and, once done, its result or exception.
 */
public final class TaskCell extends ListCell<TaskRow> {
    private static final Map<TaskStatus, PseudoClass> STATES = new EnumMap<>(TaskStatus.class);

    static {
        for (TaskStatus s : TaskStatus.values()) {
            STATES.put(s, PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final Swatch swatch = new Swatch();
    private final Label name = new Label();
    private final Label coro = new Label();
    private final Label state = new Label();
    private final Label detail = new Label();
    private final HBox head;
    private final HBox card;
    private TaskStatus shown;

    public TaskCell() {
        getStyleClass().add("task-cell");
        name.getStyleClass().add("task-name");
        coro.getStyleClass().add("coro");
        state.getStyleClass().add("state-chip");
        detail.getStyleClass().add("detail");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        head = new HBox(6, name, coro, spacer, state);
        VBox body = new VBox(1, head, detail);
        HBox.setHgrow(body, Priority.ALWAYS);
        card = new HBox(6, swatch, body);
        card.getStyleClass().add("card");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // as wide as the list: long text is cut, never a sideways scroll bar
    }

    @Override
    protected void updateItem(TaskRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            show(null);
            return;
        }
        TaskEntry t = row.entry();
        swatch.setOrdinal(row.ordinal());
        name.setText(t.name());
        coro.setText(t.coro() + "()");
        state.setText(t.status().name().toLowerCase(Locale.ROOT));
        detail.setText(detail(t));
        setText(t.name() + " " + state.getText() + " " + detail.getText());
        setGraphic(card);
        show(t.status());
    }

    private void show(TaskStatus status) {
        if (shown != status) {
            if (shown != null) {
                pseudoClassStateChanged(STATES.get(shown), false);
            }
            if (status != null) {
                pseudoClassStateChanged(STATES.get(status), true);
            }
            shown = status;
        }
    }

    static String detail(TaskEntry t) {
        switch (t.status()) {
            case CREATED:
                return "created, not started yet";
            case READY:
                return "ready: its next step is in the ready queue" + (t.line() > 0 ? " (line " + t.line() + ")" : "");
            case RUNNING:
                return "running at line " + t.line();
            case BLOCKED:
                return "blocked in time.sleep at line " + t.line() + ": the whole loop waits";
            case WAITING:
                return "awaits " + (t.awaiting().isEmpty() ? "a future" : t.awaiting()) + " at line " + t.line();
            case DONE:
                return t.outcome().startsWith("result ") ? "returned " + t.outcome().substring(7) : t.outcome();
            case FAILED:
                return t.outcome().startsWith("exception ") ? "raised " + t.outcome().substring(10) : t.outcome();
            case CANCELLED:
                return "cancelled";
            default:
                return "";
        }
    }
}
