package org.clusteratlas.rank;

import org.clusteratlas.profile.ClusterProfiles;

import java.util.List;

/**
 * A ranking as exported: provenance, request, the share denominators and the rows (the top N of the
 * ranking). This is what every output format writes and what the readers give back, so a round trip can
 * be checked with {@code equals}.
 *
 * @param totalPatents      filtered patents of the whole snapshot (unlocated and noise included)
 * @param totalPublications filtered publications of the whole snapshot
 * @param vanished          reference rows that no current cluster continues (empty without a reference)
 * @param profiles          the clusters' profiles (growth, co-operation, organisations, specialisation) for the
 *                          rows' clustering, written as extra columns; null for none (readers give none back)
 */
public record RankingReport(Provenance provenance, RankingRequest request, double totalPatents,
                            double totalPublications, List<ClusterRow> rows, List<ClusterRow> vanished,
                            ClusterProfiles profiles) {
    public RankingReport {
        rows = List.copyOf(rows);
        vanished = List.copyOf(vanished);
    }

    /** Without profiles. */
    public RankingReport(Provenance provenance, RankingRequest request, double totalPatents,
                         double totalPublications, List<ClusterRow> rows, List<ClusterRow> vanished) {
        this(provenance, request, totalPatents, totalPublications, rows, vanished, null);
    }

    public static RankingReport of(Provenance provenance, RankingRequest request, Ranking ranking) {
        return of(provenance, request, ranking, null);
    }

    /** @param profiles profiles of {@code ranking}'s clustering, or null */
    public static RankingReport of(Provenance provenance, RankingRequest request, Ranking ranking,
                                   ClusterProfiles profiles) {
        if (profiles != null && profiles.clustering() != ranking.clustering()) {
            throw new IllegalArgumentException("profiles of another clustering");
        }
        return new RankingReport(provenance, request, ranking.totalPatents(), ranking.totalPublications(),
                ranking.top(request.top()), ranking.vanished(), profiles);
    }
}
