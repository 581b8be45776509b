package org.clusteratlas.ui.explorer;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Snapshots for explorer tests, written with the real writer: a handful of real cities of different sizes,
 * each with a satellite town 20 km away (so clusters merge as the radius grows) and sparse noise.
 */
public final class ExplorerSnapshots {
    /** name, lat, lon, documents. */
    private static final Object[][] CITIES = {
        {"Tokyo", 35.68, 139.69, 900}, {"Paris", 48.86, 2.35, 600}, {"Mountain View", 37.39, -122.08, 450},
        {"London", 51.51, -0.13, 380}, {"Sao Paulo", -23.55, -46.63, 260}, {"Sydney", -33.87, 151.21, 200},
        {"Nairobi", -1.29, 36.82, 140}, {"Helsinki", 60.17, 24.94, 110},
    };

    private ExplorerSnapshots() {
    }

    public static Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Random r = new Random(7);
        try (SnapshotWriter w = SnapshotWriter.create(file, false)) {
            w.title("Explorer test snapshot").synthetic(true);
            String[] fields = {"Chemistry", "Physics", "Medicine"};
            int d = 0;
            for (Object[] c : CITIES) {
                double lat = (double) c[1];
                double lon = (double) c[2];
                int n = (int) c[3];
                for (int i = 0; i < n; i++) {
                    DocumentKind kind = (i + d) % 3 == 0 ? DocumentKind.PUBLICATION : DocumentKind.PATENT;
                    long id = w.addDocument("D" + d++, kind, 2016 + i % 7, fields[i % 3], 0);
                    boolean satellite = i % 4 == 0;
                    // spots on a small grid: city-level geocoding repeats coordinates
                    double dlat = (r.nextInt(5) - 2) * 0.02 + (satellite ? 0.18 : 0);
                    double dlon = (r.nextInt(5) - 2) * 0.02;
                    w.addAddress(id, lat + dlat, lon + dlon, 1.0, null, null);
                }
            }
            for (int i = 0; i < 60; i++) {
                long id = w.addDocument("N" + i, DocumentKind.PATENT, 2018, fields[0], 0);
                w.addAddress(id, -50 + r.nextDouble() * 100, -170 + r.nextDouble() * 340, 1.0, null, null);
            }
            w.commit();
        }
        return file;
    }
}
