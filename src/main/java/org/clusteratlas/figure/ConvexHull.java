package org.clusteratlas.figure;

import java.util.Arrays;

/** Andrew's monotone chain on plain arrays: the hull of a cluster's projected locations, no object per point. */
final class ConvexHull {
    private ConvexHull() {
    }

    /** Hull vertices {xs, ys} counter-clockwise (in y-down screen terms: clockwise), duplicates removed. */
    static double[][] of(double[] x, double[] y) {
        int n = x.length;
        if (n <= 2) {
            return new double[][] {x.clone(), y.clone()};
        }
        if (n > 64) {
            double[][] kept = withoutInterior(x, y);
            x = kept[0];
            y = kept[1];
            n = x.length;
        }
        int[] boxed = sortedIndices(x, y);
        int[] hull = new int[2 * n];
        int h = 0;
        for (int t = 0; t < n; t++) {
            int i = boxed[t];
            while (h >= 2 && cross(x, y, hull[h - 2], hull[h - 1], i) <= 0) {
                h--;
            }
            hull[h++] = i;
        }
        for (int t = n - 2, lower = h + 1; t >= 0; t--) {
            int i = boxed[t];
            while (h >= lower && cross(x, y, hull[h - 2], hull[h - 1], i) <= 0) {
                h--;
            }
            hull[h++] = i;
        }
        int m = Math.max(1, h - 1);
        double[] hx = new double[m];
        double[] hy = new double[m];
        for (int j = 0; j < m; j++) {
            hx[j] = x[hull[j]];
            hy[j] = y[hull[j]];
        }
        return new double[][] {hx, hy};
    }

    /**
     * Indices sorted by (x, y). Points lie within [-1, 2) (Web Mercator units, unwrapped), so x quantised to
     * 2^-19 of a world (21 bits), y to 2^-20 (22 bits) and the index (20 bits) fit in one positive long,
     * sorted without boxing, then put in exact order by an insertion pass (few points share a bucket).
     */
    static int[] sortedIndices(double[] x, double[] y) {
        int n = x.length;
        if (n >= 1 << 20) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = boxed[i];
            }
            return out;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long qx = Math.max(0, Math.min((1L << 21) - 1, (long) ((x[i] + 1) * (1 << 19))));
            long qy = Math.max(0, Math.min((1L << 22) - 1, (long) ((y[i] + 1) * (1 << 20))));
            keys[i] = (qx << 42) | (qy << 20) | i;
        }
        Arrays.sort(keys);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (keys[i] & ((1 << 20) - 1));
        }
        // the quantised order is nearly exact: an insertion pass makes it exact in about linear time
        for (int i = 1; i < n; i++) {
            int v = out[i];
            int j = i - 1;
            while (j >= 0 && (x[out[j]] > x[v] || (x[out[j]] == x[v] && y[out[j]] > y[v]))) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = v;
        }
        return out;
    }

    /**
     * The points less those strictly inside the polygon of the eight extreme points (least and greatest x, y,
     * x + y and x - y: Akl and Toussaint's heuristic). None of those can be a hull vertex, and in a cluster's
     * dense cloud they are nearly all of it (at 60M addresses the top 100 clusters hold some 300,000 locations),
     * so the sort that follows sees a few per cent of the points. A point on the polygon's boundary is kept, and
     * so is every point when the polygon is flat.
     */
    static double[][] withoutInterior(double[] x, double[] y) {
        int n = x.length;
        // counter-clockwise (y up): left, lower left, bottom, lower right, right, upper right, top, upper left
        int[] e = new int[8];
        for (int i = 1; i < n; i++) {
            double s = x[i] + y[i];
            double d = x[i] - y[i];
            if (x[i] < x[e[0]]) {
                e[0] = i;
            }
            if (s < x[e[1]] + y[e[1]]) {
                e[1] = i;
            }
            if (y[i] < y[e[2]]) {
                e[2] = i;
            }
            if (d > x[e[3]] - y[e[3]]) {
                e[3] = i;
            }
            if (x[i] > x[e[4]]) {
                e[4] = i;
            }
            if (s > x[e[5]] + y[e[5]]) {
                e[5] = i;
            }
            if (y[i] > y[e[6]]) {
                e[6] = i;
            }
            if (d < x[e[7]] - y[e[7]]) {
                e[7] = i;
            }
        }
        int[] ring = new int[8];
        int corners = 0;
        for (int j = 0; j < 8; j++) {
            int v = e[j];
            if (corners == 0 || (x[v] != x[ring[corners - 1]] || y[v] != y[ring[corners - 1]])) {
                ring[corners++] = v;
            }
        }
        while (corners > 1 && x[ring[corners - 1]] == x[ring[0]] && y[ring[corners - 1]] == y[ring[0]]) {
            corners--;
        }
        if (corners < 3) {
            return new double[][] {x, y};
        }
        double[] kx = new double[n];
        double[] ky = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean inside = true;
            for (int j = 0; j < corners && inside; j++) {
                inside = cross(x, y, ring[j], ring[(j + 1) % corners], i) > 0;
            }
            if (!inside) {
                kx[m] = x[i];
                ky[m] = y[i];
                m++;
            }
        }
        return new double[][] {Arrays.copyOf(kx, m), Arrays.copyOf(ky, m)};
    }

    private static double cross(double[] x, double[] y, int o, int a, int b) {
        return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
    }
}
