package org.clusteratlas.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoTest {
    @Test
    void chordAndKmAreInverse() {
        for (double km : new double[] {0.001, 1, 10, 50, 5000}) {
            assertEquals(km, Sphere.kmForChord(Sphere.chordForKm(km)), 1e-9 * Math.max(1, km));
        }
    }

    @Test
    void distanceAcrossAntimeridian() {
        // one degree of longitude on the equator, either side of 180
        assertEquals(111.195, Sphere.distanceKm(0, 179.5, 0, -179.5), 0.01);
    }

    @Test
    void bundledGazetteerHasUsStatesAndBigCities() {
        Gazetteer g = Gazetteer.bundled();
        assertTrue(g.places().size() > 20_000);
        Place sj = g.places().stream().filter(p -> p.name().equals("San Jose") && "US".equals(p.country()))
                .findFirst().orElseThrow();
        assertEquals("CA", sj.admin1());
        assertEquals("California", sj.admin1Name());
    }
}
