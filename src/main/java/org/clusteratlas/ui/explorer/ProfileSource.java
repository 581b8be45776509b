package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.profile.ProfileIndex;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;

import java.nio.file.Files;

/**
 * The profiles of a result's clusters, computed on background threads: the snapshot's documents are read and
 * indexed by location ({@link ProfileIndex}) the first time a profile of it is needed (kept while it stays
 * open); then each clustering's profiles cost one pass, and one cluster's alone (the details pane) a visit of its
 * own documents. No JavaFX here. Safe from two lanes at once (the profiles' and the details'): only the reading
 * of the documents and the cache are under the lock, never a pass.
 */
final class ProfileSource {
    private Snapshot snapshot;
    private ProfileIndex index;
    private ClusterProfiles last;

    /**
     * @return the profiles of {@code result}'s clustering, or null when its snapshot has no file to read them
     *         from (built in memory)
     * @throws SnapshotException when the snapshot's file cannot be read again
     */
    ClusterProfiles profiles(ExplorerResult result) throws SnapshotException {
        ProfileIndex i = index(result.snapshot());
        if (i == null) {
            return null;
        }
        Clustering c = result.ranking().clustering();
        ClusterProfiles known = cached(c);
        if (known != null) {
            return known;
        }
        ClusterProfiles made = i.profiles(c).makeAll(); // here, so the table's cells only look them up
        synchronized (this) {
            if (index == i) {
                last = made;
            }
        }
        return made;
    }

    /**
     * One cluster's profile: looked up when the result's profiles are made already, else from the cluster's
     * own documents. Null when the snapshot has no file, or {@code clusterId} is not a cluster of the result.
     */
    ClusterProfile profileOf(ExplorerResult result, int clusterId) throws SnapshotException {
        ProfileIndex i = index(result.snapshot());
        if (i == null) {
            return null;
        }
        Clustering c = result.ranking().clustering();
        ClusterProfiles known = cached(c);
        return known != null ? known.of(clusterId) : i.profileOf(c, clusterId);
    }

    private synchronized ClusterProfiles cached(Clustering c) {
        return last != null && last.clustering() == c ? last : null;
    }

    private synchronized ProfileIndex index(Snapshot s) throws SnapshotException {
        if (s.file() == null || !Files.isRegularFile(s.file())) {
            return null;
        }
        if (snapshot != s) {
            snapshot = null;
            index = null;
            last = null;
            index = ProfileIndex.of(DocumentAddressReader.read(s), s.table());
            snapshot = s;
        }
        return index;
    }
}
