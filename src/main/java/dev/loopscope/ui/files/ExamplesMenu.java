package dev.loopscope.ui.files;

import dev.loopscope.examples.Examples;
import dev.loopscope.examples.Examples.Example;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Examples menu of the main window. */
public final class ExamplesMenu {
    private ExamplesMenu() {
    }

    /** An "Examples" menu: one item per example (its title), groups apart; a choice calls {@code open}. */
    public static Menu build(Consumer<Example> open) {
        Menu menu = new Menu("_Examples");
        String group = null;
        for (Example example : Examples.all()) {
            if (group != null && !group.equals(example.group())) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            group = example.group();
            MenuItem item = new MenuItem(example.title());
            item.setMnemonicParsing(false);
            item.setUserData(example);
            item.setOnAction(e -> open.accept(example));
            menu.getItems().add(item);
        }
        return menu;
    }
}
