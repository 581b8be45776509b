package org.clusteratlas.snapshot;

import java.util.Arrays;

/** Sums doubles under long keys with open addressing: no boxing on the loader's hot path. */
final class LongDoubleAccumulator {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private double[] values;
    private int size;

    LongDoubleAccumulator() {
        keys = new long[1 << 10];
        values = new double[1 << 10];
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, double value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int slot = find(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                values[slot] = value;
                grow();
                return;
            }
        }
        values[slot] += value;
    }

    double get(long key) {
        int slot = find(key);
        return keys[slot] == EMPTY ? 0 : values[slot];
    }

    int size() {
        return size;
    }

    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
