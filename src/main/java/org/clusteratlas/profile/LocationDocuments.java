package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.DocumentAddresses;

import java.util.Arrays;

/**
 * For each location, the documents that have an address there (compressed rows: two int arrays, built once per
 * snapshot in two passes over the addresses), so that one cluster's profile visits only the documents of its
 * member locations instead of every document. A document with several addresses at one location is listed
 * there once; each location's documents are in ascending order. Read-only, thread-safe.
 */
public final class LocationDocuments {
    private final int documentCount;
    private final int[] start;
    private final int[] document;

    private LocationDocuments(int documentCount, int[] start, int[] document) {
        this.documentCount = documentCount;
        this.start = start;
        this.document = document;
    }

    /** @param locationCount the size of the table {@code docs} was read against */
    public static LocationDocuments of(DocumentAddresses docs, int locationCount) {
        int[] start = new int[locationCount + 1];
        int[] last = new int[locationCount];
        Arrays.fill(last, -1);
        for (int d = 0, n = docs.size(); d < n; d++) {
            for (int a = docs.start(d), end = docs.end(d); a < end; a++) {
                int l = docs.location(a);
                if (last[l] != d) {
                    last[l] = d;
                    start[l + 1]++;
                }
            }
        }
        for (int l = 0; l < locationCount; l++) {
            start[l + 1] += start[l];
        }
        int[] fill = Arrays.copyOf(start, locationCount);
        int[] document = new int[start[locationCount]];
        Arrays.fill(last, -1);
        for (int d = 0, n = docs.size(); d < n; d++) {
            for (int a = docs.start(d), end = docs.end(d); a < end; a++) {
                int l = docs.location(a);
                if (last[l] != d) {
                    last[l] = d;
                    document[fill[l]++] = d;
                }
            }
        }
        return new LocationDocuments(docs.size(), start, document);
    }

    /** Number of locations indexed. */
    public int locationCount() {
        return start.length - 1;
    }

    /** Number of (location, document) entries. */
    public int entryCount() {
        return document.length;
    }

    /**
     * The documents with an address at any member location of a cluster, ascending and each once: the order
     * the one-pass profiler visits them in, so sums come out bit for bit the same.
     */
    public int[] documentsOf(Clustering clustering, int cluster) {
        if (clustering.locationCount() != locationCount()) {
            throw new IllegalArgumentException("clustering has " + clustering.locationCount() + " locations, index "
                    + locationCount());
        }
        long[] seen = new long[(documentCount + 63) >>> 6];
        int marked = 0;
        for (int l = 0, n = locationCount(); l < n; l++) {
            if (clustering.clusterOf(l) != cluster) {
                continue;
            }
            for (int i = start[l]; i < start[l + 1]; i++) {
                int d = document[i];
                long bit = 1L << d;
                if ((seen[d >>> 6] & bit) == 0) {
                    seen[d >>> 6] |= bit;
                    marked++;
                }
            }
        }
        int[] out = new int[marked];
        int m = 0;
        for (int w = 0; w < seen.length; w++) {
            long bits = seen[w];
            while (bits != 0) {
                out[m++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return out;
    }
}
