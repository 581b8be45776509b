package org.clusteratlas.cluster;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The weight of each kind within eps of each location under one filter's weights, at one exact eps, found
 * only as far as a core test needs it and kept for the next one: a move of a minimum weight at the same eps
 * then decides almost every location from what the previous run learnt, without looking at a single pair
 * again, and a move of the radius keeps what the previous radius implies (see {@link #prepare}).
 *
 * <p>Each location goes through at most three steps, each only if the previous one leaves the minimum
 * undecided: bounds from the cell boxes (cells wholly within eps count below, cells that come within eps
 * above), both kinds at once; the straddling cells' blocks and locations with early exits, as a one-off test
 * does, keeping the bounds it stops at; the second time, the exact weight, both kinds at once (they share the
 * geometry), after which every minimum at this eps is decided at once. The arithmetic is in fixed-point
 * units, so sums do not depend on their order, and a location is a core for minimum m exactly when its
 * weight is at least m, whichever step settled it. Different cells may be filled from different threads at
 * once (each location is written by the thread that owns its cell); a new eps starts over.
 */
final class Neighbourhoods {
    /** State bits per location: cell bounds known (both kinds), kind 0 / kind 1 refined once, exact. */
    private static final byte BOUNDED = 1;
    private static final byte REFINED_0 = 2;
    private static final byte REFINED_1 = 4;
    private static final byte EXACT = 8;

    private WeightedGrid wg;
    private CellGrid g;
    /** Squared eps chord these values are for (NaN: none yet). */
    private double t2 = Double.NaN;
    /**
     * Per location, by its position in the engine's {@link SpatialOrder} (which every grid shares, so what is
     * kept survives a change of grid, and a core test reading it cell by cell stays in cache): a combination of
     * the state bits (0: nothing known at this eps).
     */
    private final byte[] state;
    /** Per kind and location: lower and upper bound (equal once exact) of the weight within eps. */
    private final long[][] lo;
    private final long[][] hi;
    /**
     * Per kind and location: bounds carried over from other eps (a weight within a larger radius is at least
     * the one within a smaller), valid at this eps: a radius move keeps its cores (growing) or its non-cores
     * (shrinking) without a look at their neighbourhood.
     */
    private final long[][] floor;
    private final long[][] ceiling;

    /** For the locations of one table under one filter's weights (a new filter makes a new one). */
    Neighbourhoods(int locations) {
        state = new byte[locations];
        lo = new long[2][locations];
        hi = new long[2][locations];
        floor = new long[2][locations];
        ceiling = new long[2][locations];
        Arrays.fill(ceiling[0], Long.MAX_VALUE);
        Arrays.fill(ceiling[1], Long.MAX_VALUE);
    }

    /**
     * Prepares for a run on this weighted grid (of this object's weights) at this squared eps chord: what was
     * learnt is kept if it is the same eps; at another one, what it implies (lower bounds for a larger radius,
     * upper bounds for a smaller one) becomes the carried bounds and the rest starts over.
     */
    void prepare(WeightedGrid weighted, double thresholdSquared) {
        if (weighted.q[0].length != state.length) {
            throw new IllegalArgumentException("a grid of another table");
        }
        if (weighted != wg || Double.compare(thresholdSquared, t2) != 0) {
            generation = GENERATIONS.incrementAndGet();
        }
        this.wg = weighted;
        this.g = weighted.grid;
        if (Double.compare(thresholdSquared, t2) == 0) {
            return;
        }
        if (!Double.isNaN(t2)) {
            boolean growing = thresholdSquared > t2;
            IntStream.range(0, 2).parallel().forEach(k -> { // the kinds are independent: one thread each
                long[] f = floor[k];
                long[] c = ceiling[k];
                long[] l = lo[k];
                long[] h = hi[k];
                for (int i = 0; i < state.length; i++) {
                    boolean known = state[i] != 0;
                    if (growing) {
                        f[i] = known ? Math.max(f[i], l[i]) : f[i];
                        c[i] = Long.MAX_VALUE;
                    } else {
                        c[i] = known ? Math.min(c[i], h[i]) : c[i];
                        f[i] = 0;
                    }
                }
            });
        }
        Arrays.fill(state, (byte) 0);
        t2 = thresholdSquared;
    }

    /**
     * Whether the weight of kind k within eps of sorted position p (in cell c) is at least min. The first
     * time the bounds do not settle it, the straddling blocks are visited with early exits (as cheap as a
     * one-off test, and the bounds it ends with are kept); the second time, the exact weight is computed, so
     * that further minimums at this eps cost nothing.
     *
     * @param scratch the calling thread's own ({@link BlockScratch})
     */
    boolean atLeast(int k, int c, int p, long min, BlockScratch scratch) {
        int i = g.spatial[p];
        if (floor[k][i] >= min) {
            return true;
        }
        if (ceiling[k][i] < min) {
            return false;
        }
        int s = state[i];
        int ns = -1;
        if (s == 0) {
            blockOf(scratch, c, p);
            ns = bound(scratch, c, p, i);
            s = state[i];
        }
        if (lo[k][i] >= min) {
            return true;
        }
        if (hi[k][i] < min) {
            return false;
        }
        int refined = k == 0 ? REFINED_0 : REFINED_1;
        if ((s & refined) == 0) {
            if (ns < 0) {
                blockOf(scratch, c, p);
                ns = bound(scratch, c, p, i);
            }
            refine(k, p, i, min, scratch.straddling, ns);
            state[i] = (byte) (state[i] | refined);
        } else {
            exact(scratch, c, p, i);
        }
        return lo[k][i] >= min;
    }

    /** The exact weight of kind k within eps of sorted position p (in cell c); scratch as for atLeast. */
    long weight(int k, int c, int p, BlockScratch scratch) {
        int i = g.spatial[p];
        if ((state[i] & EXACT) == 0) {
            exact(scratch, c, p, i);
        }
        return lo[k][i];
    }

    /**
     * Per thread: the partial neighbour cells of the last block a bound was made for, sorted by their relation
     * to the block's box. Locations of one cell are tested one after the other in blocks of
     * {@value CellGrid#BLOCK}, so the box tests against a cell's hundreds of partial neighbours (reach
     * {@value CellGrid#REACH}) are made once per block; each location then tests only the cells that straddle
     * eps for its block. A cell wholly within or wholly beyond eps of the block's box is so for each location
     * in it ({@link LocationBoxes#minSquared(double[], int, double[], int)}), so every location's bounds are
     * exactly those of testing all the cells against it.
     *
     * <p>Each thread brings its own to every call, fetched once per chunk of cells: a thread-local lookup per
     * location cost some 7% of the core test at 60M addresses.
     */
    static final class BlockScratch {
        /** The {@link #generation} it was made for (0: none). */
        long generation;
        int block = -1;
        /** The cell's sure weight plus the cells wholly within eps of the whole block, per kind. */
        long sure0;
        long sure1;
        /** The cells that straddle eps for the block and hold weight: cells[0 .. count-1]. */
        int[] cells = new int[256];
        int count;
        /** The straddling cells of the last location bound (a subset of cells). */
        int[] straddling = new int[256];
    }

    /** Numbers each (weighted grid, eps) any instance prepares for, so a thread's scratch knows when it is stale. */
    private static final AtomicLong GENERATIONS = new AtomicLong();
    private long generation;

    /** Makes s the block scratch of sorted position p (in cell c), unless it is already. */
    private void blockOf(BlockScratch s, int c, int p) {
        int b = g.cellBlockStart[c] + (p - g.cellStart[c]) / CellGrid.BLOCK;
        if (s.block == b && s.generation == generation) {
            return;
        }
        int need = g.nbrStart[c + 1] - g.nbrFullEnd[c];
        if (s.cells.length < need) {
            s.cells = new int[Math.max(need, 2 * s.cells.length)];
            s.straddling = new int[s.cells.length];
        }
        long[] w0 = wg.cellWeight[0];
        long[] w1 = wg.cellWeight[1];
        long a0 = wg.sure[0][c];
        long a1 = wg.sure[1][c];
        int n = 0;
        double[] bb = g.blockBox;
        double[] cb = g.box;
        int ob = 6 * b;
        for (int m = g.nbrFullEnd[c]; m < g.nbrStart[c + 1]; m++) {
            int d = g.nbr[m];
            if ((w0[d] | w1[d]) == 0 || !ChordMetric.within(LocationBoxes.minSquared(bb, ob, cb, 6 * d), t2)) {
                continue;
            }
            if (ChordMetric.within(LocationBoxes.maxSquared(bb, ob, cb, 6 * d), t2)) {
                a0 += w0[d];
                a1 += w1[d];
            } else {
                s.cells[n++] = d;
            }
        }
        s.sure0 = a0;
        s.sure1 = a1;
        s.count = n;
        s.generation = generation;
        s.block = b;
    }

    /**
     * Bounds from the cell boxes (the cell itself and its full neighbours count whole), both kinds; lists
     * the straddling neighbour cells (within eps in part) into {@code s.straddling} and returns their number.
     * Bounds already tightened by an earlier run are kept.
     */
    private int bound(BlockScratch s, int c, int p, int i) {
        long[] w0 = wg.cellWeight[0];
        long[] w1 = wg.cellWeight[1];
        long a0 = s.sure0;
        long a1 = s.sure1;
        long b0 = 0;
        long b1 = 0;
        double px = g.x[p];
        double py = g.y[p];
        double pz = g.z[p];
        int[] straddling = s.straddling;
        int ns = 0;
        for (int j = 0; j < s.count; j++) {
            int d = s.cells[j];
            if (!ChordMetric.within(g.minSquared(d, px, py, pz), t2)) {
                continue;
            }
            if (ChordMetric.within(g.maxSquared(d, px, py, pz), t2)) {
                a0 += w0[d];
                a1 += w1[d];
            } else {
                straddling[ns++] = d;
                b0 += w0[d];
                b1 += w1[d];
            }
        }
        if (state[i] == 0) {
            lo[0][i] = a0;
            lo[1][i] = a1;
            hi[0][i] = a0 + b0;
            hi[1][i] = a1 + b1;
            state[i] = ns == 0 ? BOUNDED | EXACT : BOUNDED;
        }
        return ns;
    }

    /**
     * Visits the straddling cells' blocks for kind k until the weight is known to be at least or below min,
     * and keeps the bounds it ends with.
     */
    private void refine(int k, int p, int i, long min, int[] straddling, int ns) {
        long[] qk = wg.q[k];
        long[] bw = wg.blockWeight[k];
        long acc = lo[k][i];
        long rest = hi[k][i] - acc;
        double px = g.x[p];
        double py = g.y[p];
        double pz = g.z[p];
        double t = t2;
        double[] x = g.x;
        double[] y = g.y;
        double[] z = g.z;
        scan:
        for (int j = 0; j < ns; j++) {
            int d = straddling[j];
            for (int b = g.cellBlockStart[d]; b < g.cellBlockStart[d + 1]; b++) {
                long wb = bw[b];
                if (wb == 0) {
                    continue;
                }
                rest -= wb;
                if (!ChordMetric.within(g.blockMinSquared(b, px, py, pz), t)) {
                    if (acc + rest < min) {
                        break scan;
                    }
                    continue;
                }
                if (ChordMetric.within(g.blockMaxSquared(b, px, py, pz), t)) {
                    acc += wb;
                } else {
                    for (int r = g.blockStart[b]; r < g.blockStart[b + 1]; r++) {
                        if (ChordMetric.within(ChordMetric.chordSquared(px, py, pz, x[r], y[r], z[r]), t)) {
                            acc += qk[r];
                        }
                    }
                }
                if (acc >= min || acc + rest < min) {
                    break scan;
                }
            }
        }
        lo[k][i] = acc;
        hi[k][i] = acc + rest;
    }

    /** The exact weights: straddling cells block by block, straddling blocks location by location. */
    private void exact(BlockScratch s, int c, int p, int i) {
        long[] q0 = wg.q[0];
        long[] q1 = wg.q[1];
        long[] w0 = wg.cellWeight[0];
        long[] w1 = wg.cellWeight[1];
        long[] bw0 = wg.blockWeight[0];
        long[] bw1 = wg.blockWeight[1];
        double[] x = g.x;
        double[] y = g.y;
        double[] z = g.z;
        double t = t2;
        blockOf(s, c, p);
        long a0 = s.sure0;
        long a1 = s.sure1;
        double px = x[p];
        double py = y[p];
        double pz = z[p];
        for (int j = 0; j < s.count; j++) {
            int d = s.cells[j];
            if (!ChordMetric.within(g.minSquared(d, px, py, pz), t)) {
                continue;
            }
            if (ChordMetric.within(g.maxSquared(d, px, py, pz), t)) {
                a0 += w0[d];
                a1 += w1[d];
                continue;
            }
            for (int b = g.cellBlockStart[d]; b < g.cellBlockStart[d + 1]; b++) {
                if ((bw0[b] | bw1[b]) == 0 || !ChordMetric.within(g.blockMinSquared(b, px, py, pz), t)) {
                    continue;
                }
                if (ChordMetric.within(g.blockMaxSquared(b, px, py, pz), t)) {
                    a0 += bw0[b];
                    a1 += bw1[b];
                    continue;
                }
                for (int r = g.blockStart[b]; r < g.blockStart[b + 1]; r++) {
                    if (ChordMetric.within(ChordMetric.chordSquared(px, py, pz, x[r], y[r], z[r]), t)) {
                        a0 += q0[r];
                        a1 += q1[r];
                    }
                }
            }
        }
        lo[0][i] = a0;
        lo[1][i] = a1;
        hi[0][i] = a0;
        hi[1][i] = a1;
        state[i] = BOUNDED | EXACT;
    }
}
