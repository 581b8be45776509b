package org.clusteratlas.cluster;

/**
 * Weights as integers so that a neighbourhood's weight does not depend on the order of summation (and so
 * not on threads or on the grid): each location's weight is rounded to a multiple of 1/{@link #SCALE}
 * and summed exactly in {@code long}. The scale is 2520 (the least common multiple of 1..10) times 2^20,
 * so the shares 1/k of documents with up to ten co-inventors or co-authors, and all their sums, are exact;
 * any other weight is off by at most 1.9e-10. Totals up to 3.4e9 documents fit.
 */
public final class FixedPointWeight {
    /** Units per document. */
    public static final long SCALE = 2520L << 20;

    private FixedPointWeight() {
    }

    public static long of(double weight) {
        return Math.round(weight * SCALE);
    }

    /** Minimum weight as units; at least one unit, so a location without weight is never a core. */
    public static long threshold(double minWeight) {
        return Math.max(1, of(minWeight));
    }

    public static long[] of(double[] weights) {
        long[] q = new long[weights.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = of(weights[i]);
        }
        return q;
    }
}
