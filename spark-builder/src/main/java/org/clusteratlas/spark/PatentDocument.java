package org.clusteratlas.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One patent as the executors assembled it from the tables, ready for the driver to write in the desktop's
 * order (by the line of its first inventor row): its grant year, WIPO field number, and its inventor rows in
 * file order, each at its place ({@code null} when the place has no coordinates), and its assignee
 * organisations in order. The shares are computed from these by the app's {@code PatentDocuments} as the
 * driver writes, exactly as the desktop importer does.
 */
record PatentDocument(long firstLine, long key, int year, int field, List<Place> inventors,
                      List<String> organisations) implements Serializable {
    /** A geocoded place: coordinates, country code and city as the locations table gave them. */
    record Place(double lat, double lon, String country, String city) implements Serializable {
    }

    int located() {
        int n = 0;
        for (Place p : inventors) {
            if (p != null) {
                n++;
            }
        }
        return n;
    }
}
