package dev.loopscope.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * The look LoopScope's windows share: the main window's stylesheets (its base sheet, then a theme)
 * and the {@code :dark} pseudo-class. A second window (Compare, Predict) adds a sheet of its own, and
 * takes either a theme or, from its owner, the very sheets and font the owner shows.
 */
public final class WindowLook {
    public static final String BASE_CSS = "MainWindow.css";
    public static final String LIGHT_CSS = "theme-light.css";
    public static final String DARK_CSS = "theme-dark.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private WindowLook() {
    }

    /** A stylesheet's address, from the folder of {@code near}. */
    public static String sheet(Class<?> near, String name) {
        URL url = Objects.requireNonNull(near.getResource(name), name);
        return url.toExternalForm();
    }

    /** Gives {@code scene} the main window's base sheet, then {@code theme} (a sheet beside it), then {@code own}. */
    public static void apply(Scene scene, String theme, boolean dark, String... own) {
        List<String> sheets = new ArrayList<>();
        sheets.add(sheet(WindowLook.class, BASE_CSS));
        sheets.add(sheet(WindowLook.class, theme));
        sheets.addAll(List.of(own));
        scene.getStylesheets().setAll(sheets);
        scene.getRoot().pseudoClassStateChanged(DARK, dark);
    }

    /** {@link #apply} with the light or the dark theme. */
    public static void apply(Scene scene, boolean dark, String... own) {
        apply(scene, dark ? DARK_CSS : LIGHT_CSS, dark, own);
    }

    /** Gives {@code scene} the sheets and font {@code owner} shows now, then {@code own}. */
    public static void copy(Scene owner, Scene scene, String... own) {
        List<String> sheets = new ArrayList<>(owner.getStylesheets());
        sheets.addAll(List.of(own));
        scene.getStylesheets().setAll(sheets);
        scene.getRoot().setStyle(owner.getRoot().getStyle());
    }
}
