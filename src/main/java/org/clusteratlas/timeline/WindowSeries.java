package org.clusteratlas.timeline;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterRow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rankings of a run of year windows with the same parameters, clusters followed from window to window by
 * stable keys ({@link RollingRanks}). Immutable.
 *
 * @param parameters the parameters every window shares (their years are the span the windows cover)
 * @param spec       window length and step
 */
public record WindowSeries(ClusterParameters parameters, YearWindows spec, List<WindowRanking> windows) {
    public WindowSeries {
        windows = List.copyOf(windows);
    }

    public int size() {
        return windows.size();
    }

    public WindowRanking window(int i) {
        return windows.get(i);
    }

    /** Rank of a key in each window, 0 where no cluster carries it. */
    public int[] ranks(String key) {
        int[] out = new int[windows.size()];
        for (int w = 0; w < out.length; w++) {
            ClusterRow r = windows.get(w).rowOf(key);
            out[w] = r == null ? 0 : r.rank();
        }
        return out;
    }

    /**
     * Keys that reach the top {@code n} in at least one window, ordered by their best rank then by the
     * window where they reach it (what a bump chart of the top n draws).
     */
    public List<String> topKeys(int n) {
        Set<String> keys = new LinkedHashSet<>();
        for (WindowRanking w : windows) {
            for (ClusterRow r : w.top(n)) {
                keys.add(w.keyOf(r.clusterId()));
            }
        }
        List<String> out = new ArrayList<>(keys);
        out.sort(java.util.Comparator.comparingInt((String k) -> best(ranks(k))));
        return out;
    }

    private static int best(int[] ranks) {
        int b = Integer.MAX_VALUE;
        for (int r : ranks) {
            if (r > 0) {
                b = Math.min(b, r);
            }
        }
        return b;
    }

    /** The name a key had in the first window where it appears. */
    public String firstName(String key) {
        for (WindowRanking w : windows) {
            ClusterRow r = w.rowOf(key);
            if (r != null) {
                return r.name();
            }
        }
        return null;
    }
}
