package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clusteratlas.snapshot.DocumentKind.PATENT;
import static org.clusteratlas.snapshot.DocumentKind.PUBLICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankerTest {
    // Alpha and Beta 5.6 km apart (Alpha's urban radius 2*sqrt(5) = 4.5 km: not folded), Gamma far away
    static final Gazetteer GAZ = Fixtures.gazetteer(
            "Alpha", "AA", null, 0.0, 0.0, 500_000,
            "Beta", "AA", null, 0.0, 0.05, 100_000,
            "Gamma", "BB", null, 10.0, 10.0, 2_000_000,
            "Delta", "CC", null, 20.0, 20.0, 50_000);

    /**
     * A (on Alpha): 2 patents, 1 publication; B (on Beta): 1 patent; C (on Gamma): 3 publications;
     * D (on Delta, noise): 1 patent, 1 publication; unlocated: 1 patent, 1 publication.
     * Totals: 5 patents, 6 publications.
     */
    static LocationTable golden() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(0, 0, PATENT, 2020, null, 2, "AA", null);
        b.add(0, 0, PUBLICATION, 2020, null, 1, "AA", null);
        b.add(0, 0.05, PATENT, 2020, null, 1, "AA", null);
        b.add(10, 10, PUBLICATION, 2020, null, 3, "BB", null);
        b.add(20, 20, PATENT, 2020, null, 1, "CC", null);
        b.add(20, 20, PUBLICATION, 2020, null, 1, "CC", null);
        b.addUnlocated(PATENT, 2020, -1, 1);
        b.addUnlocated(PUBLICATION, 2020, -1, 1);
        return b.build();
    }

    @Test
    void goldenSharesAndScoresCountUnlocatedAndNoiseInTheDenominators() {
        LocationTable t = golden();
        Clustering c = Fixtures.clustering(t, 1, 1, 0, -1); // cluster 1 = {A, B}, cluster 0 = {C}, D noise
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(c);
        assertEquals(5.0, r.totalPatents(), 1e-12);
        assertEquals(6.0, r.totalPublications(), 1e-12);
        ClusterRow first = r.rows().get(0);
        assertEquals(1, first.rank());
        assertEquals(1, first.clusterId());
        assertEquals(3.0, first.patents(), 1e-12);
        assertEquals(1.0, first.publications(), 1e-12);
        assertEquals(60.0, first.patentShare(), 1e-12);          // 3 / 5
        assertEquals(100.0 / 6, first.publicationShare(), 1e-12); // 1 / 6
        assertEquals(60.0 + 100.0 / 6, first.score(), 1e-12);
        assertEquals(2, first.locations());
        ClusterRow second = r.rows().get(1);
        assertEquals(2, second.rank());
        assertEquals(0, second.clusterId());
        assertEquals(0.0, second.patentShare(), 1e-12);
        assertEquals(50.0, second.publicationShare(), 1e-12);  // 3 / 6
        assertEquals("Gamma", second.name());
        assertEquals("BB", second.economies());
        assertEquals(2, r.size());
    }

    @Test
    void namesPlacesHoldingAMeaningfulPartLargestFirst() {
        LocationTable t = golden();
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(Fixtures.clustering(t, 0, 0, 1, -1));
        // activity: A = 2/5 + 1/6 = 0.567, B = 1/5 = 0.2 -> Beta holds 26% (>= 15%), named second
        assertEquals("Alpha\u2013Beta", r.row(0).name());
        assertEquals("AA", r.row(0).economies());
    }

    @Test
    void centroidIsActivityWeightedOnTheSphereAcrossTheAntimeridian() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(0, 179.9, PATENT, 2020, null, 1, "FJ", null);
        b.add(0, -179.9, PATENT, 2020, null, 1, "FJ", null);
        LocationTable t = b.build();
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(Fixtures.clustering(t, 0, 0));
        ClusterRow row = r.row(0);
        assertEquals(180.0, Math.abs(row.lon()), 1e-9);
        assertEquals(0.0, row.lat(), 1e-9);
        assertTrue(row.name().startsWith("Cluster at"), row.name()); // no place within 50 km
        assertEquals("FJ", row.economies());
    }

    @Test
    void tiesGoToTheLargerPatentShareThenToTheName() {
        LocationTable.Builder b = new LocationTable.Builder();
        b.add(0, 0, PATENT, 2020, null, 1, "AA", null);          // Alpha: 25% patents
        b.add(10, 10, PUBLICATION, 2020, null, 1, "BB", null);   // Gamma: 25% publications
        b.add(20, 20, PATENT, 2020, null, 1, "CC", null);        // Delta: 25% patents
        b.add(40, 40, PATENT, 2020, null, 1, "DD", null);        // noise
        b.add(40, 40, PUBLICATION, 2020, null, 3, "DD", null);
        LocationTable t = b.build();
        // ids chosen against the expected order so that the id is not what decides
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(Fixtures.clustering(t, 0, 2, 1, -1));
        List<String> names = r.rows().stream().map(ClusterRow::name).toList();
        assertEquals(List.of("Alpha", "Delta", "Gamma"), names);
        assertEquals(25.0, r.rows().get(2).score(), 1e-12);
    }

    @Test
    void populationCountsFootprintPlacesOnceAndIntensityNeedsTheFloor() {
        LocationTable t = golden();
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(Fixtures.clustering(t, 0, 0, 1, 2));
        assertEquals(600_000, r.row(0).population());   // Alpha + Beta
        assertEquals(2_000_000, r.row(1).population());  // Gamma
        assertEquals(50_000, r.row(2).population());     // Delta, below the floor
        assertEquals(4.0 / 0.6, r.row(0).intensity(), 1e-9);
        assertEquals(3.0 / 2.0, r.row(1).intensity(), 1e-9);
        assertEquals(1, r.row(0).intensityRank());
        assertEquals(2, r.row(1).intensityRank());
        assertNull(r.row(2).intensityRank());
        assertEquals(List.of(0, 1), r.byIntensity().stream().map(ClusterRow::clusterId).toList());
    }

    @Test
    void clusterSharesPlusNoisePlusUnlocatedMakeTheWhole() {
        java.util.Random rnd = new java.util.Random(11);
        LocationTable.Builder b = new LocationTable.Builder();
        for (int i = 0; i < 300; i++) {
            double lat = rnd.nextDouble() * 40;
            double lon = rnd.nextDouble() * 40;
            b.add(lat, lon, PATENT, 2020, null, 1.0 / (1 + rnd.nextInt(5)), "AA", null);
            if (rnd.nextBoolean()) {
                b.add(lat, lon, PUBLICATION, 2020, null, 1.0 / (1 + rnd.nextInt(5)), "AA", null);
            }
        }
        b.addUnlocated(PATENT, 2020, -1, 2.5);
        b.addUnlocated(PUBLICATION, 2020, -1, 1.25);
        LocationTable t = b.build();
        int[] clusterOf = new int[t.size()];
        for (int i = 0; i < clusterOf.length; i++) {
            clusterOf[i] = rnd.nextInt(7) - 1; // six clusters and noise
        }
        Clustering c = Fixtures.clustering(t, clusterOf);
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(c);
        double noisePat = 0;
        double noisePub = 0;
        for (int i = 0; i < t.size(); i++) {
            if (clusterOf[i] < 0) {
                noisePat += c.weights().patents()[i];
                noisePub += c.weights().publications()[i];
            }
        }
        double patShares = r.rows().stream().mapToDouble(ClusterRow::patentShare).sum();
        double pubShares = r.rows().stream().mapToDouble(ClusterRow::publicationShare).sum();
        assertEquals(100.0, patShares + 100 * (noisePat + 2.5) / r.totalPatents(), 1e-9);
        assertEquals(100.0, pubShares + 100 * (noisePub + 1.25) / r.totalPublications(), 1e-9);
        for (int k = 1; k < r.size(); k++) {
            assertTrue(r.rows().get(k - 1).score() >= r.rows().get(k).score());
            assertEquals(k + 1, r.rows().get(k).rank());
        }
    }

    @Test
    void aPublishedOrderComesBackEvenWhereRoundedScoresTie() {
        // a "published" table: cluster -> (patents, publications); totals 1000 and 1000 with the rest unlocated.
        // B and C differ by 1e-6 % in score: equal at 3 decimals, ordered by the unrounded score.
        double[][] published = {{120, 80}, {60, 40.00001}, {100, 0}, {10, 50}, {5, 5}};
        String[] expected = {"A", "B", "C", "D", "E"};
        LocationTable.Builder b = new LocationTable.Builder();
        double pat = 0;
        double pub = 0;
        for (int k = 0; k < published.length; k++) {
            // 1 degree away from the gazetteer's places, outside their urban areas: the labels name the places
            b.add(10 * k + 1, 10 * k + 1, PATENT, 2020, null, published[k][0], "AA", expected[k]);
            if (published[k][1] > 0) {
                b.add(10 * k + 1, 10 * k + 1, PUBLICATION, 2020, null, published[k][1], "AA", expected[k]);
            }
            pat += published[k][0];
            pub += published[k][1];
        }
        b.addUnlocated(PATENT, 2020, -1, 1000 - pat);
        b.addUnlocated(PUBLICATION, 2020, -1, 1000 - pub);
        LocationTable t = b.build();
        int[] shuffled = {3, 0, 4, 1, 2}; // cluster ids unrelated to the order
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(Fixtures.clustering(t, shuffled));
        assertEquals(List.of(expected), r.rows().stream().map(ClusterRow::name).toList());
        assertEquals(20.0, r.rows().get(0).score(), 1e-9);
        assertEquals(10.000001, r.rows().get(1).score(), 1e-9);
        assertEquals(10.0, r.rows().get(2).score(), 1e-9);
    }

    @Test
    void noClustersGiveAnEmptyRanking() {
        LocationTable t = golden();
        Ranking r = new Ranker(PlaceIndex.build(t, GAZ)).rank(Fixtures.clustering(t, -1, -1, -1, -1));
        assertEquals(0, r.size());
    }
}
