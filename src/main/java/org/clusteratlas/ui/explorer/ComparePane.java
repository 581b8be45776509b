package org.clusteratlas.ui.explorer;

import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusteratlas.rank.ApproximatePopulation;
import org.clusteratlas.rank.ClusterRow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Two pinned clusters side by side: their figures, top places and activity per year on one chart. A pin
 * keeps the cluster as it was under the parameters of the moment, so pinning one cluster, changing the
 * years and pinning it again compares one cluster over two periods.
 */
public final class ComparePane extends ScrollPane {
    /** A cluster's details with the parameters' text under which it was pinned. */
    public record Pinned(ClusterDetails details, String parameters) {
    }

    private final ObservableList<Pinned> pinned;
    private final GridPane grid = new GridPane();
    private final NumberAxis years = new NumberAxis();
    private final NumberAxis counts = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(years, counts);
    private final Label hint = new Label("Pin a cluster (\"Pin\" in Details), then another one,"
            + " or the same one under other years.");

    /** @param pinned the model's pins ({@link ExplorerModel#pins()}), shown as they change */
    public ComparePane(ObservableList<Pinned> pinned) {
        this.pinned = pinned;
        setId("compare-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("details-scroll");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        grid.getStyleClass().add("facts");
        grid.setHgap(14);
        grid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        ColumnConstraints a = new ColumnConstraints();
        ColumnConstraints b = new ColumnConstraints();
        a.setPercentWidth(40);
        b.setPercentWidth(40);
        grid.getColumnConstraints().addAll(keys, a, b);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(220);
        chart.setMinHeight(220);
        chart.setTitle("Patents + publications per year (fractional)");
        // A and B told apart by colour and by dash (explorer.css), named in the legend under the chart
        chart.getStyleClass().add("compare-chart");
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        years.setForceZeroInRange(false);
        years.setTickUnit(1);
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Integer.toString(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        Button clear = new Button("Clear pins");
        clear.setId("compare-clear");
        clear.setOnAction(e -> pinned.clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(pinned));
        VBox content = new VBox(8, new HBox(8, hint, clear), grid, chart);
        HBox.setHgrow(hint, Priority.ALWAYS);
        content.getStyleClass().add("details-pane");
        setContent(content);
        pinned.addListener((javafx.collections.ListChangeListener<Pinned>) c -> show());
        show();
    }

    public List<Pinned> pinned() {
        return pinned;
    }

    private void show() {
        grid.getChildren().clear();
        chart.getData().clear();
        hint.setVisible(pinned.size() < 2);
        hint.setManaged(pinned.size() < 2);
        if (pinned.isEmpty()) {
            return;
        }
        row(0, "", p -> p.details().row().name(), "details-title");
        row(1, "Under", Pinned::parameters, null);
        row(2, "Rank", p -> "#" + p.details().row().rank(), null);
        row(3, "Economies", p -> p.details().row().economies(), null);
        row(4, "Patents", p -> String.format(Locale.ROOT, "%,.1f (%.2f%%)", p.details().row().patents(),
                p.details().row().patentShare()), null);
        row(5, "Publications", p -> String.format(Locale.ROOT, "%,.1f (%.2f%%)", p.details().row().publications(),
                p.details().row().publicationShare()), null);
        row(6, "Score", p -> String.format(Locale.ROOT, "%.3f", p.details().row().score()), null);
        row(7, "Population", p -> ApproximatePopulation.text(p.details().row().population()), null);
        row(8, "Intensity", p -> Double.isNaN(p.details().row().intensity()) ? "\u2013"
                : ApproximatePopulation.intensity(p.details().row().intensity()) + " / million", null);
        row(9, "Locations", p -> String.format(Locale.ROOT, "%,d", p.details().row().locations()), null);
        row(10, "Top place", p -> p.details().places().isEmpty() ? "\u2013" : String.format(Locale.ROOT, "%s (%.0f%%)",
                p.details().places().get(0).name(), 100 * p.details().places().get(0).share()), null);
        row(11, "Top field", p -> p.details().fields().isEmpty() ? "\u2013" : String.format(Locale.ROOT, "%s (%.0f%%)",
                p.details().fields().get(0).name(), 100 * p.details().fields().get(0).share()), null);
        char letter = 'A';
        for (Pinned p : pinned) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(letter++ + ": " + p.details().row().name() + " (" + p.parameters() + ")");
            for (Map.Entry<Integer, double[]> e : p.details().perYear().entrySet()) {
                s.getData().add(new XYChart.Data<>(e.getKey(), e.getValue()[0] + e.getValue()[1]));
            }
            chart.getData().add(s);
        }
    }

    private void row(int r, String key, Function<Pinned, String> value, String style) {
        Label k = new Label(key);
        k.getStyleClass().add("fact-key");
        grid.add(k, 0, r);
        for (int c = 0; c < pinned.size(); c++) {
            Label v = new Label(value.apply(pinned.get(c)));
            v.setWrapText(true);
            v.getStyleClass().add(style == null ? "fact-value" : style);
            if (r == 0) {
                v.setId("compare-name-" + c);
            }
            grid.add(v, 1 + c, r);
        }
    }
}
