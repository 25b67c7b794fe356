package dev.loopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user meets it (headless under Monocle in {@code mvn verify}). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.show(stage, null);
    }

    @Test
    void opensWithTheTutorialExample(FxRobot robot) {
        assertEquals("LoopScope", stage.getTitle());
        assertFalse(stage.getIcons().isEmpty(), "window icon");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        assertTrue(editor.getText().contains("async def fetch_data"), editor.getText());
        assertTrue(editor.getText().contains("asyncio.run(main())"), editor.getText());
        Button run = robot.lookup("#runButton").queryButton();
        assertNotNull(run);
        assertTrue(run.getText().contains("Run"), run.getText());
        assertFalse(run.isDisabled());
    }

    @Test
    void runShowsATraceOrAProblem(FxRobot robot) throws Exception {
        TextArea output = robot.lookup("#output").queryAs(TextArea.class);
        robot.clickOn("#runButton");
        // with the engine: the trace; before it lands: a message saying so (in red)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> output.getText().startsWith("loop-trace 1") || output.getText().contains("engine"));
        WaitForAsyncUtils.waitForFxEvents();
        boolean traced = output.getText().startsWith("loop-trace 1");
        assertEquals(!traced, output.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("problem")), output.getText());
        if (traced) {
            assertTrue(output.getText().contains("create Task-2 fetch_data"), output.getText());
        }
    }

    @Test
    void keywordsAreHighlighted(FxRobot robot) {
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        int at = editor.getText().indexOf("async def");
        assertTrue(editor.getStyleOfChar(at + 1).contains("keyword"), String.valueOf(editor.getStyleOfChar(at + 1)));
        int comment = editor.getText().indexOf("# Run the event loop");
        assertTrue(editor.getStyleOfChar(comment + 1).contains("comment"));
    }
}
