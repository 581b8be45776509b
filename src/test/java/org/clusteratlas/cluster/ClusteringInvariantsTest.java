package org.clusteratlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.junit.jupiter.api.Test;

/** Monotonicity and conservation properties that hold for any data, plus cancellation. */
class ClusteringInvariantsTest {

    private static LocationTable table(long seed) {
        return RandomLayouts.table(RandomLayouts.Layout.values()[(int) (seed % 6)], seed, 400);
    }

    @Test
    void raisingAMinimumWeightNeverCreatesACoreLocation() {
        for (long seed = 0; seed < 60; seed++) {
            LocationTable t = table(seed);
            ClusterEngine engine = new ClusterEngine(t);
            Random r = new Random(seed);
            double eps = 2 + r.nextDouble() * 20;
            double pat = 1 + r.nextDouble() * 3;
            double pub = 1 + r.nextDouble() * 3;
            Clustering low = engine.cluster(new ClusterParameters(eps, pat, pub, null));
            Clustering high = engine.cluster(new ClusterParameters(eps, pat + r.nextDouble() * 3, pub + r.nextDouble(), null));
            for (int i = 0; i < t.size(); i++) {
                assertTrue(!high.isPatentCore(i) || low.isPatentCore(i), "patent core appeared at " + i);
                assertTrue(!high.isPublicationCore(i) || low.isPublicationCore(i), "publication core appeared at " + i);
            }
        }
    }

    /**
     * A wider eps keeps every core a core, keeps connected cores connected and keeps every member clustered.
     * (A border member, assigned to its nearest core, may join a neighbouring cluster that a wider eps brings
     * nearer; that is the membership rule, not a split: the cores stay together.)
     */
    @Test
    void wideningEpsNeverSplitsACluster() {
        for (long seed = 0; seed < 60; seed++) {
            LocationTable t = table(seed + 100);
            ClusterEngine engine = new ClusterEngine(t);
            Random r = new Random(seed);
            double eps = 1 + r.nextDouble() * 15;
            ClusterParameters p = new ClusterParameters(eps, 1 + r.nextDouble() * 3, 1 + r.nextDouble() * 3, null);
            Clustering narrow = engine.cluster(p);
            Clustering wide = engine.cluster(p.withEpsKm(eps + r.nextDouble() * 20));
            Map<Integer, Integer> image = new HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                int c = narrow.clusterOf(i);
                if (c == Clustering.NOISE) {
                    continue;
                }
                assertNotEquals(Clustering.NOISE, wide.clusterOf(i), "member " + i + " became noise");
                if (narrow.isCore(i)) {
                    assertTrue(!narrow.isPatentCore(i) || wide.isPatentCore(i));
                    assertTrue(!narrow.isPublicationCore(i) || wide.isPublicationCore(i));
                    Integer before = image.putIfAbsent(c, wide.clusterOf(i));
                    assertTrue(before == null || before == wide.clusterOf(i), "cluster " + c + " split, seed " + seed);
                }
            }
        }
    }

    @Test
    void clusterWeightsPlusNoiseEqualTheFilteredTotal() {
        for (long seed = 0; seed < 60; seed++) {
            LocationTable t = table(seed + 200);
            ClusterEngine engine = new ClusterEngine(t);
            Clustering c = engine.cluster(new ClusterParameters(3 + seed % 20, 1.5, 2, null));
            LocationWeights w = c.weights();
            double pat = 0;
            double pub = 0;
            for (int k = 0; k < c.clusterCount(); k++) {
                pat += c.patents(k);
                pub += c.publications(k);
            }
            double noisePat = 0;
            double noisePub = 0;
            double located = 0;
            for (int i = 0; i < t.size(); i++) {
                if (c.clusterOf(i) == Clustering.NOISE) {
                    noisePat += w.patents()[i];
                    noisePub += w.publications()[i];
                }
            }
            // the unlocated shares (patents only in these tables) are neither clusters nor located noise
            double unlocatedPat = 0;
            for (int e = 0; e < t.entryCount(); e++) {
                located += t.entryWeight(e);
            }
            unlocatedPat = t.total(org.clusteratlas.snapshot.DocumentKind.PATENT)
                    + t.total(org.clusteratlas.snapshot.DocumentKind.PUBLICATION) - located;
            assertEquals(w.totalPatents(), pat + noisePat + unlocatedPat, 1e-9, "patents, seed " + seed);
            assertEquals(w.totalPublications(), pub + noisePub, 1e-9, "publications, seed " + seed);
        }
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /** Cancelled at every point where a run asks (on a fresh engine), it throws; the next run is complete. */
    @Test
    void aCancelledRunThrowsAndTheNextRunIsComplete() {
        LocationTable t = RandomLayouts.table(RandomLayouts.Layout.CLUMPS, 4242, 3000);
        ClusterParameters p = new ClusterParameters(5, 2, 2, null);
        AtomicInteger checks = new AtomicInteger();
        new ClusterEngine(t).cluster(p, () -> checks.incrementAndGet() < 0);
        assertTrue(checks.get() >= 5, "a run asks often: " + checks.get());
        BruteForceReference ref = new BruteForceReference(t, p);
        for (int after = 0; after < checks.get(); after += Math.max(1, checks.get() / 25)) {
            ClusterEngine engine = new ClusterEngine(t);
            AtomicInteger asked = new AtomicInteger();
            int limit = after;
            assertThrows(CancellationException.class,
                    () -> engine.cluster(p, () -> asked.incrementAndGet() > limit), "cancelled after " + after);
            EngineMatchesReferenceTest.assertSame(ref, engine.cluster(p), "after a cancellation at " + after);
        }
    }
}
