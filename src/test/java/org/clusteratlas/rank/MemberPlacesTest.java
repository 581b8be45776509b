package org.clusteratlas.rank;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.MemberPlaces.Member;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberPlacesTest {
    @Test
    void placesOfTheSampleClusterSumToItsTotals() throws Exception {
        Snapshot s = SnapshotReader.open(Path.of("sample-data/world-sample.sqlite"));
        Ranking ranking = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()))
                .rank(new ClusterEngine(s.table()).cluster(ClusterParameters.defaults()));
        for (ClusterRow row : ranking.top(30)) {
            MemberPlaces m = MemberPlaces.of(ranking, row.clusterId());
            assertEquals(row.patents(), m.total().patents(), 1e-9 * Math.max(1, row.patents()), row.name());
            assertEquals(row.publications(), m.total().publications(), 1e-9 * Math.max(1, row.publications()));
            assertEquals(row.locations(), m.total().locations(), row.name());
            double share = m.places().stream().mapToDouble(Member::scoreShare).sum();
            assertEquals(1, share, 1e-9, row.name());
            double patents = m.places().stream().mapToDouble(Member::patents).sum();
            assertEquals(row.patents(), patents, 1e-9 * Math.max(1, row.patents()));
            for (int i = 1; i < m.places().size(); i++) {
                assertTrue(m.places().get(i - 1).scoreShare() >= m.places().get(i).scoreShare(), "best first");
            }
        }
        // a place's share of the score is its share of patents plus its share of publications, over the cluster's
        ClusterRow top = ranking.rows().get(0);
        Member first = MemberPlaces.of(ranking, top.clusterId()).places().get(0);
        double expected = (first.patents() / ranking.totalPatents() + first.publications() / ranking.totalPublications())
                / (top.score() / 100);
        assertEquals(expected, first.scoreShare(), 1e-9);
    }

    @Test
    void handComputedCluster() {
        Ranking r = RankingSamples.ranking();
        ClusterRow a = r.rows().stream().filter(x -> x.clusterId() == 0).findFirst().orElseThrow();
        MemberPlaces m = MemberPlaces.of(r, 0);
        assertEquals(List.of("San Jose", "Oakland"), m.places().stream().map(Member::name).toList());
        Member sanJose = m.places().get(0);
        assertEquals(7.25 + 8.25 + 9.25 + 10.25, sanJose.patents(), 1e-9);
        assertEquals(4.0 / 3, sanJose.publications(), 1e-9);
        assertEquals(12.5, m.places().get(1).publications(), 1e-9);
        assertEquals(a.patents(), m.total().patents(), 1e-12);
        assertEquals(a.publications(), m.total().publications(), 1e-12);
        assertEquals("US", sanJose.country());
    }

    @Test
    void findsByRankOrFoldedName() {
        Ranking r = RankingSamples.ranking();
        assertEquals(r.rows().get(1), MemberPlaces.find(r, "2"));
        ClusterRow a = r.rows().stream().filter(x -> x.clusterId() == 0).findFirst().orElseThrow();
        assertEquals(a, MemberPlaces.find(r, a.name().toUpperCase(java.util.Locale.ROOT)));
        assertThrows(IllegalArgumentException.class, () -> MemberPlaces.find(r, "99"));
        assertThrows(IllegalArgumentException.class, () -> MemberPlaces.find(r, "Atlantis"));
    }
}
