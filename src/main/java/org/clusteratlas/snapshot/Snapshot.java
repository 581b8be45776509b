package org.clusteratlas.snapshot;

import java.nio.file.Path;

/**
 * An opened, validated snapshot: where it came from, what it says about itself, its data in memory and the
 * exact counts found while loading it.
 */
public record Snapshot(Path file, SnapshotMetadata metadata, LocationTable table, SnapshotCounts counts) {
    /** For snapshots built in memory: counts from the metadata, documents per kind rounded from the table. */
    public Snapshot(Path file, SnapshotMetadata metadata, LocationTable table) {
        this(file, metadata, table, new SnapshotCounts(Math.round(table.total(DocumentKind.PATENT)),
                Math.round(table.total(DocumentKind.PUBLICATION)), metadata.addresses(), metadata.locations()));
    }
}
