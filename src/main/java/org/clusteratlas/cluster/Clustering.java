package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.LocationWeights;

/**
 * The result of one clustering run: for every unique location its S&T cluster (or noise) and whether it
 * is a core location of each kind, with the clusters' weights. Cluster ids are 0..clusterCount-1 and are
 * deterministic for the same input and parameters. Arrays are indexed like the location table; treat
 * them as read-only.
 */
public final class Clustering {
    /** Value of {@link #clusterOf(int)} for a location that belongs to no cluster. */
    public static final int NOISE = -1;
    public static final byte PATENT_CORE = 1;
    public static final byte PUBLICATION_CORE = 2;

    private final LocationWeights weights;
    private final int[] clusterOf;
    private final byte[] core;
    private final int clusterCount;
    private final double[] clusterPatents;
    private final double[] clusterPublications;

    /**
     * @param clusterOf per location its cluster id or {@link #NOISE}
     * @param core      per location a bit set of {@link #PATENT_CORE} and {@link #PUBLICATION_CORE}
     */
    public Clustering(LocationWeights weights, int[] clusterOf, byte[] core, int clusterCount) {
        if (clusterOf.length != weights.size() || core.length != weights.size()) {
            throw new IllegalArgumentException("arrays must have one value per location");
        }
        this.weights = weights;
        this.clusterOf = clusterOf;
        this.core = core;
        this.clusterCount = clusterCount;
        this.clusterPatents = new double[clusterCount];
        this.clusterPublications = new double[clusterCount];
        for (int i = 0; i < clusterOf.length; i++) {
            int c = clusterOf[i];
            if (c != NOISE) {
                clusterPatents[c] += weights.patents()[i];
                clusterPublications[c] += weights.publications()[i];
            }
        }
    }

    public LocationWeights weights() {
        return weights;
    }

    public int clusterCount() {
        return clusterCount;
    }

    public int locationCount() {
        return clusterOf.length;
    }

    /** Cluster id of a location, or {@link #NOISE}. */
    public int clusterOf(int location) {
        return clusterOf[location];
    }

    public boolean isPatentCore(int location) {
        return (core[location] & PATENT_CORE) != 0;
    }

    public boolean isPublicationCore(int location) {
        return (core[location] & PUBLICATION_CORE) != 0;
    }

    public boolean isCore(int location) {
        return core[location] != 0;
    }

    /** Fractional patent count inside a cluster. */
    public double patents(int cluster) {
        return clusterPatents[cluster];
    }

    /** Fractional publication count inside a cluster. */
    public double publications(int cluster) {
        return clusterPublications[cluster];
    }
}
