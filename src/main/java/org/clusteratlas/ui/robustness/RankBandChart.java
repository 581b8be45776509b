package org.clusteratlas.ui.robustness;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.robust.RankBand;
import org.clusteratlas.robust.SweepResult;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * One horizontal band per cluster (best first) from its best to its worst rank over the sweep so far,
 * with its current rank marked (log scale of rank): a glance shows which ranks hold and which depend on
 * the setting. Clicking a row selects the cluster (for the heatmap). Nodes, not a canvas, so rows can be clicked
 * and tested. The tracks ({@link BandTrack}) take the width the pane leaves, so the chart needs no scroll bar of its
 * own: it sits in the Robustness page, which scrolls as a whole.
 */
final class RankBandChart extends VBox {
    /** The names' column: one width for every row (the tracks line up), a share of the chart's width within bounds. */
    private static final double NAME_MIN = 130;
    private static final double NAME_MAX = 180;
    private final javafx.beans.binding.DoubleBinding nameWidth = javafx.beans.binding.Bindings.createDoubleBinding(
            () -> Math.max(NAME_MIN, Math.min(NAME_MAX, Math.floor(getWidth() * 0.26))), widthProperty());

    private IntConsumer onSelect = c -> { };

    RankBandChart() {
        setSpacing(2);
        setPadding(new Insets(6));
        setId("rank-band-chart");
    }

    void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /** Redraws the first {@code rows} clusters of the base ranking; {@code selected} is a base cluster id. */
    void show(SweepResult result, int selected, int rows) {
        getChildren().clear();
        if (result == null) {
            return;
        }
        List<ClusterRow> top = result.base().top(rows);
        int max = 2;
        for (ClusterRow r : top) {
            RankBand b = result.band(r.clusterId());
            max = Math.max(max, Math.max(b.worst(), r.rank()));
        }
        Label axis = new Label("rank 1 \u2192 " + max + " (log scale)   band: best to worst over " + result.done()
                + " of " + result.grid().size() + " settings; red: current rank");
        axis.getStyleClass().add("robustness-note");
        axis.setWrapText(true);
        getChildren().add(axis);
        for (ClusterRow r : top) {
            getChildren().add(row(r, result.band(r.clusterId()), max, r.clusterId() == selected));
        }
    }

    private HBox row(ClusterRow r, RankBand b, int max, boolean selected) {
        Label name = new Label(r.rank() + ". " + r.name());
        // a long name wraps onto a second line rather than losing its end
        name.setWrapText(true);
        name.minWidthProperty().bind(nameWidth);
        name.prefWidthProperty().bind(nameWidth);
        name.maxWidthProperty().bind(nameWidth);
        name.setMinHeight(Region.USE_PREF_SIZE);
        BandTrack track = new BandTrack(b, r.rank(), max, "band-" + r.rank());
        HBox.setHgrow(track, Priority.ALWAYS);
        Label summary = new Label(summary(b));
        summary.setId("band-summary-" + r.rank());
        summary.getStyleClass().add("band-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, name, track, summary);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(1, 4, 1, 4));
        row.setId("band-row-" + r.rank());
        row.getStyleClass().add("band-row");
        if (selected) {
            row.getStyleClass().add("selected");
        }
        row.setOnMouseClicked(e -> onSelect.accept(r.clusterId()));
        Tooltip.install(row, new Tooltip(details(r, b)));
        return row;
    }

    /** "best 1 · median 2.5 · worst 4 · in 80%" (or "never ranked"). */
    static String summary(RankBand b) {
        String presence = String.format(Locale.ROOT, "in %.0f%%", 100 * b.presence());
        if (!b.ranked()) {
            return b.settings() == 0 ? "" : "never ranked \u00b7 " + presence;
        }
        return "best " + b.best() + " \u00b7 median " + org.clusteratlas.cluster.NumberText.plain(b.median())
                + " \u00b7 worst " + b.worst() + " \u00b7 " + presence;
    }

    private static String details(ClusterRow r, RankBand b) {
        return r.name() + ": rank " + r.rank() + " now; " + summary(b) + " of settings\n"
                + b.merges().size() + " setting(s) with a merge, " + b.splits().size() + " with a split, absorbed in "
                + b.absorbed();
    }
}
