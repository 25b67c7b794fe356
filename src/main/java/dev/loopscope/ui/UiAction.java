package dev.loopscope.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * One user action, defined once: its words, its keys, whether it is enabled, what it does, and
 * (for on/off actions) its selected state. Menu items and toolbar buttons are bound to it, and
 * {@link ActionKeys} routes its keys, so the three never disagree.
 */
public final class UiAction {
    private final String id;
    private final StringProperty text = new SimpleStringProperty();
    private final String glyph;
    private final String help;
    private final KeyCombination[] keys;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty();
    private final BooleanProperty selected;
    private boolean textSafe;

    private UiAction(String id, String text, String glyph, String help, Runnable handler, BooleanProperty selected,
                     KeyCombination... keys) {
        this.id = id;
        this.text.set(text);
        this.glyph = glyph;
        this.help = help;
        this.handler = handler;
        this.selected = selected;
        this.keys = keys;
    }

    /** A command. {@code keys[0]} is shown in menus; all of them trigger it. */
    public static UiAction command(String id, String text, String glyph, String help, Runnable handler,
                                   KeyCombination... keys) {
        return new UiAction(id, text, glyph, help, handler, null, keys);
    }

    /** An on/off action over {@code selected}. */
    public static UiAction toggle(String id, String text, String glyph, String help, BooleanProperty selected,
                                  KeyCombination... keys) {
        return new UiAction(id, text, glyph, help, () -> selected.set(!selected.get()), selected, keys);
    }

    /** Keys that also work while the caret is in the editor (Ctrl+Enter, Ctrl+S, ...). */
    public UiAction textSafe() {
        this.textSafe = true;
        return this;
    }

    public UiAction disabledWhen(ObservableBooleanValue condition) {
        disabled.bind(condition);
        return this;
    }

    public void fire() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String help() {
        return help;
    }

    public KeyCombination[] keys() {
        return keys;
    }

    public boolean isTextSafe() {
        return textSafe;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** A new menu item for this action (a check item for an on/off action). */
    public MenuItem menuItem(ActionKeys router) {
        MenuItem item;
        if (selected != null) {
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(selected);
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> router.fromMenu(this));
        }
        item.setId(id + "Item");
        item.textProperty().bind(text);
        item.disableProperty().bind(disabled);
        if (keys.length > 0) {
            item.setAccelerator(keys[0]);
        }
        return item;
    }

    /** Binds a toolbar button (made in FXML) to this action. */
    public void bind(ButtonBase button) {
        if (glyph != null && !glyph.isEmpty()) {
            button.setText(glyph);
        } else {
            button.textProperty().bind(text);
        }
        button.disableProperty().bind(disabled);
        String shortcut = keys.length > 0 ? " (" + keys[0].getDisplayText() + ")" : "";
        button.setTooltip(new Tooltip((help == null ? text.get() : help) + shortcut));
        button.setFocusTraversable(false);
        if (selected != null && button instanceof ToggleButton toggle) {
            toggle.selectedProperty().bindBidirectional(selected);
        } else {
            button.setOnAction(e -> fire());
        }
    }

    /** A label for menus that says both the action and its state, e.g. "Pause" while playing. */
    public void textWhen(ObservableBooleanValue condition, String whenTrue, String whenFalse) {
        text.bind(Bindings.when(condition).then(whenTrue).otherwise(whenFalse));
    }

    public void setText(String value) {
        text.set(value);
    }
}
