package org.clusteratlas.ui.explorer;

import java.util.ArrayList;
import java.util.List;

/**
 * Label decluttering for one draw of the {@link ClusterLayer}: finds a free spot for each cluster label next
 * to its circle (right, left, above, below, then the two diagonals), inside the canvas, clear of every label
 * already placed and of the centres of the big circles. Kept apart from the drawing so the geometry reads
 * (and can be tested) on its own; callers place labels best rank first, so the best ones win.
 */
final class LabelPlacement {
    /** Height in pixels of a label's box. */
    static final double HEIGHT = 15;
    /** Circles at least this big (radius, pixels) keep labels off their centre. */
    private static final double BIG_RADIUS = 12;

    private final double[] cx;
    private final double[] cy;
    private final double[] radius;
    private final double width;
    private final double height;
    private final List<double[]> placed = new ArrayList<>();

    /** Circles s at (cx[s], cy[s]) with radius[s], on a canvas of width by height pixels. */
    LabelPlacement(double[] cx, double[] cy, double[] radius, double width, double height) {
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
        this.width = width;
        this.height = height;
    }

    /**
     * The top-left corner {x, y} of a free spot for a label of width lw next to circle s, now taken; or null
     * when none of the candidate spots is free.
     */
    double[] place(int s, double lw) {
        double lh = HEIGHT;
        // try right of the circle, then left
        double[][] candidates = {
            {cx[s] + radius[s] + 3, cy[s] - lh / 2},
            {cx[s] - radius[s] - 3 - lw, cy[s] - lh / 2},
            {cx[s] - lw / 2, cy[s] - radius[s] - lh - 1},
            {cx[s] - lw / 2, cy[s] + radius[s] + 1},
            {cx[s] + radius[s] * 0.7, cy[s] - radius[s] * 0.7 - lh},
            {cx[s] + radius[s] * 0.7, cy[s] + radius[s] * 0.7},
        };
        for (double[] c : candidates) {
            double[] box = {c[0] - 2, c[1], c[0] + lw + 2, c[1] + lh};
            if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height || overlaps(box)) {
                continue;
            }
            placed.add(box);
            return c;
        }
        return null;
    }

    private boolean overlaps(double[] box) {
        for (double[] p : placed) {
            if (box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3]) {
                return true;
            }
        }
        // keep labels off the bigger circles (not their own small one)
        for (int s = 0; s < cx.length; s++) {
            double r = radius[s];
            if (r < BIG_RADIUS) {
                continue;
            }
            double nx = Math.max(box[0], Math.min(cx[s], box[2]));
            double ny = Math.max(box[1], Math.min(cy[s], box[3]));
            double dx = nx - cx[s];
            double dy = ny - cy[s];
            if (dx * dx + dy * dy < r * r * 0.4) { // a label may cross a big circle's rim, not its centre
                return true;
            }
        }
        return false;
    }
}
