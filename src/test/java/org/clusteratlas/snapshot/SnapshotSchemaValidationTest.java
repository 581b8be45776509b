package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.clusteratlas.snapshot.SnapshotFixtures.assertRejected;
import static org.clusteratlas.snapshot.SnapshotFixtures.broken;

/** SQLite files that are not v1 snapshots: wrong version, missing tables, columns or metadata. */
class SnapshotSchemaValidationTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s.sqlite");
    }

    @Test
    void newerSchemaVersion() throws Exception {
        broken(file(), "UPDATE metadata SET value = '3' WHERE key = 'schema_version'");
        assertRejected(file(), "metadata", -1, "schema_version 3 is newer");
    }

    @Test
    void unknownSchemaVersions() throws Exception {
        broken(file(), "UPDATE metadata SET value = 'one' WHERE key = 'schema_version'");
        assertRejected(file(), "metadata", -1, "unknown schema_version 'one'");
        broken(file(), "UPDATE metadata SET value = '0' WHERE key = 'schema_version'");
        assertRejected(file(), "metadata", -1, "unknown schema_version 0");
    }

    @Test
    void missingSchemaVersion() throws Exception {
        broken(file(), "DELETE FROM metadata WHERE key = 'schema_version'");
        assertRejected(file(), "metadata", -1, "missing key 'schema_version'");
    }

    @Test
    void missingMetadataTable() throws Exception {
        broken(file(), "DROP TABLE metadata");
        assertRejected(file(), "metadata", -1, "missing table");
    }

    @Test
    void everyRequiredTableIsChecked() throws Exception {
        for (String table : SnapshotSchema.REQUIRED_COLUMNS.keySet()) {
            if (!table.equals(SnapshotSchema.METADATA)) {
                broken(file(), "DROP TABLE " + table);
                assertRejected(file(), table, -1, "missing table");
            }
        }
    }

    @Test
    void everyRequiredColumnIsChecked() throws Exception {
        for (var e : SnapshotSchema.REQUIRED_COLUMNS.entrySet()) {
            for (String column : e.getValue()) {
                String t = e.getKey();
                // rebuild the table with that column renamed (works for primary keys too)
                broken(file(), "ALTER TABLE " + t + " RENAME COLUMN " + column + " TO renamed_" + column);
                assertRejected(file(), t, -1, "missing column '" + column + "'");
            }
        }
    }

    @Test
    void metadataCountsMustMatchTheTables() throws Exception {
        broken(file(), "UPDATE metadata SET value = '5' WHERE key = 'documents'");
        assertRejected(file(), "metadata", -1, "key 'documents' says 5 but table 'documents' has 3 rows");
        broken(file(), "UPDATE metadata SET value = '3' WHERE key = 'addresses'");
        assertRejected(file(), "metadata", -1, "key 'addresses' says 3 but table 'addresses' has 4 rows");
        broken(file(), "UPDATE metadata SET value = 'many' WHERE key = 'locations'");
        assertRejected(file(), "metadata", -1, "key 'locations' is 'many', not a count");
    }
}
