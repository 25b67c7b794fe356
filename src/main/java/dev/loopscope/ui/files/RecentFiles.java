package dev.loopscope.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The files opened or saved lately, newest first, at most {@link #MAX}, kept in
 * {@link Preferences} (keys {@code recent.0} ... {@code recent.9}).
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences prefs;

    /** The application's node ({@code dev/loopscope/ui/files}). */
    public RecentFiles() {
        this(Preferences.userNodeForPackage(RecentFiles.class));
    }

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The remembered files, newest first (including any that have since disappeared). */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Paths.get(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first (once). */
    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(normal);
        files.add(0, normal);
        store(files);
    }

    public void remove(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // the list is a convenience: losing it is no error worth a dialog
        }
    }

    /** A "Recent Files" menu that refreshes itself each time it opens. */
    public Menu buildMenu(Consumer<Path> open) {
        Menu menu = new Menu("Open _Recent");
        fill(menu, open);
        menu.setOnShowing(e -> fill(menu, open));
        return menu;
    }

    /** Replaces {@code menu}'s items with the list (missing files disabled) and "Clear". */
    public void fill(Menu menu, Consumer<Path> open) {
        menu.getItems().clear();
        List<Path> files = list();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path file : files) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setDisable(!Files.isRegularFile(file));
            item.setOnAction(e -> open.accept(file));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear Recent Files");
        clear.setOnAction(e -> clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
