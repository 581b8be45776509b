package org.clusteratlas.rank;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ApproximatePopulationTest {
    @Test
    void writesThreeSignificantFiguresInWords() {
        assertEquals("\u2248 25.0 million", ApproximatePopulation.text(24_976_898));
        assertEquals("\u2248 812 thousand", ApproximatePopulation.text(811_503));
        assertEquals("\u2248 45.7 thousand", ApproximatePopulation.text(45_678));
        assertEquals("\u2248 4.31 million", ApproximatePopulation.text(4_312_345));
        assertEquals("\u2248 1.20 billion", ApproximatePopulation.text(1_204_000_000L));
    }

    @Test
    void smallPopulationsInGroupedDigits() {
        assertEquals("\u2248 4,310", ApproximatePopulation.text(4_312));
        assertEquals("\u2248 9,990", ApproximatePopulation.text(9_994));
        assertEquals("\u2248 812", ApproximatePopulation.text(812));
        assertEquals("\u2248 7", ApproximatePopulation.text(7));
    }

    @Test
    void theUnitFollowsTheRoundedValue() {
        assertEquals("\u2248 1.00 million", ApproximatePopulation.text(999_500));
        assertEquals("\u2248 999 thousand", ApproximatePopulation.text(999_499));
        assertEquals("\u2248 10.0 thousand", ApproximatePopulation.text(9_995));
        assertEquals("\u2248 100 thousand", ApproximatePopulation.text(99_950));
        assertEquals("\u2248 1.00 billion", ApproximatePopulation.text(999_500_000L));
        assertEquals("\u2248 1.00 million", ApproximatePopulation.text(1_000_000));
    }

    @Test
    void zeroIsUnknown() {
        assertEquals("unknown", ApproximatePopulation.text(0));
        assertEquals(0, ApproximatePopulation.rounded(0));
    }

    @Test
    void roundsHalfUpToThreeFigures() {
        assertEquals(25_000_000, ApproximatePopulation.rounded(24_976_898));
        assertEquals(1_000_000, ApproximatePopulation.rounded(999_500));
        assertEquals(999_000, ApproximatePopulation.rounded(999_499));
        assertEquals(123, ApproximatePopulation.rounded(123));
    }

    @Test
    void intensityHasAtMostThePopulationsPrecision() {
        assertEquals("4,000", ApproximatePopulation.intensity(4_003.2));
        assertEquals("123,000", ApproximatePopulation.intensity(123_456.7));
        assertEquals("4,010", ApproximatePopulation.intensity(4_005));
        assertEquals("12", ApproximatePopulation.intensity(12.3));
        assertEquals("0", ApproximatePopulation.intensity(0));
        assertNull(ApproximatePopulation.intensity(Double.NaN));
    }
}
