package org.clusteratlas.snapshot;

import java.util.Map;

/**
 * What a snapshot says about itself. Counts are those stored at write time; the reader checks them against
 * the tables. {@code extra} holds any other metadata keys (e.g. {@code sources}).
 */
public record SnapshotMetadata(int schemaVersion, String title, String source, String licence, String created,
                               long documents, long addresses, long locations, boolean synthetic,
                               Map<String, String> extra) {
    public SnapshotMetadata {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
