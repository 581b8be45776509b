package org.clusteratlas.snapshot.importer;

import org.clusteratlas.snapshot.source.BadLine;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: counts for the summary line, and the skipped rows (only the first few kept) when
 * bad rows were allowed.
 *
 * @param rows          data rows read (good and bad)
 * @param skipped       bad rows skipped
 * @param firstSkipped  up to {@link org.clusteratlas.snapshot.source.BadLines#KEPT} of them, in file order
 * @param ignoredColumns header names that are not part of the format
 * @param parseSeconds  time of the validating pass over the file
 * @param seconds       total time, writing included
 */
public record ImportResult(Path output, long rows, long documents, long addresses, long skipped,
                           List<BadLine> firstSkipped, List<String> ignoredColumns, double parseSeconds,
                           double seconds) {
    public ImportResult {
        firstSkipped = List.copyOf(firstSkipped);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
