package org.clusteratlas.cluster;

import java.util.Arrays;

/**
 * The spatial index of one eps: a 3D grid over the locations' unit vectors (so the antimeridian and the
 * poles are ordinary places; see docs/adr/0030-grid-over-unit-vectors.md). Cells have a side of the eps chord
 * divided by the square root of 3 (Gan and Tao; for the smallest eps the grid serves), so any two locations
 * in one cell are within eps: every cell
 * is verified to be "compact" after the build, and the side is shrunk and the grid rebuilt in the (never
 * observed) case one is not. Locations are stored cell by cell (sorted by cell key; inside a cell in the
 * Morton order of an 8x8x8 sub-grid if it is big, else in the engine's {@link SpatialOrder}) with their
 * coordinates copied into that order, each cell keeps the tight bounding box of its locations, and each cell
 * lists the other non-empty cells whose box comes within eps of its own ({@link NeighbourCells}). A build reads
 * the locations in the spatial order, so that consecutive reads stay in cache
 * (docs/adr/0172-grid-builds-in-spatial-order.md; the reach and the buckets:
 * docs/adr/0173-wider-grid-buckets-built-ahead.md).
 * Depends on eps only, not on weights or minimum weights, so the engine keeps it while those move.
 */
final class CellGrid {
    /** Bits per coordinate in a cell key (x, then y, then z: sorted keys are in lexicographic order). */
    static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    /**
     * How many cells in every direction a grid's neighbour lists look: three, so that one grid serves a range
     * of eps a factor 3/sqrt(3) wide, and a drag of the radius slider across 5-20 km meets three grids rather
     * than ten (docs/adr/0173-wider-grid-buckets-built-ahead.md). A wider reach means more neighbour cells per
     * cell, which block-level bounds keep cheap ({@link Neighbourhoods}).
     */
    static final int REACH = 3;
    /**
     * A grid serves every eps in [minEpsKm, maxEpsKm), a factor {@link #RATIO} apart: its cells are compact
     * for the smallest eps and {@link #REACH} cells reach beyond the largest, so moves of the eps slider inside
     * that range reuse it.
     */
    static final double RATIO = REACH / Math.sqrt(3) * (1 - 1e-6);
    final int bucket;
    final double minEpsKm;
    final double maxEpsKm;
    final int cellCount;
    /** Sorted position to location index (table index). */
    final int[] order;
    /**
     * Sorted position to position in the engine's {@link SpatialOrder}: what the weights and
     * {@link Neighbourhoods} are indexed by, so that reading them in this grid's order stays in cache.
     */
    final int[] spatial;
    final double[] x;
    final double[] y;
    final double[] z;
    /** Locations of cell c are sorted positions cellStart[c] .. cellStart[c+1]-1. */
    final int[] cellStart;
    /** Per cell: min x, max x, min y, max y, min z, max z of its locations. */
    final double[] box;
    /**
     * Blocks: runs of at most {@value #BLOCK} neighbouring locations of one cell (Morton order of an 8x8x8
     * sub-grid inside a big cell), with tight boxes, so a dense cell that straddles eps is examined block by
     * block rather than location by location. Cell c has blocks cellBlockStart[c] .. cellBlockStart[c+1]-1;
     * block b holds sorted positions blockStart[b] .. blockStart[b+1]-1.
     */
    static final int BLOCK = 16;
    final int[] cellBlockStart;
    final int[] blockStart;
    final double[] blockBox;
    /**
     * Neighbours of cell c (itself excluded) are nbr[nbrStart[c] .. nbrStart[c+1]-1]; the first ones, up to
     * nbrFullEnd[c], are "full": every location of them is within eps of every location of c. In each part
     * the later cells (larger index) come first, up to nbrLaterFullEnd[c] and nbrLaterEnd[c]
     * ({@link NeighbourCells}).
     */
    final int[] nbrStart;
    final int[] nbrFullEnd;
    final int[] nbrLaterFullEnd;
    final int[] nbrLaterEnd;
    final int[] nbr;

    private CellGrid(int bucket, int[] order, int[] spatial, double[] x, double[] y, double[] z, int[] cellStart,
                     double[] box, NeighbourCells near, int[] cellBlockStart, int[] blockStart, double[] blockBox) {
        this.bucket = bucket;
        this.minEpsKm = Math.pow(RATIO, bucket);
        this.maxEpsKm = Math.pow(RATIO, bucket + 1);
        this.order = order;
        this.spatial = spatial;
        this.x = x;
        this.y = y;
        this.z = z;
        this.cellStart = cellStart;
        this.cellCount = cellStart.length - 1;
        this.box = box;
        this.nbrStart = near.start;
        this.nbrFullEnd = near.fullEnd;
        this.nbrLaterFullEnd = near.laterFullEnd;
        this.nbrLaterEnd = near.laterEnd;
        this.cellBlockStart = cellBlockStart;
        this.blockStart = blockStart;
        this.blockBox = blockBox;
        this.nbr = near.cells;
    }

    /** The bucket of grids that serves eps km: RATIO^bucket <= eps < RATIO^(bucket+1). */
    static int bucketOf(double epsKm) {
        int b = (int) Math.floor(Math.log(epsKm) / Math.log(RATIO));
        while (Math.pow(RATIO, b) > epsKm) {
            b--;
        }
        while (Math.pow(RATIO, b + 1) <= epsKm) {
            b++;
        }
        return b;
    }

    /** Builds the grid of all locations for a bucket of eps, reading them in their spatial order. */
    static CellGrid build(SpatialOrder locations, int bucket, Cancellation cancel) {
        double t2Min = ChordMetric.thresholdSquared(Math.pow(RATIO, bucket));
        double t2Max = ChordMetric.thresholdSquared(Math.pow(RATIO, bucket + 1));
        double side = Math.sqrt(t2Min / 3) * (1 - 1e-9);
        while (true) {
            CellGrid g = build(locations, bucket, t2Min, t2Max, side, cancel);
            if (g != null) {
                return g;
            }
            side *= 0.999;
        }
    }

    private static long pack(long cx, long cy, long cz) {
        return (cx << (2 * BITS)) | (cy << BITS) | cz;
    }

    /** A cell coordinate, offset by the reach so that every neighbour's coordinate is positive. */
    private static int cellCoordinate(double v, double side, int reach) {
        return (int) Math.floor((v + 1.0) / side) + reach;
    }

    private static CellGrid build(SpatialOrder locations, int bucket, double t2Min, double t2Max,
                                  double side, Cancellation cancel) {
        // Everything below indexes locations by their position in the spatial order (ux[i] is read near
        // ux[i - 1]); order is mapped to table indexes at the end.
        double[] ux = locations.x;
        double[] uy = locations.y;
        double[] uz = locations.z;
        int n = ux.length;
        // the neighbour lists look this many cells away: enough for the largest eps's chord at this side
        int reach = (int) Math.ceil(Math.sqrt(t2Max) / side);
        if (2 / side + 4 * reach + 4 >= MASK) {
            throw new IllegalArgumentException("eps " + Math.pow(RATIO, bucket) + " km is too small for the grid");
        }
        LongIntHash ids = new LongIntHash(Math.max(16, n / 4));
        int[] firstSeen = new int[n];
        long lastKey = -1;
        int lastId = -1;
        for (int i = 0; i < n; i++) {
            long k = pack(cellCoordinate(ux[i], side, reach), cellCoordinate(uy[i], side, reach),
                    cellCoordinate(uz[i], side, reach));
            if (k != lastKey) { // most locations share the cell of the one before them
                lastKey = k;
                lastId = ids.idOf(k);
            }
            firstSeen[i] = lastId;
        }
        cancel.check();
        int cells = ids.size();
        long[] keys = ids.keys();
        Arrays.sort(keys);
        int[] rankOfId = new int[cells];
        for (int r = 0; r < cells; r++) {
            rankOfId[ids.get(keys[r])] = r;
        }
        int[] start = new int[cells + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            int c = rankOfId[firstSeen[i]];
            cellOf[i] = c;
            start[c + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, cells);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[fill[cellOf[i]]++] = i;
        }
        // Per cell (in parallel chunks, each cell's range of order its own): Morton order inside big cells,
        // then blocks, their boxes, the cell's coordinates in sorted order and its box.
        int[] cellBlockStart = new int[cells + 1];
        parallelChunks(cells, (from, to) -> {
            for (int c = from; c < to; c++) {
                int a = start[c];
                int len = start[c + 1] - a;
                if (len > BLOCK) {
                    long[] code = new long[len];
                    for (int j = 0; j < len; j++) {
                        int i = order[a + j];
                        code[j] = ((long) morton(ux[i], uy[i], uz[i], side) << 32) | i;
                    }
                    Arrays.sort(code);
                    for (int j = 0; j < len; j++) {
                        order[a + j] = (int) code[j];
                    }
                }
                cellBlockStart[c + 1] = (len + BLOCK - 1) / BLOCK;
            }
        });
        for (int c = 0; c < cells; c++) {
            cellBlockStart[c + 1] += cellBlockStart[c];
        }
        int blocks = cellBlockStart[cells];
        int[] blockStart = new int[blocks + 1];
        double[] blockBox = new double[6 * blocks];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] box = new double[6 * cells];
        java.util.concurrent.atomic.AtomicBoolean compact = new java.util.concurrent.atomic.AtomicBoolean(true);
        parallelChunks(cells, (from, to) -> {
            for (int c = from; c < to; c++) {
                for (int b = cellBlockStart[c]; b < cellBlockStart[c + 1]; b++) {
                    blockStart[b + 1] = Math.min(start[c + 1], start[c] + (b - cellBlockStart[c] + 1) * BLOCK);
                    LocationBoxes.boundingBox(ux, uy, uz, order, b == cellBlockStart[c] ? start[c] : blockStart[b],
                            blockStart[b + 1], blockBox, 6 * b);
                }
                if (!LocationBoxes.cellBox(ux, uy, uz, order, start, c, x, y, z, box, t2Min)) {
                    compact.set(false);
                }
            }
        });
        if (!compact.get()) {
            return null;
        }
        cancel.check();
        NeighbourCells near = NeighbourCells.of(keys, box, t2Min, t2Max, reach, cancel);
        int[] spatial = order.clone();
        int[] tableIndex = locations.index;
        for (int p = 0; p < n; p++) {
            order[p] = tableIndex[spatial[p]];
        }
        return new CellGrid(bucket, order, spatial, x, y, z, start, box, near, cellBlockStart, blockStart, blockBox);
    }

    /** Runs body(from, to) over chunks of 0..count in parallel (the common pool, {@link BalancedChunks}). */
    private static void parallelChunks(int count, java.util.function.BiConsumer<Integer, Integer> body) {
        int chunk = 1024;
        BalancedChunks.forEach((count + chunk - 1) / chunk, ch -> body.accept(ch * chunk, Math.min(count, (ch + 1) * chunk)));
    }

    private static int morton(double vx, double vy, double vz, double side) {
        int a = sub(vx, side);
        int b = sub(vy, side);
        int c = sub(vz, side);
        int m = 0;
        for (int bit = 2; bit >= 0; bit--) {
            m = (m << 3) | (((a >> bit) & 1) << 2) | (((b >> bit) & 1) << 1) | ((c >> bit) & 1);
        }
        return m;
    }

    private static int sub(double v, double side) {
        double f = (v + 1.0) / side;
        return Math.max(0, Math.min(7, (int) ((f - Math.floor(f)) * 8)));
    }

    /**
     * Lower bound of the squared chord from the point (px, py, pz) to any location of cell c. Floating-point
     * rounding is monotonic, so this never exceeds the {@link ChordMetric#chordSquared} of any such pair.
     */
    double minSquared(int c, double px, double py, double pz) {
        return minSquared(box, 6 * c, px, py, pz);
    }

    /** {@link #minSquared(int, double, double, double)} for block b. */
    double blockMinSquared(int b, double px, double py, double pz) {
        return minSquared(blockBox, 6 * b, px, py, pz);
    }

    /** {@link #maxSquared(int, double, double, double)} for block b. */
    double blockMaxSquared(int b, double px, double py, double pz) {
        return maxSquared(blockBox, 6 * b, px, py, pz);
    }

    private static double minSquared(double[] box, int o, double px, double py, double pz) {
        double gx = px < box[o] ? box[o] - px : px > box[o + 1] ? px - box[o + 1] : 0;
        double gy = py < box[o + 2] ? box[o + 2] - py : py > box[o + 3] ? py - box[o + 3] : 0;
        double gz = pz < box[o + 4] ? box[o + 4] - pz : pz > box[o + 5] ? pz - box[o + 5] : 0;
        return gx * gx + gy * gy + gz * gz;
    }

    /** Upper bound of the squared chord from the point to any location of cell c (same rounding argument). */
    double maxSquared(int c, double px, double py, double pz) {
        return maxSquared(box, 6 * c, px, py, pz);
    }

    private static double maxSquared(double[] box, int o, double px, double py, double pz) {
        double gx = Math.max(px - box[o], box[o + 1] - px);
        double gy = Math.max(py - box[o + 2], box[o + 3] - py);
        double gz = Math.max(pz - box[o + 4], box[o + 5] - pz);
        return gx * gx + gy * gy + gz * gz;
    }
}
