package org.clusteratlas.geo;

/**
 * A populated place of the gazetteer.
 *
 * @param admin1 first-level division code (a US state's postal code, e.g. "CA"), or null
 * @param admin1Name its name, or null
 */
public record Place(long id, String name, String asciiName, double lat, double lon, String featureCode,
                    String country, String admin1, String admin1Name, long population) {
}
