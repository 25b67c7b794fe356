package dev.loopscope.ui.panels;

import dev.loopscope.narration.Narrator;
import dev.loopscope.ui.PlaybackViewModel.RequestRow;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** An aiohttp request in flight: who asked, the URL, the time left until the answer. */
public final class RequestCell extends ListCell<RequestRow> {
    private final Swatch swatch = new Swatch();
    private final Label who = new Label();
    private final Label url = new Label();
    private final Label left = new Label();
    private final HBox box = new HBox(6, swatch, who, url, left);

    public RequestCell() {
        getStyleClass().add("request-cell");
        who.getStyleClass().add("who");
        url.getStyleClass().add("url");
        left.getStyleClass().add("left");
        url.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(url, Priority.ALWAYS);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // as wide as the list: long text is cut, never a sideways scroll bar
    }

    @Override
    protected void updateItem(RequestRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        swatch.setOrdinal(row.ordinal());
        who.setText(row.taskName());
        url.setText("GET " + row.entry().url());
        left.setText(row.left() > 0 ? Narrator.time(row.left()) + " s left" : "answered now");
        setText(who.getText() + " " + url.getText() + " " + left.getText());
        setGraphic(box);
    }
}
