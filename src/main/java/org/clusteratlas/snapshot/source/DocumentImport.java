package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotWriter;

import java.io.IOException;
import java.util.List;

/**
 * One data source turned into snapshot documents (PatentsView, OpenAlex, a generic CSV...). Creating the
 * file safely, appending to an existing snapshot and recording the sources is {@link SnapshotImport}'s job,
 * so every importer gets the same guarantees.
 */
public interface DocumentImport {
    /** The input files' names, sizes and checksums for the snapshot's {@code sources}, asked after {@link #writeTo}. */
    List<SourceInfo> sources();

    /** Human-readable source for the snapshot's {@code source} metadata. */
    String sourceName();

    /** Data licence for the snapshot's {@code licence} metadata, or null when the source states none. */
    String licence();

    /** Streams the source into {@code writer}, counting what it does in {@code report}. */
    void writeTo(SnapshotWriter writer, ImportReport report) throws SnapshotException, IOException;
}
