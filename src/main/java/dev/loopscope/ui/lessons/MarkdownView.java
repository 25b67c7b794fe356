package dev.loopscope.ui.lessons;

import dev.loopscope.ui.lessons.Markdown.Block;
import dev.loopscope.ui.lessons.Markdown.CodeBlock;
import dev.loopscope.ui.lessons.Markdown.Heading;
import dev.loopscope.ui.lessons.Markdown.ListBlock;
import dev.loopscope.ui.lessons.Markdown.Paragraph;
import dev.loopscope.ui.lessons.Markdown.Span;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws {@link Markdown} as JavaFX nodes, no WebView: a {@link TextFlow} per heading and
 * paragraph (inline code, strong and emphasis as styled {@link Text} runs), a row per list item
 * (bullet or number, then the item's flow) and a monospaced box per code block. Style classes:
 * {@code md-h1}.., {@code md-paragraph}, {@code md-list}, {@code md-bullet}, {@code md-code-block}
 * and, on the runs, {@code md-text}, {@code md-code}, {@code md-strong}, {@code md-emphasis}.
 */
public final class MarkdownView extends VBox {
    private String markdown = "";

    public MarkdownView() {
        getStyleClass().add("markdown-view");
        setFillWidth(true);
    }

    /** Shows {@code text} (Markdown). */
    public void setMarkdown(String text) {
        markdown = text == null ? "" : text;
        getChildren().clear();
        for (Block block : Markdown.parse(markdown)) {
            getChildren().add(node(block));
        }
    }

    public String getMarkdown() {
        return markdown;
    }

    /** The text shown, without markup: a line per heading, paragraph, item and code block. */
    public String shownText() {
        StringBuilder out = new StringBuilder();
        for (Node n : getChildren()) {
            collect(n, out);
        }
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof TextFlow flow) {
            flow.getChildren().forEach(t -> out.append(t instanceof Text text ? text.getText() : ""));
            out.append('\n');
        } else if (node instanceof Label label && label.getStyleClass().contains("md-code-text")) {
            out.append(label.getText()).append('\n');
        } else if (node instanceof javafx.scene.Parent parent && !(node instanceof Label)) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static Node node(Block block) {
        if (block instanceof Heading h) {
            TextFlow flow = flow(h.text());
            flow.getStyleClass().addAll("md-heading", "md-h" + Math.min(h.level(), 3));
            flow.getChildren().forEach(t -> t.getStyleClass().add("md-h" + Math.min(h.level(), 3) + "-text"));
            return flow;
        }
        if (block instanceof Paragraph p) {
            TextFlow flow = flow(p.text());
            flow.getStyleClass().add("md-paragraph");
            return flow;
        }
        if (block instanceof ListBlock list) {
            VBox box = new VBox();
            box.getStyleClass().add("md-list");
            int n = 1;
            for (String item : list.items()) {
                Label bullet = new Label(list.ordered() ? n++ + "." : "\u2022");
                bullet.getStyleClass().add("md-bullet");
                bullet.setMinWidth(Label.USE_PREF_SIZE);
                TextFlow flow = flow(item);
                flow.getStyleClass().add("md-item");
                HBox.setHgrow(flow, Priority.ALWAYS);
                HBox row = new HBox(bullet, flow);
                row.setAlignment(Pos.TOP_LEFT);
                row.getStyleClass().add("md-list-item");
                box.getChildren().add(row);
            }
            return box;
        }
        CodeBlock code = (CodeBlock) block;
        Label text = new Label(code.text());
        text.getStyleClass().add("md-code-text");
        text.setWrapText(false);
        VBox box = new VBox(text);
        box.getStyleClass().add("md-code-block");
        return box;
    }

    private static TextFlow flow(String inline) {
        TextFlow flow = new TextFlow();
        for (Span span : Markdown.inline(inline)) {
            Text text = new Text(span.text());
            text.getStyleClass().add(switch (span.style()) {
                case CODE -> "md-code";
                case STRONG -> "md-strong";
                case EMPHASIS -> "md-emphasis";
                default -> "md-text";
            });
            flow.getChildren().add(text);
        }
        return flow;
    }
}
