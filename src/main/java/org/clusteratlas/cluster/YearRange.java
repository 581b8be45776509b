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

    /**
     * This range with its open ends filled by {@code snapshotYears} (as {@link #of} gives them): a range the
     * user left untouched is the snapshot's own, 2019-2023. What every writer writes, so that a file, a
     * caption or a command says which years it covers; the open form is only read (old views, {@code all}).
     * An unknown span ({@link #ALL}, no snapshot) leaves the range as it is.
     */
    public YearRange resolvedIn(YearRange snapshotYears) {
        int f = from == Integer.MIN_VALUE && snapshotYears.from() != Integer.MIN_VALUE ? snapshotYears.from() : from;
        int t = to == Integer.MAX_VALUE && snapshotYears.to() != Integer.MAX_VALUE ? snapshotYears.to() : to;
        return f == from && t == to ? this : new YearRange(Math.min(f, t), Math.max(f, t));
    }

    /** The years a snapshot holds, or {@link #ALL} for none: the range its year controls offer. */
    public static YearRange of(LocationTable t) {
        return t == null || t.minYear() <= 0 ? ALL : new YearRange(t.minYear(), t.maxYear());
    }
}
