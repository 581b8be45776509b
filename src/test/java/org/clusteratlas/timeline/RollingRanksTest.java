package org.clusteratlas.timeline;

import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.ClusterRow.RankStatus;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clusters that change order across windows, ranks worked out by hand. Patents only (score = patent share,
 * so the order is that of the patent counts), eps 10 km, minimum 3 patents; one location per town:
 * <pre>
 *   year         2018 2019 2020 2021 2022
 *   Alpha          10   10    2    2    2
 *   Beta            2    2    5   10   10
 *   Gamma           5    5    5    5    5
 *   Delta West      2    2    2    2    2   (lat 40, lon 40.00)
 *   Delta East      1    1    1    1    1   (lat 40, lon 40.20: 17 km from West)
 *   bridge          0    0    0    4    4   (lon 40.09: 7.7 km from West, 9.4 km from East)
 * </pre>
 * Windows of 3 years: 2018-2020 Alpha 22, Gamma 15, Beta 9, West 6, East 3 (ranks 1-5); 2019-2021 the
 * bridge joins West and East (6 + 3 + 4 = 13): Beta 17, Gamma 15, Alpha 14, Delta 13; 2020-2022 Beta 25,
 * Delta 6 + 3 + 8 = 17, Gamma 15, Alpha 6.
 */
class RollingRanksTest {
    private static final double[][] TOWNS = {{10, 10}, {20, 20}, {30, 30}, {40, 40}, {40, 40.2}, {40, 40.09}};

    static LocationTable table(IntToDoubleFunction[] perTown) {
        LocationTable.Builder b = new LocationTable.Builder();
        for (int t = 0; t < TOWNS.length; t++) {
            int loc = b.location(TOWNS[t][0], TOWNS[t][1], "XX", null);
            for (int year = 2018; year <= 2022; year++) {
                double w = perTown[t].applyAsDouble(year);
                if (w > 0) {
                    b.add(loc, DocumentKind.PATENT, year, -1, w);
                }
            }
        }
        return b.build();
    }

    static Gazetteer gazetteer() {
        String[] names = {"Alpha", "Beta", "Gamma", "Delta West", "Delta East"};
        List<Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            places.add(new Place(i, names[i], names[i], TOWNS[i][0], TOWNS[i][1], "PPL", "XX", null, null, 1_000_000));
        }
        return new Gazetteer(places);
    }

    static WindowSeries run(LocationTable t, YearWindows spec, int from, int to) {
        ClusterParameters p = new ClusterParameters(10, 3, 3, WeightFilter.all());
        return new RollingRanks(new ClusterEngine(t), new Ranker(PlaceIndex.build(t, gazetteer())))
                .run(p, spec, spec.within(from, to), Cancellation.NONE, null);
    }

    private static void assertRow(WindowRanking w, String key, int rank, RankStatus status, Integer change) {
        ClusterRow r = w.rowOf(key);
        assertEquals(rank, r.rank(), w.window() + " rank of " + key);
        assertEquals(status, r.status(), w.window() + " status of " + key);
        assertEquals(change, r.rankChange(), w.window() + " change of " + key);
    }

    @Test
    void ranksChangeOrderAcrossWindowsAndKeysStay() {
        LocationTable t = table(new IntToDoubleFunction[] {
            y -> y <= 2019 ? 10 : 2, y -> y <= 2019 ? 2 : y == 2020 ? 5 : 10, y -> 5, y -> 2, y -> 1,
            y -> y >= 2021 ? 4 : 0});
        WindowSeries s = run(t, YearWindows.parse("3"), 2018, 2022);
        assertEquals(List.of("2018-2020", "2019-2021", "2020-2022"),
                s.windows().stream().map(w -> w.window().label()).toList());

        WindowRanking w1 = s.window(0);
        assertNull(w1.basis());
        assertEquals(List.of("alpha", "gamma", "beta", "delta-west", "delta-east"),
                w1.rows().stream().map(r -> w1.keyOf(r.clusterId())).toList());
        assertRow(w1, "alpha", 1, RankStatus.NOT_COMPARED, null);

        WindowRanking w2 = s.window(1);
        assertEquals("previous window 2018-2020", w2.basis());
        assertRow(w2, "beta", 1, RankStatus.MATCHED, 2);
        assertRow(w2, "gamma", 2, RankStatus.MATCHED, 0);
        assertRow(w2, "alpha", 3, RankStatus.MATCHED, -2);
        assertRow(w2, "delta-west", 4, RankStatus.MATCHED, 0); // West carries 6 of the shared weight, East 3
        assertEquals(4, w2.rows().size());
        assertEquals(List.of(new WindowEvent(WindowEvent.Kind.MERGE, "delta-west", List.of("delta-west", "delta-east"))),
                w2.merges());
        assertEquals(List.of("delta-east"), w2.ended());
        assertTrue(w2.splits().isEmpty());

        WindowRanking w3 = s.window(2);
        assertRow(w3, "beta", 1, RankStatus.MATCHED, 0);
        assertRow(w3, "delta-west", 2, RankStatus.MATCHED, 2);
        assertRow(w3, "gamma", 3, RankStatus.MATCHED, -1);
        assertRow(w3, "alpha", 4, RankStatus.MATCHED, -1);
        assertEquals(17, w3.rowOf("delta-west").patents(), 1e-9);

        assertArrayEquals(new int[] {1, 3, 4}, s.ranks("alpha"));
        assertArrayEquals(new int[] {5, 0, 0}, s.ranks("delta-east"));
        assertEquals(List.of("alpha", "beta"), s.topKeys(1));
    }

    @Test
    void aSplitKeepsTheKeyOnTheStrongerPart() {
        // the bridge only in 2018-2019: one Delta cluster, then West (3 a year) and East (2 a year) apart
        LocationTable t = table(new IntToDoubleFunction[] {
            y -> 5, y -> 5, y -> 5, y -> 3, y -> 2, y -> y <= 2019 ? 4 : 0});
        WindowSeries s = run(t, YearWindows.parse("2:2"), 2018, 2021);
        assertEquals(List.of("2018-2019", "2020-2021"), s.windows().stream().map(w -> w.window().label()).toList());
        WindowRanking w1 = s.window(0);
        WindowRanking w2 = s.window(1);
        String delta = w1.keyOf(w1.rows().get(0).clusterId()); // 6 + 4 + 8 = 18 patents, rank 1
        assertEquals("delta-west-delta-east", delta);
        ClusterRow west = w2.rowOf(delta);
        assertEquals(6, west.patents(), 1e-9);
        assertEquals(RankStatus.MATCHED, west.status());
        String east = w2.keys().stream().filter(k -> !List.of(delta, "alpha", "beta", "gamma").contains(k))
                .findFirst().orElseThrow();
        assertEquals("delta-east", east);
        assertEquals(RankStatus.NEW, w2.rowOf(east).status());
        assertEquals(List.of(new WindowEvent(WindowEvent.Kind.SPLIT, delta, List.of(delta, east))), w2.splits());
    }

    @Test
    void windowsWithinTheYears() {
        assertEquals(List.of(new YearWindow(2014, 2018), new YearWindow(2016, 2020)),
                YearWindows.parse("5:2").within(2014, 2021));
        assertEquals(6, YearWindows.parse("5").within(2014, 2023).size());
        assertThrows(IllegalArgumentException.class, () -> YearWindows.parse("5").within(2020, 2023));
        assertThrows(IllegalArgumentException.class, () -> YearWindows.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> YearWindows.parse("5:x"));
    }

    @Test
    void keysAreMadeFromNames() {
        java.util.Set<String> used = new java.util.HashSet<>();
        assertEquals("san-jose-san-francisco-ca", RollingRanks.newKey("San Jose–San Francisco, CA", used));
        assertEquals("zurich", RollingRanks.newKey("Zürich", used));
        assertEquals("zurich-2", RollingRanks.newKey("Zurich", used));
    }
}
