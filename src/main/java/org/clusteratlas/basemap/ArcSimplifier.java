package org.clusteratlas.basemap;

/**
 * Douglas-Peucker simplification of one arc held as interleaved x, y doubles. Both end points are always
 * kept, so polygons stitched from simplified arcs still share their borders exactly (no slivers or gaps
 * between neighbours), which simplifying each polygon on its own would not guarantee. Works on the plain
 * arrays, without creating a coordinate object per point, because the base map simplifies 300,000 points
 * for every level of detail it builds.
 */
final class ArcSimplifier {
    private ArcSimplifier() {
    }

    /** The arc with every point farther than {@code tolerance} from the simplified line kept. */
    static double[] simplify(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 2) {
            return xy;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[4 * n];
        int sp = 0;
        stack[sp++] = 0;
        stack[sp++] = n - 1;
        double tol2 = tolerance * tolerance;
        int kept = 2;
        while (sp > 0) {
            int b = stack[--sp];
            int a = stack[--sp];
            double max = -1;
            int index = -1;
            for (int k = a + 1; k < b; k++) {
                double d = distance2(xy, k, a, b);
                if (d > max) {
                    max = d;
                    index = k;
                }
            }
            if (index >= 0 && max > tol2) {
                keep[index] = true;
                kept++;
                stack[sp++] = a;
                stack[sp++] = index;
                stack[sp++] = index;
                stack[sp++] = b;
            }
        }
        double[] out = new double[2 * kept];
        int o = 0;
        for (int k = 0; k < n; k++) {
            if (keep[k]) {
                out[o++] = xy[2 * k];
                out[o++] = xy[2 * k + 1];
            }
        }
        return out;
    }

    /** Squared distance from point k to the segment a-b (to point a when a and b coincide, as in a closed arc). */
    private static double distance2(double[] xy, int k, int a, int b) {
        double px = xy[2 * k];
        double py = xy[2 * k + 1];
        double ax = xy[2 * a];
        double ay = xy[2 * a + 1];
        double dx = xy[2 * b] - ax;
        double dy = xy[2 * b + 1] - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }
}
