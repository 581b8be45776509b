package org.clusteratlas.ui.robustness;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusteratlas.cluster.ClusterParameters;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The "Robustness" view, bound to a {@link SweepViewModel}: a rank-band chart (one band per cluster from
 * best to worst rank over the sweep, the current rank marked) and a heatmap of the selected cluster's rank
 * over the eps x minimum-weight grid, with progress, Cancel, a banner when the sweep no longer belongs to
 * the parameters on the map, and the heatmap's cluster with its rank (at the sweep's setting and now). Clicking a
 * heatmap cell hands that setting to the host's {@code Consumer<ClusterParameters>} (apply it to the map and table).
 *
 * <p>The heatmap comes first, whole (all its rows, its columns under fixed headers), then the bands; the two
 * share one page that scrolls as a whole, side by side where it is wide enough ({@link RobustnessLayout}). A
 * split pane between them left the heatmap one row at 1366 x 768 until a divider was dragged.
 */
public final class RobustnessView extends BorderPane {
    /** Clusters shown in the band chart unless changed with {@link #setRows}. */
    public static final int DEFAULT_ROWS = 30;

    private final SweepViewModel model;
    private final RankBandChart chart = new RankBandChart();
    private final RankHeatmap heatmap = new RankHeatmap();
    private final FlowPane bar = new FlowPane(10, 6);
    private final VBox heatmapBlock = new VBox();
    private final RobustnessParts parts = new RobustnessParts(heatmapBlock, chart);
    private final ScrollPane page = new ScrollPane(parts);
    private int rows = DEFAULT_ROWS;

    /** @param applySetting called on the FX thread with a heatmap cell's parameters when the user clicks it */
    public RobustnessView(SweepViewModel model, Consumer<ClusterParameters> applySetting) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(applySetting, "applySetting");
        setId("robustness-view");
        ProgressBar progress = new ProgressBar(0);
        progress.setId("robustness-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("robustness-status");
        status.textProperty().bind(model.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("robustness-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        // wraps in a narrow pane instead of cutting its controls short (the tab already says "Robustness")
        bar.getChildren().addAll(cancel, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        Label stale = new Label();
        stale.setId("robustness-stale");
        stale.getStyleClass().add("stale-banner");
        stale.setWrapText(true);
        stale.textProperty().bind(model.staleTextProperty());
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        setTop(new VBox(bar, stale));
        Label heading = new Label();
        heading.setId("heatmap-title");
        heading.getStyleClass().add("heatmap-title");
        heading.setWrapText(true);
        heading.setMinWidth(0);
        heading.setPrefWidth(200);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.textProperty().bind(model.titleProperty());
        heading.visibleProperty().bind(model.titleProperty().isNotEmpty());
        heading.managedProperty().bind(heading.visibleProperty());
        chart.setOnSelect(cluster -> {
            model.selectedClusterProperty().set(cluster);
            if (arrangement() == RobustnessLayout.STACKED) {
                page.setVvalue(page.getVmin()); // a band clicked further down: its heatmap is at the top of the page
            }
        });
        heatmap.setOnApply(applySetting);
        // the heatmap under its title, then the bands: one page that scrolls as a whole (neither part has a vertical
        // scroll of its own to take the mouse wheel), the two side by side where the page is wide enough for both
        heatmapBlock.getChildren().addAll(heading, heatmap);
        page.setId("robustness-page");
        page.getStyleClass().add("robustness-page");
        page.setFitToWidth(true);
        parts.getStyleClass().add("robustness-parts");
        setCenter(page);
        model.selectedClusterProperty().addListener((o, a, b) -> redraw());
        model.resultProperty().addListener((o, a, b) -> redraw());
        model.staleProperty().addListener((o, a, b) -> redraw());
        redraw(); // made when its tab is first selected: a sweep may be there already
    }

    /** Puts a control at the head of the view's bar (the explorer's "Sweep around the current setting"). */
    public void addFirst(Node control) {
        bar.getChildren().add(0, control);
    }

    /** How the heatmap and the bands are arranged now (tests). */
    RobustnessLayout arrangement() {
        return parts.arrangement();
    }

    public SweepViewModel model() {
        return model;
    }

    private void redraw() {
        chart.show(model.resultProperty().get(), model.selectedClusterProperty().get(), rows);
        heatmap.show(model.resultProperty().get(), model.selectedClusterProperty().get());
        page.setOpacity(model.staleProperty().get() ? 0.6 : 1);
    }

    /** How many of the best clusters the band chart shows. */
    public void setRows(int rows) {
        this.rows = Math.max(1, rows);
        redraw();
    }
}
