package org.clusteratlas.cluster;

/**
 * Tight bounding boxes of runs of locations (unit vectors), for {@link CellGrid}'s cells and blocks, and the
 * one definition of the box-to-box bounds of the chord.
 */
final class LocationBoxes {
    private LocationBoxes() {
    }

    /**
     * Copies cell c's coordinates into sorted order and stores its tight box; false if the cell is not
     * compact (two of its locations beyond eps of the smallest eps the grid serves).
     */
    static boolean cellBox(double[] ux, double[] uy, double[] uz, int[] order, int[] start, int c,
                           double[] x, double[] y, double[] z, double[] box, double t2Min) {
        double lx = Double.POSITIVE_INFINITY;
        double hx = Double.NEGATIVE_INFINITY;
        double ly = lx;
        double hy = hx;
        double lz = lx;
        double hz = hx;
        for (int p = start[c]; p < start[c + 1]; p++) {
            int i = order[p];
            double a = ux[i];
            double b = uy[i];
            double d = uz[i];
            x[p] = a;
            y[p] = b;
            z[p] = d;
            lx = Math.min(lx, a);
            hx = Math.max(hx, a);
            ly = Math.min(ly, b);
            hy = Math.max(hy, b);
            lz = Math.min(lz, d);
            hz = Math.max(hz, d);
        }
        int o = 6 * c;
        box[o] = lx;
        box[o + 1] = hx;
        box[o + 2] = ly;
        box[o + 3] = hy;
        box[o + 4] = lz;
        box[o + 5] = hz;
        double ex = hx - lx;
        double ey = hy - ly;
        double ez = hz - lz;
        return ChordMetric.within(ex * ex + ey * ey + ez * ez, t2Min);
    }

    static void boundingBox(double[] ux, double[] uy, double[] uz, int[] order, int from, int to,
                            double[] out, int o) {
        double lx = Double.POSITIVE_INFINITY;
        double hx = Double.NEGATIVE_INFINITY;
        double ly = lx;
        double hy = hx;
        double lz = lx;
        double hz = hx;
        for (int p = from; p < to; p++) {
            int i = order[p];
            lx = Math.min(lx, ux[i]);
            hx = Math.max(hx, ux[i]);
            ly = Math.min(ly, uy[i]);
            hy = Math.max(hy, uy[i]);
            lz = Math.min(lz, uz[i]);
            hz = Math.max(hz, uz[i]);
        }
        out[o] = lx;
        out[o + 1] = hx;
        out[o + 2] = ly;
        out[o + 3] = hy;
        out[o + 4] = lz;
        out[o + 5] = hz;
    }

    /**
     * Lower bound of the squared chord between any location of box a (6 values from offset oa: min x, max x,
     * min y, max y, min z, max z) and any of box b. Floating-point subtraction, squaring and addition are
     * monotonic, so this never exceeds the squared chord of such a pair, nor the bound of any smaller box
     * (a location's own, a block inside a cell) against b: a box pair decided by it is decided alike for every
     * location inside. Symmetric in a and b.
     */
    static double minSquared(double[] a, int oa, double[] b, int ob) {
        double gx = gap(a[oa], a[oa + 1], b[ob], b[ob + 1]);
        double gy = gap(a[oa + 2], a[oa + 3], b[ob + 2], b[ob + 3]);
        double gz = gap(a[oa + 4], a[oa + 5], b[ob + 4], b[ob + 5]);
        return gx * gx + gy * gy + gz * gz;
    }

    /** Upper bound of the squared chord between any location of box a and any of box b (same argument). */
    static double maxSquared(double[] a, int oa, double[] b, int ob) {
        double gx = Math.max(b[ob + 1] - a[oa], a[oa + 1] - b[ob]);
        double gy = Math.max(b[ob + 3] - a[oa + 2], a[oa + 3] - b[ob + 2]);
        double gz = Math.max(b[ob + 5] - a[oa + 4], a[oa + 5] - b[ob + 4]);
        return gx * gx + gy * gy + gz * gz;
    }

    private static double gap(double lo1, double hi1, double lo2, double hi2) {
        if (lo2 > hi1) {
            return lo2 - hi1;
        }
        if (lo1 > hi2) {
            return lo1 - hi2;
        }
        return 0;
    }
}
