package org.clusteratlas.rank;

import org.clusteratlas.geo.Sphere;

/**
 * Folds each gazetteer place into the biggest place whose urban radius contains it (transitively), so that
 * city sections (Manhattan, Brooklyn) are neither named nor counted apart from their city.
 */
final class PlaceFolding {
    private PlaceFolding() {
    }

    /** For each place, the place it is folded into (itself when none): the root of its chain of bigger places. */
    static int[] roots(UnitGrid grid, long[] placePopulation) {
        int g = placePopulation.length;
        int[] parent = new int[g];
        for (int p = 0; p < g; p++) {
            parent[p] = p;
        }
        for (int q = 0; q < g; q++) {
            double r = PlaceIndex.urbanRadiusKm(placePopulation[q]);
            if (r <= 0) {
                continue;
            }
            double r2 = sq(Sphere.chordForKm(r));
            final int big = q;
            grid.forEachNear(grid.x(q), grid.y(q), grid.z(q), grid.ringsFor(r), p -> {
                if (p != big && bigger(placePopulation, big, p)
                        && grid.chord2(grid.x(big), grid.y(big), grid.z(big), p) <= r2
                        && (parent[p] == p || bigger(placePopulation, big, parent[p]))) {
                    parent[p] = big;
                }
            });
        }
        int[] root = new int[g];
        for (int p = 0; p < g; p++) {
            int r = p;
            while (parent[r] != r) {
                r = parent[r];
            }
            root[p] = r;
        }
        return root;
    }

    /** Population order, ties broken by gazetteer order so the folding never depends on iteration order. */
    private static boolean bigger(long[] placePopulation, int a, int b) {
        return placePopulation[a] > placePopulation[b] || (placePopulation[a] == placePopulation[b] && a < b);
    }

    private static double sq(double v) {
        return v * v;
    }
}
