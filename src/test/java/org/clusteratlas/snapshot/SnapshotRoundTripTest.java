package org.clusteratlas.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void writtenSnapshotLoadsBack() throws Exception {
        Path file = dir.resolve("t.sqlite");
        try (SnapshotWriter w = SnapshotWriter.create(file, false)) {
            w.title("Test").synthetic(true);
            long d1 = w.addDocument("P1", DocumentKind.PATENT, 2020, "Computer technology", 0.5);
            w.addAddress(d1, 35.0, 139.0, 0.25, "JP", "Tokyo");
            w.addAddress(d1, 35.0, 139.0, 0.25, "JP", "Tokyo");
            long d2 = w.addDocument("A1", DocumentKind.PUBLICATION, 2021, null, 0);
            w.addAddress(d2, 48.8, 2.3, 1.0, "FR", "Paris");
            w.commit();
        }
        Snapshot s = SnapshotReader.open(file);
        assertEquals("Test", s.metadata().title());
        assertTrue(s.metadata().synthetic());
        assertEquals(2, s.metadata().documents());
        assertEquals(3, s.metadata().addresses());
        assertEquals(2, s.table().size());
        LocationWeights w = s.table().weigh(WeightFilter.all());
        assertEquals(0.5, w.patents()[0], 1e-12);
        assertEquals(1.0, w.totalPatents(), 1e-12);
        assertEquals(1.0, w.publications()[1], 1e-12);
    }
}
