package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.clusteratlas.snapshot.DocumentKind.PATENT;
import static org.clusteratlas.snapshot.DocumentKind.PUBLICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinimumTest {
    private static final MinimumSpec PAT = ParameterSpecs.MIN_PATENTS;

    @Test
    void aMinimumIsACountOrAShareAndItsTextSaysWhich() {
        assertEquals(Minimum.share(0.05), PAT.parse(" 0.05% "));
        assertEquals(Minimum.count(40), PAT.parse("40"), "a plain number, as older saved views hold, is a count");
        assertEquals("0.045%", PAT.format(Minimum.share(0.045)));
        assertEquals("40", PAT.format(Minimum.count(40)));
        assertEquals("12.5", PAT.format(Minimum.count(12.5)));
        assertEquals("0.000001%", PAT.format(PAT.check(Minimum.share(0.0000011))), "shares carry 6 decimals");
        assertEquals(Minimum.share(0.045), ClusterParameters.defaults().minPatents(), "the default is a share");
        assertEquals(Minimum.share(0.037), ClusterParameters.defaults().minPublications());
        assertThrows(IllegalArgumentException.class, () -> PAT.parse("0%"));
        assertThrows(IllegalArgumentException.class, () -> PAT.parse("100.5%"));
        assertThrows(IllegalArgumentException.class, () -> PAT.parse("x%"));
        assertThrows(IllegalArgumentException.class, () -> PAT.parse("0.5"), "a count below 1");
    }

    @Test
    void aShareBecomesACountOfTheFilteredTotalOnlyWhenResolved() {
        assertEquals(44.53, PAT.count(Minimum.share(0.05), 89_066), 1e-12);
        assertEquals(1, PAT.count(Minimum.share(0.05), 18), 1e-12); // never below the floor
        assertEquals(40, PAT.count(Minimum.count(40), 18), 1e-12); // a count is a count

        LocationTable.Builder b = new LocationTable.Builder();
        b.add(0, 0, PATENT, 2019, null, 600, "AA", null);
        b.add(0, 0, PATENT, 2022, null, 400, "AA", null);
        b.addUnlocated(PATENT, 2022, -1, 1000); // unlocated shares count in the total, as in ranking shares
        b.add(0, 0, PUBLICATION, 2022, null, 200, "AA", null);
        LocationTable t = b.build();
        ClusterParameters p = ClusterParameters.defaults().withMinPatents(Minimum.share(1))
                .withMinPublications(Minimum.share(10));
        ClusterParameters recent = p.withFilter(p.filter().withYears(2021, 2023));
        double[] c = recent.minimumCounts(t.weigh(recent.filter()));
        assertEquals(14, c[0], 1e-12); // 1% of 400 + 1000 (2019 filtered out)
        assertEquals(20, c[1], 1e-12); // 10% of 200
        // the same share on another year range resolves on that range's total
        assertEquals(20, p.minimumCounts(t.weigh(p.filter()))[0], 1e-12);
        assertEquals("1%", recent.text(PAT), "the parameters keep the share, not the count");
        // the engine applies the resolved count: the location holds 400 patents of 2022, a core at 1% (14)
        // but not at 40% (560); publications kept out of reach
        ClusterParameters patentsOnly = recent.withMinPublications(Minimum.count(100_000));
        assertEquals(1, new ClusterEngine(t).cluster(patentsOnly).clusterCount());
        ClusterParameters big = patentsOnly.withMinPatents(Minimum.share(40));
        assertEquals(0, new ClusterEngine(t).cluster(big).clusterCount(), "40% of 1400 = 560 > 400");
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
                        ParameterSpecs.MIN_PUBLICATIONS.counts().max())).clusterCount() > 0);
                if (largest[0] + 0.01 <= ParameterSpecs.MIN_PATENTS.counts().max()) {
                    assertEquals(0, new ClusterEngine(t).cluster(p.withMinPatentWeight(
                            ParameterSpecs.MIN_PATENTS.counts().round(largest[0] + 0.01)).withMinPublicationWeight(
                            ParameterSpecs.MIN_PUBLICATIONS.counts().max())).clusterCount());
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
