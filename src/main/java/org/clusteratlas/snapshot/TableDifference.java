package org.clusteratlas.snapshot;

import java.util.Objects;

/**
 * Compares two location tables exactly (same locations in the same order, same names, same entries with
 * bit-identical weights) and describes the first difference: how a snapshot's rows are checked against its
 * stored summary when the data digest no longer matches.
 */
final class TableDifference {
    private TableDifference() {
    }

    /** The first difference between the table built from the rows and the summary's, or null if none. */
    static String between(LocationTable rows, LocationTable summary) {
        if (!rows.fields().equals(summary.fields())) {
            return "fields differ: rows have " + rows.fields() + ", the summary " + summary.fields();
        }
        if (rows.size() != summary.size()) {
            return "the rows have " + rows.size() + " unique locations, the summary " + summary.size();
        }
        for (int l = 0; l < rows.size(); l++) {
            String d = location(rows, summary, l);
            if (d != null) {
                return "location " + (l + 1) + " (" + rows.lat(l) + ", " + rows.lon(l) + "): " + d;
            }
        }
        if (rows.unlocatedCount() != summary.unlocatedCount()) {
            return "unlocated shares: the rows have " + rows.unlocatedCount() + " (kind, year, field) groups, the"
                    + " summary " + summary.unlocatedCount();
        }
        for (int u = 0; u < rows.unlocatedCount(); u++) {
            if (rows.unlocatedKind(u) != summary.unlocatedKind(u) || rows.unlocatedYear(u) != summary.unlocatedYear(u)
                    || rows.unlocatedField(u) != summary.unlocatedField(u)
                    || Double.compare(rows.unlocatedWeight(u), summary.unlocatedWeight(u)) != 0) {
                return "unlocated shares of " + rows.unlocatedKind(u).code() + " " + rows.unlocatedYear(u)
                        + ": the rows sum to " + rows.unlocatedWeight(u) + ", the summary says "
                        + summary.unlocatedWeight(u);
            }
        }
        return null;
    }

    private static String location(LocationTable a, LocationTable b, int l) {
        if (Double.compare(a.lat(l), b.lat(l)) != 0 || Double.compare(a.lon(l), b.lon(l)) != 0) {
            return "the summary has (" + b.lat(l) + ", " + b.lon(l) + ") here";
        }
        if (!Objects.equals(a.country(l), b.country(l)) || !Objects.equals(a.city(l), b.city(l))) {
            return "country/city " + a.country(l) + "/" + a.city(l) + " in the rows, " + b.country(l) + "/"
                    + b.city(l) + " in the summary";
        }
        int n = a.entryEnd(l) - a.entryStart(l);
        if (n != b.entryEnd(l) - b.entryStart(l)) {
            return n + " (kind, year, field) entries in the rows, " + (b.entryEnd(l) - b.entryStart(l))
                    + " in the summary";
        }
        for (int i = 0; i < n; i++) {
            int e = a.entryStart(l) + i;
            int f = b.entryStart(l) + i;
            if (a.entryKind(e) != b.entryKind(f) || a.entryYear(e) != b.entryYear(f)
                    || a.entryField(e) != b.entryField(f)) {
                return "entry " + (i + 1) + " is " + a.entryKind(e).code() + " " + a.entryYear(e) + " in the rows, "
                        + b.entryKind(f).code() + " " + b.entryYear(f) + " in the summary";
            }
            if (Double.compare(a.entryWeight(e), b.entryWeight(f)) != 0) {
                return a.entryKind(e).code() + " " + a.entryYear(e) + " weighs " + a.entryWeight(e)
                        + " in the rows, " + b.entryWeight(f) + " in the summary";
            }
        }
        return null;
    }
}
