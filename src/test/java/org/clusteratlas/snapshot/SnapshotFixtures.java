package org.clusteratlas.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small snapshots for reader tests: a valid one written by {@link SnapshotWriter}, and broken ones made by
 * turning it into a version-1 file (as another tool would write it: rows only, no summary) and running raw
 * SQL on it afterwards.
 *
 * <p>The valid snapshot: documents 1 (patent 2020 F1: 0.5 Tokyo + 0.5 Paris), 2 (publication 2021, no field:
 * 0.5 Tokyo + 0.5 unlocated), 3 (patent 2019 F2: 1.0 New York). Locations 1 Tokyo, 2 Paris, 3 New York;
 * address rowids 1-4 in that order.
 */
final class SnapshotFixtures {
    private SnapshotFixtures() {
    }

    static Path valid(Path file) throws Exception {
        try (SnapshotWriter w = SnapshotWriter.create(file, true)) {
            w.title("Fixture").synthetic(true).metadata(SnapshotSchema.KEY_SOURCE, "unit test")
                    .metadata(SnapshotSchema.KEY_LICENCE, "CC0");
            long d1 = w.addDocument("P1", DocumentKind.PATENT, 2020, "F1", 0);
            w.addAddress(d1, 35.68, 139.69, 0.5, "JP", "Tokyo");
            w.addAddress(d1, 48.86, 2.35, 0.5, "FR", "Paris");
            long d2 = w.addDocument("A1", DocumentKind.PUBLICATION, 2021, null, 0.5);
            w.addAddress(d2, 35.68, 139.69, 0.5, "JP", "Tokyo");
            long d3 = w.addDocument("P2", DocumentKind.PATENT, 2019, "F2", 0);
            w.addAddress(d3, 40.71, -74.01, 1.0, "US", "New York");
            w.commit();
        }
        return file;
    }

    /** The valid snapshot as version 1, with {@code sql} run on it. */
    static Path broken(Path file, String... sql) throws Exception {
        version1(valid(file));
        sql(file, sql);
        return file;
    }

    /** Turns a snapshot written by {@link SnapshotWriter} into the version-1 file with the same rows. */
    static Path version1(Path file) throws SQLException {
        sql(file, "DROP TABLE " + SnapshotSchema.SUMMARY_LOCATIONS, "DROP TABLE " + SnapshotSchema.SUMMARY_FIELDS,
                "DROP TABLE " + SnapshotSchema.SUMMARY_UNLOCATED,
                "DELETE FROM metadata WHERE key IN ('data_digest', 'data_pages', 'patents', 'publications')",
                "UPDATE metadata SET value = '1' WHERE key = 'schema_version'");
        return file;
    }

    static void sql(Path file, String... sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** SQL that rebuilds a table without its NOT NULL constraints, as a careless producer might write it. */
    static String[] relaxed(String table, String columns) {
        return new String[] {"ALTER TABLE " + table + " RENAME TO old_" + table,
                "CREATE TABLE " + table + " (" + columns + ")",
                "INSERT INTO " + table + " SELECT * FROM old_" + table, "DROP TABLE old_" + table};
    }

    /** Asserts that opening fails with a message naming the file, the table (or none) and the row (or none). */
    static SnapshotException assertRejected(Path file, String table, long row, String reason) {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.open(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), "names the file: " + m);
        assertTrue(m.contains(reason), "says '" + reason + "': " + m);
        assertEquals(table, e.table(), m);
        assertEquals(row, e.row(), m);
        if (table != null) {
            assertTrue(m.contains("table '" + table + "'"), "names the table: " + m);
        }
        if (row >= 0) {
            assertTrue(m.contains("row " + row + ":"), "names the row: " + m);
        }
        return e;
    }
}
