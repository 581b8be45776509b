package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a valid snapshot loads into: counts, merged coordinates, sparse ids, progress. */
class SnapshotLoadTest {
    @TempDir
    Path dir;

    @Test
    void countsAndWeights() throws Exception {
        Snapshot s = SnapshotReader.open(SnapshotFixtures.valid(dir.resolve("s.sqlite")));
        assertEquals(new SnapshotCounts(2, 1, 4, 3), s.counts());
        assertEquals("Fixture", s.metadata().title());
        assertEquals("unit test", s.metadata().source());
        assertEquals("CC0", s.metadata().licence());
        assertEquals(SnapshotSchema.VERSION, s.metadata().schemaVersion());
        assertEquals(2019, s.table().minYear());
        assertEquals(2021, s.table().maxYear());
        LocationWeights w = s.table().weigh(WeightFilter.all());
        assertEquals(0.5, w.patents()[0], 1e-12);
        assertEquals(0.5, w.publications()[0], 1e-12);
        assertEquals(2.0, w.totalPatents(), 1e-12);
        assertEquals(1.0, w.totalPublications(), 1e-12, "unlocated half counted in the total");
    }

    @Test
    void sparseIdsAndDuplicateCoordinates() throws Exception {
        Path f = SnapshotFixtures.broken(dir.resolve("s.sqlite"),
                // sparse document and location ids, and a second location row at Tokyo's coordinates
                "UPDATE addresses SET document_id = 1099511627776 WHERE document_id = 3",
                "UPDATE documents SET id = 1099511627776 WHERE id = 3",
                "UPDATE addresses SET location_id = 1000000000 WHERE location_id = 2",
                "UPDATE locations SET id = 1000000000 WHERE id = 2",
                "INSERT INTO locations VALUES (-5, 35.68, 139.69, 'JP', 'Tokyo (again)')",
                "UPDATE addresses SET location_id = -5 WHERE rowid = 3",
                "UPDATE metadata SET value = '4' WHERE key = 'locations'");
        Snapshot s = SnapshotReader.open(f);
        assertEquals(4, s.counts().locationRows());
        assertEquals(3, s.table().size(), "equal coordinates merge into one location");
        LocationWeights w = s.table().weigh(WeightFilter.all());
        int tokyo = -1;
        for (int i = 0; i < s.table().size(); i++) {
            if (s.table().lat(i) == 35.68) {
                tokyo = i;
            }
        }
        assertEquals(0.5, w.patents()[tokyo], 1e-12);
        assertEquals(0.5, w.publications()[tokyo], 1e-12);
        assertEquals(2.0, w.totalPatents(), 1e-12);
    }

    @Test
    void progressRisesToOne() throws Exception {
        Path f = SnapshotFixtures.valid(dir.resolve("s.sqlite"));
        List<Double> seen = new ArrayList<>();
        SnapshotReader.open(f, seen::add);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
    }

    @Test
    void ownGazetteerIsUsedWhenPresent() throws Exception {
        Path f = dir.resolve("g.sqlite");
        try (SnapshotWriter w = SnapshotWriter.create(f, false)) {
            long d = w.addDocument("P1", DocumentKind.PATENT, 2020, null, 0);
            w.addAddress(d, 1, 2, 1, null, null);
            w.addGazetteerPlace("Springfield", "US", "IL", 39.8, -89.65, 114_000);
            w.commit();
        }
        Snapshot s = SnapshotReader.open(f);
        assertEquals(1, s.gazetteer().places().size());
        assertEquals("Springfield", s.gazetteer().places().get(0).name());
        assertEquals(114_000, s.gazetteer().places().get(0).population());
    }

    @Test
    void withoutOwnGazetteerTheBundledOneIsUsed() throws Exception {
        Snapshot s = SnapshotReader.open(SnapshotFixtures.valid(dir.resolve("s.sqlite")));
        assertEquals(null, s.ownGazetteer(), "the writer creates an empty gazetteer table: no own places");
        assertTrue(s.gazetteer().places().size() > 20_000);
    }

    @Test
    void badGazetteerRowIsReported() throws Exception {
        Path f = SnapshotFixtures.broken(dir.resolve("s.sqlite"),
                "INSERT INTO gazetteer VALUES ('Atlantis', NULL, NULL, 95, 0, 10)");
        SnapshotFixtures.assertRejected(f, "gazetteer", 1, "latitude 95.0 outside [-90, 90]");
    }

    @Test
    void pathWithSpacesHashQuestionMarkAndNonAscii() throws Exception {
        Path sub = java.nio.file.Files.createDirectories(dir.resolve("Données 100%"));
        Path f = SnapshotFixtures.valid(sub.resolve("my snap #1?.sqlite"));
        assertEquals(3, SnapshotReader.open(f).counts().documents());
    }
}
