package org.clusteratlas.profile;

import org.clusteratlas.cluster.Clustering;

import java.util.List;

/**
 * The profiles of every cluster of one {@link Clustering} (its filter included), and the partner pairs, as
 * computed by {@link ClusterProfiler}. Immutable.
 */
public final class ClusterProfiles {
    private final Clustering clustering;
    private final ClusterProfile[] profiles;
    private final List<PartnerPair> pairs;
    private final boolean organizations;

    ClusterProfiles(Clustering clustering, ClusterProfile[] profiles, List<PartnerPair> pairs,
                    boolean organizations) {
        this.clustering = clustering;
        this.profiles = profiles;
        this.pairs = List.copyOf(pairs);
        this.organizations = organizations;
    }

    /** The clustering these profiles describe. */
    public Clustering clustering() {
        return clustering;
    }

    /** The profile of a cluster id, or null when out of range. */
    public ClusterProfile of(int clusterId) {
        return clusterId >= 0 && clusterId < profiles.length ? profiles[clusterId] : null;
    }

    public int size() {
        return profiles.length;
    }

    /** Every pair of clusters sharing at least one document, most shared first (ties by ids). */
    public List<PartnerPair> pairs() {
        return pairs;
    }

    /** Whether the snapshot records organisations at all (else every organisation list is empty by necessity). */
    public boolean hasOrganizations() {
        return organizations;
    }
}
