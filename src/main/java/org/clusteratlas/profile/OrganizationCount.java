package org.clusteratlas.profile;

/**
 * An organisation's fractional count in a cluster: the shares of its addresses there (an address credited to
 * m assignees carries 1/m of its share for each, as the importer wrote it).
 */
public record OrganizationCount(String name, double count) {
}
