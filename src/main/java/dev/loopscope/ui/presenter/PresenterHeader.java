package dev.loopscope.ui.presenter;

import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.ui.UiAction;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strip across the top of presenter mode: the virtual clock, large enough for the back of a
 * classroom, where the run is, the step buttons, the panel choice and the way out.
 */
final class PresenterHeader extends HBox {
    private final Label clock = new Label();
    private final MenuButton panels = new MenuButton("Panels");

    PresenterHeader(PlaybackViewModel playback, Function<String, UiAction> actions, Map<String, BooleanProperty> shown,
                    Runnable exit) {
        getStyleClass().add("presenter-header");
        setId("presenterHeader");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        setFocusTraversable(true); // the clicker keys need a focus outside the editor

        clock.setId("presenterClock");
        clock.getStyleClass().add("presenter-clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.textProperty().bind(Bindings.createStringBinding(
                () -> clockText(playback.clockProperty().get()), playback.clockProperty()));

        Label step = new Label();
        step.setId("presenterStep");
        step.getStyleClass().add("presenter-step");
        step.setMinWidth(Region.USE_PREF_SIZE);
        step.textProperty().bind(playback.stepTextProperty());
        Label round = new Label();
        round.getStyleClass().add("presenter-round");
        round.setMinWidth(Region.USE_PREF_SIZE);
        round.textProperty().bind(playback.roundTextProperty());
        VBox where = new VBox(0, step, round);
        where.setAlignment(Pos.CENTER_LEFT);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button back = button("presenterBack", "\u25c0 Back", actions.apply("stepBack"));
        Button play = button("presenterPlay", "\u25b6 Play", actions.apply("play"));
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("\u275a\u275a Pause")
                .otherwise("\u25b6 Play"));
        Button next = button("presenterNext", "Next \u25b6", actions.apply("stepForward"));
        next.getStyleClass().add("presenter-next");

        panels.setId("presenterPanels");
        panels.getStyleClass().add("presenter-panels");
        panels.setFocusTraversable(false);
        panels.setMinWidth(Region.USE_PREF_SIZE);
        shown.forEach((name, on) -> {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setId("presenterPanel" + name);
            item.selectedProperty().bindBidirectional(on);
            panels.getItems().add(item);
        });

        Button leave = new Button("\u2715 Exit (Esc)");
        leave.setId("presenterExit");
        leave.getStyleClass().add("presenter-exit");
        leave.setFocusTraversable(false);
        leave.setMinWidth(Region.USE_PREF_SIZE);
        leave.setOnAction(e -> exit.run());

        getChildren().addAll(clock, where, gap, back, play, next, panels, leave);
    }

    private static Button button(String id, String text, UiAction action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("presenter-button");
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(action.disabledProperty());
        b.setTooltip(new Tooltip(action.help()));
        b.setOnAction(e -> action.fire());
        return b;
    }

    /** "t = 1.000 s": three decimals always, so the readout does not jump about as it changes. */
    static String clockText(double t) {
        return String.format(Locale.ROOT, "t = %.3f s", t);
    }

    Label clock() {
        return clock;
    }
}
