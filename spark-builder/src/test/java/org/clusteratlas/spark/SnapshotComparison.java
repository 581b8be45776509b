package org.clusteratlas.spark;

import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotSchema;
import org.clusteratlas.snapshot.source.SourceInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desktop-built and a Spark-built snapshot compared: the app opens (validates) the Spark one; the rows of
 * documents, addresses (document, place, share, organisation) and locations, each table in row order, the
 * sources (names, sizes, digests), and the ranking of the app's own {@code rank} command are equal.
 */
final class SnapshotComparison {
    private static final List<String> QUERIES = List.of(
            "SELECT source_id, kind, year, field, unlocated_share FROM documents ORDER BY id",
            "SELECT d.source_id, l.lat, l.lon, l.country, l.city, a.share, o.name FROM addresses a"
                    + " JOIN documents d ON d.id = a.document_id JOIN locations l ON l.id = a.location_id"
                    + " LEFT JOIN organizations o ON o.id = a.organization_id ORDER BY a.rowid",
            "SELECT id, lat, lon, country, city FROM locations ORDER BY id");

    private SnapshotComparison() {
    }

    /** Asserts that {@code spark} equals {@code desktop}; ranks both with {@code rankArgs} (none: not ranked). */
    static void assertSame(Path desktop, Path spark, Path dir, String... rankArgs) throws Exception {
        SnapshotReader.open(spark); // the app opens and validates it
        for (String query : QUERIES) {
            List<String> expected = rows(desktop, query);
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, rows(spark, query), query);
        }
        assertEquals(sources(desktop), sources(spark), "the same files, sizes and digests");
        if (rankArgs.length == 0) {
            return;
        }
        List<String> ranking = rank(desktop, dir, rankArgs);
        assertTrue(ranking.size() > 1, "the ranking has clusters: " + ranking);
        assertEquals(ranking, rank(spark, dir, rankArgs));
    }

    static List<String> rows(Path file, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** Name, size and digest of each source (the import time differs). */
    private static Set<String> sources(Path file) throws Exception {
        String json = rows(file, "SELECT value FROM metadata WHERE key = '" + SnapshotSchema.KEY_SOURCES + "'")
                .get(0);
        Set<String> out = new LinkedHashSet<>();
        for (SourceInfo i : SourceInfo.fromJson(json.substring(0, json.length() - 1))) {
            assertTrue(i.size() > 0 && i.sha256().matches("[0-9a-f]{64}"), i.toString());
            out.add(i.name() + " " + i.size() + " " + i.sha256());
        }
        return out;
    }

    /** The app's own ranking of a snapshot (its {@code rank} command, CSV), without the file's name. */
    private static List<String> rank(Path snapshot, Path dir, String... args) throws Exception {
        Path csv = dir.resolve(snapshot.getFileName() + ".csv");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", LocalSpark.APP.resolve("cluster-atlas.jar").toString(), "rank", "--snapshot",
                snapshot.toString(), "--format", "csv", "--out", csv.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("rank.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rank finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("rank.log")));
        return Files.readAllLines(csv).stream().filter(l -> !l.contains(snapshot.getFileName().toString())).toList();
    }
}
