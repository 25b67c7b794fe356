package dev.loopscope.ui.narration;

import dev.loopscope.narration.Concept;
import dev.loopscope.narration.NarrationLevel;
import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.examples.Examples;
import dev.loopscope.examples.Examples.Example;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside the narration: the Beginner / Detailed switch (remembered like the theme) and, under the
 * sentence, the asyncio concept the step shows with a link to the lesson that explains it.
 */
public final class NarrationControls {
    /** The settings key of the level. */
    public static final String LEVEL_KEY = "narration.level";

    private final PlaybackViewModel playback;
    private final Preferences prefs;
    private final Consumer<String> openLesson;
    private final ToggleButton beginner = new ToggleButton("Beginner");
    private final ToggleButton detailed = new ToggleButton("Detailed");
    private final Label concept = new Label();
    private final Hyperlink lessonLink = new Hyperlink();

    /** {@code openLesson} gets a lesson's file name ("sleep_zero_interleaving.py"). */
    public NarrationControls(PlaybackViewModel playback, Preferences prefs, Consumer<String> openLesson) {
        this.playback = playback;
        this.prefs = prefs;
        this.openLesson = openLesson;
    }

    /** Puts the switch left of {@code narration} (a child of {@code bar}) and the lesson line under it. */
    public void install(HBox bar, Label narration) {
        ToggleGroup group = new ToggleGroup();
        for (ToggleButton b : new ToggleButton[] {beginner, detailed}) {
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add("narration-level-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        beginner.setId("narrationBeginner");
        detailed.setId("narrationDetailed");
        beginner.setTooltip(new Tooltip("Narration in plain words, for someone new to await"));
        detailed.setTooltip(new Tooltip("Narration that names CPython's machinery (call_soon, _ready, TimerHandle, ...)"));
        NarrationLevel saved = NarrationLevel.parse(prefs.get(LEVEL_KEY, ""), NarrationLevel.DETAILED);
        playback.narrationLevelProperty().set(saved);
        (saved == NarrationLevel.BEGINNER ? beginner : detailed).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one level is always on
                return;
            }
            NarrationLevel level = now == beginner ? NarrationLevel.BEGINNER : NarrationLevel.DETAILED;
            playback.narrationLevelProperty().set(level);
            prefs.put(LEVEL_KEY, level.name());
        });
        playback.narrationLevelProperty().addListener((obs, old, level) ->
                (level == NarrationLevel.BEGINNER ? beginner : detailed).setSelected(true));
        HBox levels = new HBox(beginner, detailed);
        levels.getStyleClass().add("narration-level");
        levels.setAlignment(Pos.CENTER_LEFT);
        levels.setMinWidth(Region.USE_PREF_SIZE);

        concept.setId("narrationConcept");
        concept.getStyleClass().add("narration-concept");
        concept.setMinWidth(0);
        lessonLink.setId("lessonLink");
        lessonLink.getStyleClass().add("narration-lesson");
        lessonLink.setFocusTraversable(false);
        lessonLink.setMinWidth(Region.USE_PREF_SIZE);
        lessonLink.setOnAction(e -> {
            Concept c = playback.conceptProperty().get();
            if (c != null) {
                openLesson.accept(c.lesson());
            }
        });
        HBox lessonLine = new HBox(10, concept, lessonLink);
        lessonLine.setAlignment(Pos.BASELINE_LEFT);
        lessonLine.getStyleClass().add("narration-lesson-line");
        playback.conceptProperty().addListener((obs, old, now) -> show(now, lessonLine));
        show(playback.conceptProperty().get(), lessonLine);

        int at = bar.getChildren().indexOf(narration);
        bar.getChildren().remove(narration);
        VBox text = new VBox(2, narration, lessonLine);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.getChildren().add(Math.max(0, at), text);
        bar.getChildren().add(0, levels);
        bar.setSpacing(12);
    }

    private void show(Concept c, HBox line) {
        line.setVisible(c != null);
        line.setManaged(c != null);
        if (c == null) {
            return;
        }
        concept.setText("Concept: " + c.title());
        String heading = Examples.byName(c.lesson()).map(Example::heading).orElse(c.lesson());
        lessonLink.setText("Lesson: " + heading + " \u203a");
        lessonLink.setTooltip(new Tooltip("Show the lesson " + c.lesson() + " in the Lessons panel"));
    }

    public ToggleButton beginnerButton() {
        return beginner;
    }

    public ToggleButton detailedButton() {
        return detailed;
    }

    public Hyperlink lessonLink() {
        return lessonLink;
    }
}
