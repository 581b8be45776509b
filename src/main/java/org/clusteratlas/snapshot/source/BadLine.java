package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;

import java.nio.file.Path;

/**
 * One skipped input line (or CSV row, by its first line): kept as data rather than only as text so that a
 * caller can still tell which line it was, and printed exactly as the error would have been without
 * {@code --skip-bad}, so a skipped line and a fatal one read the same.
 *
 * @param line 1-based line number in the (decompressed) file
 */
public record BadLine(Path file, long line, String reason) {
    @Override
    public String toString() {
        return new SnapshotException(file, null, line, reason).getMessage();
    }
}
