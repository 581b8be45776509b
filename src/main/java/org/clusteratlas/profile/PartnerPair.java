package org.clusteratlas.profile;

/**
 * Two clusters that share documents: {@code first < second} (cluster ids), counted once per document that has
 * at least one address in each.
 */
public record PartnerPair(int first, int second, int sharedDocuments) {
}
