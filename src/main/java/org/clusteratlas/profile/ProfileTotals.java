package org.clusteratlas.profile;

import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;

/**
 * The sums over all documents that every cluster's profile is measured against, for one filter: per kind and
 * year (unlocated parts included, for the yearly score), per kind and field and per kind located (for the RTA).
 * They depend on the filter only, not on the clustering, so they are computed once per filter and shared by
 * every clustering and cluster under it. Summed in document order, as the profiler has always summed them.
 */
final class ProfileTotals {
    final WeightFilter filter;
    final CountingRule rule;
    /** [kind][year index]. */
    final double[][] yearTotal;
    /** [kind][field]. */
    final double[][] fieldTotal;
    /** [kind]. */
    final double[] locatedTotal = new double[2];

    private ProfileTotals(WeightFilter filter, CountingRule rule, int fields) {
        this.filter = filter;
        this.rule = rule;
        yearTotal = new double[][] {new double[rule.years], new double[rule.years]};
        fieldTotal = new double[][] {new double[fields], new double[fields]};
    }

    static ProfileTotals of(DocumentAddresses docs, LocationTable table, WeightFilter filter) {
        CountingRule rule = new CountingRule(filter, table);
        ProfileTotals t = new ProfileTotals(filter, rule, table.fields().size());
        for (int d = 0, n = docs.size(); d < n; d++) {
            int y = rule.yearIndex(docs, d);
            if (y < 0) {
                continue;
            }
            int kind = docs.kindOrdinal(d);
            int f = docs.field(d);
            if (rule.countsUnlocated()) {
                t.yearTotal[kind][y] += docs.unlocated(d);
            }
            for (int a = docs.start(d), end = docs.end(d); a < end; a++) {
                if (!rule.counts(docs.location(a))) {
                    continue;
                }
                double s = docs.share(a);
                t.yearTotal[kind][y] += s;
                t.locatedTotal[kind] += s;
                if (f >= 0) {
                    t.fieldTotal[kind][f] += s;
                }
            }
        }
        return t;
    }
}
