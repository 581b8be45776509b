package org.clusteratlas.snapshot;

import java.nio.file.Path;

/** An opened, validated snapshot: where it came from, what it says about itself, and its data in memory. */
public record Snapshot(Path file, SnapshotMetadata metadata, LocationTable table) {
}
