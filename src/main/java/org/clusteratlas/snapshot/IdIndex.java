package org.clusteratlas.snapshot;

import java.util.Arrays;

/**
 * Maps the ids of a table (read in ascending order) to 0-based indices without boxing. Ids written by
 * {@link SnapshotWriter} are 1..N, which needs no memory at all; other dense ids use an int array, sparse
 * ones a binary search over the sorted ids.
 */
final class IdIndex {
    private final long first;
    private final boolean contiguous;
    private final int[] dense;
    private final long[] sorted;

    private IdIndex(long first, boolean contiguous, int[] dense, long[] sorted) {
        this.first = first;
        this.contiguous = contiguous;
        this.dense = dense;
        this.sorted = sorted;
    }

    /** @param ids strictly ascending ids, {@code n} of them */
    static IdIndex of(long[] ids, int n) {
        if (n == 0) {
            return new IdIndex(0, true, null, null);
        }
        long first = ids[0];
        long span = ids[n - 1] - first; // ascending, so no overflow for realistic ids
        if (span == n - 1) {
            return new IdIndex(first, true, null, null);
        }
        if (span >= 0 && span < 4L * n + 1024) {
            int[] dense = new int[(int) span + 1];
            Arrays.fill(dense, -1);
            for (int i = 0; i < n; i++) {
                dense[(int) (ids[i] - first)] = i;
            }
            return new IdIndex(first, false, dense, null);
        }
        return new IdIndex(first, false, null, Arrays.copyOf(ids, n));
    }

    /** Index of {@code id}, or -1 when the table has no such id. */
    int indexOf(long id, int n) {
        if (contiguous) {
            long i = id - first;
            return i >= 0 && i < n ? (int) i : -1;
        }
        if (dense != null) {
            long i = id - first;
            return i >= 0 && i < dense.length ? dense[(int) i] : -1;
        }
        int i = Arrays.binarySearch(sorted, id);
        return i >= 0 ? i : -1;
    }
}
