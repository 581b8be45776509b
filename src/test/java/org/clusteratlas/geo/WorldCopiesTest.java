package org.clusteratlas.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldCopiesTest {
    private static final double SAN_FRANCISCO = WebMercator.x(-122.42);
    private static final double SHENZHEN = WebMercator.x(114.06);

    @Test
    void aPointInTheReferencesWorldStaysWhereItIs() {
        assertEquals(SAN_FRANCISCO, WorldCopies.nearest(SAN_FRANCISCO, 0.5), 1e-12);
        assertEquals(0, WorldCopies.shift(SHENZHEN, 0.5), 1e-12);
    }

    @Test
    void theCopyInViewNotTheShorterWayRound() {
        // a view centred on Greenwich: San Francisco is the copy west of Shenzhen, although the Pacific is shorter
        double inView = WorldCopies.nearest(SAN_FRANCISCO, 0.5);
        assertEquals(SAN_FRANCISCO, inView, 1e-12);
        assertTrue(SHENZHEN - inView > 0.5, "more than half a world apart in the view");
        // a view centred on the Pacific (longitude 180): the copy one world east
        assertEquals(SAN_FRANCISCO + 1, WorldCopies.nearest(SAN_FRANCISCO, 1.0), 1e-12);
        assertEquals(1, WorldCopies.shift(SAN_FRANCISCO, 1.0), 1e-12);
    }

    @Test
    void copiesAreWholeWorldsAwayFromAnyReference() {
        for (double ref = -3; ref <= 3; ref += 0.137) {
            for (double x = 0; x < 1; x += 0.09) {
                double c = WorldCopies.nearest(x, ref);
                assertTrue(Math.abs(c - ref) <= 0.5 + 1e-12, x + " near " + ref + " gave " + c);
                assertEquals(0, Math.IEEEremainder(c - x, 1), 1e-12, "a shift by whole worlds (360 degrees)");
                // 360 degrees of longitude is one world: the longitude of the copy differs by a multiple of 360
                assertEquals(0, Math.IEEEremainder(WebMercator.lon(c) - WebMercator.lon(x), 360), 1e-9);
            }
        }
    }
}
