package org.clusteratlas.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ClusterLayer;
import org.clusteratlas.ui.explorer.ControlsPanel;
import org.clusteratlas.ui.explorer.DetailsPane;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.MapLegend;
import org.clusteratlas.ui.explorer.ProfilesModel;
import org.clusteratlas.ui.explorer.RankingTable;

import java.util.List;
import java.util.Locale;

/**
 * Puts the explorer (ui.explorer: controls, rankings table, details, cluster layer) into the window and
 * links it with the map: a table selection zooms the map to the cluster, a click on the map selects the
 * row. It binds views to the {@link ExplorerModel} and forwards intents; the state and the work are the
 * model's. Kept apart from {@link AtlasWindow} so the window's skeleton and the explorer can change
 * separately.
 */
final class ExplorerView {
    static final String STYLESHEET = "/org/clusteratlas/ui/explorer.css";

    private final ExplorerModel model;
    private final AtlasMap map;
    private final ClusterLayer layer = new ClusterLayer();
    private final ControlsPanel controls;
    private final RankingTable table;
    private final DetailsPane details;
    private final ProfilesModel profiles;
    private final BooleanProperty partnerArcs = new SimpleBooleanProperty(this, "partnerArcs", true);
    private boolean fromMap;
    private org.clusteratlas.ui.explorer.ComparePane compare;
    private org.clusteratlas.ui.robustness.RobustnessView robustness;
    private javafx.scene.control.TabPane lowerTabs;
    private ExplorerActions actions;
    private final org.clusteratlas.ui.timeline.OverTimeModel overTime;
    private final org.clusteratlas.ui.published.PublishedModel published;

    ExplorerView(AtlasViewModel atlas, AtlasMap map) {
        this.map = map;
        this.model = atlas.explorer();
        this.overTime = atlas.overTime();
        this.published = atlas.published();
        controls = new ControlsPanel(model);
        table = new RankingTable(model);
        profiles = atlas.profiles();
        table.showProfiles(profiles);
        details = new DetailsPane(model, profiles);
        details.setOnZoom(this::zoomToSelected);
        map.mapView().addLayer(layer);
        // the snapshot's density dots stay as a faint backdrop under the clusters
        map.dotLayer().setOpacity(0.35);
        layer.attachTo(map.mapView());
        model.viewportProperty().addListener((o, a, v) -> {
            if (v != null) {
                map.zoomTo(v.centreLat(), v.centreLon(), v.zoom());
            }
        });
        model.setAfterPublish(r -> {
            layer.showPartners(List.of());
            layer.show(r);
            ClusterRow sel = model.selectedProperty().get();
            layer.select(sel == null ? -1 : sel.clusterId());
        });
        profiles.selectedProfileProperty().addListener((o, a, p) -> showPartners());
        partnerArcs.addListener((o, a, on) -> showPartners());
        model.resultProperty().addListener((o, a, r) -> {
            if (r == null) {
                layer.show(null);
            }
        });
        layer.setOnClusterClicked(model::selectCluster);
        // selecting (arrow keys in the table, a click on the map) never moves the map: Enter or a double-click does
        model.selectedProperty().addListener((o, a, row) -> {
            layer.select(row == null ? -1 : row.clusterId());
            showPartners();
        });
        table.setOnActivate(this::zoomToSelected);
    }

    /** The selected cluster's partners on the map, when View › Partner Arcs is on and its profile is in. */
    private void showPartners() {
        ClusterRow sel = model.selectedProperty().get();
        org.clusteratlas.profile.ClusterProfile p = profiles.getSelectedProfile();
        boolean ok = partnerArcs.get() && sel != null && p != null && p.clusterId() == sel.clusterId();
        layer.showPartners(ok ? p.partners() : List.of());
    }

    /** View › Partner Arcs: arcs from the selected cluster to its partner clusters. */
    CheckMenuItem partnerArcsItem() {
        CheckMenuItem item = new CheckMenuItem("Partner Arcs");
        item.setId("menu-partner-arcs");
        item.selectedProperty().bindBidirectional(partnerArcs);
        return item;
    }

    /** The profiles of the shown result (tests). */
    ProfilesModel profiles() {
        return profiles;
    }

    /** File actions (exports, views, copy command); needs the stage for its dialogs. */
    ExplorerActions actions(javafx.stage.Stage stage, AtlasViewModel atlas) {
        if (actions == null) {
            actions = new ExplorerActions(model, profiles, stage, atlas.files(), map, atlas::setStatus,
                    this::fitClusters, this::zoomToSelected);
            details.memberPlaces().setOnExport(actions::exportMembers);
        }
        return actions;
    }

    ExplorerActions actions() {
        return actions;
    }

    ExplorerModel model() {
        return model;
    }

    ClusterLayer layer() {
        return layer;
    }

    ControlsPanel controls() {
        return controls;
    }

    RankingTable table() {
        return table;
    }

    /**
     * The robustness view (ui.robustness) under a button that sweeps eps and the minimum weights around the
     * current setting (the model runs it on its own lane, on the prepared snapshot's sweep engine, made once).
     * A cell's setting clicked in its heatmap becomes the explorer's parameters, which marks the sweep stale.
     */
    private Node robustnessPane() {
        org.clusteratlas.ui.robustness.RobustnessView view =
                new org.clusteratlas.ui.robustness.RobustnessView(model.sweep(), model::setParameters);
        robustness = view;
        javafx.scene.control.Button run = new javafx.scene.control.Button("Sweep around the current setting");
        run.setId("robustness-run");
        run.setTooltip(new javafx.scene.control.Tooltip("Ranks every cluster over a 5 x 5 grid: eps 60-140%,"
                + " minimum weights half to double of the current values"));
        run.disableProperty().bind(model.resultProperty().isNull().or(model.sweep().runningProperty()));
        run.setOnAction(e -> model.sweepAroundCurrent());
        run.setMinWidth(Region.USE_PREF_SIZE);
        view.addFirst(run); // one bar with the view's progress and Cancel: the pane is short at 1366 x 768
        return view;
    }

    org.clusteratlas.ui.timeline.OverTimeModel overTime() {
        return overTime;
    }

    org.clusteratlas.ui.published.PublishedModel published() {
        return published;
    }

    /** File › Open Published Ranking…: a CSV table (e.g. the GII's) shown in the Published tab. */
    javafx.scene.control.MenuItem openPublishedItem(javafx.stage.Stage stage) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Open Published Ranking…");
        item.setId("menu-open-published");
        item.setOnAction(e -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle("Open Published Ranking");
            fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV tables", "*.csv"));
            java.io.File f = fc.showOpenDialog(stage);
            if (f != null) {
                published.open(f.toPath());
                if (lowerTabs != null) {
                    lowerTabs.getSelectionModel().select(lowerTabs.getTabs().size() - 1);
                }
            }
        });
        published.errorProperty().addListener((o, a, msg) -> {
            if (msg != null) {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.ERROR, msg);
                alert.setHeaderText("Cannot open the published ranking");
                alert.initOwner(stage);
                alert.show();
            }
        });
        return item;
    }

    /** The robustness view, or null until its tab was first selected (LazyTab). */
    org.clusteratlas.ui.robustness.RobustnessView robustness() {
        return robustness;
    }

    /** The compare pane, or null until its tab was first selected (LazyTab; two pins select it). */
    org.clusteratlas.ui.explorer.ComparePane compare() {
        return compare;
    }

    DetailsPane details() {
        return details;
    }

    /** The map area with the legend, beside the table over the details. */
    Node centre(StackPane mapArea) {
        MapLegend legend = new MapLegend();
        legend.setZoom(map.zoomProperty().get());
        map.zoomProperty().addListener((o, a, z) -> legend.setZoom(z.doubleValue()));
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        mapArea.getChildren().add(legend);
        javafx.scene.control.Tab detailsTab = tab("tab-details", "Details", details);
        // the other tabs are hidden at start: their nodes are made when first selected (LazyTab)
        javafx.scene.control.Tab compareTab = LazyTab.of("tab-compare", "Compare", () -> {
            compare = new org.clusteratlas.ui.explorer.ComparePane(model.compare().pins());
            return compare;
        });
        javafx.scene.control.Tab robustTab = LazyTab.of("tab-robustness", "Robustness", this::robustnessPane);
        javafx.scene.control.Tab timeTab = LazyTab.of("tab-over-time", "Over time",
                () -> new org.clusteratlas.ui.timeline.OverTimeView(overTime));
        javafx.scene.control.Tab publishedTab = LazyTab.of("tab-published", "Published",
                () -> new org.clusteratlas.ui.published.PublishedView(published));
        javafx.scene.control.TabPane lower = new javafx.scene.control.TabPane(detailsTab, compareTab, robustTab,
                timeTab, publishedTab);
        lower.setId("lower-tabs");
        lowerTabs = lower;
        model.compare().pins().addListener((javafx.collections.ListChangeListener<org.clusteratlas.ui.explorer.ComparePane.Pinned>) c -> {
            if (model.compare().pins().size() == 2) {
                lower.getSelectionModel().select(compareTab);
            }
        });
        SplitPane right = new SplitPane(table, lower);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.58);
        right.getStyleClass().add("explorer-right");
        SplitPane centre = new SplitPane(mapArea, right);
        // the map and the table share the window's width in proportion: at 1920 wide the table gets about
        // 700 px (its main columns whole), at 1366 about 470; a fixed-width table showed four columns
        centre.setDividerPositions(0.55);
        return centre;
    }

    /** Explorer figures for the status bar: busy spinner, clusters and share, recompute time. */
    Node statusNodes() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("status-progress");
        busy.setId("recompute-busy");
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("explorer-status");
        status.textProperty().bind(model.statusProperty());
        Label latency = new Label();
        latency.setId("explorer-latency");
        model.lastLatencyMsProperty().addListener((o, a, ms) -> latency.setText(Double.isNaN(ms.doubleValue()) ? ""
                : String.format(Locale.ROOT, "updated in %.0f ms", ms.doubleValue())));
        HBox box = new HBox(8, busy, status, latency);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * The left side: the parameters first (what a user touches), the snapshot's facts in a second tab. A
     * line above the parameters keeps the snapshot's title and a synthetic-data warning always in sight.
     */
    Region side(Region snapshotPanel) {
        Label title = new Label();
        title.getStyleClass().add("side-snapshot-title");
        title.setWrapText(true);
        Label synthetic = new Label("Synthetic data \u2013 not real patents or publications");
        synthetic.getStyleClass().add("synthetic-badge");
        synthetic.setWrapText(true);
        synthetic.managedProperty().bind(synthetic.visibleProperty());
        model.snapshotProperty().addListener((o, a, s) -> {
            title.setText(s == null ? "No snapshot open" : s.metadata().title() == null || s.metadata().title().isBlank()
                    ? s.file().getFileName().toString() : s.metadata().title());
            synthetic.setVisible(s != null && s.metadata().synthetic());
        });
        title.setText("No snapshot open");
        synthetic.setVisible(false);
        VBox box = new VBox(10, title, synthetic, controls);
        box.getStyleClass().add("side-panel");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        javafx.scene.control.Tab params = tab("tab-parameters", "Parameters", scroll);
        javafx.scene.control.Tab facts = tab("tab-snapshot", "Snapshot", snapshotPanel);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(params, facts);
        tabs.setId("side-tabs");
        tabs.getStyleClass().add("side-tabs");
        tabs.setPrefWidth(330);
        tabs.setMinWidth(280);
        return tabs;
    }

    private static javafx.scene.control.Tab tab(String id, String text, Node content) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(text, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    /** Shows all shown clusters (by their centroids): "Fit clusters" in the View menu. */
    void fitClusters() {
        if (model.getResult() != null) {
            fitClusters(model.getResult());
        }
    }

    void fitClusters(org.clusteratlas.ui.explorer.ExplorerResult r) {
        if (r.shown().isEmpty()) {
            map.fitWorld();
            return;
        }
        double minX = 1;
        double maxX = 0;
        double minY = 1;
        double maxY = 0;
        for (ClusterRow row : r.shown()) {
            double x = WebMercator.x(row.lon());
            double y = WebMercator.y(row.lat());
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double w = Math.max(1, map.mapView().getWidth());
        double h = Math.max(1, map.mapView().getHeight());
        double bw = Math.max(maxX - minX, 0.01) * 1.15;
        double bh = Math.max(maxY - minY, 0.01) * 1.3;
        double zoom = Math.log(Math.min(w / bw, h / bh) / WebMercator.TILE_SIZE) / Math.log(2);
        zoom = Math.max(org.clusteratlas.figure.MapFrame.MIN_ZOOM, Math.min(org.clusteratlas.figure.MapFrame.MAX_CLUSTER_ZOOM, zoom));
        map.zoomTo(WebMercator.lat((minY + maxY) / 2), WebMercator.lon((minX + maxX) / 2), zoom);
    }

    /** Centres the map on the selected cluster, zoomed so that its hull fills about half the view. */
    void zoomToSelected() {
        ClusterRow row = model.selectedProperty().get();
        double[] box = row == null ? null : layer.box(row.clusterId());
        if (box == null) {
            return;
        }
        org.clusteratlas.figure.MapFrame f = org.clusteratlas.figure.MapFrame.around(box,
                (int) Math.max(1, map.mapView().getWidth()), (int) Math.max(1, map.mapView().getHeight()));
        map.zoomTo(f.centreLat(), f.centreLon(), f.zoom());
    }
}
