package org.clusteratlas.snapshot;

/**
 * Exact row counts found while loading, for display ({@code info}, the window's header): the location table
 * only holds fractional weights, whose sums are document counts up to rounding.
 *
 * @param locationRows rows of the {@code locations} table (the table may merge some with equal coordinates)
 */
public record SnapshotCounts(long patents, long publications, long addresses, long locationRows) {
    public long documents() {
        return patents + publications;
    }

    public long documents(DocumentKind kind) {
        return kind == DocumentKind.PATENT ? patents : publications;
    }
}
