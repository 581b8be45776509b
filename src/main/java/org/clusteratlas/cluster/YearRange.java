package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.LocationTable;

/**
 * An inclusive range of years; an open end is {@link Integer#MIN_VALUE} or {@link Integer#MAX_VALUE}
 * ("from the first year of the snapshot", "to its last").
 */
public record YearRange(int from, int to) {
    public static final YearRange ALL = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

    public boolean isAll() {
        return from == Integer.MIN_VALUE && to == Integer.MAX_VALUE;
    }

    /** The years a snapshot holds, or {@link #ALL} for none: the range its year controls offer. */
    public static YearRange of(LocationTable t) {
        return t == null || t.minYear() <= 0 ? ALL : new YearRange(t.minYear(), t.maxYear());
    }
}
