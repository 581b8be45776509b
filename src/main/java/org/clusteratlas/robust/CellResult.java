package org.clusteratlas.robust;

import org.clusteratlas.cluster.ClusterParameters;

import java.util.Arrays;
import java.util.List;

/**
 * What one setting of a sweep says about every cluster of the base setting: its rank there, or why it has
 * none, and whether it merges with or splits from a neighbour. Compact (a few ints per base cluster, no
 * clustering kept), so that a 15 x 15 sweep of thousands of clusters stays small. Immutable.
 */
public final class CellResult {
    /** How a base cluster appears in a setting. */
    public enum Presence {
        /** A cluster of the setting continues it (see docs/robustness.md): it has a rank. */
        CONTINUED,
        /** Its core locations lie in a cluster that continues another base cluster: no rank of its own. */
        ABSORBED,
        /** None of its core locations is a clustered core location in this setting. */
        ABSENT
    }

    private final int epsIndex;
    private final int weightIndex;
    private final ClusterParameters parameters;
    private final int clusterCount;
    private final int[] rank;
    private final int[] parts;
    private final int[][] mergedWith;

    /**
     * @param rank       per base cluster its rank here, 0 when not continued
     * @param parts      per base cluster the number of clusters here sharing its core locations
     * @param mergedWith per base cluster the other base clusters sharing a cluster with it here (sorted ids)
     */
    CellResult(int epsIndex, int weightIndex, ClusterParameters parameters, int clusterCount, int[] rank,
               int[] parts, int[][] mergedWith) {
        this.epsIndex = epsIndex;
        this.weightIndex = weightIndex;
        this.parameters = parameters;
        this.clusterCount = clusterCount;
        this.rank = rank;
        this.parts = parts;
        this.mergedWith = mergedWith;
    }

    public int epsIndex() {
        return epsIndex;
    }

    public int weightIndex() {
        return weightIndex;
    }

    public ClusterParameters parameters() {
        return parameters;
    }

    /** Clusters found at this setting. */
    public int clusterCount() {
        return clusterCount;
    }

    /** Number of base clusters described. */
    public int baseClusterCount() {
        return rank.length;
    }

    /** Rank of the cluster continuing a base cluster here, or 0 when it is absorbed or absent. */
    public int rankOf(int baseCluster) {
        return rank[baseCluster];
    }

    public Presence presence(int baseCluster) {
        return rank[baseCluster] > 0 ? Presence.CONTINUED : parts[baseCluster] > 0 ? Presence.ABSORBED
                : Presence.ABSENT;
    }

    /** Clusters here that share core locations with a base cluster (more than one: it splits). */
    public int parts(int baseCluster) {
        return parts[baseCluster];
    }

    public boolean splits(int baseCluster) {
        return parts[baseCluster] > 1;
    }

    /** Base clusters that share a cluster with this one here (non-empty: it merges with them). */
    public List<Integer> mergedWith(int baseCluster) {
        return Arrays.stream(mergedWith[baseCluster]).boxed().toList();
    }

    public boolean merges(int baseCluster) {
        return mergedWith[baseCluster].length > 0;
    }
}
