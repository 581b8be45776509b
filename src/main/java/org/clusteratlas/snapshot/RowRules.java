package org.clusteratlas.snapshot;

/**
 * What makes a snapshot's row valid, in one place: {@link SnapshotWriter} refuses a row that breaks a rule (so
 * that the summary it stores describes valid rows only), the loader refuses a file holding one, and the
 * summary reader applies the same ranges to the aggregated entries.
 */
public final class RowRules {
    /** Years outside this range are taken as damage (a date, a typo), not as data. */
    public static final int MIN_YEAR = 1700;
    public static final int MAX_YEAR = 2200;

    private RowRules() {
    }

    public static boolean latitude(double lat) {
        return lat >= -90 && lat <= 90;
    }

    public static boolean longitude(double lon) {
        return lon >= -180 && lon <= 180;
    }

    public static boolean year(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** An address's share: {@code 0 < share <= 1} (NaN fails). */
    public static boolean share(double share) {
        return share > 0 && share <= 1;
    }

    /** A document's unlocated share: {@code 0 <= share <= 1} (NaN fails). */
    public static boolean unlocatedShare(double share) {
        return share >= 0 && share <= 1;
    }

    /** Whether a document's located plus unlocated shares make one, within {@link SnapshotSchema#SHARE_TOLERANCE}. */
    public static boolean sumsToOne(double sum) {
        return Math.abs(sum - 1) <= SnapshotSchema.SHARE_TOLERANCE;
    }
}
