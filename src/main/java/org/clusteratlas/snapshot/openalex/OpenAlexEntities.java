package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@link OpenAlexImport} gets its institutions and works: the desktop's local files
 * ({@link OpenAlexFiles}) or entities parsed elsewhere, such as the Spark builder's executors. Every source
 * hands over entities read by {@link OpenAlexInstitution#read} and {@link OpenAlexWork#read}, in input order,
 * so the importer applies one set of rules to them.
 */
public interface OpenAlexEntities {
    /** Receives one entity, or the problem of a record that could not be read (entity null). */
    interface Visitor<T> {
        void accept(Path file, long line, T entity, String problem) throws SnapshotException, IOException;
    }

    /** Hands over every institution, file by file, in order. */
    void institutions(Visitor<OpenAlexInstitution> visitor) throws SnapshotException, IOException;

    /** Hands over every work, file by file, in order (the first of repeated works is the one kept). */
    void works(Visitor<OpenAlexWork> visitor) throws SnapshotException, IOException;

    /** The input files for the snapshot's {@code sources} (names, sizes, SHA-256), once both were handed over. */
    List<SourceInfo> sources();
}
