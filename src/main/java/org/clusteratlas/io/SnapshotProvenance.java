package org.clusteratlas.io;

import org.clusteratlas.rank.Provenance;
import org.clusteratlas.snapshot.Snapshot;

import java.io.IOException;

/** Provenance of an opened snapshot, hashed once when it is opened and reused for every export. */
public final class SnapshotProvenance {
    private SnapshotProvenance() {
    }

    /** Title, file name (no directory) and SHA-256 of the snapshot's file, with the app's version. */
    public static Provenance of(Snapshot snapshot, String appVersion) throws IOException {
        return new Provenance(snapshot.metadata().title(), snapshot.file().getFileName().toString(),
                FileDigest.sha256(snapshot.file()), appVersion);
    }
}
