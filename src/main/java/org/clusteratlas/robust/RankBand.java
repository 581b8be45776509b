package org.clusteratlas.robust;

import java.util.List;

/**
 * How one base cluster's rank moves over a sweep: the band from best to worst rank among the settings
 * where it is continued, its median, the share of settings where it is continued ({@code presence}), and
 * the settings where it merges with or splits from a neighbour.
 *
 * @param baseCluster cluster id in the base setting's clustering
 * @param currentRank its rank at the base setting
 * @param best        best (smallest) rank over the settings where it is continued; 0 when never
 * @param median      median of those ranks (mean of the middle two for an even count); NaN when never
 * @param worst       worst (largest) rank; 0 when never
 * @param continued   settings where it is continued
 * @param absorbed    settings where it is absorbed into a cluster continuing another base cluster
 * @param settings    settings looked at so far
 */
public record RankBand(int baseCluster, int currentRank, int best, double median, int worst, int continued,
                       int absorbed, int settings, List<SweepEvent> merges, List<SweepEvent> splits) {
    public RankBand {
        merges = List.copyOf(merges);
        splits = List.copyOf(splits);
    }

    /** Share of the settings where the cluster is continued, 0..1; NaN before any setting is done. */
    public double presence() {
        return settings == 0 ? Double.NaN : (double) continued / settings;
    }

    /** Whether it is continued in at least one setting. */
    public boolean ranked() {
        return continued > 0;
    }
}
