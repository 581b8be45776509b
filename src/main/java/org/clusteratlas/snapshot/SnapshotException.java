package org.clusteratlas.snapshot;

import java.nio.file.Path;

/**
 * Bad input: a snapshot or import file that cannot be used. The message always names the file and, where
 * known, the table (or line) and the first offending row, so that a user can find and fix it.
 */
public class SnapshotException extends Exception {
    private final Path file;
    private final String table;
    private final long row;

    public SnapshotException(Path file, String table, long row, String reason, Throwable cause) {
        super(format(file, table, row, reason), cause);
        this.file = file;
        this.table = table;
        this.row = row;
    }

    public SnapshotException(Path file, String table, long row, String reason) {
        this(file, table, row, reason, null);
    }

    public SnapshotException(Path file, String reason) {
        this(file, null, -1, reason, null);
    }

    public SnapshotException(Path file, String reason, Throwable cause) {
        this(file, null, -1, reason, cause);
    }

    private static String format(Path file, String table, long row, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<no file>" : file.toString());
        if (table != null) {
            sb.append(": table '").append(table).append('\'');
        }
        if (row >= 0) {
            sb.append(table == null ? ": line " : ", row ").append(row);
        }
        return sb.append(": ").append(reason).toString();
    }

    public Path file() {
        return file;
    }

    /** Table or import source part that failed, or null. */
    public String table() {
        return table;
    }

    /** Row id (snapshot) or line number (import), or -1. */
    public long row() {
        return row;
    }
}
