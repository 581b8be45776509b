package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow.RankStatus;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.clusteratlas.snapshot.DocumentKind.PATENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankChangeTest {
    /** Six locations at the test gazetteer's places; location i has weight i+1 in 2021 and 6-i in 2020. */
    static LocationTable table() {
        LocationTable.Builder b = new LocationTable.Builder();
        double[][] at = {{0, 0}, {0, 0.05}, {10, 10}, {20, 20}, {30, 30}, {40, 40}};
        String[] cc = {"AA", "AA", "BB", "CC", "DD", "EE"};
        for (int i = 0; i < at.length; i++) {
            b.add(at[i][0], at[i][1], PATENT, 2021, null, i + 1, cc[i], null);
            b.add(at[i][0], at[i][1], PATENT, 2020, null, 6 - i, cc[i], null);
        }
        return b.build();
    }

    @Test
    void matchedClustersGetRankChangesNewOnesAreNewAndVanishedOnesAreListed() {
        LocationTable t = table();
        Ranker ranker = new Ranker(PlaceIndex.build(t, RankerTest.GAZ));
        // reference (2020): {0,1} weight 11 rank 1, {2} weight 4 rank 2, {3} weight 3 rank 3
        Clustering ref = Fixtures.clustering(t.weigh(new WeightFilter(2020, 2020, null, null, null)),
                0, 0, 1, 2, -1, -1);
        Ranking reference = ranker.rank(ref);
        assertEquals(List.of(0, 1, 2), reference.rows().stream().map(ClusterRow::clusterId).toList());
        // current (2021): {5} weight 6 (new), {2} weight 3 (was rank 2), {0,1} weight 3 (was rank 1); {3} gone
        Clustering cur = Fixtures.clustering(t.weigh(new WeightFilter(2021, 2021, null, null, null)),
                2, 2, 1, -1, -1, 0);
        Ranking now = ranker.rank(cur, reference);
        ClusterRow r1 = now.rows().get(0);
        assertEquals(0, r1.clusterId());
        assertEquals(RankStatus.NEW, r1.status());
        assertNull(r1.rankChange());
        // clusters {0,1} (3 patents, 14.3%) and {2} (3 patents) tie on score: the name decides ("Beta–Alpha" < "Gamma")
        ClusterRow r2 = now.rows().get(1);
        assertEquals(2, r2.clusterId());
        assertEquals(1, r2.previousRank());
        assertEquals(-1, r2.rankChange());
        ClusterRow r3 = now.rows().get(2);
        assertEquals(1, r3.clusterId());
        assertEquals(2, r3.previousRank());
        assertEquals(-1, r3.rankChange());
        assertEquals(List.of("Delta"), now.vanished().stream().map(ClusterRow::name).toList());
        assertEquals(true, now.compared());
    }

    @Test
    void matcherReportsMergesSplitsAndBreaksTiesByWeightThenId() {
        LocationTable t = table();
        // reference: three clusters {0}, {1}, {2,3}; current: {0,1} merged, {2}, {3} split, 4 new
        Clustering ref = Fixtures.clustering(t, 0, 1, 2, 2, -1, -1);
        Clustering cur = Fixtures.clustering(t, 0, 0, 1, 2, 3, -1);
        ClusterMatch m = ClusterMatcher.match(cur, ref);
        assertEquals(Map.of(0, List.of(0, 1)), m.merges());
        assertEquals(Map.of(2, List.of(1, 2)), m.splits());
        // current 0 shares one core location with ref 0 (weight 6) and one with ref 1 (weight 6): lower id
        assertEquals(0, m.bestReference(0));
        // ref 2 shares one with current 1 (location 2, weight 6) and one with current 2 (location 3, 6): lower id
        assertEquals(1, m.bestCurrent(2));
        assertEquals(List.of(3), m.newClusters());
        assertEquals(List.of(), m.vanishedClusters());
        assertEquals(4, m.overlaps().size());
    }

    @Test
    void moreSharedWeightWinsAmongEqualCoreCounts() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(0, 0, PATENT, 2020, null, 1, "AA", null);
        b.add(0, 1, PATENT, 2020, null, 5, "AA", null);
        LocationTable t = b.build();
        Clustering ref = Fixtures.clustering(t, 0, 1);
        Clustering cur = Fixtures.clustering(t, 0, 0);
        ClusterMatch m = ClusterMatcher.match(cur, ref);
        assertEquals(1, m.bestReference(0));
        assertEquals(5.0, m.ofCurrent(0).get(0).sharedWeight(), 1e-12);
    }

    @Test
    void onlyCoreLocationsInBothCount() {
        LocationTable t = table();
        // location 0 is core in both, location 1 is a border member of the current cluster only
        Clustering ref = Fixtures.clustering(t, new int[] {0, 1, -1, -1, -1, -1}, new int[] {1, 1, 0, 0, 0, 0});
        Clustering cur = Fixtures.clustering(t, new int[] {0, 0, -1, -1, -1, -1}, new int[] {0, 1, 0, 0, 0, 0});
        ClusterMatch m = ClusterMatcher.match(cur, ref);
        assertEquals(1, m.bestReference(0));
        assertEquals(Set.of(0), Set.copyOf(m.vanishedClusters()));
    }

    @Test
    void differentTablesAreRefused() {
        LocationTable t = table();
        LocationTable other = RankerTest.golden();
        assertThrows(IllegalArgumentException.class, () -> ClusterMatcher.match(
                Fixtures.clustering(t, 0, 0, 0, 0, 0, 0), Fixtures.clustering(other, 0, 0, 0, 0)));
    }
}
