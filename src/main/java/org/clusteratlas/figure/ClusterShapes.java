package org.clusteratlas.figure;

import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.geo.WorldCopies;
import org.clusteratlas.cluster.BalancedChunks;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;

import java.util.Arrays;
import java.util.List;

/**
 * What the map needs to draw the shown clusters, computed off the FX thread with every ranking: per cluster
 * its convex hull and bounding box in Web Mercator units (the unit square) and its heaviest location (the
 * anchor that keeps a selection across recomputes). Convex hulls, not the exports' concave ones: one pass
 * over the locations, then per cluster (on all cores) a filter of the interior and a sort of what is left.
 * Longitudes are unwrapped around the cluster's centroid, so a cluster across the antimeridian stays small.
 */
public final class ClusterShapes {
    /** Locations per chunk of the gather of members. */
    private static final int GATHER_CHUNK = 1 << 15;

    private final int[] shownIds;
    private final int[] slotOfCluster;
    private final double[][] hullX;
    private final double[][] hullY;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final int[] anchor;

    private ClusterShapes(int[] shownIds, int[] slotOfCluster, double[][] hullX, double[][] hullY, double[] minX,
                          double[] minY, double[] maxX, double[] maxY, int[] anchor) {
        this.shownIds = shownIds;
        this.slotOfCluster = slotOfCluster;
        this.hullX = hullX;
        this.hullY = hullY;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.anchor = anchor;
    }

    /**
     * Shapes of the given rows' clusters.
     *
     * @param mx Web Mercator x of every location (projected once per snapshot)
     * @param my Web Mercator y of every location
     */
    public static ClusterShapes of(Ranking ranking, List<ClusterRow> rows, double[] mx, double[] my) {
        return of(ranking, rows, mx, my, GATHER_CHUNK);
    }

    /** {@link #of(Ranking, List, double[], double[])} with chunks of {@code chunk} locations (tests vary it). */
    static ClusterShapes of(Ranking ranking, List<ClusterRow> rows, double[] mx, double[] my, int chunk) {
        Clustering clustering = ranking.clustering();
        int k = clustering.clusterCount();
        int shown = rows.size();
        int[] slotOf = new int[k];
        Arrays.fill(slotOf, -1);
        int[] ids = new int[shown];
        double[] centreX = new double[shown];
        for (int s = 0; s < shown; s++) {
            ClusterRow r = rows.get(s);
            ids[s] = r.clusterId();
            slotOf[r.clusterId()] = s;
            centreX[s] = WebMercator.x(r.lon());
        }
        int n = clustering.locationCount();
        // the members of each shown cluster in location order, gathered on all cores: chunks of locations count
        // their members per cluster, then each fills its own stretch of every cluster's run
        int size = Math.max(1, Math.min(chunk, n));
        int chunks = (n + size - 1) / size;
        int[][] inChunk = new int[chunks][shown];
        BalancedChunks.forEach(chunks, ch -> {
            int[] cnt = inChunk[ch];
            for (int i = ch * size, end = Math.min(n, i + size); i < end; i++) {
                int c = clustering.clusterOf(i);
                if (c >= 0 && slotOf[c] >= 0) {
                    cnt[slotOf[c]]++;
                }
            }
        });
        int[] count = new int[shown + 1];
        int[][] fillFrom = new int[chunks][shown];
        for (int s = 0; s < shown; s++) {
            int at = count[s];
            for (int ch = 0; ch < chunks; ch++) {
                fillFrom[ch][s] = at;
                at += inChunk[ch][s];
            }
            count[s + 1] = at;
        }
        int[] members = new int[count[shown]];
        int[][] bestIn = new int[chunks][shown];
        double[] pat = clustering.weights().patents();
        double[] pub = clustering.weights().publications();
        BalancedChunks.forEach(chunks, ch -> {
            int[] fill = fillFrom[ch];
            int[] heaviest = bestIn[ch];
            Arrays.fill(heaviest, -1);
            double[] best = new double[shown];
            Arrays.fill(best, -1);
            for (int i = ch * size, end = Math.min(n, i + size); i < end; i++) {
                int c = clustering.clusterOf(i);
                int s = c >= 0 ? slotOf[c] : -1;
                if (s >= 0) {
                    members[fill[s]++] = i;
                    double w = pat[i] + pub[i];
                    if (w > best[s]) {
                        best[s] = w;
                        heaviest[s] = i;
                    }
                }
            }
        });
        // the heaviest location of each cluster, the first of equals in location order (as one pass would find)
        int[] anchor = new int[shown];
        Arrays.fill(anchor, -1);
        for (int s = 0; s < shown; s++) {
            double best = -1;
            for (int ch = 0; ch < chunks; ch++) {
                int i = bestIn[ch][s];
                if (i >= 0 && pat[i] + pub[i] > best) {
                    best = pat[i] + pub[i];
                    anchor[s] = i;
                }
            }
        }
        double[][] hx = new double[shown][];
        double[][] hy = new double[shown][];
        double[] minX = new double[shown];
        double[] minY = new double[shown];
        double[] maxX = new double[shown];
        double[] maxY = new double[shown];
        // one cluster a task, claimed as the threads go: the biggest clusters hold most of the locations
        BalancedChunks.forEach(shown, s -> {
            int from = count[s];
            int to = count[s + 1];
            int m = to - from;
            double[] xs = new double[m];
            double[] ys = new double[m];
            double lx = Double.MAX_VALUE;
            double ly = Double.MAX_VALUE;
            double ux = -Double.MAX_VALUE;
            double uy = -Double.MAX_VALUE;
            for (int j = 0; j < m; j++) {
                int i = members[from + j];
                double x = WorldCopies.nearest(mx[i], centreX[s]); // unwrap: within half a world of the centroid
                xs[j] = x;
                ys[j] = my[i];
                lx = Math.min(lx, x);
                ly = Math.min(ly, ys[j]);
                ux = Math.max(ux, x);
                uy = Math.max(uy, ys[j]);
            }
            minX[s] = lx;
            minY[s] = ly;
            maxX[s] = ux;
            maxY[s] = uy;
            double[][] hull = ConvexHull.of(xs, ys);
            hx[s] = hull[0];
            hy[s] = hull[1];
        });
        return new ClusterShapes(ids, slotOf, hx, hy, minX, minY, maxX, maxY, anchor);
    }

    /** Number of clusters with a shape. */
    public int size() {
        return shownIds.length;
    }

    public int clusterId(int slot) {
        return shownIds[slot];
    }

    /** Slot of a cluster id, or -1 when it is not shown. */
    public int slotOf(int clusterId) {
        return clusterId >= 0 && clusterId < slotOfCluster.length ? slotOfCluster[clusterId] : -1;
    }

    /** Hull vertices in Web Mercator x (counter-clockwise; 1 or 2 points for tiny clusters). */
    public double[] hullX(int slot) {
        return hullX[slot];
    }

    public double[] hullY(int slot) {
        return hullY[slot];
    }

    public double minX(int slot) {
        return minX[slot];
    }

    public double minY(int slot) {
        return minY[slot];
    }

    public double maxX(int slot) {
        return maxX[slot];
    }

    public double maxY(int slot) {
        return maxY[slot];
    }

    /**
     * Whether the Web Mercator point (px, py) lies inside the hull of a slot (even-odd rule, compared in the
     * hull's own copy of the world); hulls of fewer than 3 points contain nothing.
     */
    public boolean hullContains(int s, double px, double py) {
        double[] hx = hullX(s);
        double[] hy = hullY(s);
        if (hx.length < 3) {
            return false;
        }
        boolean in = false;
        for (int i = 0, j = hx.length - 1; i < hx.length; j = i++) {
            double x = px;
            // compare in the hull's unwrapped frame
            double shift = WorldCopies.shift(px, (minX(s) + maxX(s)) / 2);
            x += shift;
            if ((hy[i] > py) != (hy[j] > py) && x < (hx[j] - hx[i]) * (py - hy[i]) / (hy[j] - hy[i]) + hx[i]) {
                in = !in;
            }
        }
        return in;
    }

    /** The heaviest member location of a shown cluster. */
    public int anchor(int slot) {
        return anchor[slot];
    }
}
