package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.clusteratlas.snapshot.DocumentKind.PATENT;
import static org.clusteratlas.snapshot.DocumentKind.PUBLICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinimumShareTest {
    @Test
    void sharesParseAndBecomeCountsOfTheFilteredTotal() {
        assertEquals(0.05, MinimumShare.percent(ParameterSpecs.MIN_PATENTS, " 0.05% "));
        assertNull(MinimumShare.percent(ParameterSpecs.MIN_PATENTS, "40"));
        assertThrows(IllegalArgumentException.class, () -> MinimumShare.percent(ParameterSpecs.MIN_PATENTS, "0%"));
        assertThrows(IllegalArgumentException.class, () -> MinimumShare.percent(ParameterSpecs.MIN_PATENTS, "x%"));
        assertEquals(44.53, MinimumShare.count(ParameterSpecs.MIN_PATENTS, 0.05, 89_066), 1e-12);
        assertEquals(1, MinimumShare.count(ParameterSpecs.MIN_PATENTS, 0.05, 18), 1e-12); // never below the floor

        LocationTable.Builder b = new LocationTable.Builder();
        b.add(0, 0, PATENT, 2019, null, 600, "AA", null);
        b.add(0, 0, PATENT, 2022, null, 400, "AA", null);
        b.addUnlocated(PATENT, 2022, -1, 1000); // unlocated shares count in the total, as in ranking shares
        b.add(0, 0, PUBLICATION, 2022, null, 200, "AA", null);
        LocationTable t = b.build();
        ClusterParameters p = ClusterParameters.defaults().withFilter(ClusterParameters.defaults().filter()
                .withYears(2021, 2023));
        ClusterParameters r = MinimumShare.resolve(p, 1.0, 10.0, t);
        assertEquals(14, r.minPatentWeight(), 1e-12); // 1% of 400 + 1000 (2019 filtered out)
        assertEquals(20, r.minPublicationWeight(), 1e-12); // 10% of 200
        assertEquals("0.045%", MinimumShare.format(MinimumShare.DEFAULT_PATENT_PERCENT));
    }

    @ParameterizedTest
    @EnumSource(RandomLayouts.Layout.class)
    void theLargestNeighbourhoodWeightIsExact(RandomLayouts.Layout layout) {
        for (long seed = 1; seed <= 8; seed++) {
            LocationTable t = RandomLayouts.table(layout, seed, 120);
            ClusterParameters p = ClusterParameters.defaults().withEpsKm(5 + seed * 3);
            double[] largest = new ClusterEngine(t).largestNeighbourhoodWeights(p);
            double[] expected = bruteForce(t, p);
            assertEquals(expected[0], largest[0], 1e-9, layout + " seed " + seed);
            assertEquals(expected[1], largest[1], 1e-9, layout + " seed " + seed);
            // the minimum it suggests lets that neighbourhood pass, one just above does not
            if (largest[0] >= 1) {
                double pass = Math.floor(largest[0] * 100) / 100;
                assertTrue(new ClusterEngine(t).cluster(p.withMinPatentWeight(pass).withMinPublicationWeight(
                        ParameterSpecs.MIN_PUBLICATIONS.max())).clusterCount() > 0);
                if (largest[0] + 0.01 <= ParameterSpecs.MIN_PATENTS.max()) {
                    assertEquals(0, new ClusterEngine(t).cluster(p.withMinPatentWeight(
                            ParameterSpecs.MIN_PATENTS.round(largest[0] + 0.01)).withMinPublicationWeight(
                            ParameterSpecs.MIN_PUBLICATIONS.max())).clusterCount());
                }
            }
        }
    }

    private static double[] bruteForce(LocationTable t, ClusterParameters p) {
        double[][] u = ChordMetric.unitVectors(t);
        LocationWeights w = t.weigh(p.filter());
        long[][] q = {FixedPointWeight.of(w.patents()), FixedPointWeight.of(w.publications())};
        double t2 = ChordMetric.thresholdSquared(p.epsKm());
        double[] best = new double[2];
        for (int k = 0; k < 2; k++) {
            long m = 0;
            for (int i = 0; i < t.size(); i++) {
                if (q[k][i] <= 0) {
                    continue;
                }
                long s = 0;
                for (int j = 0; j < t.size(); j++) {
                    if (ChordMetric.within(ChordMetric.chordSquared(u[0][i], u[1][i], u[2][i], u[0][j], u[1][j],
                            u[2][j]), t2)) {
                        s += q[k][j];
                    }
                }
                m = Math.max(m, s);
            }
            best[k] = m / (double) FixedPointWeight.SCALE;
        }
        return best;
    }
}
