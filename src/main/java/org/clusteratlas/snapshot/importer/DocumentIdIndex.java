package org.clusteratlas.snapshot.importer;

import java.util.Arrays;

/**
 * Maps a document's id in the input to a dense index (0, 1, ...) in order of first appearance, with one
 * String per document and open addressing on int arrays: no boxed keys or map entries, so that ten
 * million rows fit comfortably in memory.
 */
final class DocumentIdIndex {
    private String[] ids = new String[1024];
    private int[] slots = new int[2048]; // index + 1, 0 = empty
    private int size;

    int size() {
        return size;
    }

    String id(int index) {
        return ids[index];
    }

    /** Index of {@code id}, or -1. */
    int find(String id) {
        int mask = slots.length - 1;
        for (int s = mix(id.hashCode()) & mask; ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                return -1;
            }
            if (ids[v - 1].equals(id)) {
                return v - 1;
            }
        }
    }

    /** Adds an id not yet present and returns its index. */
    int add(String id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        } else {
            place(size - 1);
        }
        return size - 1;
    }

    private void place(int index) {
        int mask = slots.length - 1;
        int s = mix(ids[index].hashCode()) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = index + 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int i = 0; i < size; i++) {
            place(i);
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
