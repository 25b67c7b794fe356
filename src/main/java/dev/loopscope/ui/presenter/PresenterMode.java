package dev.loopscope.ui.presenter;

import dev.loopscope.ui.PlaybackViewModel;
import dev.loopscope.ui.UiAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Presenter mode, for a teacher in front of a class: full screen, fonts {@link #FONT_SCALE} times
 * larger, the high-contrast projector theme, only the panels the teacher chose, a large clock, and
 * clicker keys (Page Down / Page Up step, as the arrows do). Leaving (Esc, F11, the Exit button)
 * puts back exactly what was there: the split panes' items and dividers, the window chrome, full
 * screen, theme and font size.
 *
 * <p>The window keeps its own layout code; while presenter mode is on it asks this class to lay
 * out the panels ({@link #layout()}), to pick the stylesheet ({@link #isActive()}) and to scale the
 * font ({@link #fontScale()}).
 */
public final class PresenterMode {
    /** How much larger the fonts are: readable from the back of a classroom. */
    public static final double FONT_SCALE = 1.6;
    /** The projector theme, beside theme-light.css and theme-dark.css. */
    public static final String PROJECTOR_CSS = "theme-projector.css";
    /** The panels one can show, in the order of the Panels menu. */
    public static final List<String> PANELS = List.of("Editor", "Ready", "Timers", "Tasks", "Network", "Console",
            "Timeline", "Narration", "Lessons");
    /** What shows the first time: the code, the loop's queue, the tasks, the timeline and the story. */
    public static final Set<String> DEFAULT_PANELS = Set.of("Editor", "Ready", "Tasks", "Timeline", "Narration");
    static final String PANELS_KEY = "presenter.panels";

    private final PlaybackViewModel playback;
    private final Preferences prefs;
    private final Function<String, UiAction> actions;
    private final Map<String, Node> panels;
    private final Map<String, SplitPane> splits;
    private final Node narrationBar;
    private final DoubleProperty fontSize;
    private final BooleanProperty dark;
    private final Runnable restyle;
    private final Map<String, BooleanProperty> shown = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private Stage stage;
    private Scene scene;
    private PresenterHeader header;
    private Snapshot before;
    /** While leaving: puts the dividers back after each layout pass (see {@link #settle}). */
    private Runnable settling;

    /**
     * {@code panels}: the window's panel nodes by the names of {@link #PANELS} (all but Narration);
     * {@code splits}: its split panes by name (outer, main, panels, loop, task); {@code restyle}
     * re-applies theme and font (it consults {@link #isActive()} and {@link #fontScale()}).
     */
    public PresenterMode(PlaybackViewModel playback, Preferences prefs, Function<String, UiAction> actions,
                         Map<String, Node> panels, Map<String, SplitPane> splits, Node narrationBar,
                         DoubleProperty fontSize, BooleanProperty dark, Runnable restyle) {
        this.playback = playback;
        this.prefs = prefs;
        this.actions = actions;
        this.panels = panels;
        this.splits = splits;
        this.narrationBar = narrationBar;
        this.fontSize = fontSize;
        this.dark = dark;
        this.restyle = restyle;
        String saved = prefs.get(PANELS_KEY, null);
        List<String> chosen = saved == null ? List.copyOf(DEFAULT_PANELS) : List.of(saved.split(","));
        for (String name : PANELS) {
            BooleanProperty on = new SimpleBooleanProperty(this, name, chosen.contains(name));
            on.addListener((obs, old, now) -> {
                savePanels();
                if (active.get()) {
                    layout();
                }
            });
            shown.put(name, on);
        }
    }

    /** Called once the window has its stage and scene. */
    public void attach(Stage stage, Scene scene) {
        this.stage = stage;
        this.scene = scene;
        header = new PresenterHeader(playback, actions, shown, this::leave);
        // on the stage, so these keys reach presenter mode before the scene's (and the editor's) own
        stage.addEventFilter(KeyEvent.KEY_PRESSED, this::clicker);
    }

    private void clicker(KeyEvent e) {
        if (!active.get()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            leave();
        } else if (code == KeyCode.PAGE_DOWN) {
            actions.apply("stepForward").fire();
        } else if (code == KeyCode.PAGE_UP) {
            actions.apply("stepBack").fire();
        } else {
            return;
        }
        e.consume();
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (active.get() || stage == null) {
            return;
        }
        forgetSettling();
        before = Snapshot.take(this);
        active.set(true);
        Pane top = (Pane) narrationBar.getParent();
        for (Node chrome : top.getChildren()) {
            if (chrome != narrationBar) {
                chrome.setVisible(false);
                chrome.setManaged(false);
            }
        }
        top.getChildren().add(0, header);
        if (scene.getRoot() instanceof BorderPane border && border.getBottom() != null) {
            border.getBottom().setVisible(false);
            border.getBottom().setManaged(false);
        }
        scene.getRoot().getStyleClass().add("presenter");
        layout();
        restyle.run();
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        header.requestFocus();
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        Snapshot s = before;
        before = null;
        active.set(false);
        ((Pane) narrationBar.getParent()).getChildren().remove(header);
        scene.getRoot().getStyleClass().remove("presenter");
        s.restore(this);
        restyle.run();
        settle(s);
    }

    /** Runs {@code r} once, after the scene's next layout pass (a split pane places new items then). */
    private void afterLayout(Runnable r) {
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Sets the old dividers again after each layout pass until every split pane has its old size:
     * the window shrinks back from full screen, and the narration re-wraps at the smaller font, over
     * a few passes, and a pane that keeps its height (the timeline) would move its divider on each.
     */
    private void settle(Snapshot s) {
        forgetSettling();
        int[] passes = {0};
        settling = () -> {
            s.restoreDividers();
            passes[0]++;
            if ((s.sizesMatch() && passes[0] >= 3) || passes[0] > 40) {
                forgetSettling();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(settling);
        Platform.requestNextPulse();
    }

    private void forgetSettling() {
        if (settling != null) {
            scene.removePostLayoutPulseListener(settling);
            settling = null;
        }
    }

    /** Arranges the chosen panels in the window's split panes (presenter mode only). */
    public void layout() {
        if (!active.get()) {
            return;
        }
        SplitPane loop = splits.get("loop");
        SplitPane task = splits.get("task");
        SplitPane side = splits.get("panels");
        SplitPane main = splits.get("main");
        SplitPane outer = splits.get("outer");
        arrange(loop, pick("Ready"), pick("Timers"));
        arrange(task, pick("Tasks"), pick("Network"));
        arrange(side, nonEmpty(loop), nonEmpty(task), pick("Console"));
        arrange(main, pick("Lessons"), pick("Editor"), nonEmpty(side));
        arrange(outer, nonEmpty(main), pick("Timeline"));
        if (side.getItems().size() == 2 && side.getItems().get(0) == loop) {
            side.setDividerPositions(0.36); // the queue is short; the tasks need a row each
        }
        if (outer.getItems().size() == 2) {
            outer.setDividerPositions(0.64);
        }
        if (main.getItems().size() == 3) {
            main.setDividerPositions(0.22, 0.6);
        } else if (main.getItems().size() == 2) {
            main.setDividerPositions(main.getItems().get(0) == panels.get("Lessons") ? 0.3 : 0.5);
        }
        // a split pane whose items just changed places its dividers on its next layout: set them again then
        Map<SplitPane, double[]> want = new LinkedHashMap<>();
        splits.values().forEach(split -> want.put(split, split.getDividerPositions()));
        afterLayout(() -> {
            if (active.get()) {
                want.forEach(SplitPane::setDividerPositions);
            }
        });
        boolean story = shown.get("Narration").get();
        narrationBar.setVisible(story);
        narrationBar.setManaged(story);
    }

    private Node pick(String name) {
        return shown.get(name).get() ? panels.get(name) : null;
    }

    private static Node nonEmpty(SplitPane split) {
        return split.getItems().isEmpty() ? null : split;
    }

    /** Sets the items (when they differ) and spreads the dividers evenly. */
    private static void arrange(SplitPane split, Node... nodes) {
        List<Node> want = dev.loopscope.ui.SplitItems.set(split, nodes);
        double[] even = new double[Math.max(0, want.size() - 1)];
        for (int i = 0; i < even.length; i++) {
            even[i] = (i + 1.0) / want.size();
        }
        split.setDividerPositions(even);
    }

    private void savePanels() {
        List<String> on = new ArrayList<>();
        shown.forEach((name, p) -> {
            if (p.get()) {
                on.add(name);
            }
        });
        try {
            prefs.put(PANELS_KEY, String.join(",", on));
        } catch (IllegalStateException removed) {
            // a test's settings node after the test: nothing to remember
        }
    }

    /** Shows a panel in presenter mode (the narration's lesson link shows the Lessons panel so). */
    public void showPanel(String name) {
        BooleanProperty on = shown.get(name);
        if (on != null) {
            on.set(true);
        }
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The factor on the window's font size: {@link #FONT_SCALE} in presenter mode, else 1. */
    public double fontScale() {
        return active.get() ? FONT_SCALE : 1;
    }

    /** Which panels presenter mode shows, by the names of {@link #PANELS}. */
    public Map<String, BooleanProperty> panelChoice() {
        return shown;
    }

    /** What presenter mode changes, as it was before: put back on leaving. */
    private record Snapshot(Map<SplitPane, List<Node>> items, Map<SplitPane, double[]> dividers,
                            Map<Node, Boolean> visible, boolean fullScreen, String exitHint,
                            KeyCombination exitKey, double fontSize, boolean dark,
                            Map<SplitPane, javafx.geometry.Bounds> sizes) {

        static Snapshot take(PresenterMode p) {
            Map<SplitPane, List<Node>> items = new LinkedHashMap<>();
            Map<SplitPane, double[]> dividers = new LinkedHashMap<>();
            for (SplitPane split : p.splits.values()) {
                items.put(split, List.copyOf(split.getItems()));
                dividers.put(split, split.getDividerPositions());
            }
            Map<Node, Boolean> visible = new LinkedHashMap<>();
            for (Node n : ((Pane) p.narrationBar.getParent()).getChildren()) {
                visible.put(n, n.isVisible());
            }
            if (p.scene.getRoot() instanceof BorderPane border && border.getBottom() != null) {
                visible.put(border.getBottom(), border.getBottom().isVisible());
            }
            return new Snapshot(items, dividers, visible, p.stage.isFullScreen(), p.stage.getFullScreenExitHint(),
                    p.stage.getFullScreenExitKeyCombination(), p.fontSize.get(), p.dark.get(),
                    sizes(p));
        }

        void restore(PresenterMode p) {
            p.stage.setFullScreen(fullScreen);
            p.stage.setFullScreenExitHint(exitHint);
            p.stage.setFullScreenExitKeyCombination(exitKey);
            // inner panes first: an outer pane's dividers are laid out against its restored items
            List<SplitPane> order = new ArrayList<>(items.keySet());
            java.util.Collections.reverse(order);
            for (SplitPane split : order) {
                if (!split.getItems().equals(items.get(split))) {
                    split.getItems().setAll(items.get(split));
                }
            }
            restoreDividers();
            visible.forEach((n, on) -> {
                n.setVisible(on);
                n.setManaged(on);
            });
            p.fontSize.set(fontSize);
            p.dark.set(dark);
        }

        void restoreDividers() {
            dividers.forEach(SplitPane::setDividerPositions);
        }

        static Map<SplitPane, javafx.geometry.Bounds> sizes(PresenterMode p) {
            Map<SplitPane, javafx.geometry.Bounds> sizes = new LinkedHashMap<>();
            p.splits.values().forEach(split -> sizes.put(split, split.getLayoutBounds()));
            return sizes;
        }

        boolean sizesMatch() {
            for (Map.Entry<SplitPane, javafx.geometry.Bounds> e : sizes.entrySet()) {
                javafx.geometry.Bounds now = e.getKey().getLayoutBounds();
                if (now.getWidth() != e.getValue().getWidth() || now.getHeight() != e.getValue().getHeight()) {
                    return false;
                }
            }
            return true;
        }
    }
}
