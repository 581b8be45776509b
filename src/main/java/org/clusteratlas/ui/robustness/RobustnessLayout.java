package org.clusteratlas.ui.robustness;

/**
 * How the Robustness page arranges the heatmap and the band chart, decided by the page's own width: side by side
 * where both fit at their preferred widths (a wide, short pane: the heatmap's rows and the first bands in view at
 * once), otherwise stacked, the heatmap first. One rule, so a test can state it without a window.
 */
enum RobustnessLayout {
    /** The heatmap above the band chart. */
    STACKED,
    /** The heatmap left of the band chart. */
    SIDE_BY_SIDE;

    /** Room between the two parts and for the page's vertical scroll bar. */
    static final double SLACK = 32;

    /** The arrangement for a page {@code width} wide, given the parts' preferred widths. */
    static RobustnessLayout of(double width, double heatmapWidth, double chartWidth) {
        return width >= heatmapWidth + chartWidth + SLACK ? SIDE_BY_SIDE : STACKED;
    }
}
