package org.clusteratlas.snapshot;

import org.clusteratlas.geo.Gazetteer;

import java.nio.file.Path;

/**
 * An opened, validated snapshot: where it came from, what it says about itself, its data in memory, the exact
 * counts found while loading it, and its own gazetteer when it carries one.
 *
 * @param ownGazetteer places from the snapshot's optional {@code gazetteer} table, or null when it has none
 */
public record Snapshot(Path file, SnapshotMetadata metadata, LocationTable table, SnapshotCounts counts,
                       Gazetteer ownGazetteer) {
    /** For snapshots built in memory: counts from the metadata, documents per kind rounded from the table. */
    public Snapshot(Path file, SnapshotMetadata metadata, LocationTable table) {
        this(file, metadata, table, new SnapshotCounts(Math.round(table.total(DocumentKind.PATENT)),
                Math.round(table.total(DocumentKind.PUBLICATION)), metadata.addresses(), metadata.locations()),
                null);
    }

    /** The places that name clusters and estimate their population: the snapshot's own, else the bundled ones. */
    public Gazetteer gazetteer() {
        return ownGazetteer != null ? ownGazetteer : Gazetteer.bundled();
    }
}
