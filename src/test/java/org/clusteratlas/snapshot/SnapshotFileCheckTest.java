package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.clusteratlas.snapshot.SnapshotFixtures.assertRejected;

/** Files that are not snapshots at all: caught before or by SQLite, without a stack trace for the user. */
class SnapshotFileCheckTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        assertRejected(dir.resolve("nope.sqlite"), null, -1, "no such file");
    }

    @Test
    void directory() {
        assertRejected(dir, null, -1, "not a regular file");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.sqlite"));
        assertRejected(f, null, -1, "empty file");
    }

    @Test
    void textFileIsNotSqlite() throws Exception {
        Path f = Files.writeString(dir.resolve("addresses.csv"), "doc_id,kind,year,lat,lon\n1,patent,2020,1,2\n");
        assertRejected(f, null, -1, "not a SQLite file");
    }

    @Test
    void truncatedFileIsCaughtByTheHeaderCheck() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("cut.sqlite"));
        long full = Files.size(f);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(full / 2 + 100); // also not a whole number of pages
        }
        assertRejected(f, null, -1, "truncated SQLite file");
    }

    @Test
    void fileCutInsideTheHeader() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("cut.sqlite"));
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50);
        }
        assertRejected(f, null, -1, "truncated SQLite file");
    }

    @Test
    void damagedPagesBehindAValidHeader() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("garbage.sqlite"));
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(f, bytes);
        assertRejected(f, null, -1, "damaged");
    }
}
