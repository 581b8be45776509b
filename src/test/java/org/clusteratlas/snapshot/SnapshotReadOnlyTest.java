package org.clusteratlas.snapshot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only guarantee: opening never writes, locks or journals, so shared and read-only copies work. */
class SnapshotReadOnlyTest {
    @TempDir
    Path dir;
    private Path lockedDir;

    @AfterEach
    void unlock() throws Exception {
        if (lockedDir != null) {
            Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void bytesAndModificationTimeNeverChange() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        FileTime past = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(f, past);
        byte[] before = Files.readAllBytes(f);
        List<String> files = listing(dir);

        Snapshot s = SnapshotReader.open(f);
        SnapshotReader.open(f);

        assertEquals(3, s.counts().documents());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(past, Files.getLastModifiedTime(f));
        assertEquals(files, listing(dir), "no -journal, -wal or -shm left behind");
    }

    @Test
    void opensInAReadOnlyFolder() throws Exception {
        lockedDir = Files.createDirectory(dir.resolve("readonly"));
        Path f = SnapshotFixtures.valid(lockedDir.resolve("s.sqlite"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> files = listing(lockedDir);
        byte[] before = Files.readAllBytes(f);
        // As root the permissions do not stop writes, so also check that nothing was written.
        Snapshot s = SnapshotReader.open(f);
        assertEquals(4, s.counts().addresses());
        assertEquals(files, listing(lockedDir));
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void openedTwiceAtOnce() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Snapshot>> opened = new ArrayList<>();
            Callable<Snapshot> open = () -> {
                together.await(10, TimeUnit.SECONDS);
                return SnapshotReader.open(f);
            };
            opened.add(pool.submit(open));
            opened.add(pool.submit(open));
            for (Future<Snapshot> o : opened) {
                assertEquals(3, o.get(30, TimeUnit.SECONDS).counts().documents());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void opensWhileAnotherReaderHoldsTheFile() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        try (Connection other = SnapshotReader.connect(f); Statement st = other.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM addresses")) {
            assertTrue(rs.next(), "the other reader is mid-scan");
            assertEquals(3, SnapshotReader.open(f).counts().documents());
        }
    }

    @Test
    void connectionCannotWrite() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        try (Connection db = SnapshotReader.connect(f); Statement st = db.createStatement()) {
            java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> st.executeUpdate("DELETE FROM addresses"));
            assertTrue(e.getMessage().toLowerCase().contains("readonly"), e.getMessage());
        }
    }
}
