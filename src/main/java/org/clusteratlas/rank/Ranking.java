package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable ranking of every cluster of one {@link Clustering}, best first, with the denominators its
 * shares were taken over. Keeps the clustering and place index it came from so that a later ranking can
 * use it as a reference, and writers can draw the clusters' footprints.
 */
public final class Ranking {
    private final Clustering clustering;
    private final PlaceIndex index;
    private final List<ClusterRow> rows;
    private final int[] rowOfCluster;
    private final List<ClusterRow> vanished;
    private final boolean compared;

    Ranking(Clustering clustering, PlaceIndex index, List<ClusterRow> rows, List<ClusterRow> vanished,
            boolean compared) {
        this.clustering = clustering;
        this.index = index;
        this.rows = List.copyOf(rows);
        this.vanished = List.copyOf(vanished);
        this.compared = compared;
        this.rowOfCluster = new int[clustering.clusterCount()];
        Arrays.fill(rowOfCluster, -1);
        for (int r = 0; r < rows.size(); r++) {
            rowOfCluster[rows.get(r).clusterId()] = r;
        }
    }

    /** All clusters, rank 1 first. */
    public List<ClusterRow> rows() {
        return rows;
    }

    /** The first {@code n} rows (all when {@code n <= 0} or larger than the ranking). */
    public List<ClusterRow> top(int n) {
        return n <= 0 || n >= rows.size() ? rows : rows.subList(0, n);
    }

    /** The row of a cluster id of {@link #clustering()}. */
    public ClusterRow row(int clusterId) {
        return rows.get(rowOfCluster[clusterId]);
    }

    public int size() {
        return rows.size();
    }

    /**
     * Clusters at or above {@link Ranker#POPULATION_FLOOR}, most intense first (ties by rank): small places
     * with one laboratory would otherwise top any per-capita list.
     */
    public List<ClusterRow> byIntensity() {
        List<ClusterRow> out = new ArrayList<>();
        for (ClusterRow r : rows) {
            if (r.intensityRank() != null) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(ClusterRow::intensityRank));
        return out;
    }

    /** Reference rows (from the reference ranking) that no current cluster continues. */
    public List<ClusterRow> vanished() {
        return vanished;
    }

    /** Whether rank changes were computed against a reference. */
    public boolean compared() {
        return compared;
    }

    /** Filtered patent total of the whole snapshot (unlocated and noise included): the share denominator. */
    public double totalPatents() {
        return clustering.weights().totalPatents();
    }

    public double totalPublications() {
        return clustering.weights().totalPublications();
    }

    public Clustering clustering() {
        return clustering;
    }

    public PlaceIndex placeIndex() {
        return index;
    }
}
