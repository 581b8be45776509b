package org.clusteratlas.cluster;

/**
 * A {@link CellGrid} with one filter's weights laid out in its order, as exact fixed-point units
 * ({@link FixedPointWeight}): per location, per cell, and per cell the upper bound "own cell plus all
 * neighbour cells", which lets the core test settle most cells without looking at a single pair.
 * Depends on eps and the filter, not on the minimum weights.
 */
final class WeightedGrid {
    final CellGrid grid;
    final Object weightsKey;
    /** Per sorted position, per kind (0 patents, 1 publications). */
    final long[][] q;
    /** Per cell and kind: its own weight, and the weight of it plus its neighbour cells. */
    final long[][] cellWeight;
    final long[][] reach;
    /** Per cell and kind: the weight of it plus its full neighbours, within eps of each of its locations. */
    final long[][] sure;
    /** Per block and kind: its weight. */
    final long[][] blockWeight;

    /** patents and publications: fixed-point weights per location, in the engine's {@link SpatialOrder}. */
    WeightedGrid(CellGrid grid, Object weightsKey, long[] patents, long[] publications) {
        this.grid = grid;
        this.weightsKey = weightsKey;
        int n = grid.order.length;
        int cells = grid.cellCount;
        q = new long[2][n];
        cellWeight = new long[2][cells];
        reach = new long[2][cells];
        sure = new long[2][cells];
        int blocks = grid.blockStart.length - 1;
        blockWeight = new long[2][blocks];
        // the two kinds are independent: one thread each
        java.util.stream.IntStream.range(0, 2).parallel().forEach(k -> {
            long[] qk = q[k];
            long[] source = k == 0 ? patents : publications;
            int[] spatial = grid.spatial;
            for (int p = 0; p < n; p++) {
                qk[p] = source[spatial[p]];
            }
            long[] bw = blockWeight[k];
            for (int b = 0; b < blocks; b++) {
                long s = 0;
                for (int p = grid.blockStart[b]; p < grid.blockStart[b + 1]; p++) {
                    s += qk[p];
                }
                bw[b] = s;
            }
            long[] w = cellWeight[k];
            for (int c = 0; c < cells; c++) {
                long s = 0;
                for (int p = grid.cellStart[c]; p < grid.cellStart[c + 1]; p++) {
                    s += qk[p];
                }
                w[c] = s;
            }
            long[] r = reach[k];
            long[] su = sure[k];
            for (int c = 0; c < cells; c++) {
                long s = w[c];
                int m = grid.nbrStart[c];
                for (; m < grid.nbrFullEnd[c]; m++) {
                    s += w[grid.nbr[m]];
                }
                su[c] = s;
                for (; m < grid.nbrStart[c + 1]; m++) {
                    s += w[grid.nbr[m]];
                }
                r[c] = s;
            }
        });
    }
}
