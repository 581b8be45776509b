package org.clusteratlas.cluster;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;

/**
 * The clustering rules of docs/method.md written as plainly as possible, quadratic, for tests only. It shares
 * with the engine only the distance predicate ({@link ChordMetric}) and the fixed-point weights
 * ({@link FixedPointWeight}), so that both decide ties identically; everything else is independent.
 */
final class BruteForceReference {
    final int[] clusterOf;
    final byte[] core;
    final int clusterCount;

    BruteForceReference(LocationTable table, ClusterParameters p) {
        this(table, p.epsKm(), p);
    }

    /** With a radius of any double (the engine's exact-threshold test). */
    BruteForceReference(LocationTable table, double epsKm, ClusterParameters p) {
        int n = table.size();
        double[][] u = ChordMetric.unitVectors(table);
        LocationWeights w = table.weigh(p.filter());
        long[][] q = {FixedPointWeight.of(w.patents()), FixedPointWeight.of(w.publications())};
        double[] counts = p.minimumCounts(w);
        long[] min = {FixedPointWeight.threshold(counts[0]), FixedPointWeight.threshold(counts[1])};
        double t2 = ChordMetric.thresholdSquared(epsKm);
        boolean[][] within = new boolean[n][n];
        double[][] d2 = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d2[i][j] = ChordMetric.chordSquared(u[0][i], u[1][i], u[2][i], u[0][j], u[1][j], u[2][j]);
                within[i][j] = ChordMetric.within(d2[i][j], t2);
            }
        }
        core = new byte[n];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < n; i++) {
                long s = 0;
                for (int j = 0; j < n; j++) {
                    if (within[i][j]) {
                        s += q[k][j];
                    }
                }
                if (q[k][i] > 0 && s >= min[k]) {
                    core[i] |= k == 0 ? Clustering.PATENT_CORE : Clustering.PUBLICATION_CORE;
                }
            }
        }
        // Connected components of core locations (either kind) under "within eps", found by BFS in index
        // order: component ids then already follow the smallest location index.
        int[] comp = new int[n];
        Arrays.fill(comp, Clustering.NOISE);
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (core[s] == 0 || comp[s] != Clustering.NOISE) {
                continue;
            }
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            comp[s] = count;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                for (int j = 0; j < n; j++) {
                    if (core[j] != 0 && comp[j] == Clustering.NOISE && within[i][j]) {
                        comp[j] = count;
                        queue.add(j);
                    }
                }
            }
            count++;
        }
        clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (core[i] != 0) {
                clusterOf[i] = comp[i];
                continue;
            }
            clusterOf[i] = Clustering.NOISE;
            if (q[0][i] == 0 && q[1][i] == 0) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (core[j] != 0 && within[i][j]) {
                    if (d2[i][j] < best || (d2[i][j] == best && comp[j] < clusterOf[i])) {
                        best = d2[i][j];
                        clusterOf[i] = comp[j];
                    }
                }
            }
        }
        clusterCount = count;
    }
}
