package org.clusteratlas.ui.robustness;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusteratlas.cluster.ClusterParameters;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The "Robustness" view, bound to a {@link SweepViewModel}: a rank-band chart (one band per cluster from
 * best to worst rank over the sweep, the current rank marked) and a heatmap of the selected cluster's rank
 * over the eps x minimum-weight grid, with progress, Cancel, a banner when the sweep no longer belongs to
 * the parameters on the map, and the heatmap's cluster with its rank (at the sweep's setting and now). Clicking a heatmap cell hands that setting to the host's
 * {@code Consumer<ClusterParameters>} (apply it to the map and table).
 */
public final class RobustnessView extends BorderPane {
    /** Clusters shown in the band chart unless changed with {@link #setRows}. */
    public static final int DEFAULT_ROWS = 30;

    private final SweepViewModel model;
    private final RankBandChart chart = new RankBandChart();
    private final RankHeatmap heatmap = new RankHeatmap();
    private final SplitPane split;
    private int rows = DEFAULT_ROWS;

    /** @param applySetting called on the FX thread with a heatmap cell's parameters when the user clicks it */
    public RobustnessView(SweepViewModel model, Consumer<ClusterParameters> applySetting) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(applySetting, "applySetting");
        setId("robustness-view");
        ProgressBar progress = new ProgressBar(0);
        progress.setId("robustness-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("robustness-status");
        status.textProperty().bind(model.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("robustness-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Label title = new Label("Robustness");
        title.getStyleClass().add("robustness-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        // wraps in a narrow pane instead of cutting "Robustness" and "Cancel" short
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, title, progress, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        Label stale = new Label();
        stale.setId("robustness-stale");
        stale.getStyleClass().add("stale-banner");
        stale.setWrapText(true);
        stale.textProperty().bind(model.staleTextProperty());
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        Label heading = new Label();
        heading.setId("heatmap-title");
        heading.getStyleClass().add("heatmap-title");
        heading.setWrapText(true);
        heading.textProperty().bind(model.titleProperty());
        heading.visibleProperty().bind(model.titleProperty().isNotEmpty());
        heading.managedProperty().bind(heading.visibleProperty());
        setTop(new VBox(bar, stale, heading));
        chart.setOnSelect(model.selectedClusterProperty()::set);
        heatmap.setOnApply(applySetting);
        // one above the other: each gets the pane's whole width (the default layout gives it about 400 px)
        split = new SplitPane(new ScrollPane(chart), heatmap); // the heatmap scrolls its body under fixed headers
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        model.selectedClusterProperty().addListener((o, a, b) -> redraw());
        model.resultProperty().addListener((o, a, b) -> redraw());
        model.staleProperty().addListener((o, a, b) -> redraw());
        redraw(); // made when its tab is first selected: a sweep may be there already
    }

    public SweepViewModel model() {
        return model;
    }

    private void redraw() {
        chart.show(model.resultProperty().get(), model.selectedClusterProperty().get(), rows);
        heatmap.show(model.resultProperty().get(), model.selectedClusterProperty().get());
        split.setOpacity(model.staleProperty().get() ? 0.6 : 1);
    }

    /** How many of the best clusters the band chart shows. */
    public void setRows(int rows) {
        this.rows = Math.max(1, rows);
        redraw();
    }
}
