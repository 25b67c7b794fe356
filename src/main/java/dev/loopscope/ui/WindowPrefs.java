package dev.loopscope.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window remembers between runs (java.util.prefs): its size and place, the divider
 * positions, the theme, the font size and which panels show. The node is passed in, so tests use
 * a node of their own and never touch the user's settings.
 */
public final class WindowPrefs {
    /** The node of the real application. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("dev/loopscope/ui");
    }

    private final Preferences node;

    public WindowPrefs(Preferences node) {
        this.node = node;
    }

    public Preferences node() {
        return node;
    }

    // ---- window ---------------------------------------------------------------------------

    /** Sizes and places {@code stage}: as last time if that still fits a screen, else to fit this one. */
    public void restoreWindow(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = node.getDouble("window.width", screen.getWidth() * 0.94);
        double h = node.getDouble("window.height", screen.getHeight() * 0.92);
        w = Math.max(640, Math.min(w, screen.getWidth()));
        h = Math.max(480, Math.min(h, screen.getHeight()));
        stage.setWidth(w);
        stage.setHeight(h);
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        boolean visible = !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, Math.min(w, 100), Math.min(h, 100)).isEmpty();
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    public void saveWindow(Stage stage) {
        if (!exists()) {
            return;
        }
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
        }
    }

    // ---- dividers --------------------------------------------------------------------------

    public void restoreDividers(Map<String, SplitPane> splits) {
        splits.forEach((name, split) -> {
            String saved = node.get("split." + name, null);
            if (saved == null) {
                return;
            }
            try {
                double[] positions = Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
                if (positions.length == split.getDividers().size()) {
                    split.setDividerPositions(positions);
                }
            } catch (NumberFormatException e) {
                node.remove("split." + name);
            }
        });
    }

    public void saveDividers(Map<String, SplitPane> splits) {
        if (!exists()) {
            return;
        }
        splits.forEach((name, split) -> {
            StringBuilder text = new StringBuilder();
            for (double p : split.getDividerPositions()) {
                if (text.length() > 0) {
                    text.append(',');
                }
                text.append(String.format(Locale.ROOT, "%.4f", p));
            }
            node.put("split." + name, text.toString());
        });
    }

    // ---- settings ----------------------------------------------------------------------------

    public boolean dark() {
        return node.getBoolean("theme.dark", false);
    }

    public void dark(boolean dark) {
        if (!exists()) {
            return;
        }
        node.putBoolean("theme.dark", dark);
    }

    public double fontSize(double fallback) {
        return node.getDouble("font.size", fallback);
    }

    public void saveFontSize(double size) {
        if (!exists()) {
            return;
        }
        node.putDouble("font.size", size);
    }

    public boolean panelShown(String name) {
        return node.getBoolean("panel." + name, true);
    }

    public void panelShown(String name, boolean shown) {
        if (!exists()) {
            return;
        }
        node.putBoolean("panel." + name, shown);
    }

    /** False once the node was removed (a test's node after the test): saving is then skipped. */
    public boolean exists() {
        try {
            return node.nodeExists("");
        } catch (BackingStoreException | IllegalStateException e) {
            return false;
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // settings are a convenience: a read-only home folder must not stop the window
        }
    }
}
