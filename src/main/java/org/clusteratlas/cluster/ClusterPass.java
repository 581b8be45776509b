package org.clusteratlas.cluster;

import java.util.Arrays;
import org.clusteratlas.snapshot.LocationWeights;

/**
 * One clustering run on a {@link WeightedGrid} for given minimum weights: core test per kind, connectivity
 * of core locations (both kinds together, which is the GII merge), cluster numbering and membership. The
 * core test and the membership pass run cell chunks in parallel; every decision is a pure function of the
 * input, so the result is the same on any number of threads.
 */
final class ClusterPass {
    private static final int CHUNK_CELLS = 64;
    /** Per thread, fetched once per chunk of cells (a lookup per location is measurable at 60M addresses). */
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    /** What one thread's cell work writes in passing: the neighbourhood scratch and the candidate cells. */
    private static final class Workspace {
        final Neighbourhoods.BlockScratch near = new Neighbourhoods.BlockScratch();
        int[] candidates = new int[256];
    }

    /** The work on one cell, with the running thread's workspace. */
    private interface CellWork {
        void accept(int cell, Workspace workspace);
    }

    private final WeightedGrid wg;
    private final CellGrid g;
    private final long[] minQ;
    /** Squared eps chord of this run (the grid serves a range of eps). */
    private final double t2;
    private final Cancellation cancel;
    /** The neighbourhood weights at this eps, kept by the engine for the next run. */
    private final Neighbourhoods near;
    /** Per sorted position: core bits ({@link Clustering#PATENT_CORE}, {@link Clustering#PUBLICATION_CORE}). */
    private final byte[] core;
    private final boolean[] cellHasCore;
    /** Per block of the grid: whether it holds a core location (so pair scans pass over blocks without). */
    private final boolean[] blockHasCore;
    private final int[] cellCluster;

    /**
     * @param near what earlier runs learnt of the neighbourhoods under the same weights (prepared here for this
     *             grid and eps, and filled further by this run)
     */
    ClusterPass(WeightedGrid wg, double epsKm, long minPatents, long minPublications, Neighbourhoods near,
                Cancellation cancel) {
        if (epsKm < wg.grid.minEpsKm || epsKm >= wg.grid.maxEpsKm) {
            throw new IllegalArgumentException("eps " + epsKm + " outside the grid's range");
        }
        this.t2 = ChordMetric.thresholdSquared(epsKm);
        this.wg = wg;
        this.g = wg.grid;
        this.minQ = new long[] {minPatents, minPublications};
        this.cancel = cancel;
        this.near = near;
        near.prepare(wg, t2);
        this.core = new byte[g.order.length];
        this.cellHasCore = new boolean[g.cellCount];
        this.blockHasCore = new boolean[g.blockStart.length - 1];
        this.cellCluster = new int[g.cellCount];
    }

    private final long[] phaseNanos = new long[4];

    /** Nanoseconds of the last run's phases: core test, connect, membership (for the benchmark). */
    String timings() {
        return String.format(java.util.Locale.ROOT, "core %.1f connect %.1f assign %.1f", phaseNanos[0] / 1e6,
                phaseNanos[1] / 1e6, phaseNanos[2] / 1e6);
    }

    Clustering run(LocationWeights weights) {
        long t0 = System.nanoTime();
        parallelOverCells(this::coreTest);
        cancel.check();
        long t1 = System.nanoTime();
        int clusters = connect();
        cancel.check();
        long t2 = System.nanoTime();
        int n = g.order.length;
        int[] clusterOf = new int[n];
        byte[] coreOf = new byte[n];
        parallelOverCells((c, w) -> assign(c, clusterOf, coreOf, w));
        cancel.check();
        phaseNanos[0] = t1 - t0;
        phaseNanos[1] = t2 - t1;
        phaseNanos[2] = System.nanoTime() - t2;
        return new Clustering(weights, clusterOf, coreOf, clusters);
    }

    /** Runs perCell over all cells, in chunks of {@value #CHUNK_CELLS} claimed by the threads as they go. */
    private void parallelOverCells(CellWork perCell) {
        BalancedChunks.forEach((g.cellCount + CHUNK_CELLS - 1) / CHUNK_CELLS, ch -> {
            cancel.check();
            Workspace w = WORKSPACE.get();
            int end = Math.min(g.cellCount, (ch + 1) * CHUNK_CELLS);
            for (int c = ch * CHUNK_CELLS; c < end; c++) {
                perCell.accept(c, w);
                if ((c & 63) == 63) {
                    cancel.check();
                }
            }
        });
    }

    // ---- core test -------------------------------------------------------------------------------------

    private void coreTest(int c, Workspace w) {
        boolean any = false;
        for (int k = 0; k < 2; k++) {
            long min = minQ[k];
            if (wg.reach[k][c] < min) {
                continue;
            }
            long[] qk = wg.q[k];
            byte bit = k == 0 ? Clustering.PATENT_CORE : Clustering.PUBLICATION_CORE;
            boolean dense = wg.sure[k][c] >= min;
            for (int p = g.cellStart[c]; p < g.cellStart[c + 1]; p++) {
                if (qk[p] > 0 && (dense || near.atLeast(k, c, p, min, w.near))) {
                    core[p] |= bit;
                    any = true;
                }
            }
        }
        cellHasCore[c] = any;
        if (any) {
            for (int b = g.cellBlockStart[c]; b < g.cellBlockStart[c + 1]; b++) {
                for (int p = g.blockStart[b]; p < g.blockStart[b + 1]; p++) {
                    if (core[p] != 0) {
                        blockHasCore[b] = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * The largest weight of kind k within eps of a location holding some of it (the weight the core test
     * compares with the minimum), exact; cells whose upper bound cannot beat the best so far are passed over.
     * Used to say what minimum would let something pass when nothing does.
     */
    long largestNeighbourhood(int k) {
        long best = 0;
        long[] qk = wg.q[k];
        Neighbourhoods.BlockScratch scratch = new Neighbourhoods.BlockScratch();
        for (int c = 0; c < g.cellCount; c++) {
            if (wg.reach[k][c] <= best) {
                continue;
            }
            for (int p = g.cellStart[c]; p < g.cellStart[c + 1]; p++) {
                if (qk[p] > 0) {
                    best = Math.max(best, near.weight(k, c, p, scratch));
                }
            }
        }
        return best;
    }

    // ---- connectivity and numbering --------------------------------------------------------------------

    /**
     * Union-find over cells with a core location: all cores of one cell are within eps of each other, and
     * two cells join when some core of one is within eps of some core of the other. Returns the cluster
     * count and fills {@link #cellCluster}; clusters are numbered by their smallest core location index.
     */
    private int connect() {
        int cells = g.cellCount;
        int[] parent = new int[cells];
        for (int c = 0; c < cells; c++) {
            parent[c] = c;
        }
        // Full pairs first (they join without a look at a location), then the partial ones: by then most of
        // those are in one set already and need no pair scan. Each pair once, from its earlier cell.
        for (int c = 0; c < cells; c++) {
            if (!cellHasCore[c]) {
                continue;
            }
            for (int m = g.nbrStart[c]; m < g.nbrLaterFullEnd[c]; m++) {
                int d = g.nbr[m];
                if (cellHasCore[d]) {
                    union(parent, c, d);
                }
            }
        }
        cancel.check();
        for (int c = 0; c < cells; c++) {
            if (!cellHasCore[c]) {
                continue;
            }
            for (int m = g.nbrFullEnd[c]; m < g.nbrLaterEnd[c]; m++) {
                int d = g.nbr[m];
                if (!cellHasCore[d]) {
                    continue;
                }
                int a = find(parent, c);
                int b = find(parent, d);
                if (a != b && coresMeet(c, d)) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
            if ((c & 1023) == 0) {
                cancel.check();
            }
        }
        int[] smallest = new int[cells];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int c = 0; c < cells; c++) {
            if (!cellHasCore[c]) {
                continue;
            }
            int root = find(parent, c);
            for (int p = g.cellStart[c]; p < g.cellStart[c + 1]; p++) {
                if (core[p] != 0) {
                    smallest[root] = Math.min(smallest[root], g.order[p]);
                }
            }
        }
        int roots = 0;
        long[] byFirst = new long[cells];
        for (int c = 0; c < cells; c++) {
            if (cellHasCore[c] && find(parent, c) == c) {
                byFirst[roots++] = ((long) smallest[c] << 32) | c;
            }
        }
        byFirst = Arrays.copyOf(byFirst, roots);
        Arrays.sort(byFirst);
        int[] idOfRoot = new int[cells];
        for (int id = 0; id < roots; id++) {
            idOfRoot[(int) byFirst[id]] = id;
        }
        for (int c = 0; c < cells; c++) {
            cellCluster[c] = cellHasCore[c] ? idOfRoot[find(parent, c)] : Clustering.NOISE;
        }
        return roots;
    }

    private static void union(int[] parent, int c, int d) {
        int a = find(parent, c);
        int b = find(parent, d);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    /** Whether some core of cell c is within eps of some core of cell d, block by block. */
    private boolean coresMeet(int c, int d) {
        double[] bb = g.blockBox;
        int od = 6 * d;
        for (int b = g.cellBlockStart[c]; b < g.cellBlockStart[c + 1]; b++) {
            if (!blockHasCore[b] || !ChordMetric.within(LocationBoxes.minSquared(bb, 6 * b, g.box, od), t2)) {
                continue;
            }
            for (int p = g.blockStart[b]; p < g.blockStart[b + 1]; p++) {
                if (core[p] != 0 && coreWithin(d, g.x[p], g.y[p], g.z[p])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some core location of cell d is within eps of the point: blocks without a core, or beyond eps,
     * are passed over, and a block wholly within eps that holds a core answers at once.
     */
    private boolean coreWithin(int d, double px, double py, double pz) {
        if (!ChordMetric.within(g.minSquared(d, px, py, pz), t2)) {
            return false;
        }
        for (int b = g.cellBlockStart[d]; b < g.cellBlockStart[d + 1]; b++) {
            if (!blockHasCore[b] || !ChordMetric.within(g.blockMinSquared(b, px, py, pz), t2)) {
                continue;
            }
            if (ChordMetric.within(g.blockMaxSquared(b, px, py, pz), t2)) {
                return true;
            }
            for (int r = g.blockStart[b]; r < g.blockStart[b + 1]; r++) {
                if (core[r] != 0 && ChordMetric.within(
                        ChordMetric.chordSquared(px, py, pz, g.x[r], g.y[r], g.z[r]), t2)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- membership ------------------------------------------------------------------------------------

    /**
     * Numbers the locations of cell c. The clusters of the cells within reach are looked at once for the cell,
     * not once for each of its locations: where they are all one cluster (nearly every cell), a non-core
     * location belongs to it when any core is within eps, which the first such core answers, and to no cluster
     * otherwise; only a cell within reach of two clusters asks {@link #memberOf} for the nearest core.
     */
    private void assign(int c, int[] clusterOf, byte[] coreOf, Workspace w) {
        long[] pat = wg.q[0];
        long[] pub = wg.q[1];
        int only = cellHasCore[c] ? cellCluster[c] : Clustering.NOISE;
        boolean several = false;
        for (int m = g.nbrStart[c]; m < g.nbrStart[c + 1]; m++) {
            int d = g.nbr[m];
            if (cellHasCore[d]) {
                int id = cellCluster[d];
                if (only == Clustering.NOISE) {
                    only = id;
                } else if (id != only) {
                    several = true;
                    break;
                }
            }
        }
        for (int p = g.cellStart[c]; p < g.cellStart[c + 1]; p++) {
            int i = g.order[p];
            coreOf[i] = core[p];
            int id;
            if (core[p] != 0) {
                id = cellCluster[c];
            } else if (only == Clustering.NOISE || (pat[p] == 0 && pub[p] == 0)) {
                id = Clustering.NOISE;
            } else if (several) {
                id = memberOf(c, p, w);
            } else if (cellHasCore[c] || anyCoreWithin(c, p)) {
                id = only; // a core of its own cell is within eps of it: cells are compact
            } else {
                id = Clustering.NOISE;
            }
            clusterOf[i] = id;
        }
    }

    /**
     * Whether some core location of a neighbour cell of c is within eps of sorted position p (its own cell
     * holds none): a full neighbour with a core, or one whose box is wholly within eps, answers at once.
     */
    private boolean anyCoreWithin(int c, int p) {
        double px = g.x[p];
        double py = g.y[p];
        double pz = g.z[p];
        for (int m = g.nbrStart[c]; m < g.nbrStart[c + 1]; m++) {
            int d = g.nbr[m];
            if (!cellHasCore[d]) {
                continue;
            }
            if (m < g.nbrFullEnd[c] || ChordMetric.within(g.maxSquared(d, px, py, pz), t2)
                    || coreWithin(d, px, py, pz)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cluster of a non-core location: of its nearest core location within eps, ties to the lower id. Box
     * tests first: when the cells that can hold a core within eps all belong to one cluster, any core within
     * eps decides (and a cell wholly within eps, or its own cell, decides at once); only a location that can
     * reach two clusters looks for its nearest core.
     */
    private int memberOf(int c, int p, Workspace w) {
        double px = g.x[p];
        double py = g.y[p];
        double pz = g.z[p];
        int from = g.nbrStart[c];
        int to = g.nbrStart[c + 1];
        if (w.candidates.length < to - from + 1) {
            w.candidates = new int[Math.max(to - from + 1, 2 * w.candidates.length)];
        }
        int[] cand = w.candidates;
        int nc = 0;
        int first = Clustering.NOISE;
        boolean several = false;
        boolean sure = false;
        for (int m = from - 1; m < to; m++) {
            int d = m < from ? c : g.nbr[m];
            if (!cellHasCore[d]) {
                continue;
            }
            if (d != c && !ChordMetric.within(g.minSquared(d, px, py, pz), t2)) {
                continue;
            }
            int id = cellCluster[d];
            if (first == Clustering.NOISE) {
                first = id;
            } else if (id != first) {
                several = true;
            }
            if (d == c || m < g.nbrFullEnd[c] || ChordMetric.within(g.maxSquared(d, px, py, pz), t2)) {
                sure = true;
            }
            cand[nc++] = d;
        }
        if (nc == 0) {
            return Clustering.NOISE;
        }
        if (!several) {
            if (sure) {
                return first;
            }
            for (int j = 0; j < nc; j++) {
                if (coreWithin(cand[j], px, py, pz)) {
                    return first;
                }
            }
            return Clustering.NOISE;
        }
        double best = Double.POSITIVE_INFINITY;
        int bestId = Clustering.NOISE;
        for (int j = 0; j < nc; j++) {
            int d = cand[j];
            int id = cellCluster[d];
            if (g.minSquared(d, px, py, pz) > best) {
                continue;
            }
            for (int b = g.cellBlockStart[d]; b < g.cellBlockStart[d + 1]; b++) {
                if (!blockHasCore[b] || g.blockMinSquared(b, px, py, pz) > best) {
                    continue;
                }
                for (int r = g.blockStart[b]; r < g.blockStart[b + 1]; r++) {
                    if (core[r] == 0) {
                        continue;
                    }
                    double d2 = ChordMetric.chordSquared(px, py, pz, g.x[r], g.y[r], g.z[r]);
                    if (ChordMetric.within(d2, t2) && (d2 < best || (d2 == best && id < bestId))) {
                        best = d2;
                        bestId = id;
                    }
                }
            }
        }
        return bestId;
    }
}
