package org.clusteratlas.ui.robustness;

import org.clusteratlas.cluster.ParameterSpecs;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
 *
 * <p>The column headers (the minimum weights) stay in view while the body scrolls: they are a grid of their own
 * above the body's scroll pane, with the same column widths (each body column is bound to its header's width),
 * moved sideways with the body's horizontal scroll and clipped to the viewport. A column header writes its two
 * minimums on two lines (patents over publications), so the five columns of the window's sweep fit the Robustness
 * pane at 1366 x 768. The body is as tall as its rows (the page around it scrolls); the legend is under it.
 */
final class RankHeatmap extends VBox {
    private static final double CELL_W = 54;
    private static final double CELL_H = 22;
    /** The row labels' column (eps in km), the same in header and body. */
    private static final double AXIS_W = 64;
    /** Between columns: the weight headers ("0.045% / 0.037%") are as wide as their columns. */
    private static final double GAP = 10;
    private static final double PAD = 6;

    private final GridPane columns = new GridPane();
    private final Pane columnsClip = new Pane(columns);
    private final GridPane body = new GridPane();
    private final VBox content = new VBox(body);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label legend = new Label("Rank at each setting: green better than now, red worse, amber merged"
            + " into a neighbour, grey absent; \u00f7 split, + merge. Framed: the current setting. Click a cell to"
            + " apply it.");
    private Consumer<ClusterParameters> onApply = p -> { };

    RankHeatmap() {
        setId("rank-heatmap");
        for (GridPane g : new GridPane[] {columns, body}) {
            g.setHgap(GAP);
            g.setVgap(2);
        }
        columns.setId("heatmap-columns");
        body.setId("heatmap-body");
        columns.setPadding(new Insets(PAD, PAD, 2, PAD));
        body.setPadding(new Insets(0, PAD, PAD, PAD));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(columnsClip.widthProperty());
        clip.heightProperty().bind(columnsClip.heightProperty());
        columnsClip.setClip(clip);
        columnsClip.minHeightProperty().bind(columns.heightProperty());
        columnsClip.prefHeightProperty().bind(columns.heightProperty());
        // the header row follows the body sideways: the same pixel offset the scroll pane gives the body
        javafx.beans.InvalidationListener follow = o -> columns.setTranslateX(-horizontalOffset());
        scroll.hvalueProperty().addListener(follow);
        scroll.viewportBoundsProperty().addListener(follow);
        content.widthProperty().addListener(follow);
        scroll.setFitToWidth(false);
        scroll.setFitToHeight(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // as tall as its cells (and the horizontal scroll bar when the grid is wider than the pane): in the Robustness
        // page no vertical scroll of its own takes the mouse wheel from the page
        scroll.prefViewportHeightProperty().bind(content.heightProperty());
        legend.setWrapText(true);
        legend.getStyleClass().add("robustness-note");
        legend.setPadding(new Insets(4, PAD, 4, PAD));
        legend.setMinHeight(Region.USE_PREF_SIZE);
        // under the cells, wrapped to the heatmap's width (a small preferred width: the text does not widen the pane)
        legend.setMinWidth(0);
        legend.setPrefWidth(200);
        legend.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(columnsClip, scroll, legend);
        setVisibleParts(false);
    }

    /** The body's horizontal scroll in pixels. */
    private double horizontalOffset() {
        double hidden = content.getWidth() - scroll.getViewportBounds().getWidth();
        double range = scroll.getHmax() - scroll.getHmin();
        return hidden <= 0 || range <= 0 ? 0 : hidden * (scroll.getHvalue() - scroll.getHmin()) / range;
    }

    /** The scroll pane holding the cells (tests scroll it). */
    ScrollPane body() {
        return scroll;
    }

    void setOnApply(Consumer<ClusterParameters> onApply) {
        this.onApply = onApply;
    }

    private void setVisibleParts(boolean v) {
        for (javafx.scene.Node n : getChildren()) {
            n.setVisible(v);
            n.setManaged(v);
        }
    }

    /** Redraws for a base cluster id (or clears with a null result or a negative id). */
    void show(SweepResult result, int baseCluster) {
        columns.getChildren().clear();
        columns.getColumnConstraints().clear();
        body.getChildren().clear();
        body.getColumnConstraints().clear();
        if (result == null || baseCluster < 0 || baseCluster >= result.base().size()) {
            setVisibleParts(false);
            return;
        }
        setVisibleParts(true);
        SweepGrid g = result.grid();
        int current = result.base().row(baseCluster).rank();
        columns.getColumnConstraints().add(fixed(AXIS_W));
        body.getColumnConstraints().add(fixed(AXIS_W));
        Label corner = new Label("km \\ min\npat./publ.");
        Tooltip.install(corner, new Tooltip("Rows: radius (eps) in km; columns: minimum patents / minimum publications"));
        corner.getStyleClass().add("heatmap-axis");
        columns.add(corner, 0, 0);
        for (int w = 0; w < g.weightSteps(); w++) {
            ClusterParameters column = g.at(0, w);
            Label l = new Label(column.text(ParameterSpecs.MIN_PATENTS) + "\n" + column.text(ParameterSpecs.MIN_PUBLICATIONS));
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            l.setTooltip(new Tooltip("minimum patents " + column.text(ParameterSpecs.MIN_PATENTS)
                    + ", minimum publications " + column.text(ParameterSpecs.MIN_PUBLICATIONS)));
            l.setId("heatmap-column-" + w);
            l.getStyleClass().add("heatmap-axis");
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER);
            ColumnConstraints head = new ColumnConstraints();
            head.setMinWidth(CELL_W);
            columns.getColumnConstraints().add(head);
            ColumnConstraints cells = new ColumnConstraints();
            cells.minWidthProperty().bind(l.widthProperty());
            cells.prefWidthProperty().bind(l.widthProperty());
            cells.maxWidthProperty().bind(l.widthProperty());
            cells.setHalignment(javafx.geometry.HPos.CENTER);
            body.getColumnConstraints().add(cells);
            columns.add(l, w + 1, 0);
        }
        int[] base = g.baseCell();
        for (int e = 0; e < g.epsSteps(); e++) {
            body.add(new Label(ParameterSpecs.EPS_KM.format(g.eps(e))), 0, e);
            for (int w = 0; w < g.weightSteps(); w++) {
                boolean isBase = base != null && base[0] == e && base[1] == w;
                body.add(cell(result.cell(e, w), baseCluster, current, g, e, w, isBase), w + 1, e);
            }
        }
        scroll.setHvalue(scroll.getHmin());
        columns.setTranslateX(0);
    }

    private static ColumnConstraints fixed(double w) {
        ColumnConstraints c = new ColumnConstraints(w);
        c.setMinWidth(w);
        c.setMaxWidth(w);
        return c;
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
        p.setMinWidth(CELL_W);
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
