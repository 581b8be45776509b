package org.clusteratlas.rank;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The gazetteer places that may lie within a distance of a point, gathered once per grid cube and shared by
 * all the locations in that cube (a snapshot's locations crowd into few cubes), without boxing the place
 * indices.
 */
final class CubeCandidates {
    /** Odd constant: multiplying by it is a bijection that spreads packed cube keys over the hash bits. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private final UnitGrid grid;
    private final int rings;
    private final Map<Long, int[]> byCube = new HashMap<>();
    private int[] found = new int[256];
    private int count;

    CubeCandidates(UnitGrid grid, double km) {
        this.grid = grid;
        this.rings = grid.ringsFor(km);
    }

    /** Places in the cubes around the unit vector (x, y, z), in the grid's visiting order. */
    int[] near(double x, double y, double z) {
        long key = UnitGrid.key(grid.ix(x), grid.ix(y), grid.ix(z)) * MIX;
        int[] c = byCube.get(key);
        if (c == null) {
            count = 0;
            grid.forEachNear(x, y, z, rings, this::collect);
            c = Arrays.copyOf(found, count);
            byCube.put(key, c);
        }
        return c;
    }

    private void collect(int p) {
        if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = p;
    }
}
