package org.clusteratlas.figure;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The map's array hull against JTS's convex hull on random clouds (same area). */
class ConvexHullTest {
    @Test
    void matchesJtsConvexHull() {
        GeometryFactory gf = new GeometryFactory();
        Random r = new Random(3);
        for (int run = 0; run < 200; run++) {
            int n = 3 + r.nextInt(run < 100 ? 20 : 3000);
            double cx = r.nextDouble() * 1.4 - 0.2;
            double cy = r.nextDouble();
            double spread = 1e-4 + r.nextDouble() * 0.01;
            double[] x = new double[n];
            double[] y = new double[n];
            Coordinate[] c = new Coordinate[n];
            for (int i = 0; i < n; i++) {
                x[i] = cx + r.nextGaussian() * spread;
                y[i] = cy + r.nextGaussian() * spread * (r.nextBoolean() ? 1 : 0.3);
                c[i] = new Coordinate(x[i], y[i]);
            }
            double[][] h = ConvexHull.of(x, y);
            Coordinate[] ring = new Coordinate[h[0].length + 1];
            for (int i = 0; i < h[0].length; i++) {
                ring[i] = new Coordinate(h[0][i], h[1][i]);
            }
            ring[h[0].length] = ring[0];
            Geometry ours = gf.createPolygon(ring);
            Geometry jts = gf.createMultiPointFromCoords(c).convexHull();
            assertEquals(jts.getArea(), ours.getArea(), jts.getArea() * 1e-9, "run " + run + ", " + n + " points");
            assertEquals(0, ours.difference(jts).getArea(), jts.getArea() * 1e-9, "the hull's vertices are input points");
        }
    }
}
