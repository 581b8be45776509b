package org.clusteratlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.clusteratlas.geo.Sphere;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;
import org.junit.jupiter.api.Test;

/** Property tests: on many seeded random tables, the engine gives exactly the brute-force reference's result. */
class EngineMatchesReferenceTest {

    static void assertSame(BruteForceReference ref, Clustering got, String what) {
        assertEquals(ref.clusterCount, got.clusterCount(), what + ": cluster count");
        for (int i = 0; i < ref.clusterOf.length; i++) {
            assertEquals(ref.core[i] & Clustering.PATENT_CORE, got.isPatentCore(i) ? Clustering.PATENT_CORE : 0,
                    what + ": patent core of location " + i);
            assertEquals(ref.core[i] & Clustering.PUBLICATION_CORE,
                    got.isPublicationCore(i) ? Clustering.PUBLICATION_CORE : 0, what + ": publication core of " + i);
            assertEquals(ref.clusterOf[i], got.clusterOf(i), what + ": cluster of location " + i);
        }
    }

    private static ClusterParameters randomParameters(Random r, LocationTable t, double maxEps) {
        double eps = 1 + r.nextDouble() * (maxEps - 1);
        if (r.nextInt(4) == 0) {
            eps = Math.rint(eps);
        }
        // minimum weights often equal to a location's own weight or a round number, to hit ties
        double[] w = t.weigh(WeightFilter.all()).patents();
        double minPat = r.nextBoolean() ? 1 + r.nextInt(6) * 0.5 : Math.max(1, w[r.nextInt(w.length)] + 1.0 / 3);
        double minPub = r.nextBoolean() ? 1 + r.nextInt(6) * 0.5 : 1 + r.nextInt(10) / 6.0;
        WeightFilter f = WeightFilter.all();
        switch (r.nextInt(6)) {
            case 0 -> f = new WeightFilter(2016, 2020, null, null, null);
            case 1 -> f = new WeightFilter(2014, 2023, EnumSet.of(DocumentKind.PATENT), null, null);
            case 2 -> f = new WeightFilter(2014, 2023, null, Set.of("physics", "computing"), null);
            case 3 -> f = new WeightFilter(2014, 2023, null, null, Set.of("AA"));
            default -> { }
        }
        return new ClusterParameters(eps, minPat, minPub, f);
    }

    private static void checkLayout(RandomLayouts.Layout layout, int seeds, int maxLocations, double maxEps) {
        int multi = 0;
        int borders = 0;
        for (int s = 0; s < seeds; s++) {
            long seed = layout.ordinal() * 1_000_003L + s;
            LocationTable t = RandomLayouts.table(layout, seed, maxLocations);
            ClusterEngine engine = new ClusterEngine(t);
            Random r = new Random(seed);
            for (int run = 0; run < 3; run++) {
                ClusterParameters p = randomParameters(r, t, maxEps);
                Clustering c = engine.cluster(p);
                assertSame(new BruteForceReference(t, p), c, layout + " seed " + seed + " " + p);
                multi += c.clusterCount() >= 2 ? 1 : 0;
                for (int i = 0; i < c.locationCount(); i++) {
                    if (!c.isCore(i) && c.clusterOf(i) != Clustering.NOISE) {
                        borders++;
                        break;
                    }
                }
            }
        }
        // the layouts must exercise what they are for: several clusters, and members that are not cores
        System.out.printf("%s: %d runs with several clusters, %d with border members%n", layout, multi, borders);
        assertTrue(multi >= (layout == RandomLayouts.Layout.TIGHT ? 0 : seeds / 10), layout + " several clusters");
        assertTrue(borders >= seeds / 10, layout + " border members");
    }

    @Test
    void uniformLayouts() {
        checkLayout(RandomLayouts.Layout.UNIFORM, 150, 150, 50);
    }

    @Test
    void tightLayouts() {
        checkLayout(RandomLayouts.Layout.TIGHT, 150, 80, 5);
    }

    @Test
    void duplicatesAndNearDuplicates() {
        checkLayout(RandomLayouts.Layout.DUPLICATES, 150, 100, 30);
    }

    @Test
    void acrossTheAntimeridian() {
        checkLayout(RandomLayouts.Layout.ANTIMERIDIAN, 150, 120, 30);
    }

    @Test
    void nearAndAtThePole() {
        checkLayout(RandomLayouts.Layout.POLE, 150, 120, 30);
    }

    @Test
    void clumpsThatMergeAsEpsGrows() {
        checkLayout(RandomLayouts.Layout.CLUMPS, 150, 150, 20);
    }

    /**
     * A grid serves a range of eps, and a radius move carries bounds from the last radius: a slider sweep up
     * and down on one engine reuses both and must still be exact.
     */
    @Test
    void anEpsSweepOnOneEngineReusingGrids() {
        for (int s = 0; s < 30; s++) {
            LocationTable t = RandomLayouts.table(RandomLayouts.Layout.CLUMPS, 55_000 + s, 200);
            ClusterEngine engine = new ClusterEngine(t);
            for (double eps = 2; eps <= 12; eps *= 1.04) {
                ClusterParameters p = new ClusterParameters(eps, 2, 1.5, null);
                assertSame(new BruteForceReference(t, p), engine.cluster(p), "sweep seed " + s + " eps " + eps);
            }
            // and back down: what a larger radius implied must not be carried to a smaller one
            for (double eps = 12; eps >= 2; eps /= 1.07) {
                ClusterParameters p = new ClusterParameters(eps, 2, 1.5, null);
                assertSame(new BruteForceReference(t, p), engine.cluster(p), "down seed " + s + " eps " + eps);
            }
        }
    }

    /**
     * A live engine builds the grid a radius drag is heading for in the background: a drag up and back down,
     * in steps smaller than a bucket's half, then finds every new grid built ahead (only the first run builds
     * one itself), and each result is still exactly the reference's.
     */
    @Test
    void aLiveEngineBuildsTheNextGridAheadAndStaysExact() {
        for (int s = 0; s < 3; s++) {
            LocationTable t = RandomLayouts.table(RandomLayouts.Layout.CLUMPS, 7_000_001L + s, 250);
            ClusterEngine engine = new ClusterEngine(t).buildAhead();
            Set<Integer> buckets = new java.util.HashSet<>();
            java.util.List<Double> drag = new java.util.ArrayList<>();
            for (double eps = 2; eps <= 30; eps *= 1.2) {
                drag.add(eps);
            }
            for (int i = drag.size() - 1; i >= 0; i--) {
                drag.add(drag.get(i) * 0.97);
            }
            for (double eps : drag) {
                ClusterParameters p = new ClusterParameters(eps, 2, 1.5, null);
                assertSame(new BruteForceReference(t, p), engine.cluster(p), "seed " + s + " eps " + eps);
                buckets.add(CellGrid.bucketOf(eps));
                engine.awaitAhead();
            }
            assertTrue(buckets.size() >= 5, "the drag crosses buckets: " + buckets);
            assertEquals(1, engine.gridsBuiltInRuns(), "grids the runs built themselves, seed " + s);
        }
    }

    /**
     * A drag back and forth over a bucket boundary finds each kept grid with its weights laid out already; a new
     * filter lays them out again, once per grid it visits.
     */
    @Test
    void aDragBackIntoAKeptBucketReusesItsWeightsAndStaysExact() {
        LocationTable t = RandomLayouts.table(RandomLayouts.Layout.CLUMPS, 8_100_003L, 250);
        ClusterEngine engine = new ClusterEngine(t);
        double below = Math.pow(CellGrid.RATIO, 2) * 0.98;
        double above = Math.pow(CellGrid.RATIO, 2) * 1.02;
        assertEquals(1, CellGrid.bucketOf(above) - CellGrid.bucketOf(below), "two neighbouring buckets");
        WeightFilter recent = new WeightFilter(2018, 2023, null, null, null);
        WeightFilter[] filters = {null, null, null, null, recent, recent, recent};
        double[] eps = {below, above, below, above, below, above, below};
        for (int i = 0; i < eps.length; i++) {
            ClusterParameters p = new ClusterParameters(eps[i], 2, 1.5, filters[i]);
            assertSame(new BruteForceReference(t, p), engine.cluster(p), "step " + i + " " + p);
        }
        assertEquals(2, engine.gridsBuiltInRuns(), "grids built");
        assertEquals(4, engine.weightingsInRuns(), "two grids under each of two filters");
    }

    /**
     * A minimum moved at one eps reuses what the previous runs learnt of each neighbourhood (bounds, refined
     * bounds, exact weights): up, down and back, with an eps move in between that must start over.
     */
    @Test
    void minimumMovesOnOneEngineReusingNeighbourhoods() {
        double[] factors = {1, 1.3, 1.7, 1.2, 0.6, 0.9, 2.5, 0.4, 1.05};
        for (int s = 0; s < 30; s++) {
            RandomLayouts.Layout layout = s % 2 == 0 ? RandomLayouts.Layout.CLUMPS : RandomLayouts.Layout.DUPLICATES;
            LocationTable t = RandomLayouts.table(layout, 66_000 + s, 250);
            ClusterEngine engine = new ClusterEngine(t);
            for (double eps : new double[] {6, 6.2, 6}) {
                for (double f : factors) {
                    ClusterParameters p = new ClusterParameters(eps, 2.5 * f, 2.5 * f, null);
                    assertSame(new BruteForceReference(t, p), engine.cluster(p), "seed " + s + " " + p);
                }
            }
        }
    }

    @Test
    void smallTablesIncludingOneLocation() {
        for (int s = 0; s < 200; s++) {
            LocationTable t = RandomLayouts.table(RandomLayouts.Layout.values()[s % 6], 777_000 + s, 4);
            ClusterParameters p = randomParameters(new Random(s), t, 50);
            assertSame(new BruteForceReference(t, p), new ClusterEngine(t).cluster(p), "small seed " + s);
        }
    }

    @Test
    void allNoiseWhenMinimumsAreOutOfReach() {
        for (int s = 0; s < 50; s++) {
            LocationTable t = RandomLayouts.table(RandomLayouts.Layout.CLUMPS, 5000 + s, 100);
            ClusterParameters p = new ClusterParameters(10, 100_000, 100_000, null);
            Clustering c = new ClusterEngine(t).cluster(p);
            assertSame(new BruteForceReference(t, p), c, "all noise seed " + s);
            assertEquals(0, c.clusterCount());
        }
    }

    @Test
    void oneGiantClusterWhenEverythingIsDenseAndClose() {
        for (int s = 0; s < 50; s++) {
            LocationTable t = RandomLayouts.table(RandomLayouts.Layout.TIGHT, 9000 + s, 150);
            ClusterParameters p = new ClusterParameters(50, 1, 1, null);
            Clustering c = new ClusterEngine(t).cluster(p);
            assertSame(new BruteForceReference(t, p), c, "giant seed " + s);
            assertTrue(c.clusterCount() <= 1);
            if (t.weigh(WeightFilter.all()).totalPatents() >= 1) {
                assertEquals(1, c.clusterCount(), "everything within 50 km with weight >= 1 is one cluster");
            }
        }
    }

    /** eps whose chord threshold equals a pair's chord exactly, when such a double exists; else the nearest above. */
    static double epsAt(double chordSquared) {
        double eps = Sphere.kmForChord(Math.sqrt(chordSquared));
        for (int i = 0; i < 64 && ChordMetric.thresholdSquared(eps) < chordSquared; i++) {
            eps = Math.nextUp(eps);
        }
        for (int i = 0; i < 64 && ChordMetric.thresholdSquared(Math.nextDown(eps)) >= chordSquared; i++) {
            eps = Math.nextDown(eps);
        }
        return eps;
    }

    @Test
    void epsExactlyAtAPairsDistanceCountsThePairAsWithin() {
        Random r = new Random(42);
        int exact = 0;
        for (int s = 0; s < 300; s++) {
            double lat = -89 + 178 * r.nextDouble();
            double lon = -180 + 360 * r.nextDouble();
            double dLat = (r.nextDouble() - 0.5) * 0.6;
            double dLon = (r.nextDouble() - 0.5) * 0.6;
            LocationTable t = new LocationTable.Builder()
                    .add(lat, lon, DocumentKind.PATENT, 2020, null, 1, "AA", null)
                    .add(lat + dLat, RandomLayouts.wrap(lon + dLon), DocumentKind.PATENT, 2020, null, 1, "AA", null)
                    .build();
            double[][] u = ChordMetric.unitVectors(t);
            double c2 = ChordMetric.chordSquared(u[0][0], u[1][0], u[2][0], u[0][1], u[1][1], u[2][1]);
            double eps = epsAt(c2);
            if (eps < 1 || eps > 50) {
                continue;
            }
            if (ChordMetric.thresholdSquared(eps) == c2) {
                exact++;
            }
            ClusterEngine engine = new ClusterEngine(t);
            // eps is any double here, not one at the parameter's precision: the raw engine entry
            ClusterParameters weights = new ClusterParameters(10, 2, 2, null);
            Clustering c = engine.cluster(eps, weights, Cancellation.NONE);
            assertSame(new BruteForceReference(t, eps, weights), c, "at eps, seed " + s);
            assertEquals(1, c.clusterCount(), "a pair exactly at eps is within");
            double below = Math.nextDown(eps);
            Clustering d = engine.cluster(below, weights, Cancellation.NONE);
            assertSame(new BruteForceReference(t, below, weights), d, "just below eps, seed " + s);
            assertEquals(0, d.clusterCount(), "a pair just beyond eps is not");
        }
        assertTrue(exact > 20, "enough pairs with an exactly equal threshold: " + exact);
    }

    @Test
    void sameResultOnOneThreadAndOnMany() throws Exception {
        LocationTable t = RandomLayouts.table(RandomLayouts.Layout.CLUMPS, 31337, 3000);
        ClusterParameters p = new ClusterParameters(4, 2, 2, null);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            Clustering a = one.submit(() -> new ClusterEngine(t).cluster(p)).get();
            Clustering b = four.submit(() -> new ClusterEngine(t).cluster(p)).get();
            assertSame(new BruteForceReference(t, p), a, "one thread");
            assertSame(new BruteForceReference(t, p), b, "four threads");
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }
}
