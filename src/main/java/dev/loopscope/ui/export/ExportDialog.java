package dev.loopscope.ui.export;

import dev.loopscope.export.ExportFormat;
import dev.loopscope.export.ExportOptions;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * File > Export…: the format (PNG, SVG, Chrome trace JSON); for a PNG its size (1x or 2x the
 * timeline's width on screen, or a chosen width); the theme and background of an image; the whole
 * run or the visible range. A line at the foot says what the choices give. Its result is an
 * {@link ExportChoices}; where to save comes next, in a file chooser.
 */
public final class ExportDialog extends Dialog<ExportChoices> {
    /** The dialog's "Export…" button. */
    public static final ButtonType EXPORT = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);

    private final ToggleGroup format = new ToggleGroup();
    private final RadioButton png = radio("PNG image", format, "png");
    private final RadioButton svg = radio("SVG image (vector: text stays text)", format, "svg");
    private final RadioButton json = radio("Chrome trace JSON (Perfetto, chrome://tracing)", format, "json");
    private final ToggleGroup size = new ToggleGroup();
    private final RadioButton x1 = radio("1x", size, "x1");
    private final RadioButton x2 = radio("2x", size, "x2");
    private final RadioButton byWidth = radio("Width", size, "width");
    private final Spinner<Integer> width = new Spinner<>();
    private final ToggleGroup theme = new ToggleGroup();
    private final RadioButton light = radio("Light", theme, "light");
    private final RadioButton dark = radio("Dark", theme, "dark");
    private final ToggleGroup background = new ToggleGroup();
    private final RadioButton opaque = radio("White", background, "opaque");
    private final RadioButton transparent = radio("Transparent", background, "transparent");
    private final ToggleGroup range = new ToggleGroup();
    private final RadioButton whole = radio("Whole run", range, "whole");
    private final RadioButton visible = radio("Visible range (as the timeline shows it)", range, "visible");
    private final Label preview = new Label();
    private final Function<ExportChoices, String> describe;

    public ExportDialog(ExportChoices initial, Function<ExportChoices, String> describe) {
        this.describe = describe;
        setTitle("Export");
        setHeaderText("Export the timeline");
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("export-dialog");

        width.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) ExportOptions.MIN_WIDTH, (int) ExportOptions.MAX_WIDTH, initial.width(), 100));
        width.setEditable(true);
        width.setPrefWidth(100);
        width.setId("exportWidth");

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 16, 4, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        int row = 0;
        grid.addRow(row++, caption("Format"), column(png, svg, json));
        Label px = new Label("pixels");
        HBox widthBox = new HBox(6, byWidth, width, px);
        widthBox.setAlignment(Pos.CENTER_LEFT);
        Node sizeRow = row(x1, x2, widthBox);
        Label sizeCaption = caption("Size");
        grid.addRow(row++, sizeCaption, sizeRow);
        Node themeRow = row(light, dark);
        Label themeCaption = caption("Theme");
        grid.addRow(row++, themeCaption, themeRow);
        Node backgroundRow = row(opaque, transparent);
        Label backgroundCaption = caption("Background");
        grid.addRow(row++, backgroundCaption, backgroundRow);
        Node rangeRow = column(whole, visible);
        Label rangeCaption = caption("Range");
        grid.addRow(row++, rangeCaption, rangeRow);
        preview.setId("exportPreview");
        preview.setWrapText(true);
        preview.setMaxWidth(420);
        preview.setStyle("-fx-opacity: 0.8;");
        GridPane.setMargin(preview, new Insets(6, 0, 0, 0));
        grid.add(preview, 1, row);
        getDialogPane().setContent(grid);

        (switch (initial.format()) {
            case PNG -> png;
            case SVG -> svg;
            case JSON -> json;
        }).setSelected(true);
        (switch (initial.size()) {
            case X1 -> x1;
            case X2 -> x2;
            case WIDTH -> byWidth;
        }).setSelected(true);
        (initial.dark() ? dark : light).setSelected(true);
        (initial.transparent() ? transparent : opaque).setSelected(true);
        (initial.visibleRange() ? visible : whole).setSelected(true);

        // what does not apply to the format is greyed out
        sizeRow.disableProperty().bind(png.selectedProperty().not());
        sizeCaption.disableProperty().bind(png.selectedProperty().not());
        width.disableProperty().bind(byWidth.selectedProperty().not());
        px.disableProperty().bind(byWidth.selectedProperty().not());
        for (Node n : new Node[] {themeRow, themeCaption, backgroundRow, backgroundCaption, rangeRow, rangeCaption}) {
            n.disableProperty().bind(json.selectedProperty());
        }
        // "white" is the theme's own background: white in the light theme
        opaque.textProperty().bind(javafx.beans.binding.Bindings.when(dark.selectedProperty())
                .then("The theme's (dark)").otherwise("White"));

        for (ToggleGroup g : new ToggleGroup[] {format, size, theme, background, range}) {
            g.selectedToggleProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    old.setSelected(true); // one of each stays chosen
                }
                update();
            });
        }
        width.valueProperty().addListener((obs, old, now) -> update());
        width.getEditor().textProperty().addListener((obs, old, now) -> update());
        update();

        setResultConverter(button -> button == EXPORT ? choices() : null);
        setOnShown(e -> (png.isSelected() ? png : svg.isSelected() ? svg : json).requestFocus());
    }

    /** The choices the controls show now (a width typed but not yet committed counts). */
    public ExportChoices choices() {
        ExportFormat f = svg.isSelected() ? ExportFormat.SVG : json.isSelected() ? ExportFormat.JSON : ExportFormat.PNG;
        ExportChoices.Size s = x2.isSelected() ? ExportChoices.Size.X2
                : byWidth.isSelected() ? ExportChoices.Size.WIDTH : ExportChoices.Size.X1;
        return new ExportChoices(f, s, typedWidth(), dark.isSelected(), transparent.isSelected(), visible.isSelected());
    }

    private int typedWidth() {
        String text = width.getEditor().getText().replace(",", "").replace("_", "").strip();
        try {
            return ExportChoices.clampWidth(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return width.getValue() == null ? (int) ExportOptions.DEFAULT_WIDTH : width.getValue();
        }
    }

    private void update() {
        String text;
        try {
            text = describe == null ? "" : describe.apply(choices());
        } catch (RuntimeException e) {
            text = e.getMessage();
        }
        preview.setText(text);
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(group);
        b.setId("export-" + id);
        return b;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Node row(Node... nodes) {
        HBox box = new HBox(14, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node column(Node... nodes) {
        return new VBox(6, nodes);
    }
}
