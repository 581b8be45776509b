package org.clusteratlas.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Label decluttering for one draw of the {@link ClusterLayer}: finds a free spot for each cluster label next
 * to its circle (right, left, above, below, then the two diagonals), inside the canvas, clear of every label
 * already placed and of the centres of the big circles. Kept apart from the drawing so the geometry reads
 * (and can be tested) on its own; callers place labels best rank first, so the best ones win. The window's
 * cluster layer and the map figure ({@link MapFigure}) place their labels through here, so a PNG shows
 * the labels the screen shows.
 */
public final class LabelPlacement {
    /** Height in pixels of a label's box (at scale 1). */
    public static final double HEIGHT = 15;
    /** Labels of these best ranks are always placed (see {@link #placeAlways}). */
    public static final int ALWAYS_LABELLED = 10;
    /** Circles at least this big (radius, pixels) keep labels off their centre. */
    private static final double BIG_RADIUS = 12;

    private final double[] cx;
    private final double[] cy;
    private final double[] radius;
    private final double width;
    private final double height;
    private final double lh;
    private final List<double[]> placed = new ArrayList<>();

    /** Circles s at (cx[s], cy[s]) with radius[s], on a canvas of width by height pixels. */
    public LabelPlacement(double[] cx, double[] cy, double[] radius, double width, double height) {
        this(cx, cy, radius, width, height, 1);
    }

    /** The same for labels drawn at {@code scale} times the screen size (big exported images). */
    public LabelPlacement(double[] cx, double[] cy, double[] radius, double width, double height, double scale) {
        this.lh = HEIGHT * scale;
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
    public double[] place(int s, double lw) {
        for (double[] c : candidates(s, lw)) {
            if (free(c, lw)) {
                take(c, lw);
                return c;
            }
        }
        return null;
    }

    /**
     * A spot for a label that must be shown (one of the {@link #ALWAYS_LABELLED} best ranks): a free spot
     * next to its circle, else a free spot farther out along eight directions (drawn with a leader line to
     * its circle), else the first spot inside the canvas even if it overlaps. Returns {x, y, leader} with
     * leader 1 when a line should join label and circle; null only when the circle is off the canvas.
     */
    public double[] placeAlways(int s, double lw) {
        if (cx[s] < 0 || cy[s] < 0 || cx[s] > width || cy[s] > height) {
            return null;
        }
        double[] near = place(s, lw);
        if (near != null) {
            return new double[] {near[0], near[1], 0};
        }
        for (int ring = 1; ring <= 4; ring++) {
            double d = radius[s] + 3 + ring * lh * 1.2;
            for (int k = 0; k < 8; k++) {
                double a = Math.PI / 4 * k;
                double x = cx[s] + d * Math.cos(a);
                double y = cy[s] + d * Math.sin(a);
                double[] c = {Math.cos(a) < -0.3 ? x - lw : Math.cos(a) > 0.3 ? x : x - lw / 2, y - lh / 2};
                if (free(c, lw)) {
                    take(c, lw);
                    return new double[] {c[0], c[1], 1};
                }
            }
        }
        for (double[] c : candidates(s, lw)) {
            if (inside(c, lw)) {
                take(c, lw);
                return new double[] {c[0], c[1], 0};
            }
        }
        double[] c = {Math.max(0, Math.min(width - lw, cx[s] + radius[s] + 3)), Math.max(0, Math.min(height - lh, cy[s] - lh / 2))};
        take(c, lw);
        return new double[] {c[0], c[1], 0};
    }

    private double[][] candidates(int s, double lw) {
        // try right of the circle, then left
        return new double[][] {
            {cx[s] + radius[s] + 3, cy[s] - lh / 2},
            {cx[s] - radius[s] - 3 - lw, cy[s] - lh / 2},
            {cx[s] - lw / 2, cy[s] - radius[s] - lh - 1},
            {cx[s] - lw / 2, cy[s] + radius[s] + 1},
            {cx[s] + radius[s] * 0.7, cy[s] - radius[s] * 0.7 - lh},
            {cx[s] + radius[s] * 0.7, cy[s] + radius[s] * 0.7},
        };
    }

    private double[] box(double[] c, double lw) {
        return new double[] {c[0] - 2, c[1], c[0] + lw + 2, c[1] + lh};
    }

    private boolean inside(double[] c, double lw) {
        double[] box = box(c, lw);
        return box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
    }

    private boolean free(double[] c, double lw) {
        return inside(c, lw) && !overlaps(box(c, lw));
    }

    private void take(double[] c, double lw) {
        placed.add(box(c, lw));
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
