package org.clusteratlas.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotSchema;
import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.clusteratlas.snapshot.source.SourceInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark-built snapshot of the same inputs equals the desktop importer's: the same documents in the same
 * order, the same addresses and locations, the same sources, and the same ranking (the app's own {@code rank}
 * command on both files), on the project's OpenAlex fixtures and on the real files of ../shared/realdata.
 */
class SparkSnapshotBuilderTest {
    private static final Path APP = Path.of(System.getProperty("app.jar", "../target/cluster-atlas-0.1.0-SNAPSHOT.jar"))
            .toAbsolutePath().normalize().getParent();
    private static final Path FIXTURES = APP.getParent().resolve("src/test/resources/realdata/openalex");
    private static final Path REALDATA = APP.getParent().getParent().resolve("shared/realdata");
    private static JavaSparkContext sc;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
                .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "2"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void fixturesGiveTheDesktopSnapshot() throws Exception {
        compare(List.of(FIXTURES.resolve("works-part1.jsonl"), FIXTURES.resolve("works-part2.jsonl")),
                List.of(FIXTURES.resolve("institutions.jsonl")), "article", "1");
    }

    @Test
    void realFilesOfBothSchemasGiveTheDesktopSnapshot() throws Exception {
        Path go = REALDATA.resolve("openalex-go-sample/raw");
        Assumptions.assumeTrue(Files.isDirectory(go), "skipped: " + REALDATA + " is absent (real OpenAlex files)");
        compare(List.of(go.resolve("works/updated_date=2021-11-03/part_000.gz"),
                        go.resolve("works/updated_date=2023-05-16/part_000.gz")),
                List.of(go.resolve("institutions/updated_date=2023-09-04/part_000.gz"),
                        REALDATA.resolve("openalex-robotics/converted/institutions.jsonl")),
                "article,book-chapter,review", "1");
    }

    @Test
    void aBadLineIsRefusedNamingTheFileAndLine() throws Exception {
        Path works = dir.resolve("bad.jsonl");
        Files.writeString(works, Files.readString(FIXTURES.resolve("works-part1.jsonl")) + "{\"id\": oops}\n");
        SparkSnapshotBuilder o = SparkSnapshotBuilder.parse("--works", works.toString(), "--institutions",
                FIXTURES.resolve("institutions.jsonl").toString(), "--out", dir.resolve("x.sqlite").toString());
        SnapshotException e = assertThrows(SnapshotException.class, () -> SparkSnapshotBuilder.build(sc, o));
        long lines = Files.readAllLines(works).size();
        assertTrue(e.getMessage().contains("bad.jsonl") && e.getMessage().contains(Long.toString(lines)),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.sqlite")), "nothing is left behind");
    }

    private void compare(List<Path> works, List<Path> institutions, String types, String minimum) throws Exception {
        Path desktop = dir.resolve("desktop.sqlite");
        Path spark = dir.resolve("spark.sqlite");
        ImportReport d = new SnapshotImport(desktop, false, null, null).run(new OpenAlexImport(works, institutions,
                new LinkedHashSet<>(Arrays.asList(types.split(","))), Integer.MIN_VALUE, Integer.MAX_VALUE, false,
                Progress.silent()));
        ImportReport s = SparkSnapshotBuilder.build(sc, SparkSnapshotBuilder.parse(
                "--works", String.join(",", works.stream().map(Path::toString).toList()),
                "--institutions", String.join(",", institutions.stream().map(Path::toString).toList()),
                "--types", types, "--out", spark.toString()));
        assertTrue(d.documents() > 0 && d.addresses() > 0, d.summary());
        assertEquals(d.documents(), s.documents());
        assertEquals(d.addresses(), s.addresses());
        SnapshotReader.open(spark); // the app opens and validates it
        for (String query : List.of(
                "SELECT source_id, kind, year, field, unlocated_share FROM documents ORDER BY id",
                "SELECT d.source_id, l.lat, l.lon, l.country, l.city, a.share FROM addresses a"
                        + " JOIN documents d ON d.id = a.document_id JOIN locations l ON l.id = a.location_id"
                        + " ORDER BY a.document_id, a.rowid",
                "SELECT lat, lon, country, city FROM locations ORDER BY id")) {
            List<String> expected = rows(desktop, query);
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, rows(spark, query), query);
        }
        assertEquals(sources(desktop), sources(spark), "the same files, sizes and digests");
        List<String> ranking = rank(desktop, minimum);
        assertTrue(ranking.size() > 1, "the ranking has clusters: " + ranking);
        assertEquals(ranking, rank(spark, minimum));
    }

    private static List<String> rows(Path file, String query) throws Exception {
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
    private List<String> rank(Path snapshot, String minimum) throws Exception {
        Path csv = dir.resolve(snapshot.getFileName() + ".csv");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", APP.resolve("cluster-atlas.jar").toString(), "rank", "--snapshot", snapshot.toString(),
                "--min-publications", minimum, "--eps-km", "20", "--format", "csv", "--out", csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("rank.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rank finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("rank.log")));
        return Files.readAllLines(csv).stream().filter(l -> !l.contains(snapshot.getFileName().toString())).toList();
    }
}
