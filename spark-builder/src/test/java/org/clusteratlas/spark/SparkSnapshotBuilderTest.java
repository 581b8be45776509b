package org.clusteratlas.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.openalex.OpenAlexReport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

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
    private static final Path FIXTURES = LocalSpark.FIXTURES.resolve("openalex");
    private static final Path REALDATA = LocalSpark.REALDATA;
    private final JavaSparkContext sc = LocalSpark.context();

    @TempDir
    Path dir;

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
        SnapshotException e = assertThrows(SnapshotException.class, () -> SparkSnapshotBuilder.build(sc, "openalex",
                "--works", works.toString(), "--institutions", FIXTURES.resolve("institutions.jsonl").toString(),
                "--out", dir.resolve("x.sqlite").toString()));
        long lines = Files.readAllLines(works).size();
        assertTrue(e.getMessage().contains("bad.jsonl") && e.getMessage().contains(Long.toString(lines)),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.sqlite")), "nothing is left behind");
    }

    @Test
    void aYearRangeLeavesOutTheSameWorks() throws Exception {
        Path go = REALDATA.resolve("openalex-go-sample/raw");
        Assumptions.assumeTrue(Files.isDirectory(go), "skipped: " + REALDATA + " is absent (real OpenAlex files)");
        compare(List.of(go.resolve("works/updated_date=2021-11-03/part_000.gz")),
                List.of(go.resolve("institutions/updated_date=2023-09-04/part_000.gz"),
                        REALDATA.resolve("openalex-robotics/converted/institutions.jsonl")),
                "article,book-chapter,review", "1", 2012, 2018);
    }

    private void compare(List<Path> works, List<Path> institutions, String types, String minimum) throws Exception {
        compare(works, institutions, types, minimum, null, null);
    }

    private void compare(List<Path> works, List<Path> institutions, String types, String minimum, Integer from,
                         Integer to) throws Exception {
        Path desktop = dir.resolve("desktop.sqlite");
        Path spark = dir.resolve("spark.sqlite");
        ImportReport d = new SnapshotImport(desktop, false, null, null).run(new OpenAlexImport(works, institutions,
                new LinkedHashSet<>(Arrays.asList(types.split(","))), from == null ? Integer.MIN_VALUE : from,
                to == null ? Integer.MAX_VALUE : to, false, Progress.silent()));
        List<String> args = new ArrayList<>(List.of("openalex",
                "--works", String.join(",", works.stream().map(Path::toString).toList()),
                "--institutions", String.join(",", institutions.stream().map(Path::toString).toList()),
                "--types", types, "--out", spark.toString()));
        if (from != null) {
            args.addAll(List.of("--from-year", from.toString(), "--to-year", to.toString()));
        }
        ImportReport s = SparkSnapshotBuilder.build(sc, args.toArray(String[]::new));
        assertTrue(d.documents() > 0 && d.addresses() > 0, d.summary());
        assertEquals(d.documents(), s.documents());
        assertEquals(d.addresses(), s.addresses());
        assertEquals(d.unlocatedAddresses(), s.unlocatedAddresses());
        for (String label : List.of(OpenAlexReport.INSTITUTIONS, OpenAlexReport.INSTITUTIONS_WITHOUT_COORDINATES,
                OpenAlexReport.INVALID_COUNTRIES, OpenAlexReport.OTHER_TYPES, OpenAlexReport.NO_YEAR,
                OpenAlexReport.OUTSIDE_YEARS, OpenAlexReport.REPEATED, OpenAlexReport.NO_AUTHORSHIPS,
                OpenAlexReport.MAPPED_TYPES)) {
            assertEquals(d.count(label), s.count(label), label);
        }
        assertEquals(d.leftOutDetails(OpenAlexReport.OTHER_TYPES), s.leftOutDetails(OpenAlexReport.OTHER_TYPES));
        assertEquals(d.emptyExplanation(), s.emptyExplanation(), "the same explanation of what was left out");
        SnapshotComparison.assertSame(desktop, spark, dir, "--min-publications", minimum, "--eps-km", "20");
    }
}
