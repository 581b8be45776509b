package org.clusteratlas.ui.explorer;

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
import org.clusteratlas.rank.ApproximatePopulation;
import org.clusteratlas.rank.ClusterRow;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Details of the selected cluster: its figures (rank, economies, patents, publications, score, approximate
 * population, intensity), patents and publications per year as a bar chart, its member places as a table
 * ({@link MemberPlacesTable}) and its top fields with their shares, then its profile ({@link ProfileSection}:
 * growth, international share, partners, specialisations, organisations). Binds to the model's selection and
 * its details (which the model computes on its details lane) and to the {@link ProfilesModel}'s profile of
 * the selected cluster;
 * "Pin" and "Zoom to" are forwarded as intents.
 */
public final class DetailsPane extends javafx.scene.control.ScrollPane {
    private final ExplorerModel model;
    private final ProfilesModel profiles;
    private final ProfileSection profile = new ProfileSection();
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

    public DetailsPane(ExplorerModel model, ProfilesModel profiles) {
        this.model = model;
        this.profiles = profiles;
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
        pin.setOnAction(e -> model.pinSelected());
        pin.disableProperty().bind(model.detailsProperty().isNull());
        HBox head = new HBox(8, title, spacer, pin, zoom);
        VBox members = section("MEMBER PLACES (share of the cluster's score)", places);
        // an empty table under "No cluster selected" says nothing: the section shows while a cluster is selected
        members.visibleProperty().bind(model.selectedProperty().isNotNull());
        members.managedProperty().bind(members.visibleProperty());
        VBox topFields = section("TOP FIELDS", fields);
        topFields.visibleProperty().bind(members.visibleProperty());
        topFields.managedProperty().bind(topFields.visibleProperty());
        content.getChildren().addAll(head, hint, facts, chart, members, topFields, profile);
        setContent(content);
        model.selectedProperty().addListener((o, a, row) -> load(row));
        model.membersProperty().addListener((o, a, m) -> places.show(m));
        model.detailsProperty().addListener((o, a, d) -> {
            if (d != null) {
                show(d);
            }
        });
        profiles.selectedProfileProperty().addListener((o, a, p) -> showProfile(model.selectedProperty().get()));
        load(model.selectedProperty().get());
    }

    public void setOnZoom(Runnable r) {
        onZoom = r;
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
        ExplorerResult result = model.getResult();
        boolean none = row == null || result == null;
        hint.setVisible(none);
        hint.setManaged(none);
        chart.setVisible(!none);
        profile.setVisible(!none);
        showProfile(row);
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
        shown = null;
        chart.getData().clear();
        places.show(null);
        fields.setText("\u2026");
    }

    /** The selected cluster's profile, once the profiles model has it (computed off this thread). */
    private void showProfile(ClusterRow row) {
        org.clusteratlas.profile.ClusterProfile p = profiles.getSelectedProfile();
        ExplorerResult r = model.getResult();
        boolean current = p != null && row != null && r != null && p.clusterId() == row.clusterId();
        profile.show(current ? p : null, current ? r.ranking() : null);
    }

    private void showFacts(ClusterRow r) {
        facts.getChildren().clear();
        String[][] rows = {
            {"Economies", r.economies().isEmpty() ? "\u2013" : r.economies()},
            {"Patents", String.format(Locale.ROOT, "%,.1f  (%.2f%% of all)", r.patents(), r.patentShare())},
            {"Publications", String.format(Locale.ROOT, "%,.1f  (%.2f%% of all)", r.publications(), r.publicationShare())},
            {"Score", String.format(Locale.ROOT, "%.3f", r.score())},
            {"Population", ApproximatePopulation.text(r.population())},
            {"Intensity", Double.isNaN(r.intensity()) ? "\u2013" : ApproximatePopulation.intensity(r.intensity())
                    + " per million inhabitants" + (r.intensityRank() == null ? "" : "  (#" + r.intensityRank() + ")")},
            {"Locations", String.format(Locale.ROOT, "%,d", r.locations())},
            // as in the table, rank changes show only while a reference is pinned (every value would be "–")
            RankChangeColumn.applies(model).get() ? new String[] {"Rank change", RankChangeColumn.changeText(r)} : null,
        };
        for (int i = 0; i < rows.length && rows[i] != null; i++) {
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
