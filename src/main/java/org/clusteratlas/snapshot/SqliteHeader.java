package org.clusteratlas.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the 100-byte SQLite file header before SQLite sees the file. SQLite itself reports a cut file only
 * when it happens to read a missing page, often deep into a load and with an obscure message; comparing the
 * page count in the header with the file length catches a truncated download or copy at once.
 */
final class SqliteHeader {
    static final int SIZE = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteHeader() {
    }

    /** Throws unless {@code file} starts with a SQLite header whose pages all fit in the file. */
    static void check(Path file) throws SnapshotException {
        byte[] h = new byte[SIZE];
        long length;
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            length = Files.size(file);
            read = in.readNBytes(h, 0, SIZE);
        } catch (IOException e) {
            throw new SnapshotException(file, "cannot read: " + e.getMessage(), e);
        }
        if (length == 0) {
            throw new SnapshotException(file, "empty file, not a SQLite snapshot");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (read <= i || h[i] != MAGIC[i]) {
                throw new SnapshotException(file, "not a SQLite file (no SQLite header)");
            }
        }
        if (read < SIZE) {
            throw new SnapshotException(file, "truncated SQLite file: " + length + " bytes, shorter than its header");
        }
        int pageSize = ((h[16] & 0xFF) << 8) | (h[17] & 0xFF);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new SnapshotException(file, "damaged SQLite header: page size " + pageSize);
        }
        long changeCounter = readInt(h, 24);
        long pageCount = readInt(h, 28);
        long validFor = readInt(h, 92);
        // The in-header page count is only trusted by SQLite when written by 3.7.0+ (validFor == counter).
        if (pageCount > 0 && validFor == changeCounter) {
            long expected = pageCount * pageSize;
            if (length < expected) {
                throw new SnapshotException(file, "truncated SQLite file: " + length + " bytes, but its header"
                        + " declares " + pageCount + " pages of " + pageSize + " bytes (" + expected
                        + " bytes); the copy or download was cut short");
            }
        } else if (length % pageSize != 0) {
            throw new SnapshotException(file, "truncated SQLite file: " + length + " bytes is not a whole number"
                    + " of " + pageSize + "-byte pages");
        }
    }

    private static long readInt(byte[] h, int at) {
        return ((long) (h[at] & 0xFF) << 24) | ((h[at + 1] & 0xFF) << 16) | ((h[at + 2] & 0xFF) << 8)
                | (h[at + 3] & 0xFF);
    }
}
