package org.clusteratlas.timeline;

import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;

import java.util.List;

/**
 * The ranking of one window of a {@link WindowSeries}: its rows (rank changes against the previous window,
 * following the cluster keys), each cluster's stable key, and how the clusters changed shape since the
 * previous window. Immutable.
 *
 * @param ranking the window's ranking as the table shows it for these years (no reference)
 * @param rows    the ranking's rows, rank 1 first, with the previous window's rank of the same key as previous
 *                rank ({@code NEW} for a new key, {@code NOT_COMPARED} in the first window)
 * @param basis   what the rank changes are taken against ("previous window 2014-2018"), null in the first window
 * @param ended   keys of the previous window that no cluster of this window carries on (absorbed or vanished)
 */
public record WindowRanking(YearWindow window, Ranking ranking, List<ClusterRow> rows, List<String> keys,
                            String basis, List<WindowEvent> merges, List<WindowEvent> splits, List<String> ended) {
    public WindowRanking {
        rows = List.copyOf(rows);
        keys = List.copyOf(keys);
        merges = List.copyOf(merges);
        splits = List.copyOf(splits);
        ended = List.copyOf(ended);
    }

    /** The key of a cluster id of {@link #ranking()}'s clustering. */
    public String keyOf(int clusterId) {
        return keys.get(clusterId);
    }

    /** The row of a key, or null when no cluster of this window carries it. */
    public ClusterRow rowOf(String key) {
        for (ClusterRow r : rows) {
            if (keys.get(r.clusterId()).equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** The first {@code n} rows (all when {@code n <= 0}). */
    public List<ClusterRow> top(int n) {
        return n <= 0 || n >= rows.size() ? rows : rows.subList(0, n);
    }
}
