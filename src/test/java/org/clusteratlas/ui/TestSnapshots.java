package org.clusteratlas.ui;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small snapshots for window tests, written with the real writer. */
final class TestSnapshots {
    private TestSnapshots() {
    }

    /** {@code documents} single-address documents scattered around a few cities, seeded. */
    static Path small(Path dir, String name, String title, int documents) throws IOException {
        Path file = dir.resolve(name);
        double[][] cities = {{35.68, 139.69}, {48.86, 2.35}, {37.39, -122.08}, {51.51, -0.13}, {-23.55, -46.63}};
        Random r = new Random(42);
        try (SnapshotWriter w = SnapshotWriter.create(file, false)) {
            w.title(title).synthetic(true);
            for (int d = 0; d < documents; d++) {
                double[] c = cities[d % cities.length];
                DocumentKind kind = d % 3 == 0 ? DocumentKind.PUBLICATION : DocumentKind.PATENT;
                long id = w.addDocument("D" + d, kind, 2015 + d % 8, null, 0);
                w.addAddress(id, c[0] + r.nextGaussian() * 0.2, c[1] + r.nextGaussian() * 0.2, 1.0, null, null);
            }
            w.commit();
        }
        return file;
    }

    /** A file that is not a SQLite database at all. */
    static Path broken(Path dir) throws IOException {
        Path file = dir.resolve("broken.sqlite");
        Files.writeString(file, "this is not a snapshot, just some text\n".repeat(20));
        return file;
    }
}
