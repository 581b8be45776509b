package org.clusteratlas.io;

import org.clusteratlas.cluster.NumberText;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.RankingReport;

import java.util.List;

/** Rows as the writers put them down: every computed figure at the 1e-9 it carries (NumberText). */
public final class WrittenRows {
    private WrittenRows() {
    }

    public static List<ClusterRow> of(List<ClusterRow> rows) {
        return rows.stream().map(WrittenRows::of).toList();
    }

    public static ClusterRow of(ClusterRow r) {
        return new ClusterRow(r.rank(), r.clusterId(), r.name(), r.economies(), n(r.patents()), n(r.publications()),
                n(r.patentShare()), n(r.publicationShare()), n(r.score()), r.population(), n(r.intensity()),
                r.intensityRank(), n(r.lat()), n(r.lon()), r.locations(), r.status(), r.previousRank());
    }

    public static RankingReport of(RankingReport r) {
        return new RankingReport(r.provenance(), r.request(), n(r.totalPatents()), n(r.totalPublications()),
                of(r.rows()), of(r.vanished()));
    }

    private static double n(double v) {
        return NumberText.round(v);
    }
}
