package org.clusteratlas.figure;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Large clouds go through the interior filter first: its result must still be JTS's hull, also where the
     * filter's polygon has ties (a lattice: many points on each side) or is flat (all points on a line).
     */
    @Test
    void theInteriorFilterKeepsTheHullOfLatticesLinesAndBigClouds() {
        GeometryFactory gf = new GeometryFactory();
        Random r = new Random(5);
        for (int run = 0; run < 12; run++) {
            int n;
            double[] x;
            double[] y;
            if (run == 0) { // a 40 x 40 lattice
                n = 1600;
                x = new double[n];
                y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 0.5 + (i % 40) * 1e-4;
                    y[i] = 0.3 + (i / 40) * 1e-4;
                }
            } else if (run == 1) { // a line: the filter's polygon is flat
                n = 500;
                x = new double[n];
                y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 0.1 + i * 1e-5;
                    y[i] = 0.2 + i * 2e-5;
                }
            } else {
                n = 20_000 + r.nextInt(20_000);
                x = new double[n];
                y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 0.4 + r.nextGaussian() * 0.003;
                    y[i] = 0.35 + r.nextGaussian() * 0.002;
                }
            }
            assertTrue(ConvexHull.withoutInterior(x, y)[0].length < (run == 1 ? n + 1 : n / 4) ,
                    "run " + run + ": the filter drops the interior");
            Coordinate[] c = new Coordinate[n];
            for (int i = 0; i < n; i++) {
                c[i] = new Coordinate(x[i], y[i]);
            }
            double[][] h = ConvexHull.of(x, y);
            Geometry jts = gf.createMultiPointFromCoords(c).convexHull();
            if (run == 1) {
                assertEquals(2, h[0].length, "a line's hull is its two ends");
                continue;
            }
            Coordinate[] ring = new Coordinate[h[0].length + 1];
            for (int i = 0; i < h[0].length; i++) {
                ring[i] = new Coordinate(h[0][i], h[1][i]);
            }
            ring[h[0].length] = ring[0];
            Geometry ours = gf.createPolygon(ring);
            assertEquals(jts.getArea(), ours.getArea(), jts.getArea() * 1e-9, "run " + run + ", " + n + " points");
            assertEquals(jts.getCoordinates().length - 1, h[0].length, "run " + run + ": the same vertices");
        }
    }
}
