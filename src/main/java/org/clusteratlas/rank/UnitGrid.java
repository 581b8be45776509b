package org.clusteratlas.rank;

import org.clusteratlas.geo.Sphere;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Points hashed into cubes of side {@code h} over their unit vectors: a neighbourhood query is a few
 * hash probes, exact across the antimeridian and at the poles (no lat/lon seams). Only the gazetteer's
 * places live here (tens of thousands), so the boxed map costs nothing that matters.
 */
final class UnitGrid {
    private final double cell;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final Map<Long, int[]> cells = new HashMap<>();

    UnitGrid(double[] lat, double[] lon, double cellKm) {
        this.cell = Sphere.chordForKm(cellKm);
        int n = lat.length;
        x = new double[n];
        y = new double[n];
        z = new double[n];
        Map<Long, int[]> growing = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            x[i] = Sphere.x(lat[i], lon[i]);
            y[i] = Sphere.y(lat[i], lon[i]);
            z[i] = Sphere.z(lat[i]);
            long key = key(ix(x[i]), ix(y[i]), ix(z[i]));
            int[] a = growing.get(key);
            int s = sizes.getOrDefault(key, 0);
            if (a == null) {
                a = new int[4];
            } else if (s == a.length) {
                a = Arrays.copyOf(a, s * 2);
            }
            a[s] = i;
            growing.put(key, a);
            sizes.put(key, s + 1);
        }
        growing.forEach((k, a) -> cells.put(k, Arrays.copyOf(a, sizes.get(k))));
    }

    int ix(double v) {
        return (int) Math.floor(v / cell);
    }

    static long key(int i, int j, int k) {
        return ((long) (i & 0x1FFFFF) << 42) | ((long) (j & 0x1FFFFF) << 21) | (k & 0x1FFFFF);
    }

    double cellChord() {
        return cell;
    }

    double x(int p) {
        return x[p];
    }

    double y(int p) {
        return y[p];
    }

    double z(int p) {
        return z[p];
    }

    /** Squared chord between a point given as a unit vector and point {@code p}. */
    double chord2(double px, double py, double pz, int p) {
        double dx = px - x[p];
        double dy = py - y[p];
        double dz = pz - z[p];
        return dx * dx + dy * dy + dz * dz;
    }

    /** Calls {@code visitor} for every point in the cubes within {@code rings} cubes of the given vector. */
    void forEachNear(double px, double py, double pz, int rings, java.util.function.IntConsumer visitor) {
        int ci = ix(px);
        int cj = ix(py);
        int ck = ix(pz);
        for (int i = ci - rings; i <= ci + rings; i++) {
            for (int j = cj - rings; j <= cj + rings; j++) {
                for (int k = ck - rings; k <= ck + rings; k++) {
                    int[] a = cells.get(key(i, j, k));
                    if (a != null) {
                        for (int p : a) {
                            visitor.accept(p);
                        }
                    }
                }
            }
        }
    }

    /** Rings of cubes needed so that every point within {@code km} of the query is visited. */
    int ringsFor(double km) {
        return (int) Math.ceil(Sphere.chordForKm(km) / cell);
    }
}
