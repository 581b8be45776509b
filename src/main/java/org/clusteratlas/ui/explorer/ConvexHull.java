package org.clusteratlas.ui.explorer;

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
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
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

    private static double cross(double[] x, double[] y, int o, int a, int b) {
        return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
    }
}
