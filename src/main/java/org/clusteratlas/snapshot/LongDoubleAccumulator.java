package org.clusteratlas.snapshot;

import java.util.Arrays;

/**
 * Sums doubles under long keys with open addressing: no boxing on the loader's and the writer's hot path.
 * Each key sits beside its sum (the sum's bits in the next long), so an add costs one cache miss, not two:
 * at GII scale the table holds millions of entries and nearly every add misses the cache.
 */
final class LongDoubleAccumulator {
    private static final long EMPTY = Long.MIN_VALUE;
    /** Slot s: key at 2s, bits of its sum at 2s + 1. */
    private long[] table;
    private int size;

    LongDoubleAccumulator() {
        table = emptyTable(1 << 10);
    }

    private static long[] emptyTable(int slots) {
        long[] t = new long[2 * slots];
        for (int s = 0; s < t.length; s += 2) {
            t[s] = EMPTY;
        }
        return t;
    }

    void add(long key, double value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int at = find(key);
        if (table[at] == EMPTY) {
            table[at] = key;
            table[at + 1] = Double.doubleToRawLongBits(value);
            if (++size * 4 > table.length) { // more than half the slots
                grow();
            }
            return;
        }
        table[at + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(table[at + 1]) + value);
    }

    double get(long key) {
        int at = find(key);
        return table[at] == EMPTY ? 0 : Double.longBitsToDouble(table[at + 1]);
    }

    int size() {
        return size;
    }

    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int s = 0; s < table.length; s += 2) {
            if (table[s] != EMPTY) {
                out[n++] = table[s];
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Index in the table of the key's slot, or of the empty slot where it would go. */
    private int find(long key) {
        int mask = (table.length >> 1) - 1;
        int slot = (int) (mix(key) & mask);
        while (table[2 * slot] != EMPTY && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return 2 * slot;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] old = table;
        table = emptyTable(old.length); // twice the slots
        for (int s = 0; s < old.length; s += 2) {
            if (old[s] != EMPTY) {
                int at = find(old[s]);
                table[at] = old[s];
                table[at + 1] = old[s + 1];
            }
        }
    }
}
