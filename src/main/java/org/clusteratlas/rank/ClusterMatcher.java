package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matches the clusters of two clusterings of the same location table (another year window, other
 * parameters) through the core locations they share. Keeps every overlap, not only the best one, so that
 * the same result serves rank changes (best match) and robustness sweeps (merges and splits).
 */
public final class ClusterMatcher {
    private ClusterMatcher() {
    }

    /**
     * @throws IllegalArgumentException when the clusterings are not over the same locations
     */
    public static ClusterMatch match(Clustering current, Clustering reference) {
        int n = current.locationCount();
        if (reference.locationCount() != n) {
            throw new IllegalArgumentException("clusterings over different location tables (" + n + " vs "
                    + reference.locationCount() + " locations)");
        }
        double[] pat = current.weights().patents();
        double[] pub = current.weights().publications();
        // group shared core locations by current cluster (counting sort), then tally reference clusters
        int k = current.clusterCount();
        int[] start = new int[k + 1];
        int[] shared = new int[64];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (sharedCore(current, reference, i)) {
                if (count == shared.length) {
                    shared = Arrays.copyOf(shared, count * 2);
                }
                shared[count++] = i;
                start[current.clusterOf(i) + 1]++;
            }
        }
        for (int c = 0; c < k; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, k);
        int[] loc = new int[count];
        for (int t = 0; t < count; t++) {
            int i = shared[t];
            loc[fill[current.clusterOf(i)]++] = i;
        }
        List<Overlap> overlaps = new ArrayList<>();
        int[] refs = new int[8];
        int[] counts = new int[8];
        double[] weights = new double[8];
        for (int c = 0; c < k; c++) {
            int m = 0;
            for (int t = start[c]; t < start[c + 1]; t++) {
                int i = loc[t];
                int r = reference.clusterOf(i);
                int slot = 0;
                while (slot < m && refs[slot] != r) {
                    slot++;
                }
                if (slot == m) {
                    if (m == refs.length) {
                        refs = Arrays.copyOf(refs, m * 2);
                        counts = Arrays.copyOf(counts, m * 2);
                        weights = Arrays.copyOf(weights, m * 2);
                    }
                    refs[m] = r;
                    counts[m] = 0;
                    weights[m] = 0;
                    m++;
                }
                counts[slot]++;
                weights[slot] += pat[i] + pub[i];
            }
            List<Overlap> mine = new ArrayList<>(m);
            for (int s = 0; s < m; s++) {
                mine.add(new Overlap(c, refs[s], counts[s], weights[s]));
            }
            mine.sort((a, b) -> Integer.compare(a.reference(), b.reference()));
            overlaps.addAll(mine);
        }
        return new ClusterMatch(k, reference.clusterCount(), overlaps);
    }

    private static boolean sharedCore(Clustering current, Clustering reference, int i) {
        return current.isCore(i) && reference.isCore(i) && current.clusterOf(i) != Clustering.NOISE
                && reference.clusterOf(i) != Clustering.NOISE;
    }
}
