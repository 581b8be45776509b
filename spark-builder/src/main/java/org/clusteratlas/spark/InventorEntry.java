package org.clusteratlas.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One inventor row of a patent kept as a document, as the executors assembled it from the tables: the row's
 * line in the inventors table, its place ({@code null} when the place has no coordinates), and what the
 * driver needs to write the patent's document when this is its first row: packed id, grant year, WIPO field
 * number, its numbers of inventors and of located inventors, and its assignee organisations in order. The
 * driver writes the rows in line order, as the desktop importer does, so both files have the same rows in the
 * same order; the shares come from the app's {@code PatentDocuments}.
 */
record InventorEntry(long line, long key, int year, int field, int inventors, int located, Place place,
                     List<String> organisations) implements Serializable {
    /** A geocoded place: coordinates, country code and city as the locations table gave them. */
    record Place(double lat, double lon, String country, String city) implements Serializable {
    }
}
