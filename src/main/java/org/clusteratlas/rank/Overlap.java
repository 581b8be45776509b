package org.clusteratlas.rank;

/**
 * Core locations shared by a cluster of one clustering and a cluster of another.
 *
 * @param sharedWeight patents plus publications (of the current clustering's weights) at the shared core locations
 */
public record Overlap(int current, int reference, int sharedCore, double sharedWeight) {
}
