package org.clusteratlas.ui;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.WeightFilter;

/**
 * What the side panel shows about a snapshot, computed once in the background when it is opened (the
 * per-kind totals need a pass over the location table, too slow for the FX thread on a large snapshot).
 */
record SnapshotSummary(Snapshot snapshot, LocationWeights weights, int firstYear, int lastYear) {
    static SnapshotSummary of(Snapshot s) {
        LocationWeights w = s.table().weigh(WeightFilter.all());
        return new SnapshotSummary(s, w, s.table().minYear(), s.table().maxYear());
    }

    /** Patent documents (exact count from loading, not the rounded sum of fractional weights). */
    long patents() {
        return snapshot.counts().documents(DocumentKind.PATENT);
    }

    long publications() {
        return snapshot.counts().documents(DocumentKind.PUBLICATION);
    }
}
