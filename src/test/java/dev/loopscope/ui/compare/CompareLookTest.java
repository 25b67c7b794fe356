package dev.loopscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.render.CompareLayout;
import dev.loopscope.render.Viewport;
import dev.loopscope.ui.MainWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare window looks like the window that opened it: its theme, its font, and a drawing of its size. */
@ExtendWith(ApplicationExtension.class)
class CompareLookTest {
    private Stage owner;

    @Start
    void start(Stage primary) {
        owner = new Stage();
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().setAll(MainWindow.class.getResource("MainWindow.css").toExternalForm(),
                MainWindow.class.getResource("theme-projector.css").toExternalForm());
        scene.getRoot().setStyle("-fx-font-size: 16.0pt;");
        owner.setScene(scene);
        owner.show();
    }

    @Test
    void itFollowsItsOwnersStylesheetsFontAndSize(FxRobot robot) throws Exception {
        SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
        SimpleDoubleProperty scale = new SimpleDoubleProperty(1.6);
        CompareWindow[] w = new CompareWindow[1];
        robot.interact(() -> w[0] = CompareWindow.show(owner, dark, scale));
        try {
            ComparePane pane = w[0].pane();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pane.busyProperty().get() && pane.comparison() != null);
            WaitForAsyncUtils.waitForFxEvents();
            Scene own = w[0].stage().getScene();
            List<String> sheets = own.getStylesheets();
            assertEquals(owner.getScene().getStylesheets(), sheets.subList(0, 2));
            assertTrue(sheets.get(2).endsWith("compare.css"), sheets.toString());
            assertEquals("-fx-font-size: 16.0pt;", own.getRoot().getStyle());

            // the drawing is 1.6 times as large, and hovering still names what is under the pointer
            CompareCanvas canvas = pane.canvas();
            CompareLayout l = pane.comparison();
            assertEquals(l.height() * 1.6, canvas.getHeight(), 1);
            double layoutWidth = canvas.getWidth() / 1.6;
            double y = l.frameTop(1) + Viewport.lanesTop() + Viewport.LANE_HEIGHT / 2;
            String said = canvas.describe(l.px(0.5, layoutWidth) * 1.6, y * 1.6);
            assertTrue(said.startsWith("Run B: Task-1"), said);

            // and it keeps following: presenter mode left, a smaller font
            robot.interact(() -> {
                owner.getScene().getRoot().setStyle("-fx-font-size: 10.0pt;");
                scale.set(1);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("-fx-font-size: 10.0pt;", own.getRoot().getStyle());
            assertEquals(l.height(), canvas.getHeight(), 1);
        } finally {
            robot.interact(() -> w[0].stage().close());
        }
    }
}
