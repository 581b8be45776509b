package org.clusteratlas.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks made on the file before SQLite opens it, so that a missing, unreadable or cut file gets a plain
 * message instead of SQLite's own (which, for a truncated file, may only come deep into a load).
 */
final class SnapshotFileCheck {
    private SnapshotFileCheck() {
    }

    /** Throws unless {@code file} is a readable regular file with an intact SQLite header. */
    static void check(Path file) throws SnapshotException {
        if (!Files.exists(file)) {
            throw new SnapshotException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new SnapshotException(file, "not readable (permission denied)");
        }
        SqliteHeader.check(file);
    }
}
