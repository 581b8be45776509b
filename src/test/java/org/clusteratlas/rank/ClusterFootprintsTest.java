package org.clusteratlas.rank;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterFootprintsTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void largeClustersAreSnappedButStillCoverEveryPoint() {
        Random rnd = new Random(7);
        List<Coordinate> pts = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            double r = 0.2 * Math.sqrt(rnd.nextDouble());
            double a = rnd.nextDouble() * 2 * Math.PI;
            pts.add(new Coordinate(139.7 + r * Math.cos(a), 35.7 + r * Math.sin(a)));
        }
        Geometry hull = ClusterFootprints.hull(pts);
        for (Coordinate c : pts) {
            assertTrue(hull.covers(GF.createPoint(c)), "misses " + c);
        }
        // not much bigger than the disc it outlines (area 0.126 square degrees)
        assertTrue(hull.getArea() < 0.16, "area " + hull.getArea());
    }

    @Test
    void fewOrCollinearPointsGetASmallBuffer() {
        Geometry one = ClusterFootprints.hull(List.of(new Coordinate(10, 10)));
        assertTrue(one.getArea() > 0 && one.getArea() < 0.001);
        Geometry line = ClusterFootprints.hull(List.of(new Coordinate(10, 10), new Coordinate(10.1, 10),
                new Coordinate(10.2, 10)));
        assertTrue(line.covers(GF.createPoint(new Coordinate(10.2, 10))));
        assertTrue(line.getArea() < 0.01);
    }

    @Test
    void longitudesUnwrapAroundTheCentre() {
        assertEquals(181.0, ClusterFootprints.unwrap(-179, 179.5), 1e-12);
        assertEquals(-181.0, ClusterFootprints.unwrap(179, -179.5), 1e-12);
        assertEquals(10.0, ClusterFootprints.unwrap(10, 0), 1e-12);
    }
}
