package dev.loopscope.ui.panels;

import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.ui.PlaybackViewModel.ReadyRow;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.TranslateTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** A handle in the ready queue: its place, its task's colour, what it will run. */
public final class ReadyCell extends ListCell<ReadyRow> {
    static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    static final PseudoClass HEAD = PseudoClass.getPseudoClass("head");
    static final Duration JOIN = Duration.millis(220);

    private final PlaybackViewModel model;
    private final Swatch swatch = new Swatch();
    private final Label place = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(6, swatch, place, text);
    private int animatedHandle = -1;
    private ParallelTransition animation;

    public ReadyCell(PlaybackViewModel model) {
        this.model = model;
        getStyleClass().add("ready-cell");
        place.getStyleClass().add("place");
        text.getStyleClass().add("what");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.getStyleClass().add("row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // as wide as the list: long text is cut, never a sideways scroll bar
    }

    @Override
    protected void updateItem(ReadyRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            pseudoClassStateChanged(CANCELLED, false);
            pseudoClassStateChanged(HEAD, false);
            return;
        }
        swatch.setOrdinal(row.ordinal());
        place.setText(String.valueOf(getIndex() + 1));
        text.setText(row.entry().label() + (row.entry().cancelled() ? "  (cancelled)" : ""));
        setText(text.getText());
        setGraphic(box);
        pseudoClassStateChanged(CANCELLED, row.entry().cancelled());
        pseudoClassStateChanged(HEAD, getIndex() == 0);
        int handle = row.entry().handle();
        if (model.justJoined(handle) && animatedHandle != handle) {
            animatedHandle = handle;
            joinAnimation();
        } else if (animatedHandle != handle) {
            animatedHandle = -1;
            stopAnimation();
        }
    }

    private void joinAnimation() {
        stopAnimation();
        FadeTransition fade = new FadeTransition(JOIN, box);
        fade.setFromValue(0.1);
        fade.setToValue(1);
        TranslateTransition slide = new TranslateTransition(JOIN, box);
        slide.setFromY(14);
        slide.setToY(0);
        animation = new ParallelTransition(fade, slide);
        animation.play();
    }

    private void stopAnimation() {
        if (animation != null) {
            animation.stop();
            animation = null;
        }
        box.setOpacity(1);
        box.setTranslateY(0);
    }
}
