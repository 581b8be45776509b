package org.clusteratlas.sample;

import java.io.IOException;

/**
 * Where generated documents go: a snapshot for the app, or a CSV file to exercise the importer. The
 * generator calls {@link #document} once and then {@link #address} for each of the document's addresses.
 */
public interface SampleSink {
    /** Starts a document; {@code unlocatedShare} is the part whose address "could not be geocoded". */
    void document(String sourceId, String kind, int year, String field, double unlocatedShare) throws IOException;

    void address(double lat, double lon, double share, String country, String city) throws IOException;
}
