package org.clusteratlas.ui.explorer;

import javafx.application.Platform;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusteratlas.rank.ClusterRow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Details of the selected cluster: its figures (rank, economies, patents, publications, score, approximate
 * population, intensity), patents and publications per year as a bar chart, its member places as a table
 * ({@link MemberPlacesTable}) and its top fields with their shares. The per-year and per-place sums run on the background executor; only the newest
 * selection's result is shown.
 */
public final class DetailsPane extends javafx.scene.control.ScrollPane {
    private final ExplorerModel model;
    private final Executor background;
    private final AtomicLong request = new AtomicLong();
    private final Label title = new Label("No cluster selected");
    private final GridPane facts = new GridPane();
    private final CategoryAxis years = new CategoryAxis();
    private final NumberAxis counts = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(years, counts);
    private final MemberPlacesTable places = new MemberPlacesTable();
    private final Label fields = new Label();
    private final Label hint = new Label("Select a cluster in the table or on the map.");
    private ClusterDetails shown;
    private Runnable onZoom = () -> { };
    private java.util.function.BiConsumer<ClusterDetails, ExplorerResult> onPin = (d, r) -> { };
    private ExplorerResult shownUnder;

    public DetailsPane(ExplorerModel model, Executor background) {
        this.model = model;
        this.background = background;
        getStyleClass().add("details-scroll");
        setId("details-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox content = new VBox(8);
        content.getStyleClass().add("details-pane");
        title.getStyleClass().add("details-title");
        title.setId("details-title");
        title.setWrapText(false);
        title.setMinWidth(0);
        facts.getStyleClass().add("facts");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(180);
        chart.setMinHeight(180);
        chart.setTitle("Patents and publications per year (fractional counts)");
        chart.setBarGap(0);
        chart.setCategoryGap(4);
        chart.setId("details-chart");
        fields.setWrapText(true);
        fields.setMinHeight(Region.USE_PREF_SIZE);
        fields.setId("details-fields");
        hint.getStyleClass().add("hint");
        Button zoom = new Button("Zoom to");
        zoom.setTooltip(new javafx.scene.control.Tooltip("Zoom the map to this cluster (Ctrl+8)"));
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setId("zoom-to-cluster");
        zoom.setOnAction(e -> onZoom.run());
        zoom.disableProperty().bind(model.selectedProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button pin = new Button("Pin");
        pin.setTooltip(new javafx.scene.control.Tooltip("Pin for comparison: pin two clusters, or one cluster under"
                + " two settings (e.g. two year ranges), and see them side by side in Compare"));
        pin.setMinWidth(Region.USE_PREF_SIZE);
        pin.setId("pin-compare");
        pin.setOnAction(e -> {
            if (shown != null && shownUnder != null) {
                onPin.accept(shown, shownUnder);
            }
        });
        pin.disableProperty().bind(model.selectedProperty().isNull());
        HBox head = new HBox(8, title, spacer, pin, zoom);
        content.getChildren().addAll(head, hint, facts, chart,
                section("MEMBER PLACES (share of the cluster's score)", places), section("TOP FIELDS", fields));
        setContent(content);
        model.selectedProperty().addListener((o, a, row) -> load(row));
        load(model.selectedProperty().get());
    }

    public void setOnZoom(Runnable r) {
        onZoom = r;
    }

    /** Where "Pin for comparison" sends the shown details and the result they belong to. */
    public void setOnPin(java.util.function.BiConsumer<ClusterDetails, ExplorerResult> handler) {
        onPin = handler;
    }

    /** The details shown (tests). */
    public ClusterDetails shown() {
        return shown;
    }

    /** The member places table (tests). */
    public MemberPlacesTable memberPlaces() {
        return places;
    }

    private static VBox section(String header, Region body) {
        Label h = new Label(header);
        h.getStyleClass().add("panel-header");
        VBox box = new VBox(4, h, body);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void load(ClusterRow row) {
        long id = request.incrementAndGet();
        ExplorerResult result = model.getResult();
        boolean none = row == null || result == null;
        hint.setVisible(none);
        hint.setManaged(none);
        chart.setVisible(!none);
        if (none) {
            shown = null;
            title.setText("No cluster selected");
            facts.getChildren().clear();
            chart.getData().clear();
            places.show(null);
            fields.setText("");
            return;
        }
        title.setText("#" + row.rank() + "  " + row.name());
        showFacts(row);
        background.execute(() -> {
            if (request.get() != id) {
                return;
            }
            ClusterDetails d = ClusterDetails.of(result, row);
            org.clusteratlas.rank.MemberPlaces m = org.clusteratlas.rank.MemberPlaces.of(result.ranking(), row.clusterId());
            Platform.runLater(() -> {
                if (request.get() == id) {
                    shownUnder = result;
                    show(d);
                    places.show(m);
                }
            });
        });
    }

    private void showFacts(ClusterRow r) {
        facts.getChildren().clear();
        String[][] rows = {
            {"Economies", r.economies().isEmpty() ? "\u2013" : r.economies()},
            {"Patents", String.format(Locale.ROOT, "%,.1f  (%.2f%% of all)", r.patents(), r.patentShare())},
            {"Publications", String.format(Locale.ROOT, "%,.1f  (%.2f%% of all)", r.publications(), r.publicationShare())},
            {"Score", String.format(Locale.ROOT, "%.3f", r.score())},
            {"Population", r.population() > 0 ? String.format(Locale.ROOT, "\u2248 %,d (approx.)", r.population()) : "unknown"},
            {"Intensity", Double.isNaN(r.intensity()) ? "\u2013" : String.format(Locale.ROOT,
                    "%,.0f per million inhabitants%s", r.intensity(),
                    r.intensityRank() == null ? "" : "  (#" + r.intensityRank() + ")")},
            {"Locations", String.format(Locale.ROOT, "%,d", r.locations())},
            {"Rank change", RankingTable.changeText(r)},
        };
        for (int i = 0; i < rows.length; i++) {
            Label k = new Label(rows[i][0]);
            k.getStyleClass().add("fact-key");
            Label v = new Label(rows[i][1]);
            v.getStyleClass().add("fact-value");
            v.setId("detail-" + rows[i][0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            facts.addRow(i, k, v);
        }
    }

    private void show(ClusterDetails d) {
        shown = d;
        XYChart.Series<String, Number> pat = new XYChart.Series<>();
        pat.setName("Patents");
        XYChart.Series<String, Number> pub = new XYChart.Series<>();
        pub.setName("Publications");
        for (Map.Entry<Integer, double[]> e : d.perYear().entrySet()) {
            pat.getData().add(new XYChart.Data<>(e.getKey().toString(), e.getValue()[0]));
            pub.getData().add(new XYChart.Data<>(e.getKey().toString(), e.getValue()[1]));
        }
        chart.getData().setAll(List.of(pat, pub));
        fields.setText(lines(d.fields()));
    }

    private static String lines(List<ClusterDetails.Share> shares) {
        StringBuilder b = new StringBuilder();
        for (ClusterDetails.Share s : shares) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(String.format(Locale.ROOT, "%5.1f%%  %s", 100 * s.share(), s.name()));
        }
        return b.length() == 0 ? "\u2013" : b.toString();
    }
}
