package dev.loopscope.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopscope.predict.LineOrderResult;
import dev.loopscope.predict.NextTaskQuestion;
import dev.loopscope.predict.PrintedLine;
import dev.loopscope.ui.MainViewModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Predict window over a real run of the tutorial example, headless: reorder with
 * Alt+Up/Down, Check, the marks and the score; a "which task runs next?" answered wrong and
 * right; the playback stopping at a question while the run is watched.
 */
@ExtendWith(ApplicationExtension.class)
class PredictWindowTest {

    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private MainViewModel model;
    private PredictWindow window;
    private PredictPane pane;

    @Start
    void start(Stage primary) throws Exception {
        model = new MainViewModel();
        try (InputStream in = getClass().getResourceAsStream("/dev/loopscope/examples/tutorial_create_task.py")) {
            model.document().untitled("tutorial_create_task.py", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        window = PredictWindow.build(new Stage(), model);
        pane = window.pane();
        window.stage().show();
        model.run();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
    }

    private void awaitQuestions() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pane.order().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(List<PrintedLine> lines) {
        return lines.stream().map(PrintedLine::text).toList();
    }

    /** The slots whose cell shows the pseudo-class (what the learner sees as a mark). */
    private static Set<Integer> cellsWith(FxRobot robot, PseudoClass state) {
        return robot.lookup("#predictLines").queryAs(ListView.class).lookupAll(".predict-line").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() != null && c.getPseudoClassStates().contains(state))
                .map(ListCell::getIndex).collect(Collectors.toSet());
    }

    /** Plays as the main window's animation timer would (it is not in this test), until the playback stops. */
    private void playUntilPaused(FxRobot robot) {
        for (int i = 0; i < 2000 && model.playback().playingProperty().get(); i++) {
            robot.interact(() -> model.playback().tick(0.05));
        }
        assertFalse(model.playback().playingProperty().get(), "the playback stopped");
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void reorderWithAltArrowsThenCheckMarksExactlyTheMisplacedLines(FxRobot robot) throws Exception {
        awaitQuestions();
        List<String> truth = List.of("Start fetching data...", "Start processing data...", "Done processing data",
                "Done fetching data", "Fetched Data: {'data': 'Sample Data'}", "Processed Data: Processed Data");
        assertEquals(truth.stream().sorted().toList(), texts(pane.order()).stream().sorted().toList());
        assertFalse(texts(pane.order()).equals(truth), "shuffled");
        assertEquals(0, model.playback().position(), "nothing has played yet");

        // sort the shuffle into the true order, except the classic mistake (Done fetching before Done processing)
        List<String> goal = List.of(truth.get(0), truth.get(1), truth.get(3), truth.get(2), truth.get(4), truth.get(5));
        ListView<?> list = robot.lookup("#predictLines").queryAs(ListView.class);
        robot.clickOn(list);
        for (int slot = 0; slot < goal.size(); slot++) {
            int at = texts(pane.order()).indexOf(goal.get(slot));
            int from = at;
            robot.interact(() -> list.getSelectionModel().clearAndSelect(from));
            for (int i = at; i > slot; i--) {
                robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(slot, list.getSelectionModel().getSelectedIndex(), "the moved line stays selected");
        }
        assertEquals(goal, texts(pane.order()));
        // Alt+Down moves a line the other way (and back)
        robot.interact(() -> list.getSelectionModel().clearAndSelect(0));
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(truth.get(0), pane.order().get(1).text());
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(goal, texts(pane.order()));

        robot.clickOn("#checkButton");
        WaitForAsyncUtils.waitForFxEvents();
        LineOrderResult result = pane.resultProperty().get();
        assertNotNull(result);
        assertEquals(4, result.inPlace());
        assertEquals(Set.of(2, 3), cellsWith(robot, WRONG));
        assertEquals(Set.of(0, 1, 4, 5), cellsWith(robot, RIGHT));
        assertEquals("4 of 6 lines in place", text(robot, "#lineScore"));
        assertEquals("Score: Lines: 4/6", text(robot, "#predictScore"));
        VBox explanations = robot.lookup("#lineExplanations").queryAs(VBox.class);
        String all = explanations.lookupAll(".predict-explanation-text").stream().map(n -> ((Label) n).getText())
                .collect(Collectors.joining("\n"));
        assertEquals(2, explanations.getChildren().size(), all);
        assertTrue(all.contains("Line 3 should be \u201cDone processing data\u201d."), all);
        assertTrue(all.contains("Task-3's sleep(1) timer was due at t=1.0, before Task-2's sleep(2) timer was due at"
                + " t=2.0"), all);

        // moving a line makes the marks stale: they go
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().clearAndSelect(2);
        });
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(truth, texts(pane.order()));
        assertNull(pane.resultProperty().get());
        assertTrue(cellsWith(robot, WRONG).isEmpty());
        robot.clickOn("#checkButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("All 6 lines in place!", text(robot, "#lineScore"));
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), cellsWith(robot, RIGHT));
    }

    @Test
    void whichTaskRunsNextTellsWrongFromRightAndNamesTheRule(FxRobot robot) throws Exception {
        awaitQuestions();
        robot.interact(() -> pane.tabs().getSelectionModel().select(1));
        List<NextTaskQuestion> qs = pane.questions();
        assertEquals(4, qs.size());
        assertEquals("Question 1 of 4", text(robot, "#questionProgress"));
        assertTrue(text(robot, "#questionPrompt").contains("has just called create_task for Task-2 (fetch_data)"));
        Button answer = robot.lookup("#answerButton").queryButton();
        assertTrue(answer.isDisabled(), "nothing chosen yet");

        // wrong: "Task-2 starts"
        RadioButton starts = robot.lookup("#choice1").queryAs(RadioButton.class);
        assertEquals("Task-2 (fetch_data) starts", starts.getText());
        robot.clickOn(starts);
        robot.clickOn("#answerButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u2716 Not quite", text(robot, "#verdict"));
        assertTrue(robot.lookup("#verdict").query().getPseudoClassStates().contains(WRONG));
        assertTrue(text(robot, "#feedback").startsWith("Task-1 (main) keeps running. The running task keeps going"
                + " until it awaits"), text(robot, "#feedback"));
        assertTrue(robot.lookup("#choice0").query().getPseudoClassStates().contains(RIGHT), "the right one is shown");
        assertTrue(starts.getPseudoClassStates().contains(WRONG));
        assertTrue(answer.isDisabled(), "one answer per question");
        assertEquals("Score: Which next: 0/1", text(robot, "#predictScore"));

        // next: the ready queue holds Task-2 then Task-3; right answer: Task-2 (FIFO)
        robot.clickOn("#nextQuestionButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Question 2 of 4", text(robot, "#questionProgress"));
        assertEquals("", text(robot, "#verdict"));
        robot.clickOn("#choice0");
        robot.clickOn("#answerButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u2714 Right", text(robot, "#verdict"));
        assertTrue(text(robot, "#feedback").startsWith("Task-2 (fetch_data) runs next. The ready queue is FIFO"),
                text(robot, "#feedback"));
        assertEquals("Score: Which next: 1/2", text(robot, "#predictScore"));
    }

    @Test
    void watchingTheRunStopsAtTheNextQuestionAndGoesOnAfterTheAnswer(FxRobot robot) throws Exception {
        awaitQuestions();
        int first = pane.questions().get(0).position();
        int second = pane.questions().get(1).position();
        robot.clickOn("#watchButton");
        assertTrue(model.playback().playingProperty().get());
        playUntilPaused(robot);
        assertEquals(first, model.playback().position(), "paused exactly at the question's moment");
        assertTrue(pane.tabs().getSelectionModel().getSelectedIndex() == 1, "the question is on show");
        robot.clickOn("#choice0");
        robot.clickOn("#answerButton");
        WaitForAsyncUtils.waitForFxEvents();
        Button next = robot.lookup("#nextQuestionButton").queryButton();
        assertEquals("\u25b6 Continue playing", next.getText());
        robot.clickOn(next);
        assertTrue(model.playback().playingProperty().get(), "playing on");
        playUntilPaused(robot);
        assertEquals(second, model.playback().position());
        assertEquals("Question 2 of 4", text(robot, "#questionProgress"));
        Node context = robot.lookup("#questionContext").query();
        assertTrue(((VBox) context).getChildren().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.equals("Ready queue (head first): resume Task-2 (fetch_data); resume Task-3"
                        + " (process_data)")));
        // and the main window's ready queue at that moment says the same
        assertEquals(List.of(2, 3), model.playback().ready().stream().map(r -> r.entry().task()).toList());
    }
}
