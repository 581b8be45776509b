package org.clusteratlas.ui.robustness;

import org.clusteratlas.cluster.ParameterSpecs;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.robust.CellResult;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepResult;

import java.util.function.Consumer;

/**
 * One cluster's rank over the eps x minimum-weight grid: green where it ranks better than now, red where
 * worse, amber where a neighbour absorbs it, grey where it does not exist, blank where the setting is not
 * done yet. Clicking a done cell hands that setting to the host (which applies it to map and table).
 */
final class RankHeatmap extends GridPane {
    private static final double CELL_W = 54;
    private static final double CELL_H = 28;

    private Consumer<ClusterParameters> onApply = p -> { };

    RankHeatmap() {
        setHgap(2);
        setVgap(2);
        setPadding(new Insets(6));
        setId("rank-heatmap");
    }

    void setOnApply(Consumer<ClusterParameters> onApply) {
        this.onApply = onApply;
    }

    /** Redraws for a base cluster id (or clears with a null result or a negative id). */
    void show(SweepResult result, int baseCluster) {
        getChildren().clear();
        if (result == null || baseCluster < 0 || baseCluster >= result.base().size()) {
            return;
        }
        SweepGrid g = result.grid();
        int current = result.base().row(baseCluster).rank();
        Label corner = new Label("km \\ min");
        Tooltip.install(corner, new Tooltip("Rows: radius (eps) in km; columns: minimum patents / minimum publications"));
        corner.getStyleClass().add("heatmap-axis");
        add(corner, 0, 1);
        for (int w = 0; w < g.weightSteps(); w++) {
            Label l = new Label(g.weightLabel(w));
            l.getStyleClass().add("heatmap-axis");
            l.setMinWidth(CELL_W);
            l.setAlignment(Pos.CENTER);
            add(l, w + 1, 1);
        }
        int[] base = g.baseCell();
        for (int e = 0; e < g.epsSteps(); e++) {
            add(new Label(ParameterSpecs.EPS_KM.format(g.eps(e))), 0, e + 2);
            for (int w = 0; w < g.weightSteps(); w++) {
                boolean isBase = base != null && base[0] == e && base[1] == w;
                add(cell(result.cell(e, w), baseCluster, current, g, e, w, isBase), w + 1, e + 2);
            }
        }
        Label legend = new Label("Rank at each setting: green better than now, red worse, amber merged into a"
                + " neighbour, grey absent; \u00f7 split, + merge. Framed: the current setting. Click a cell to apply it.");
        legend.setWrapText(true);
        legend.setMaxWidth((g.weightSteps() + 1) * (CELL_W + 2));
        legend.getStyleClass().add("robustness-note");
        add(legend, 0, g.epsSteps() + 2, g.weightSteps() + 1, 1);
    }

    private StackPane cell(CellResult c, int b, int current, SweepGrid g, int e, int w, boolean isBase) {
        Rectangle r = new Rectangle(CELL_W, CELL_H);
        Label text = new Label();
        text.setId("cell-text-" + e + "-" + w);
        if (c == null) {
            r.setFill(Color.WHITE);
            r.setStroke(Color.web("#ddd"));
        } else {
            switch (c.presence(b)) {
                case CONTINUED -> {
                    int rank = c.rankOf(b);
                    r.setFill(colour(rank, current));
                    text.setText(Integer.toString(rank) + (c.splits(b) ? " \u00f7" : "") + (c.merges(b) ? " +" : ""));
                }
                case ABSORBED -> {
                    r.setFill(Color.web("#f5c26b"));
                    text.setText("merged");
                }
                default -> {
                    r.setFill(Color.web("#d5d5d5"));
                    text.setText("\u2013");
                }
            }
        }
        if (isBase) {
            r.setStroke(Color.BLACK);
            r.setStrokeWidth(2);
        }
        StackPane p = new StackPane(r, text);
        p.setId("cell-" + e + "-" + w);
        ClusterParameters params = g.at(e, w);
        Tooltip.install(p, new Tooltip("eps " + ParameterSpecs.EPS_KM.format(params.epsKm()) + " km, minimum patents "
                + params.text(ParameterSpecs.MIN_PATENTS) + ", minimum publications "
                + params.text(ParameterSpecs.MIN_PUBLICATIONS) + "\nclick to apply"
                + (c == null ? "" : "\n" + c.clusterCount() + " clusters; \u00f7 split, + merge")));
        if (c != null) {
            p.setOnMouseClicked(ev -> onApply.accept(params));
            p.getStyleClass().add("heatmap-cell");
        }
        return p;
    }

    /** Green for better ranks than now, red for worse, saturating at 5 positions or 50 % of the rank. */
    static Color colour(int rank, int current) {
        int d = rank - current;
        if (d == 0) {
            return Color.web("#cfe3f5");
        }
        double scale = Math.max(5, current * 0.5);
        double s = Math.min(1, Math.abs(d) / scale);
        return d < 0 ? Color.hsb(120, 0.15 + 0.6 * s, 0.9) : Color.hsb(0, 0.15 + 0.6 * s, 0.95);
    }
}
