package dev.loopscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screen painter's fonts at the sizes a size factor makes: each size and weight its own. */
@ExtendWith(ApplicationExtension.class)
class CanvasPainterFontTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void sizesOneBitApartKeepTheirOwnWeight(FxRobot robot) {
        List<Font> fonts = new ArrayList<>();
        robot.interact(() -> {
            CanvasPainter p = new CanvasPainter(new Canvas(10, 10).getGraphicsContext2D());
            double small = 10.5 * 1.6; // 16.8, regular (a coroutine's name at factor 1.6)
            double name = 12 * 1.4; // 16.799999999999997, bold (a task's name at factor 1.4)
            assertEquals(Double.doubleToLongBits(small), Double.doubleToLongBits(name) ^ 1, "one bit apart");
            fonts.add(p.font(small, false));
            fonts.add(p.font(name, true));
            fonts.add(p.font(small, false));
        });
        assertFalse(fonts.get(0).getStyle().toLowerCase().contains("bold"), fonts.get(0).getStyle());
        assertTrue(fonts.get(1).getStyle().toLowerCase().contains("bold"), fonts.get(1).getStyle());
        assertFalse(fonts.get(2).getStyle().toLowerCase().contains("bold"), fonts.get(2).getStyle());
        assertEquals(12 * 1.4, fonts.get(1).getSize(), 1e-5);
    }
}
