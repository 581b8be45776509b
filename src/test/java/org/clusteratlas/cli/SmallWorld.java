package org.clusteratlas.cli;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A small snapshot for CLI tests, with its own gazetteer (so no bundled gazetteer is loaded):
 * <ul>
 *   <li>Tokyo: three locations within 5 km, 2018-2022, 6 patents and 6 publications a year (30 + 30);</li>
 *   <li>Osaka: two locations 2 km apart, 2018-2022, 2 patents and 2 publications a year (10 + 10);</li>
 *   <li>Paris: one location, publications only, 4 in 2022 (new in 2022);</li>
 *   <li>Reykjavik: one publication in 2018 and one in 2019 (noise at minimum weights of 3).</li>
 * </ul>
 * Fields: patents "Optics", publications "Physics". Ranked at {@code --eps-km 10 --min-patents 3
 * --min-publications 3}: 1 Tokyo, 2 Osaka, 3 Paris; totals 40 patents, 46 publications.
 */
final class SmallWorld {
    static final String TITLE = "Small world";

    private SmallWorld() {
    }

    static Path write(Path file) throws IOException {
        try (SnapshotWriter w = SnapshotWriter.create(file, true)) {
            w.title(TITLE).synthetic(true).metadata("source", "SmallWorld").metadata("licence", "CC0");
            double[][] tokyo = {{35.68, 139.69}, {35.70, 139.70}, {35.66, 139.72}};
            double[][] osaka = {{34.69, 135.50}, {34.70, 135.52}};
            int id = 0;
            for (int year = 2018; year <= 2022; year++) {
                for (int i = 0; i < 6; i++) {
                    double[] t = tokyo[i % tokyo.length];
                    long p = w.addDocument("P" + (++id), DocumentKind.PATENT, year, "Optics", 0);
                    w.addAddress(p, t[0], t[1], 1, "JP", "Tokyo");
                    long q = w.addDocument("A" + (++id), DocumentKind.PUBLICATION, year, "Physics", 0);
                    w.addAddress(q, t[0], t[1], 1, "JP", "Tokyo");
                }
                for (int i = 0; i < 2; i++) {
                    double[] o = osaka[i];
                    long p = w.addDocument("P" + (++id), DocumentKind.PATENT, year, "Optics", 0);
                    w.addAddress(p, o[0], o[1], 1, "JP", "Osaka");
                    long q = w.addDocument("A" + (++id), DocumentKind.PUBLICATION, year, "Physics", 0);
                    w.addAddress(q, o[0], o[1], 1, "JP", "Osaka");
                }
                if (year <= 2019) {
                    long r = w.addDocument("A" + (++id), DocumentKind.PUBLICATION, year, "Physics", 0);
                    w.addAddress(r, 64.15, -21.94, 1, "IS", "Reykjavik");
                }
            }
            for (int i = 0; i < 4; i++) {
                long q = w.addDocument("A" + (++id), DocumentKind.PUBLICATION, 2022, "Physics", 0);
                w.addAddress(q, 48.86, 2.35, 1, "FR", "Paris");
            }
            w.addGazetteerPlace("Tokyo", "JP", "40", 35.69, 139.69, 9_000_000);
            w.addGazetteerPlace("Osaka", "JP", "32", 34.69, 135.50, 2_700_000);
            w.addGazetteerPlace("Paris", "FR", "11", 48.86, 2.35, 2_100_000);
            w.addGazetteerPlace("Reykjavik", "IS", "39", 64.15, -21.94, 130_000);
            w.commit();
        }
        return file;
    }
}
