package org.clusteratlas.ui.explorer;

import javafx.scene.paint.Color;

/**
 * Colours of clusters by their patent/publication mix, shared by the map layer, the legend and the PNG
 * export: blue for patent-led, orange for publication-led, violet in between (colour-blind safe ends).
 */
public final class ClusterColors {
    public static final Color PATENTS = Color.web("#1f5fbf");
    public static final Color MIXED = Color.web("#8a3fa6");
    public static final Color PUBLICATIONS = Color.web("#e0701a");

    private ClusterColors() {
    }

    /** Colour for a cluster whose activity is {@code patentFraction} (0..1) patents. */
    public static Color of(double patentFraction) {
        double f = Double.isNaN(patentFraction) ? 0.5 : Math.max(0, Math.min(1, patentFraction));
        return f >= 0.5 ? MIXED.interpolate(PATENTS, (f - 0.5) * 2) : PUBLICATIONS.interpolate(MIXED, f * 2);
    }

    public static double patentFraction(double patents, double publications) {
        double t = patents + publications;
        return t > 0 ? patents / t : 0.5;
    }
}
