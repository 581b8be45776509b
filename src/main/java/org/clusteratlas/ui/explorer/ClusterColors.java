package org.clusteratlas.ui.explorer;

import javafx.scene.paint.Color;
import org.clusteratlas.figure.ClusterMarks;

/**
 * The cluster colours of {@link ClusterMarks} as JavaFX colours, for the map layer, the legend and the
 * charts: blue for patent-led, orange for publication-led, violet in between (colour-blind safe ends).
 */
public final class ClusterColors {
    public static final Color PATENTS = rgb(ClusterMarks.PATENTS_RGB);
    public static final Color MIXED = rgb(ClusterMarks.MIXED_RGB);
    public static final Color PUBLICATIONS = rgb(ClusterMarks.PUBLICATIONS_RGB);

    private ClusterColors() {
    }

    /** Colour for a cluster whose activity is {@code patentFraction} (0..1) patents. */
    public static Color of(double patentFraction) {
        return rgb(ClusterMarks.rgb(patentFraction));
    }

    public static double patentFraction(double patents, double publications) {
        return ClusterMarks.patentFraction(patents, publications);
    }

    /** An opaque JavaFX colour of a 0xRRGGBB value. */
    public static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
