package org.clusteratlas.ui.explorer;

import org.clusteratlas.profile.ClusterProfiler;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.DocumentAddresses;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;

import java.nio.file.Files;

/**
 * The profiles of a result's clusters, computed on the background thread: the snapshot's documents are read
 * the first time a profile of it is needed (kept while it stays open), then each clustering costs one pass.
 * No JavaFX here. Called from one background lane at a time.
 */
final class ProfileSource {
    private Snapshot snapshot;
    private DocumentAddresses documents;
    private ClusterProfiles last;

    /**
     * @return the profiles of {@code result}'s clustering, or null when its snapshot has no file to read them
     *         from (built in memory)
     * @throws SnapshotException when the snapshot's file cannot be read again
     */
    synchronized ClusterProfiles profiles(ExplorerResult result) throws SnapshotException {
        Snapshot s = result.snapshot();
        if (s.file() == null || !Files.isRegularFile(s.file())) {
            return null;
        }
        if (snapshot != s) {
            snapshot = null;
            documents = null;
            last = null;
            documents = DocumentAddressReader.read(s);
            snapshot = s;
        }
        if (last == null || last.clustering() != result.ranking().clustering()) {
            last = ClusterProfiler.profile(documents, s.table(), result.ranking().clustering());
        }
        return last;
    }
}
