package org.clusteratlas.robust;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepGridTest {
    private static double[] eps(SweepGrid g) {
        double[] v = new double[g.epsSteps()];
        for (int i = 0; i < v.length; i++) {
            v[i] = g.eps(i);
        }
        return v;
    }

    @Test
    void aSweepAroundShareMinimumsSweepsSharesAndSaysSo() {
        ClusterParameters base = ClusterParameters.defaults(); // 0.045%, 0.037%
        SweepGrid g = SweepGrid.around(base);
        String[] pat = {"0.0225%", "0.0318%", "0.045%", "0.0636%", "0.09%"};
        String[] pub = {"0.0185%", "0.0262%", "0.037%", "0.0523%", "0.074%"};
        for (int w = 0; w < 5; w++) {
            assertTrue(g.minPatents(w).share(), "a cell applies a share, as the base has");
            assertEquals(pat[w] + " / " + pub[w], g.weightLabel(w));
            assertEquals(pat[w], g.at(0, w).text(org.clusteratlas.cluster.ParameterSpecs.MIN_PATENTS));
        }
        assertEquals(base, g.at(2, 2));
        // a count base sweeps counts; an explicit range is counts whatever the base
        assertTrue(!SweepGrid.around(base.withMinPatentWeight(40)).minPatents(0).share());
        assertTrue(SweepGrid.around(base.withMinPatentWeight(40)).minPublications(0).share());
    }

    @Test
    void defaultGridIsFiveByFiveAroundTheSetting() {
        ClusterParameters base = ClusterParameters.defaults().withMinPatentWeight(40).withMinPublicationWeight(40);
        SweepGrid g = SweepGrid.around(base);
        assertEquals(25, g.size());
        assertArrayEquals(new double[] {7.8, 10.4, 13, 15.6, 18.2}, eps(g));
        double[] pat = {20, 28.3, 40, 56.6, 80};
        for (int w = 0; w < 5; w++) {
            assertEquals(pat[w], g.minPatents(w).value(), w + "");
            assertEquals(pat[w], g.minPublications(w).value(), "common factor");
        }
        assertTrue(g.weightAxisIsFactor());
        assertEquals(2.0, g.factor(4), 1e-12);
        assertArrayEquals(new int[] {2, 2}, g.baseCell());
        assertEquals(base, g.at(2, 2));
        assertEquals(base.filter(), g.at(0, 4).filter());
    }

    @Test
    void commonFactorKeepsTheRatioOfUnequalMinimums() {
        SweepGrid g = SweepGrid.around(new ClusterParameters(10, 20, 300, null), 3, 3);
        assertEquals(10, g.minPatents(0).value());
        assertEquals(150, g.minPublications(0).value());
        assertEquals(40, g.minPatents(2).value());
        assertEquals(600, g.minPublications(2).value());
    }

    @Test
    void defaultAxesStayInTheSpecsRanges() {
        SweepGrid g = SweepGrid.around(new ClusterParameters(1.5, 1, 1, null), 5, 5);
        assertEquals(ParameterSpecs.EPS_KM.min(), g.eps(0));
        assertEquals(1, g.minPatents(0).value());
        assertTrue(g.epsSteps() <= 5);
    }

    @Test
    void explicitRangeForOneKindLeavesTheOtherAtItsBase() {
        ClusterParameters base = new ClusterParameters(10, 40, 250, null);
        SweepGrid g = SweepGrid.of(base, SweepRange.parse("6:14:5"), null, SweepRange.parse("100:400:5"), 5, 5);
        assertArrayEquals(new double[] {6, 8, 10, 12, 14}, eps(g));
        for (int w = 0; w < 5; w++) {
            assertEquals(100 + 75 * w, g.minPublications(w).value());
            assertEquals(40, g.minPatents(w).value());
        }
        assertArrayEquals(new int[] {2, 2}, g.baseCell());
        assertTrue(!g.weightAxisIsFactor());
        assertEquals("40 / 175", g.weightLabel(1));
    }

    @Test
    void badRangesAreRefusedWithAReason() {
        ClusterParameters base = ClusterParameters.defaults();
        assertThrows(IllegalArgumentException.class, () -> SweepRange.parse("6:14"));
        assertThrows(IllegalArgumentException.class, () -> SweepRange.parse("14:6:5"));
        assertThrows(IllegalArgumentException.class, () -> SweepRange.parse("6:14:16"));
        assertThrows(IllegalArgumentException.class, () -> SweepRange.parse("6:14:1"));
        assertEquals(1, SweepRange.parse("7:7:1").values().length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepGrid.of(base, SweepRange.parse("0:10:3"), null, null, 5, 5));
        assertTrue(e.getMessage().startsWith("sweep-eps-km: must be between 1 and 50"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SweepGrid.of(base, null, SweepRange.parse("10:20:3"),
                SweepRange.parse("10:20:4"), 5, 5));
        assertTrue(e.getMessage().contains("same number of steps"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.around(base, 16, 5));
        assertEquals("6:14:5", SweepRange.parse(" 6 : 14 : 5 ").text());
    }

    @Test
    void fifteenByFifteenIsTheLargest() {
        assertEquals(225, SweepGrid.around(ClusterParameters.defaults(), 15, 15).size());
    }
}
