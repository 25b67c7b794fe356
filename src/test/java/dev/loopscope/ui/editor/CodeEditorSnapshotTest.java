package dev.loopscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.diag.Diagnostic;
import dev.loopscope.diag.Span;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the editor, light and dark, with every kind of mark, in
 * {@code target/editor-snapshots/} (to look at; the test checks only that they were drawn).
 */
@ExtendWith(ApplicationExtension.class)
class CodeEditorSnapshotTest {

    private CodeEditor editor;

    @Start
    void start(Stage stage) throws IOException {
        editor = new CodeEditor();
        try (InputStream in = getClass().getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
            editor.setText(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    + "\n@decorated\nclass Demo:\n    \"\"\"Doc\n    string\"\"\"\n    x = 0x1F + 3.5e-2 + self.y\n"
                    + "    s = f\"{x!r:>10} and {{braces}}\" + rb'raw\\n'\n");
        }
        stage.setScene(new Scene(editor, 760, 620));
        stage.show();
    }

    @Test
    void drawsLightAndDark(FxRobot robot) throws IOException {
        robot.interact(() -> {
            editor.setExecutingLine(7);
            editor.setTaskMarks(List.of(new CodeEditor.TaskMark(12, 1, "Task-2"),
                    new CodeEditor.TaskMark(19, 0, "Task-1"),
                    new CodeEditor.TaskMark(12, 2, "Task-3"),
                    new CodeEditor.TaskMark(13, 3, "Task-4"), new CodeEditor.TaskMark(13, 4, "Task-5"),
                    new CodeEditor.TaskMark(13, 5, "Task-6"), new CodeEditor.TaskMark(13, 6, "Task-7")));
            editor.showDiagnostic(new Diagnostic("x.py", new Span(22, 20, 22, 33), "SyntaxError",
                    "invalid syntax", null));
        });
        Path dir = Paths.get("target/editor-snapshots");
        Files.createDirectories(dir);
        snapshot(robot, dir.resolve("editor-light.png"));
        robot.interact(() -> {
            editor.setDark(true);
            editor.setFontSize(13);
        });
        snapshot(robot, dir.resolve("editor-dark.png"));
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = editor.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
        assertTrue(Files.size(file) > 1000, file + " is empty");
    }
}
