package org.clusteratlas.profile;

import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.List;
import java.util.Set;

/**
 * What a {@link WeightFilter} lets the profiler count, in lookup arrays: a document counts when its kind, year
 * and field pass, an address when its location's country passes (exactly what {@link LocationTable#weigh}
 * counts). The one definition used by the totals and by every cluster's sums.
 */
final class CountingRule {
    private final boolean[] kindOk = new boolean[2];
    private final boolean[] fieldOk;
    private final boolean[] countryOk;
    private final LocationTable table;
    /** The year of index 0: the filter's first year within the data. */
    final int firstYear;
    /** Number of years from {@link #firstYear} to the filter's last year within the data (0 when none). */
    final int years;

    CountingRule(WeightFilter filter, LocationTable table) {
        this.table = table;
        for (DocumentKind kind : filter.kinds()) {
            kindOk[kind.ordinal()] = true;
        }
        fieldOk = accepted(filter.fields(), table.fields());
        countryOk = accepted(filter.countries(), table.countries());
        int from = Math.max(filter.yearFrom(), table.minYear());
        int to = Math.min(filter.yearTo(), table.maxYear());
        firstYear = from;
        years = Math.max(0, to - from + 1);
    }

    /** The year index of a document the filter counts, or -1 when it leaves the document out. */
    int yearIndex(DocumentAddresses docs, int d) {
        int y = docs.year(d) - firstYear;
        int f = docs.field(d);
        if (!kindOk[docs.kindOrdinal(d)] || y < 0 || y >= years || (fieldOk != null && (f < 0 || !fieldOk[f]))) {
            return -1;
        }
        return y;
    }

    /** Whether an address at this location counts: its country passes the filter (always, when none is set). */
    boolean counts(int location) {
        if (countryOk == null) {
            return true;
        }
        int ci = table.countryIndex(location);
        return ci >= 0 && countryOk[ci];
    }

    /** Whether documents' unlocated parts count in the yearly totals: only when no country is selected. */
    boolean countsUnlocated() {
        return countryOk == null;
    }

    private static boolean[] accepted(Set<String> wanted, List<String> names) {
        if (wanted == null) {
            return null;
        }
        boolean[] ok = new boolean[names.size()];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = wanted.contains(names.get(i));
        }
        return ok;
    }
}
