package org.clusteratlas.snapshot.source;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to int values without boxing: importers keep one entry per document
 * id (tens of millions), where a {@code HashMap<Long,Integer>} would cost ten times the memory.
 * {@link Long#MIN_VALUE} is reserved as the empty marker and cannot be a key.
 */
public final class LongIntHashMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntHashMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    public int size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing} when absent. */
    public int get(long key, int missing) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores {@code value} for {@code key}, replacing any previous value. */
    public void put(long key, int value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldValues.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Receives the entries of a map as primitives (a {@code BiConsumer<Long, Integer>} would box each one). */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(long key, int value);
    }

    /** Visits every entry, in no particular order. */
    public void forEach(EntryConsumer consumer) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                consumer.accept(keys[i], values[i]);
            }
        }
    }
}
