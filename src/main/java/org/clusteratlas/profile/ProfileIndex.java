package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;

/**
 * A snapshot's documents made ready for profiles, once per snapshot and off the FX thread: the documents, the
 * documents of each location ({@link LocationDocuments}), the organisations' name order, and the totals of the last filter asked for (they
 * change with the filter, not with the radius or the minimum). Every clustering's profiles are then one pass
 * ({@link #profiles}); one cluster's profile reads only its own documents ({@link #profileOf}). Both give the
 * same figures bit for bit. Thread-safe.
 */
public final class ProfileIndex {
    private final DocumentAddresses docs;
    private final LocationTable table;
    private final LocationDocuments byLocation;
    private final OrganizationOrder order;
    private ProfileTotals totals;

    private ProfileIndex(DocumentAddresses docs, LocationTable table, LocationDocuments byLocation) {
        this.docs = docs;
        this.table = table;
        this.byLocation = byLocation;
        this.order = new OrganizationOrder(docs.organizations());
    }

    /** @param docs the documents read against {@code table} */
    public static ProfileIndex of(DocumentAddresses docs, LocationTable table) {
        return new ProfileIndex(docs, table, LocationDocuments.of(docs, table.size()));
    }

    public DocumentAddresses documents() {
        return docs;
    }

    public LocationTable table() {
        return table;
    }

    /** Every cluster's profile (what the table's columns, the map's arcs and {@code rank} show). */
    public ClusterProfiles profiles(Clustering clustering) {
        return ClusterProfiler.profile(docs, table, clustering, totals(clustering.weights().filter()),
                order);
    }

    /** One cluster's profile (the details pane), or null when {@code cluster} is not an id of the clustering. */
    public ClusterProfile profileOf(Clustering clustering, int cluster) {
        return ClusterProfiler.profileOf(docs, byLocation, table, clustering, totals(clustering.weights().filter()),
                order, cluster);
    }

    private synchronized ProfileTotals totals(WeightFilter filter) {
        if (totals == null || !totals.filter.equals(filter)) {
            totals = ProfileTotals.of(docs, table, filter);
        }
        return totals;
    }
}
