package org.clusteratlas.rank;

/**
 * Where a ranking's input came from, written into every export so that a result can be traced to the
 * exact snapshot file and build that produced it.
 *
 * @param snapshotFile   file name of the snapshot (no directory: exports should not leak local paths)
 * @param snapshotSha256 lower-case hex SHA-256 of the snapshot file's bytes
 */
public record Provenance(String snapshotTitle, String snapshotFile, String snapshotSha256, String appVersion) {
}
