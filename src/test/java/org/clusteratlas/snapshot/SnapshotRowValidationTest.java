package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.stream.Stream;

import static org.clusteratlas.snapshot.SnapshotFixtures.assertRejected;
import static org.clusteratlas.snapshot.SnapshotFixtures.broken;
import static org.clusteratlas.snapshot.SnapshotFixtures.relaxed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad rows: each is reported with its table and the id (or rowid) of the first offending row. */
class SnapshotRowValidationTest {
    private static final String LOCATIONS = "id INTEGER PRIMARY KEY, lat REAL, lon REAL, country TEXT, city TEXT";
    private static final String ADDRESSES = "document_id INTEGER, location_id INTEGER, share REAL, organization_id INTEGER";
    private static final String DOCUMENTS = "id INTEGER PRIMARY KEY, source_id TEXT, kind TEXT, year INTEGER,"
            + " field TEXT, unlocated_share REAL";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s.sqlite");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private void setLocation(String column, int id, double value) throws Exception {
        broken(file(), relaxed("locations", LOCATIONS));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file());
             PreparedStatement ps = db.prepareStatement("UPDATE locations SET " + column + " = ? WHERE id = ?")) {
            ps.setDouble(1, value);
            ps.setInt(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void latitudeOutOfRange() throws Exception {
        broken(file(), "UPDATE locations SET lat = 91 WHERE id = 2");
        assertRejected(file(), "locations", 2, "latitude 91.0 outside [-90, 90]");
    }

    @Test
    void longitudeOutOfRange() throws Exception {
        broken(file(), "UPDATE locations SET lon = -180.5 WHERE id = 3");
        assertRejected(file(), "locations", 3, "longitude -180.5 outside [-180, 180]");
    }

    @Test
    void nanCoordinateIsStoredAsNullAndRejected() throws Exception {
        setLocation("lat", 2, Double.NaN);
        assertRejected(file(), "locations", 2, "lat/lon is NULL/");
    }

    @Test
    void infiniteCoordinate() throws Exception {
        setLocation("lon", 3, Double.POSITIVE_INFINITY);
        assertRejected(file(), "locations", 3, "longitude Infinity outside");
    }

    @Test
    void textCoordinate() throws Exception {
        broken(file(), "UPDATE locations SET lon = 'east' WHERE id = 1");
        assertRejected(file(), "locations", 1, "not a number");
    }

    @Test
    void sharesOutsideZeroToOne() throws Exception {
        broken(file(), "UPDATE addresses SET share = 0 WHERE rowid = 3");
        assertRejected(file(), "addresses", 3, "share 0.0 outside (0, 1]");
        broken(file(), "UPDATE addresses SET share = 1.5 WHERE rowid = 4");
        assertRejected(file(), "addresses", 4, "share 1.5 outside (0, 1]");
        broken(file(), "UPDATE addresses SET share = -0.5 WHERE rowid = 2");
        assertRejected(file(), "addresses", 2, "share -0.5 outside (0, 1]");
    }

    @Test
    void nullShare() throws Exception {
        broken(file(), concat(relaxed("addresses", ADDRESSES), "UPDATE addresses SET share = NULL WHERE rowid = 2"));
        assertRejected(file(), "addresses", 2, "share NULL (or NaN) outside (0, 1]");
    }

    @Test
    void unlocatedShareOutsideZeroToOne() throws Exception {
        broken(file(), "UPDATE documents SET unlocated_share = 1.5 WHERE id = 2");
        assertRejected(file(), "documents", 2, "unlocated_share 1.5 outside [0, 1]");
        broken(file(), "UPDATE documents SET unlocated_share = -0.25 WHERE id = 3");
        assertRejected(file(), "documents", 3, "unlocated_share -0.25 outside [0, 1]");
        broken(file(), concat(relaxed("documents", DOCUMENTS), "UPDATE documents SET unlocated_share = NULL WHERE id = 1"));
        assertRejected(file(), "documents", 1, "unlocated_share is NULL, not a number");
    }

    @Test
    void sharesThatDoNotSumToOne() throws Exception {
        broken(file(), "UPDATE addresses SET share = 0.4 WHERE rowid = 1");
        assertRejected(file(), "documents", 1, "shares sum to 0.9");
        broken(file(), "UPDATE documents SET unlocated_share = 0.25 WHERE id = 2");
        assertRejected(file(), "documents", 2, "shares sum to 0.75");
        broken(file(), "INSERT INTO addresses(document_id, location_id, share) VALUES (3, 1, 0.5)", "UPDATE metadata SET value = '5' WHERE key = 'addresses'");
        assertRejected(file(), "documents", 3, "shares sum to 1.5");
    }

    @Test
    void sumWithinToleranceIsAccepted() throws Exception {
        broken(file(), "UPDATE addresses SET share = 0.5000004 WHERE rowid = 1");
        assertEquals(3, SnapshotReader.open(file()).counts().documents());
    }

    @Test
    void unknownKind() throws Exception {
        broken(file(), "UPDATE documents SET kind = 'trademark' WHERE id = 3");
        assertRejected(file(), "documents", 3, "unknown kind 'trademark'");
        broken(file(), concat(relaxed("documents", DOCUMENTS), "UPDATE documents SET kind = NULL WHERE id = 2"));
        assertRejected(file(), "documents", 2, "unknown kind NULL");
    }

    @Test
    void kindSpellingIsForgiven() throws Exception {
        broken(file(), "UPDATE documents SET kind = ' Patent' WHERE id = 3");
        Snapshot s = SnapshotReader.open(file());
        assertEquals(2, s.counts().patents());
        assertEquals(1, s.counts().publications());
    }

    @Test
    void implausibleYears() throws Exception {
        broken(file(), "UPDATE documents SET year = 20200 WHERE id = 2");
        assertRejected(file(), "documents", 2, "implausible year 20200");
        broken(file(), "UPDATE documents SET year = 'last year' WHERE id = 3");
        assertRejected(file(), "documents", 3, "year is 'last year', not an integer");
        broken(file(), "UPDATE documents SET year = 2020.5 WHERE id = 1");
        assertRejected(file(), "documents", 1, "year is '2020.5', not an integer");
        broken(file(), concat(relaxed("documents", DOCUMENTS), "UPDATE documents SET year = NULL WHERE id = 1"));
        assertRejected(file(), "documents", 1, "year is NULL, not an integer");
    }

    @Test
    void addressOfAMissingDocument() throws Exception {
        broken(file(), "UPDATE addresses SET document_id = 99 WHERE rowid = 2");
        assertRejected(file(), "addresses", 2, "document_id '99' has no row in 'documents'");
    }

    @Test
    void addressAtAMissingLocation() throws Exception {
        broken(file(), "UPDATE addresses SET location_id = 77 WHERE rowid = 4");
        assertRejected(file(), "addresses", 4, "location_id '77' has no row in 'locations'");
    }

    @Test
    void firstOffendingRowIsReported() throws Exception {
        broken(file(), "UPDATE addresses SET share = 2 WHERE rowid IN (2, 4)");
        assertRejected(file(), "addresses", 2, "share 2.0");
    }

    @Test
    void emptySnapshot() throws Exception {
        broken(file(), "DELETE FROM addresses", "DELETE FROM documents", "DELETE FROM locations");
        assertRejected(file(), "documents", -1, "empty snapshot: no documents");
    }
}
