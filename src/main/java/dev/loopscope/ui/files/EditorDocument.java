package dev.loopscope.ui.files;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The scenario being edited, without any UI: where it lives (a file, or none for a new text or
 * an example), its current text, the text last saved or loaded, whether they differ, and the
 * window title that follows from that. JavaFX properties only (no toolkit needed).
 */
public final class EditorDocument {
    /** The application's name in the window title. */
    public static final String APP = "LoopScope";

    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "untitled.py");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final BooleanBinding dirty;
    private final StringBinding title;

    public EditorDocument() {
        dirty = Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()), text, savedText);
        title = Bindings.createStringBinding(() -> titleFor(name.get(), dirty.get()), name, dirty);
    }

    /** "name.py — LoopScope", with a leading "*" when there are unsaved changes. */
    public static String titleFor(String name, boolean dirty) {
        return (dirty ? "*" : "") + name + " \u2014 " + APP;
    }

    /** A text read from {@code file}: clean, saved there. */
    public void loaded(Path file, String content) {
        path.set(file);
        name.set(file.getFileName().toString());
        savedText.set(content);
        setIfFree(content);
    }

    /**
     * A text that belongs to no file yet (a new scenario, or an example): clean until edited;
     * Save asks where to put it.
     */
    public void untitled(String shownName, String content) {
        path.set(null);
        name.set(shownName);
        savedText.set(content);
        setIfFree(content);
    }

    private void setIfFree(String content) {
        if (!text.isBound()) {
            text.set(content);
        }
    }

    /** The current text was written to {@code file}. */
    public void saved(Path file, String content) {
        path.set(file);
        name.set(file.getFileName().toString());
        savedText.set(content);
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Path getPath() {
        return path.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    /** The text being edited (bind it to the editor's). */
    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    public String getSavedText() {
        return savedText.get();
    }

    /** True while the text differs from the text last loaded or saved. */
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The window title: "name.py — LoopScope", "*name.py — LoopScope" when dirty. */
    public ObservableStringValue titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }
}
