package org.clusteratlas.rank;

import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A snapshot's own gazetteer table names its clusters instead of the bundled one. */
class SnapshotGazetteerTest {
    @TempDir
    Path dir;

    private Path snapshot(String placeName, double placeLat) throws Exception {
        Path file = dir.resolve(placeName + placeLat + ".sqlite");
        try (SnapshotWriter w = SnapshotWriter.create(file, false)) {
            w.title("t");
            long d = w.addDocument("P1", DocumentKind.PATENT, 2020, null, 0);
            w.addAddress(d, 48.80, 2.30, 1.0, "FR", null);
            if (placeName != null) {
                w.addGazetteerPlace(placeName, "FR", "11", placeLat, 2.31, 123_456);
            }
            w.commit();
        }
        return file;
    }

    @Test
    void theSnapshotsPlacesNameAndPopulateItsClusters() throws Exception {
        Path file = snapshot("Petite-Couronne", 48.81);
        Snapshot s = SnapshotReader.open(file);
        Gazetteer g = s.gazetteer();
        assertTrue(g != Gazetteer.bundled());
        Ranking r = new Ranker(PlaceIndex.build(s.table(), g)).rank(Fixtures.clustering(s.table(), 0));
        assertEquals("Petite-Couronne", r.row(0).name());
        assertEquals(123_456, r.row(0).population());
        Provenance p = org.clusteratlas.io.SnapshotProvenance.of(s, "9.9");
        assertEquals("t", p.snapshotTitle());
        assertEquals(file.getFileName().toString(), p.snapshotFile());
        assertEquals(org.clusteratlas.io.FileDigest.sha256(file), p.snapshotSha256());
        assertEquals(64, p.snapshotSha256().length());
    }

    @Test
    void noPlacesMeansTheBundledGazetteer() throws Exception {
        assertTrue(SnapshotReader.open(snapshot(null, 0)).gazetteer() == Gazetteer.bundled());
    }

    @Test
    void aBadRowIsNamed() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> snapshot("Nowhere", 123.0), "the writer refuses it");
        Path file = snapshot("Nowhere", 12.0);
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE gazetteer SET lat = 123"); // damaged after writing
        }
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.open(file));
        assertEquals("gazetteer", e.table());
        assertEquals(1, e.row());
        assertTrue(e.getMessage().contains("latitude 123.0 outside [-90, 90]"), e.getMessage());
    }
}
