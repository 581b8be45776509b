package org.clusteratlas.rank;

import java.util.List;

/**
 * A ranking as exported: provenance, request, the share denominators and the rows (the top N of the
 * ranking). This is what every output format writes and what the readers give back, so a round trip can
 * be checked with {@code equals}.
 *
 * @param totalPatents      filtered patents of the whole snapshot (unlocated and noise included)
 * @param totalPublications filtered publications of the whole snapshot
 * @param vanished          reference rows that no current cluster continues (empty without a reference)
 */
public record RankingReport(Provenance provenance, RankingRequest request, double totalPatents,
                            double totalPublications, List<ClusterRow> rows, List<ClusterRow> vanished) {
    public RankingReport {
        rows = List.copyOf(rows);
        vanished = List.copyOf(vanished);
    }

    public static RankingReport of(Provenance provenance, RankingRequest request, Ranking ranking) {
        return new RankingReport(provenance, request, ranking.totalPatents(), ranking.totalPublications(),
                ranking.top(request.top()), ranking.vanished());
    }
}
