package org.clusteratlas.profile;

/**
 * A cluster another one shares documents with.
 *
 * @param clusterId       the partner's id in the clustering
 * @param sharedDocuments documents (of the filter) with at least one address in each of the two clusters
 */
public record Partner(int clusterId, int sharedDocuments) {
}
