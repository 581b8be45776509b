package org.clusteratlas.ui.robustness;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * The Robustness page's content: the heatmap and the band chart, arranged at each layout pass for the width the
 * page gives it ({@link RobustnessLayout}): side by side, the heatmap at its preferred width and the bands taking
 * the rest, or stacked, the heatmap first, both the full width. Deciding in the layout pass (not on every redraw)
 * keeps a sweep's stream of partial results from measuring the grid once per result.
 */
final class RobustnessParts extends Region {
    /** Between the heatmap and the bands. */
    static final double GAP = 12;

    private final Region heatmap;
    private final Region chart;

    RobustnessParts(Region heatmap, Region chart) {
        this.heatmap = heatmap;
        this.chart = chart;
        getChildren().addAll(heatmap, chart);
    }

    /** The arrangement for the width this pane has now. */
    RobustnessLayout arrangement() {
        return arrangement(getWidth() - snappedLeftInset() - snappedRightInset());
    }

    private RobustnessLayout arrangement(double width) {
        return RobustnessLayout.of(width, heatmap.prefWidth(-1), chart.prefWidth(-1));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(heatmap.minWidth(-1), chart.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + Math.max(heatmap.prefWidth(-1), chart.prefWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
        double h;
        if (arrangement(inner) == RobustnessLayout.SIDE_BY_SIDE) {
            double w = heatmap.prefWidth(-1);
            h = Math.max(heatmap.prefHeight(w), chart.prefHeight(inner - w - GAP));
        } else {
            h = heatmap.prefHeight(inner) + GAP + chart.prefHeight(inner);
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        if (arrangement(inner) == RobustnessLayout.SIDE_BY_SIDE) {
            double w = snapSizeX(heatmap.prefWidth(-1));
            heatmap.resizeRelocate(x, y, w, heatmap.prefHeight(w));
            double rest = inner - w - GAP;
            chart.resizeRelocate(x + w + GAP, y, rest, chart.prefHeight(rest));
        } else {
            double h = snapSizeY(heatmap.prefHeight(inner));
            heatmap.resizeRelocate(x, y, inner, h);
            chart.resizeRelocate(x, y + h + GAP, inner, chart.prefHeight(inner));
        }
    }
}
