package org.clusteratlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.Test;

/**
 * The warm-up only helps if it drives the engine through what a user's drags do: every step with several
 * clusters, members that are not cores and noise; radius steps up and down across grid buckets. And its drags
 * are one more exactness check: each result equals a fresh engine's at the same parameters.
 */
class EngineWarmUpTest {

    @Test
    void itsDragsCrossBucketsBothWaysAndEveryStepHasCoresMembersAndNoise() {
        LocationTable t = EngineWarmUp.table(new SplittableRandom(17));
        List<ClusterParameters> drags = EngineWarmUp.drags(new ClusterEngine(t));
        Set<Integer> buckets = new HashSet<>();
        int up = 0;
        int down = 0;
        for (int i = 1; i < drags.size(); i++) {
            buckets.add(CellGrid.bucketOf(drags.get(i).epsKm()));
            double step = drags.get(i).epsKm() - drags.get(i - 1).epsKm();
            up += step > 0 ? 1 : 0;
            down += step < 0 ? 1 : 0;
        }
        assertTrue(buckets.size() >= 3, "buckets " + buckets);
        assertTrue(up >= 10 && down >= 10, up + " steps up, " + down + " down");
        List<Clustering> run = EngineWarmUp.run();
        assertEquals(drags.size(), run.size());
        for (int s = 0; s < run.size(); s++) {
            Clustering c = run.get(s);
            int members = 0;
            int noise = 0;
            for (int i = 0; i < c.locationCount(); i++) {
                members += !c.isCore(i) && c.clusterOf(i) != Clustering.NOISE ? 1 : 0;
                noise += c.clusterOf(i) == Clustering.NOISE ? 1 : 0;
            }
            String what = "step " + s + " " + drags.get(s);
            assertTrue(c.clusterCount() >= 2, what + ": clusters " + c.clusterCount());
            assertTrue(members > 0, what + ": no member that is not a core");
            assertTrue(noise > 0, what + ": no noise");
        }
    }

    @Test
    void eachStepOfItsDragsEqualsAFreshEnginesResult() {
        LocationTable t = EngineWarmUp.table(new SplittableRandom(17));
        List<ClusterParameters> drags = EngineWarmUp.drags(new ClusterEngine(t));
        List<Clustering> run = EngineWarmUp.run();
        double[][] unit = ChordMetric.unitVectors(t);
        for (int s = 0; s < drags.size(); s++) {
            Clustering fresh = new ClusterEngine(t, unit).cluster(drags.get(s));
            Clustering dragged = run.get(s);
            assertEquals(fresh.clusterCount(), dragged.clusterCount(), "step " + s);
            for (int i = 0; i < t.size(); i++) {
                assertEquals(fresh.clusterOf(i), dragged.clusterOf(i), "step " + s + " location " + i);
                assertEquals(fresh.isPatentCore(i), dragged.isPatentCore(i), "step " + s + " location " + i);
                assertEquals(fresh.isPublicationCore(i), dragged.isPublicationCore(i), "step " + s + " location " + i);
            }
        }
    }
}
