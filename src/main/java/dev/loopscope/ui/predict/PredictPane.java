package dev.loopscope.ui.predict;

import dev.loopscope.predict.Choice;
import dev.loopscope.predict.Feedback;
import dev.loopscope.predict.LineMark;
import dev.loopscope.predict.LineOrderQuestion;
import dev.loopscope.predict.LineOrderResult;
import dev.loopscope.predict.NextTaskQuestion;
import dev.loopscope.predict.NextTaskQuestions;
import dev.loopscope.predict.PrintedLine;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.ui.PlaybackViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Predict mode: before a run plays, the learner orders its printed lines and says which task runs
 * next at moments the app picks; the app checks against the recording and shows why. The
 * questions, checks and explanations are {@link dev.loopscope.predict}'s; this pane only shows them,
 * and drives the main window's playback when the learner watches the run (pausing at each
 * question when asked to).
 */
public final class PredictPane extends BorderPane {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final double LINE_HEIGHT = 26;

    private final PlaybackViewModel playback;
    private final Label title = new Label("Predict");
    private final Label score = new Label();
    private final Button watch = new Button("\u25b6 Watch the run");
    private final TabPane tabs = new TabPane();
    private final Tab linesTab = new Tab("Order the printed lines");
    private final Tab nextTab = new Tab("Which task runs next?");

    // order the lines
    private final ObservableList<PrintedLine> order = FXCollections.observableArrayList();
    private final ListView<PrintedLine> lines = new ListView<>(order);
    private final Button check = new Button("Check");
    private final Button reset = new Button("Start over");
    private final Label lineScore = new Label();
    private final VBox explanations = new VBox(6);
    private final ReadOnlyObjectWrapper<LineOrderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private LineOrderQuestion lineQuestion;

    // which task runs next
    private final Label progress = new Label();
    private final Label prompt = new Label();
    private final VBox context = new VBox(2);
    private final VBox choiceBox = new VBox(6);
    private final ToggleGroup choices = new ToggleGroup();
    private final Button answer = new Button("Answer");
    private final Button next = new Button("Next question");
    private final CheckBox pauseAtQuestions = new CheckBox("Pause the playback at each question");
    private final Label verdict = new Label();
    private final Label feedback = new Label();
    private final javafx.beans.property.BooleanProperty answered = new javafx.beans.property.SimpleBooleanProperty();
    private List<NextTaskQuestion> questions = List.of();
    private final List<Boolean> answers = new ArrayList<>();
    private int current;
    /** While the main window plays the run and stopped at a question: answering lets it go on. */
    private boolean pausedForQuestion;
    private int lastPosition;

    public PredictPane(PlaybackViewModel playback) {
        this.playback = playback;
        getStyleClass().add("predict-pane");
        setTop(header());
        linesTab.setContent(linesContent());
        nextTab.setContent(nextContent());
        linesTab.setClosable(false);
        nextTab.setClosable(false);
        linesTab.setId("linesTab");
        nextTab.setId("nextTab");
        tabs.getTabs().addAll(linesTab, nextTab);
        setCenter(tabs);
        playback.positionProperty().addListener((obs, old, now) -> onPosition(now.intValue()));
        showWaiting("Running the scenario\u2026");
    }

    private HBox header() {
        title.getStyleClass().add("predict-title");
        score.setId("predictScore");
        score.getStyleClass().add("predict-score");
        watch.setId("watchButton");
        watch.setOnAction(e -> watch());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(12, title, gap, score, watch);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 10, 8, 10));
        box.getStyleClass().add("predict-header");
        return box;
    }

    private VBox linesContent() {
        Label hint = new Label("In what order does the program print these lines? Drag them into place, or select"
                + " one and move it with Alt+\u2191 / Alt+\u2193. Then Check.");
        hint.setWrapText(true);
        hint.getStyleClass().add("predict-hint");
        lines.setId("predictLines");
        lines.setCellFactory(v -> new LineCell());
        lines.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int i = lines.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    move(i, e.getCode() == KeyCode.UP ? i - 1 : i + 1);
                }
                e.consume();
            }
        });
        // as tall as its lines (up to the question's maximum), leaving the rest to the explanations
        lines.setFixedCellSize(LINE_HEIGHT);
        lines.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(3, order.size()) * LINE_HEIGHT + 4, order));
        lines.setMinHeight(3 * LINE_HEIGHT + 4);
        check.setId("checkButton");
        check.setDefaultButton(false);
        check.setOnAction(e -> checkOrder());
        reset.setId("resetButton");
        reset.setOnAction(e -> {
            if (lineQuestion != null) {
                order.setAll(lineQuestion.shuffled());
                clearResult();
            }
        });
        lineScore.setId("lineScore");
        lineScore.getStyleClass().add("predict-score");
        HBox buttons = new HBox(8, check, reset, lineScore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        explanations.setId("lineExplanations");
        explanations.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(explanations);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("predict-scroll");
        scroll.setPrefHeight(180);
        VBox box = new VBox(8, hint, lines, buttons, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private VBox nextContent() {
        progress.setId("questionProgress");
        progress.getStyleClass().add("predict-hint");
        prompt.setId("questionPrompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().add("predict-prompt");
        context.setId("questionContext");
        context.getStyleClass().add("predict-context");
        choiceBox.setId("questionChoices");
        answer.setId("answerButton");
        answer.disableProperty().bind(choices.selectedToggleProperty().isNull().or(answered));
        answer.setOnAction(e -> answerSelected());
        next.setId("nextQuestionButton");
        next.setOnAction(e -> nextQuestion());
        pauseAtQuestions.setId("pauseAtQuestions");
        pauseAtQuestions.setSelected(true);
        HBox buttons = new HBox(8, answer, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        feedback.setId("feedback");
        feedback.setWrapText(true);
        feedback.getStyleClass().add("predict-feedback");
        verdict.setId("verdict");
        verdict.getStyleClass().add("predict-verdict");
        VBox box = new VBox(10, progress, prompt, context, choiceBox, buttons, verdict, feedback, pauseAtQuestions);
        box.setPadding(new Insets(10));
        return box;
    }

    // ---- loading -------------------------------------------------------------------------------

    /** Shows a message instead of questions (while the run is made, or when it could not be). */
    public void showWaiting(String message) {
        lineQuestion = null;
        questions = List.of();
        order.clear();
        clearResult();
        lines.setPlaceholder(new Label(message));
        prompt.setText(message);
        progress.setText("");
        context.getChildren().clear();
        choiceBox.getChildren().clear();
        feedback.setText("");
        next.setDisable(true);
        watch.setDisable(true);
        updateScore();
    }

    /** New questions for {@code run}: its lines shuffled, its decision points from the start. */
    public void load(RecordedRun run) {
        title.setText("Predict: " + run.fileName());
        lineQuestion = LineOrderQuestion.of(run);
        order.setAll(lineQuestion.shuffled());
        lines.setPlaceholder(new Label("This run prints nothing: try \u201cWhich task runs next?\u201d"));
        clearResult();
        check.setDisable(!lineQuestion.askable());
        reset.setDisable(!lineQuestion.askable());
        if (!order.isEmpty() && !lineQuestion.askable()) {
            lineScore.setText("All lines are the same: nothing to order");
        }
        questions = NextTaskQuestions.of(run);
        answers.clear();
        current = 0;
        pausedForQuestion = false;
        lastPosition = playback.position();
        watch.setDisable(false);
        showQuestion();
        updateScore();
    }

    // ---- order the lines -----------------------------------------------------------------------

    /** Moves the line at {@code from} to {@code to} (clamped), keeping it selected. */
    public void move(int from, int to) {
        if (from < 0 || from >= order.size()) {
            return;
        }
        int target = Math.max(0, Math.min(order.size() - 1, to));
        if (target == from) {
            return;
        }
        PrintedLine line = order.remove(from);
        order.add(target, line);
        lines.getSelectionModel().clearAndSelect(target);
        lines.scrollTo(target);
        clearResult();
    }

    private void checkOrder() {
        if (lineQuestion == null || !lineQuestion.askable()) {
            return;
        }
        LineOrderResult r = lineQuestion.check(List.copyOf(order));
        result.set(r);
        lineScore.setText(r.allRight() ? "All " + r.total() + " lines in place!" : r.score());
        lineScore.pseudoClassStateChanged(RIGHT, r.allRight());
        lineScore.pseudoClassStateChanged(WRONG, !r.allRight());
        explanations.getChildren().clear();
        if (r.allRight()) {
            explanations.getChildren().add(explanation("\u2714 That is the order the run prints them. Watch the run"
                    + " to see why.", true));
        }
        for (LineMark m : r.marks()) {
            if (!m.inPlace()) {
                explanations.getChildren().add(explanation("Line " + (m.slot() + 1) + " should be "
                        + quote(m.expected()) + ". " + capitalise(m.explanation()) + ".", false));
            }
        }
        lines.refresh();
        updateScore();
    }

    /** A mark in the verdict's colour, then the explanation in the text colour (easier to read). */
    private HBox explanation(String text, boolean right) {
        Label mark = new Label(right ? "\u2714" : "\u2716");
        mark.getStyleClass().add("predict-explanation");
        mark.pseudoClassStateChanged(right ? RIGHT : WRONG, true);
        mark.setMinWidth(18);
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add("predict-explanation-text");
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox row = new HBox(4, mark, l);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private void clearResult() {
        if (result.get() != null) {
            result.set(null);
            lines.refresh();
        }
        explanations.getChildren().clear();
        lineScore.setText("");
        lineScore.pseudoClassStateChanged(RIGHT, false);
        lineScore.pseudoClassStateChanged(WRONG, false);
        updateScore();
    }

    private static String quote(String s) {
        return "\u201c" + s + "\u201d";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A line with its slot number and, after Check, a tick or a cross; drag it to move it. */
    private final class LineCell extends ListCell<PrintedLine> {
        private final Label number = new Label();
        private final Label text = new Label();
        private final Label mark = new Label();

        LineCell() {
            getStyleClass().add("predict-line");
            number.getStyleClass().add("predict-line-number");
            text.getStyleClass().add("predict-line-text");
            mark.getStyleClass().add("predict-mark");
            number.setMinWidth(28);
            mark.setMinWidth(22);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox box = new HBox(6, number, text, gap, mark);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(null);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof LineCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getGestureSource() instanceof LineCell && e.getDragboard().hasString()) {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    move(from, getItem() == null ? order.size() - 1 : getIndex());
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
            this.box = box;
        }

        private final HBox box;

        @Override
        protected void updateItem(PrintedLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            LineOrderResult r = result.get();
            LineMark m = item == null || empty || r == null || getIndex() >= r.total() ? null : r.marks().get(getIndex());
            pseudoClassStateChanged(RIGHT, m != null && m.inPlace());
            pseudoClassStateChanged(WRONG, m != null && !m.inPlace());
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            number.setText((getIndex() + 1) + ".");
            text.setText(item.text());
            mark.setText(m == null ? "" : m.inPlace() ? "\u2714" : "\u2716");
            setGraphic(box);
        }
    }

    // ---- which task runs next ------------------------------------------------------------------

    private void showQuestion() {
        choices.getToggles().clear();
        choiceBox.getChildren().clear();
        context.getChildren().clear();
        feedback.setText("");
        feedback.pseudoClassStateChanged(RIGHT, false);
        feedback.pseudoClassStateChanged(WRONG, false);
        verdict.setText("");
        answered.set(current < answers.size());
        if (questions.isEmpty()) {
            progress.setText("");
            prompt.setText("This run has no moment where two tasks could run next.");
            next.setDisable(true);
            return;
        }
        if (current >= questions.size()) {
            progress.setText("All " + questions.size() + " questions answered");
            prompt.setText(rightAnswers() + " of " + questions.size() + " right. Watch the run to see each moment.");
            next.setDisable(true);
            return;
        }
        NextTaskQuestion q = questions.get(current);
        progress.setText("Question " + (current + 1) + " of " + questions.size());
        prompt.setText(q.prompt());
        for (String c : q.context()) {
            Label l = new Label(c);
            l.setWrapText(true);
            context.getChildren().add(l);
        }
        int i = 0;
        for (Choice c : q.choices()) {
            RadioButton b = new RadioButton(c.label());
            b.setMnemonicParsing(false); // task names have underscores (fetch_data)
            b.getStyleClass().add("predict-choice");
            b.setId("choice" + i++);
            b.setUserData(c);
            b.setToggleGroup(choices);
            choiceBox.getChildren().add(b);
        }
        next.setDisable(true);
        next.setText("Next question");
    }

    private void answerSelected() {
        if (current >= questions.size() || choices.getSelectedToggle() == null || answers.size() > current) {
            return;
        }
        Choice picked = (Choice) choices.getSelectedToggle().getUserData();
        Feedback f = questions.get(current).check(picked.task());
        answers.add(f.correct());
        answered.set(true);
        feedback.setText(f.text().replaceFirst("^(Right|Not quite): ", "")); // the verdict says it above
        feedback.pseudoClassStateChanged(RIGHT, f.correct());
        feedback.pseudoClassStateChanged(WRONG, !f.correct());
        verdict.setText(f.correct() ? "\u2714 Right" : "\u2716 Not quite");
        verdict.pseudoClassStateChanged(RIGHT, f.correct());
        verdict.pseudoClassStateChanged(WRONG, !f.correct());
        int truth = questions.get(current).answer();
        for (javafx.scene.Node n : choiceBox.getChildren()) {
            Choice c = (Choice) n.getUserData();
            n.pseudoClassStateChanged(RIGHT, c.task() == truth);
            n.pseudoClassStateChanged(WRONG, c.task() != truth && c == picked);
            n.setDisable(true);
        }
        next.setDisable(false);
        next.setText(pausedForQuestion ? "\u25b6 Continue playing" : current + 1 < questions.size() ? "Next question"
                : "Finish");
        updateScore();
    }

    private void nextQuestion() {
        if (answers.size() <= current) {
            return;
        }
        current++;
        showQuestion();
        if (pausedForQuestion) {
            pausedForQuestion = false;
            playback.playingProperty().set(true);
        }
    }

    private int rightAnswers() {
        return (int) answers.stream().filter(b -> b).count();
    }

    // ---- watching ------------------------------------------------------------------------------

    /** Plays the run from the start in the main window; it stops at each unanswered question. */
    private void watch() {
        playback.playingProperty().set(false);
        playback.toStart();
        lastPosition = 0;
        playback.playingProperty().set(true);
    }

    /** The playback moved: when it plays past an unanswered question, it stops there and asks. */
    private void onPosition(int now) {
        int before = lastPosition;
        lastPosition = now;
        if (!pauseAtQuestions.isSelected() || !playback.playingProperty().get() || current >= questions.size()
                || answers.size() > current) {
            return;
        }
        int at = questions.get(current).position();
        if (before < at && now >= at) {
            playback.playingProperty().set(false);
            pausedForQuestion = true;
            if (now != at) {
                playback.seek(at);
            }
            lastPosition = at;
            tabs.getSelectionModel().select(nextTab);
            showQuestion();
        }
    }

    private void updateScore() {
        List<String> parts = new ArrayList<>();
        LineOrderResult r = result.get();
        if (r != null) {
            parts.add("Lines: " + r.inPlace() + "/" + r.total());
        }
        if (!answers.isEmpty()) {
            parts.add("Which next: " + rightAnswers() + "/" + answers.size());
        }
        score.setText(parts.isEmpty() ? "Score: \u2014" : "Score: " + String.join("  \u00b7  ", parts));
    }

    // ---- for tests -----------------------------------------------------------------------------

    public ObservableList<PrintedLine> order() {
        return order;
    }

    public ReadOnlyObjectProperty<LineOrderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public List<NextTaskQuestion> questions() {
        return questions;
    }

    public int currentQuestion() {
        return current;
    }

    public TabPane tabs() {
        return tabs;
    }
}
