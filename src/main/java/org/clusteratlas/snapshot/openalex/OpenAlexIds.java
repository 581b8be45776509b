package org.clusteratlas.snapshot.openalex;

/**
 * OpenAlex ids ({@code https://openalex.org/W2741809807} or {@code W2741809807}) as longs, so works and
 * institutions are keyed in primitive maps: the number after the entity letter.
 */
final class OpenAlexIds {
    static final long INVALID = Long.MIN_VALUE;

    private OpenAlexIds() {
    }

    /** The number of an id of the given entity letter ('W', 'I'), or {@link #INVALID}. */
    static long parse(String id, char entity) {
        if (id == null) {
            return INVALID;
        }
        int start = id.lastIndexOf('/') + 1;
        if (start >= id.length() || Character.toUpperCase(id.charAt(start)) != entity) {
            return INVALID;
        }
        int n = id.length() - start - 1;
        if (n < 1 || n > 18) {
            return INVALID;
        }
        long v = 0;
        for (int i = start + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return INVALID;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
