package org.clusteratlas.cluster;

import java.util.Arrays;

/**
 * The weight of each kind within eps of each location of a {@link WeightedGrid}, at one exact eps, found
 * only as far as a core test needs it and kept for the next one: a move of a minimum weight at the same eps
 * (the common slider move) then decides almost every location from what the previous run learnt, without
 * looking at a single pair again.
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
    private static final ThreadLocal<int[]> STRADDLING = ThreadLocal.withInitial(() -> new int[256]);

    private final WeightedGrid wg;
    private final CellGrid g;
    /** Squared eps chord these values are for (NaN: none yet). */
    private double t2 = Double.NaN;
    /** Per sorted position: a combination of the state bits (0: nothing known). */
    private final byte[] state;
    /** Per kind and sorted position: lower and upper bound (equal once exact) of the weight within eps. */
    private final long[][] lo;
    private final long[][] hi;

    Neighbourhoods(WeightedGrid wg) {
        this.wg = wg;
        this.g = wg.grid;
        int n = g.order.length;
        state = new byte[n];
        lo = new long[2][n];
        hi = new long[2][n];
    }

    /** Prepares for a run at this squared eps chord: what was learnt is kept only if it is the same eps. */
    void useThreshold(double thresholdSquared) {
        if (Double.compare(thresholdSquared, t2) != 0) {
            Arrays.fill(state, (byte) 0);
            t2 = thresholdSquared;
        }
    }

    /**
     * Whether the weight of kind k within eps of sorted position p (in cell c) is at least min. The first
     * time the bounds do not settle it, the straddling blocks are visited with early exits (as cheap as a
     * one-off test, and the bounds it ends with are kept); the second time, the exact weight is computed, so
     * that further minimums at this eps cost nothing.
     */
    boolean atLeast(int k, int c, int p, long min) {
        int s = state[p];
        int[] straddling = null;
        int ns = -1;
        if (s == 0) {
            straddling = straddlingBuffer(c);
            ns = bound(c, p, straddling);
            s = state[p];
        }
        if (lo[k][p] >= min) {
            return true;
        }
        if (hi[k][p] < min) {
            return false;
        }
        int refined = k == 0 ? REFINED_0 : REFINED_1;
        if ((s & refined) == 0) {
            if (ns < 0) {
                straddling = straddlingBuffer(c);
                ns = bound(c, p, straddling);
            }
            refine(k, p, min, straddling, ns);
            state[p] = (byte) (state[p] | refined);
        } else {
            exact(c, p);
        }
        return lo[k][p] >= min;
    }

    /** The exact weight of kind k within eps of sorted position p (in cell c). */
    long weight(int k, int c, int p) {
        if ((state[p] & EXACT) == 0) {
            exact(c, p);
        }
        return lo[k][p];
    }

    private int[] straddlingBuffer(int c) {
        int need = g.nbrStart[c + 1] - g.nbrFullEnd[c];
        int[] buf = STRADDLING.get();
        if (buf.length < need) {
            buf = new int[Math.max(need, 2 * buf.length)];
            STRADDLING.set(buf);
        }
        return buf;
    }

    /**
     * Bounds from the cell boxes (the cell itself and its full neighbours count whole), both kinds; lists
     * the straddling neighbour cells (within eps in part) into {@code straddling} and returns their number.
     * Bounds already tightened by an earlier run are kept.
     */
    private int bound(int c, int p, int[] straddling) {
        long[] w0 = wg.cellWeight[0];
        long[] w1 = wg.cellWeight[1];
        long a0 = wg.sure[0][c];
        long a1 = wg.sure[1][c];
        long b0 = a0;
        long b1 = a1;
        double px = g.x[p];
        double py = g.y[p];
        double pz = g.z[p];
        int ns = 0;
        for (int m = g.nbrFullEnd[c]; m < g.nbrStart[c + 1]; m++) {
            int d = g.nbr[m];
            if ((w0[d] | w1[d]) == 0 || !ChordMetric.within(g.minSquared(d, px, py, pz), t2)) {
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
        if (state[p] == 0) {
            lo[0][p] = a0;
            lo[1][p] = a1;
            hi[0][p] = a0 + b0 - wg.sure[0][c];
            hi[1][p] = a1 + b1 - wg.sure[1][c];
            state[p] = ns == 0 ? BOUNDED | EXACT : BOUNDED;
        }
        return ns;
    }

    /**
     * Visits the straddling cells' blocks for kind k until the weight is known to be at least or below min,
     * and keeps the bounds it ends with.
     */
    private void refine(int k, int p, long min, int[] straddling, int ns) {
        long[] qk = wg.q[k];
        long[] bw = wg.blockWeight[k];
        long acc = lo[k][p];
        long rest = hi[k][p] - acc;
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
        lo[k][p] = acc;
        hi[k][p] = acc + rest;
    }

    /** The exact weights: straddling cells block by block, straddling blocks location by location. */
    private void exact(int c, int p) {
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
        long a0 = wg.sure[0][c];
        long a1 = wg.sure[1][c];
        double px = x[p];
        double py = y[p];
        double pz = z[p];
        for (int m = g.nbrFullEnd[c]; m < g.nbrStart[c + 1]; m++) {
            int d = g.nbr[m];
            if ((w0[d] | w1[d]) == 0 || !ChordMetric.within(g.minSquared(d, px, py, pz), t)) {
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
        lo[0][p] = a0;
        lo[1][p] = a1;
        hi[0][p] = a0;
        hi[1][p] = a1;
        state[p] = BOUNDED | EXACT;
    }
}
