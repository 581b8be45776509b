package org.clusteratlas.snapshot;

import org.clusteratlas.sample.SampleSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Version 2's summary: it opens to exactly the table the rows give (and a version-1 file of the same rows
 * gives), an unchanged file is loaded from it, and a file whose rows and summary disagree is refused.
 */
class SnapshotSummaryTest {
    @TempDir
    Path dir;

    @Test
    void version1AndVersion2OpenToIdenticalTables() throws Exception {
        Path v2 = dir.resolve("v2.sqlite");
        SampleSnapshot.write(v2, 7, 30_000, false);
        Path v1 = Files.copy(v2, dir.resolve("v1.sqlite"));
        SnapshotFixtures.version1(v1);
        Snapshot a = SnapshotReader.open(v1);
        Snapshot b = SnapshotReader.open(v2);
        assertEquals(1, a.metadata().schemaVersion());
        assertEquals(SnapshotSchema.VERSION, b.metadata().schemaVersion());
        assertNull(TableDifference.between(a.table(), b.table()));
        assertEquals(a.counts(), b.counts());
        assertEquals(a.metadata().documents(), b.metadata().documents());
        // independent of TableDifference: every weight the clustering sees, bit for bit
        LocationWeights wa = a.table().weigh(WeightFilter.all());
        LocationWeights wb = b.table().weigh(WeightFilter.all());
        assertArrayEquals(wa.patents(), wb.patents());
        assertArrayEquals(wa.publications(), wb.publications());
        assertEquals(wa.totalPatents(), wb.totalPatents());
        assertEquals(a.table().countries(), b.table().countries());
        assertEquals(a.table().minYear(), b.table().minYear());
        assertTrue(b.table().entryCount() > 1000 && b.table().unlocatedCount() > 0);
    }

    @Test
    void duplicateCoordinatesAndUnlocatedSharesSurviveTheSummary() throws Exception {
        Path v2 = dir.resolve("v2.sqlite");
        try (SnapshotWriter w = SnapshotWriter.create(v2, false)) {
            long d = w.addDocument("P1", DocumentKind.PATENT, 2020, "F1", 0.25);
            w.addAddress(d, 35.68, 139.69, 0.25, "JP", "Tokyo");
            w.addAddress(d, 35.68, 139.69, 0.25, "JP", "Tokyo (again)"); // second row, same location
            w.addAddress(d, -0.0, 0.0, 0.25, null, null);
            long e = w.addDocument("A1", DocumentKind.PUBLICATION, 2021, " ", 1);
            assertEquals(2, e);
            w.commit();
        }
        Path v1 = SnapshotFixtures.version1(Files.copy(v2, dir.resolve("v1.sqlite")));
        LocationTable rows = SnapshotReader.open(v1).table();
        LocationTable summary = SnapshotReader.open(v2).table();
        assertNull(TableDifference.between(rows, summary));
        assertEquals(2, summary.size());
        assertEquals("Tokyo", summary.city(0));
        assertEquals(0.5, summary.entryWeight(summary.entryStart(0)));
        assertEquals(2, summary.unlocatedCount());
    }

    @Test
    void anUnchangedFileOpensFromItsSummary() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        try (Connection db = SnapshotReader.connect(f)) {
            SchemaCheck schema = SchemaCheck.run(f, db);
            assertNotNull(SummaryOpen.openIfIntact(f, db, schema, ProgressListener.NONE));
        }
        // any change to a data page, even one that keeps every row valid, sends the reader to the rows
        SnapshotFixtures.sql(f, "UPDATE locations SET city = 'Lutetia' WHERE id = 2");
        try (Connection db = SnapshotReader.connect(f)) {
            assertNull(SummaryOpen.openIfIntact(f, db, SchemaCheck.run(f, db), ProgressListener.NONE));
        }
    }

    @Test
    void rowsEditedBehindTheAppsBackAreRefused() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        // still valid rows (a year in range), but no longer what the summary says
        SnapshotFixtures.sql(f, "UPDATE documents SET year = 2018 WHERE id = 3");
        SnapshotException e = SnapshotFixtures.assertRejected(f, SnapshotSchema.SUMMARY_LOCATIONS, -1,
                "the rows and their summary disagree");
        assertTrue(e.getMessage().contains("patent 2018") && e.getMessage().contains("changed after it was written"),
                e.getMessage());

        SnapshotFixtures.valid(f);
        SnapshotFixtures.sql(f, "UPDATE addresses SET location_id = 3 WHERE rowid = 2");
        SnapshotFixtures.assertRejected(f, SnapshotSchema.SUMMARY_LOCATIONS, -1, "the rows and their summary disagree");
    }

    @Test
    void anEditedSummaryIsRefused() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        SnapshotFixtures.sql(f, "UPDATE summary_unlocated SET weight = 0.75");
        SnapshotFixtures.assertRejected(f, SnapshotSchema.SUMMARY_LOCATIONS, -1, "unlocated shares");
        SnapshotFixtures.valid(f);
        SnapshotFixtures.sql(f, "UPDATE summary_locations SET entries = x'00' WHERE id = 1");
        SnapshotFixtures.assertRejected(f, SnapshotSchema.SUMMARY_LOCATIONS, 1, "13-byte records");
    }

    @Test
    void aVacuumedCopyWithTheSameRowsStillOpens() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        Path copy = dir.resolve("vacuumed.sqlite");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            db.createStatement().execute("PRAGMA page_size = 4096");
            db.createStatement().execute("VACUUM INTO '" + copy + "'");
        }
        assertNull(TableDifference.between(SnapshotReader.open(f).table(), SnapshotReader.open(copy).table()));
    }

    @Test
    void version2WithoutItsSummaryIsRefused() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        SnapshotFixtures.sql(f, "DROP TABLE summary_fields");
        SnapshotFixtures.assertRejected(f, SnapshotSchema.SUMMARY_FIELDS, -1, "missing table");
        SnapshotFixtures.valid(f);
        SnapshotFixtures.sql(f, "DELETE FROM metadata WHERE key = 'data_digest'");
        SnapshotFixtures.assertRejected(f, SnapshotSchema.METADATA, -1, "missing key 'data_digest'");
    }

    @Test
    void theWriterRefusesRowsTheReaderWouldRefuse() throws Exception {
        try (SnapshotWriter w = SnapshotWriter.create(dir.resolve("bad.sqlite"), false)) {
            assertThrows(IllegalArgumentException.class, () -> w.addDocument("X", DocumentKind.PATENT, 1500, null, 0));
            assertThrows(IllegalArgumentException.class, () -> w.addDocument("X", DocumentKind.PATENT, 2020, null, 2));
            long d = w.addDocument("P", DocumentKind.PATENT, 2020, null, 0);
            assertThrows(IllegalArgumentException.class, () -> w.addAddress(d, 91, 0, 1, null, null));
            assertThrows(IllegalArgumentException.class, () -> w.addAddress(d, 0, 0, 0, null, null));
            assertThrows(IllegalArgumentException.class, () -> w.addAddress(d + 1, 0, 0, 1, null, null));
            w.addAddress(d, 0, 0, 0.5, null, null);
            IllegalStateException e = assertThrows(IllegalStateException.class, w::commit);
            assertTrue(e.getMessage().contains("document 1: shares sum to 0.5"), e.getMessage());
        }
        assertTrue(Files.notExists(dir.resolve("bad.sqlite")));
    }

    @Test
    void anEmptySnapshotIsRefusedOnTheFastPathToo() throws Exception {
        Path f = dir.resolve("empty.sqlite");
        try (SnapshotWriter w = SnapshotWriter.create(f, false)) {
            w.commit();
        }
        SnapshotFixtures.assertRejected(f, SnapshotSchema.DOCUMENTS, -1, "empty snapshot: no documents");
    }

    @Test
    void aListenerCanCancelTheOpen() throws Exception {
        Path f = dir.resolve("s.sqlite");
        SampleSnapshot.write(f, 3, 5_000, false);
        assertThrows(CancellationException.class, () -> SnapshotReader.open(f, fraction -> {
            if (fraction > 0) {
                throw new CancellationException("user cancelled");
            }
        }));
        assertNotNull(SnapshotReader.open(f)); // nothing left behind
    }
}
