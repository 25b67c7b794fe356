package dev.loopscope.ui.lessons;

import dev.loopscope.examples.Examples;
import dev.loopscope.examples.Examples.Example;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Lessons panel: the lesson library, grouped (a group's title above its first lesson), and
 * the selected lesson's explanation drawn from its Markdown. "Open lesson" (or Enter, or a
 * double click) hands the lesson to {@code open}, which loads an editable, untitled copy and runs
 * it; the shipped file is never changed.
 *
 * <p>Keyboard: Up/Down choose a lesson, Enter opens it, Tab reaches the explanation (Up/Down,
 * Page Up/Down scroll it) and the button.
 */
public final class LessonsPanel extends VBox {
    private final ListView<Example> list = new ListView<>();
    private final MarkdownView explanation = new MarkdownView();
    private final ScrollPane scroll = new ScrollPane(explanation);
    private final Button openButton = new Button("\u25b6 Open lesson");
    private final Label fileLabel = new Label();
    private final Consumer<Example> open;

    /** A panel over every lesson of the library. */
    public LessonsPanel(Consumer<Example> open) {
        this(Examples.all(), open);
    }

    public LessonsPanel(List<Example> lessons, Consumer<Example> open) {
        this.open = Objects.requireNonNull(open);
        getStyleClass().addAll("panel", "lessons-panel");
        getStylesheets().add(Objects.requireNonNull(LessonsPanel.class.getResource("lessons.css")).toExternalForm());
        setMinWidth(0);

        Label title = new Label("Lessons");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        long groups = lessons.stream().map(Example::group).distinct().count();
        Label count = new Label(lessons.size() + " lessons \u00b7 " + groups + " topics");
        count.getStyleClass().add("panel-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, count);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        list.setId("lessonList");
        list.getStyleClass().addAll("panel-list", "lesson-list");
        list.getItems().setAll(lessons);
        list.setCellFactory(v -> new LessonCell());
        list.setMinHeight(80);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, lesson) -> show(lesson));

        openButton.setId("openLesson");
        openButton.getStyleClass().add("open-lesson-button");
        openButton.setTooltip(new Tooltip("Load an editable copy of this lesson into the editor and run it (Enter)"));
        openButton.setOnAction(e -> openSelected());
        openButton.setMinWidth(Region.USE_PREF_SIZE);
        fileLabel.getStyleClass().add("lesson-file");
        fileLabel.setMinWidth(0);
        HBox bar = new HBox(8, openButton, fileLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("lesson-bar");

        scroll.setId("lessonExplanation");
        scroll.getStyleClass().add("lesson-explanation");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox below = new VBox(bar, scroll);
        below.setMinHeight(80);

        SplitPane split = new SplitPane(list, below);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        split.getStyleClass().add("lessons-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);

        if (!lessons.isEmpty()) {
            list.getSelectionModel().select(0);
        } else {
            show(null);
        }
    }

    private void show(Example lesson) {
        openButton.setDisable(lesson == null);
        if (lesson == null) {
            fileLabel.setText("");
            explanation.setMarkdown("Choose a lesson above.");
            return;
        }
        fileLabel.setText(lesson.name());
        explanation.setMarkdown(lesson.explanation().orElse("# " + lesson.title() + "\n\n(No explanation yet.)"));
        scroll.setVvalue(0);
    }

    /** Selects the lesson with this file name (no-op for a name that is not a lesson). */
    public void select(String name) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).name().equals(name)) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    /** The selected lesson. */
    public Optional<Example> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Opens the selected lesson (an untitled copy in the editor, then a run). */
    public void openSelected() {
        selected().ifPresent(open);
    }

    /** Puts the keyboard focus on the list of lessons. */
    public void focusList() {
        if (list.getScene() != null) {
            list.requestFocus();
            return;
        }
        // just added to the window: the list joins the scene when the split's skin lays it out
        list.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    list.sceneProperty().removeListener(this);
                    Platform.runLater(list::requestFocus);
                }
            }
        });
    }

    public ListView<Example> list() {
        return list;
    }

    public MarkdownView explanation() {
        return explanation;
    }

    public Button openButton() {
        return openButton;
    }

    /** A lesson's row: its group's title above the first lesson of a group, then its heading. */
    private static final class LessonCell extends ListCell<Example> {
        private final Label group = new Label();
        private final Label heading = new Label();
        private final Label tag = new Label("tutorial");
        private final HBox line = new HBox(6, heading, tag);
        private final VBox box = new VBox(group, line);

        LessonCell() {
            getStyleClass().add("lesson-cell");
            group.getStyleClass().add("lesson-group");
            group.setMaxWidth(Double.MAX_VALUE);
            heading.getStyleClass().add("lesson-heading");
            heading.setMinWidth(0);
            tag.getStyleClass().add("lesson-tag");
            tag.setMinWidth(Region.USE_PREF_SIZE);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("lesson-line");
            setText(null);
        }

        @Override
        protected void updateItem(Example lesson, boolean empty) {
            super.updateItem(lesson, empty);
            if (empty || lesson == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            int i = getIndex();
            boolean first = i == 0 || i > getListView().getItems().size() - 1
                    || !getListView().getItems().get(i - 1).group().equals(lesson.group());
            group.setText(lesson.group());
            group.setVisible(first);
            group.setManaged(first);
            heading.setText(lesson.heading());
            tag.setVisible(lesson.fromTutorial());
            tag.setManaged(lesson.fromTutorial());
            setTooltip(new Tooltip(lesson.title()));
            setGraphic(box);
        }
    }
}
