package org.clusteratlas.rank;

import org.clusteratlas.geo.Place;
import org.clusteratlas.geo.Sphere;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceIndexPartsTest {
    @Test
    void cubeCandidatesHoldEveryPlaceWithinTheDistanceAndAreSharedPerCube() {
        Random r = new Random(11);
        int g = 4000;
        double[] lat = new double[g];
        double[] lon = new double[g];
        for (int p = 0; p < g; p++) {
            lat[p] = 40 + r.nextDouble() * 10; // dense: many places per cube
            lon[p] = -5 + r.nextDouble() * 15;
        }
        UnitGrid grid = new UnitGrid(lat, lon, 25);
        CubeCandidates candidates = new CubeCandidates(grid, 50);
        double limit = Sphere.chordForKm(50);
        for (int q = 0; q < 300; q++) {
            double la = 39 + r.nextDouble() * 12;
            double lo = -6 + r.nextDouble() * 17;
            double x = Sphere.x(la, lo);
            double y = Sphere.y(la, lo);
            double z = Sphere.z(la);
            int[] near = candidates.near(x, y, z);
            int[] sorted = near.clone();
            Arrays.sort(sorted);
            for (int p = 0; p < g; p++) {
                if (grid.chord2(x, y, z, p) <= limit * limit) {
                    assertTrue(Arrays.binarySearch(sorted, p) >= 0, "place " + p + " missed near " + la + "," + lo);
                }
            }
            assertTrue(near == candidates.near(x, y, z), "one array per cube");
        }
    }

    @Test
    void placeColumnsKeepTheGazetteerAndGrowForLabelPlaces() {
        PlaceColumns c = new PlaceColumns(List.of(new Place(1, "Big", "Big", 48.8, 2.3, "PPLC", "FR", "11", "Ile", 2_000_000)));
        for (int i = 0; i < 1000; i++) {
            assertEquals(i + 1, c.add("L" + i, "DE", null, i / 100.0, -i / 100.0));
        }
        assertEquals(1001, c.size());
        assertEquals("Big", c.name(0));
        assertEquals(2_000_000, c.population(0));
        assertEquals("L999", c.name(1000));
        assertEquals(0, c.population(1000));
        assertEquals(9.99, c.lat(1000), 0);
        assertEquals(-9.99, c.lon(1000), 0);
        assertEquals("DE", c.country(500));
    }
}
