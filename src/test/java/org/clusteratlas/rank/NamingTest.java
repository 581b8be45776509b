package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clusteratlas.snapshot.DocumentKind.PATENT;
import static org.clusteratlas.snapshot.DocumentKind.PUBLICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Naming against the bundled GeoNames gazetteer, on locations placed at real cities' coordinates. */
class NamingTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
    }

    private static String nameOfOnlyCluster(LocationTable t) {
        int[] all = new int[t.size()];
        return new Ranker(PlaceIndex.build(t, gazetteer)).rank(Fixtures.clustering(t, all)).row(0).name();
    }

    private static ClusterRow onlyRow(LocationTable t) {
        int[] all = new int[t.size()];
        return new Ranker(PlaceIndex.build(t, gazetteer)).rank(Fixtures.clustering(t, all)).row(0);
    }

    @Test
    void tokyoYokohama() {
        LocationTable.Builder b = new LocationTable.Builder();
        // activity = share of all patents + share of all publications:
        // Tokyo 60/90 + 60/85 = 1.37, Yokohama (with Kawasaki folded in) 30/90 + 25/85 = 0.63
        b.add(35.69, 139.70, PATENT, 2020, null, 60, "JP", null);
        b.add(35.69, 139.70, PUBLICATION, 2020, null, 60, "JP", null);
        b.add(35.44, 139.64, PATENT, 2020, null, 30, "JP", null);
        b.add(35.44, 139.64, PUBLICATION, 2020, null, 20, "JP", null);
        b.add(35.52, 139.72, PUBLICATION, 2020, null, 5, "JP", null); // Kawasaki, 11 km from Yokohama
        ClusterRow row = onlyRow(b.build());
        assertEquals("Tokyo\u2013Yokohama", row.name());
        assertEquals("JP", row.economies());
    }

    @Test
    void usClustersAddTheStateCode() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(37.34, -121.89, PATENT, 2020, null, 50, "US", null);   // San Jose
        b.add(37.77, -122.42, PATENT, 2020, null, 30, "US", null);   // San Francisco
        b.add(37.39, -122.08, PATENT, 2020, null, 10, "US", null);   // Mountain View, below 15%
        assertEquals("San Jose\u2013San Francisco, CA", nameOfOnlyCluster(b.build()));
    }

    @Test
    void severalStatesAreJoinedBySlashAndSectionsFoldIntoTheirCity() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(40.78, -73.97, PATENT, 2020, null, 40, "US", null);    // Manhattan -> New York City
        b.add(40.65, -73.95, PATENT, 2020, null, 30, "US", null);    // Brooklyn -> New York City
        b.add(40.736, -74.17, PATENT, 2020, null, 20, "US", null);   // Newark, NJ (folded into NYC, state kept)
        assertEquals("New York City, NY/NJ", nameOfOnlyCluster(b.build()));
    }

    @Test
    void aLabelWithoutTheCitySuffixNamesTheSamePlace() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(40.6943, -73.9249, PATENT, 2020, null, 40, "US", "New York");   // SimpleMaps' name and centre
        b.add(40.78, -73.97, PATENT, 2020, null, 30, "US", null);            // Manhattan -> New York City
        assertEquals("New York City, NY", nameOfOnlyCluster(b.build()));
    }

    @Test
    void crossBorderClusterListsEconomiesLargestFirst() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(22.545, 114.07, PATENT, 2020, null, 50, "CN", null);   // Shenzhen
        b.add(22.28, 114.17, PUBLICATION, 2020, null, 30, "HK", null); // Hong Kong
        b.add(23.12, 113.25, PATENT, 2020, null, 10, "CN", null);    // Guangzhou
        b.add(23.12, 113.25, PUBLICATION, 2020, null, 10, "CN", null);
        b.add(22.20, 113.55, PATENT, 2020, null, 1, "MO", null);     // Macau: below 10%, not listed
        ClusterRow row = onlyRow(b.build());
        // activity (share of patents + share of publications), of a total of 2.0:
        // Shenzhen 50/61 = 0.82, Hong Kong 30/40 = 0.75, Guangzhou 10/61 + 10/40 = 0.41 (20.7%), Macau 0.016
        assertEquals("Shenzhen\u2013Hong Kong\u2013Guangzhou", row.name());
        assertEquals("CN/HK", row.economies());
    }

    @Test
    void aConsistentCityLabelWinsOverTheNearestPlaceAndAnUnknownOneNamesItself() {
        LocationTable.Builder b = new LocationTable.Builder();
        // 1 km from Santa Clara's centre but labelled Sunnyvale (8 km away, same country): the label wins
        b.add(37.36, -121.965, PATENT, 2020, null, 10, "US", "Sunnyvale");
        LocationTable t = b.build();
        assertEquals("Sunnyvale, CA", nameOfOnlyCluster(t));
        // a label the gazetteer does not know (a town under 15,000 inhabitants) names its own place
        b = new LocationTable.Builder();
        b.add(35.88, -106.30, PATENT, 2020, null, 10, "US", "Los Alamos");
        assertEquals("Los Alamos, NM", nameOfOnlyCluster(b.build()));
        // without a country, the label's place and the economy come from the nearest gazetteer place
        b = new LocationTable.Builder();
        b.add(35.88, -106.30, PATENT, 2020, null, 10, null, "Los Alamos");
        ClusterRow row = onlyRow(b.build());
        assertEquals("Los Alamos, NM", row.name());
        assertEquals("US", row.economies());
        // a spelling the gazetteer does not know, inside a city's urban area, takes the gazetteer's name
        b = new LocationTable.Builder();
        b.add(40.7143, -74.006, PATENT, 2020, null, 10, "US", "NYC");
        assertEquals("New York City, NY", nameOfOnlyCluster(b.build()));
        // a label naming a far-away place of that name is not consistent: the nearest place is used
        b = new LocationTable.Builder();
        b.add(37.34, -121.89, PATENT, 2020, null, 10, "US", "Springfield");
        assertEquals("San Jose, CA", nameOfOnlyCluster(b.build()));
    }

    @Test
    void aSmallEpsMoveThatKeepsTheMainPlacesKeepsTheName() {
        // Munich-like layout: two big places and fringe locations that join or leave with eps
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(48.137, 11.575, PATENT, 2020, null, 50, "DE", null);   // 0 Munich
        b.add(48.40, 11.74, PATENT, 2020, null, 25, "DE", null);     // 1 Freising
        b.add(48.26, 11.43, PATENT, 2020, null, 4, "DE", null);      // 2 Dachau (fringe)
        b.add(48.06, 11.63, PATENT, 2020, null, 3, "DE", null);      // 3 Ottobrunn area (fringe)
        b.add(48.00, 11.34, PATENT, 2020, null, 2, "DE", null);      // 4 Starnberg (fringe)
        LocationTable t = b.build();
        Ranker ranker = new Ranker(PlaceIndex.build(t, gazetteer));
        Clustering small = Fixtures.clustering(t, 0, 0, 0, -1, -1);
        Clustering large = Fixtures.clustering(t, 0, 0, -1, 0, 0);
        String a = ranker.rank(small).row(0).name();
        String c = ranker.rank(large).row(0).name();
        assertEquals("Munich\u2013Freising", a);
        assertEquals(a, c);
    }

    @Test
    void equalActivityIsOrderedByPopulationWhateverTheInputOrder() {
        List<ClusterNamer.Part> parts = List.of(
                new ClusterNamer.Part("Small", "DE", null, 10, 1, 0.5),
                new ClusterNamer.Part("Big", "DE", null, 1000, 2, 0.5));
        String one = ClusterNamer.name(parts, List.of(), 1.0);
        String two = ClusterNamer.name(List.of(parts.get(1), parts.get(0)), List.of(), 1.0);
        assertEquals("Big\u2013Small", one);
        assertEquals(one, two);
    }

    @Test
    void atMostThreeNamesAndOnlyAboveTheThreshold() {
        List<ClusterNamer.Part> parts = List.of(
                new ClusterNamer.Part("A", "FR", null, 0, 1, 0.30),
                new ClusterNamer.Part("B", "FR", null, 0, 2, 0.20),
                new ClusterNamer.Part("C", "FR", null, 0, 3, 0.16),
                new ClusterNamer.Part("D", "FR", null, 0, 4, 0.16),
                new ClusterNamer.Part("E", "FR", null, 0, 5, 0.14));
        assertEquals("A\u2013B\u2013C", ClusterNamer.name(parts, List.of(), 1.0));
        assertEquals("A", ClusterNamer.name(parts.subList(0, 2), List.of(), 2.0)); // B = 10% of 2.0
    }
}
