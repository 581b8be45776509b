package org.clusteratlas.cluster;

/**
 * Open-addressing map from a {@link CellGrid} cell key to its first-seen id: no boxing on the grid build's
 * hot path (one call per location).
 */
final class LongIntHash {
    private long[] keys;
    private int[] vals;
    private boolean[] used;
    private int size;

    LongIntHash(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        vals = new int[cap];
        used = new boolean[cap];
    }

    int idOf(long key) {
        int s = slotOf(key);
        if (used[s]) {
            return vals[s];
        }
        used[s] = true;
        keys[s] = key;
        vals[s] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int get(long key) {
        int s = slotOf(key);
        return used[s] ? vals[s] : -1;
    }

    /** The slot holding key, or the free slot where linear probing would put it. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int s = hash(key) & mask;
        while (used[s] && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    int size() {
        return size;
    }

    long[] keys() {
        long[] out = new long[size];
        for (int s = 0; s < keys.length; s++) {
            if (used[s]) {
                out[vals[s]] = keys[s];
            }
        }
        return out;
    }

    private static int hash(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        used = new boolean[ok.length * 2];
        int mask = keys.length - 1;
        for (int s = 0; s < ok.length; s++) {
            if (ou[s]) {
                int t = hash(ok[s]) & mask;
                while (used[t]) {
                    t = (t + 1) & mask;
                }
                used[t] = true;
                keys[t] = ok[s];
                vals[t] = ov[s];
            }
        }
    }
}
