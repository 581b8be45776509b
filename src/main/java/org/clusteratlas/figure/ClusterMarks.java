package org.clusteratlas.figure;

import org.clusteratlas.rank.ClusterRow;

/**
 * How clusters are marked on a map, in one place for the window's cluster layer and the exported figure:
 * circle sizes, colours by patent/publication mix, which labels are drawn, when hulls and noise appear.
 * Plain numbers and RGB values, so that JavaFX and Java2D drawing both read them.
 */
public final class ClusterMarks {
    /** Radius in pixels of the top cluster's circle; others scale by the square root of their score. */
    public static final double MAX_RADIUS = 26;
    public static final double MIN_RADIUS = 3.5;
    /** Zoom from which locations outside every cluster (noise) are drawn as grey dots. */
    public static final double NOISE_ZOOM = 5;
    /** A hull smaller than this (pixels) is not drawn: the circle says it all. */
    public static final double MIN_HULL_PX = 6;
    /** Gap in pixels between a circle and the selection ring around it. */
    public static final double RING_GAP = 4;

    /** Patent-led clusters: blue; publication-led: orange; violet in between (colour-blind safe ends). */
    public static final int PATENTS_RGB = 0x1f5fbf;
    public static final int MIXED_RGB = 0x8a3fa6;
    public static final int PUBLICATIONS_RGB = 0xe0701a;
    /** Noise locations. */
    public static final int NOISE_RGB = 0x5b6670;
    public static final double NOISE_ALPHA = 0.45;
    /** The snapshot's locations (density backdrop). */
    public static final int DOT_RGB = 0x2f6db5;
    /** Opacity of the density backdrop under the clusters. */
    public static final double DOT_OPACITY = 0.35;
    /** Selection ring and label text. */
    public static final int RING_RGB = 0x111111;
    public static final int LABEL_RGB = 0x1b1f24;
    /** Fill opacity of a hull; a selected cluster's hull is filled more. */
    public static final double HULL_ALPHA = 0.16;
    public static final double HULL_SELECTED_ALPHA = 0.28;
    public static final double CIRCLE_ALPHA = 0.72;

    private ClusterMarks() {
    }

    /** Circle radius of a cluster given the top cluster's score. */
    public static double radius(double score, double topScore) {
        double top = Math.max(1e-12, topScore);
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(Math.max(0, score) / top));
    }

    /** How many labels a zoom level shows at most (the {@link LabelPlacement#ALWAYS_LABELLED} best always). */
    public static int maxLabels(double zoom) {
        return zoom < 2.5 ? 25 : zoom < 4 ? 45 : 80;
    }

    /** A cluster's label: "rank  name". */
    public static String label(ClusterRow r) {
        return r.rank() + "  " + r.name();
    }

    /** Share (0..1) of a cluster's activity that is patents; 0.5 without activity. */
    public static double patentFraction(double patents, double publications) {
        double t = patents + publications;
        return t > 0 ? patents / t : 0.5;
    }

    /** RGB of a cluster whose activity is {@code patentFraction} (0..1) patents. */
    public static int rgb(double patentFraction) {
        double f = Double.isNaN(patentFraction) ? 0.5 : Math.max(0, Math.min(1, patentFraction));
        return f >= 0.5 ? mix(MIXED_RGB, PATENTS_RGB, (f - 0.5) * 2) : mix(PUBLICATIONS_RGB, MIXED_RGB, f * 2);
    }

    public static int rgb(ClusterRow r) {
        return rgb(patentFraction(r.patents(), r.publications()));
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) + t * (((b >> 16) & 0xff) - ((a >> 16) & 0xff)));
        int g = (int) Math.round(((a >> 8) & 0xff) + t * (((b >> 8) & 0xff) - ((a >> 8) & 0xff)));
        int bl = (int) Math.round((a & 0xff) + t * ((b & 0xff) - (a & 0xff)));
        return (r << 16) | (g << 8) | bl;
    }
}
