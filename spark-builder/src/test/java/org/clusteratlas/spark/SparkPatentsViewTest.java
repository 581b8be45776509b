package org.clusteratlas.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.patentsview.PatentsViewReport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PatentsView on Spark gives the desktop importer's snapshot: the same documents in the same order, the same
 * addresses (organisations included), locations, sources, report counts and ranking, for the current layout
 * (fixtures with a multi-line title, a withdrawn patent, unlocated inventors; plus assignees) and for the
 * pre-2022 layout and the real files of ../shared/realdata (skipped, saying so, where that folder is absent).
 */
class SparkPatentsViewTest {
    private static final Path PV = LocalSpark.FIXTURES.resolve("patentsview");
    private static final Path LEGACY = LocalSpark.FIXTURES.resolve("patentsview-legacy");
    private static final Path REALDATA = LocalSpark.REALDATA;
    private static final List<String> COUNTED = List.of(PatentsViewReport.PATENTS, PatentsViewReport.WITHDRAWN,
            PatentsViewReport.REPEATED_PATENTS, PatentsViewReport.LOCATIONS_WITHOUT_COORDINATES,
            PatentsViewReport.INVALID_COUNTRIES, PatentsViewReport.UNKNOWN_PATENT_INVENTORS,
            PatentsViewReport.PATENTS_WITHOUT_INVENTORS, PatentsViewReport.UNMAPPED_CPC,
            PatentsViewReport.INDIVIDUAL_ASSIGNEES, PatentsViewReport.UNKNOWN_PATENT_ASSIGNEES);
    private final JavaSparkContext sc = LocalSpark.context();

    @TempDir
    Path dir;

    /** The tables of one import: patents, inventors, raw locations, locations, cpc, assignees (null: none). */
    private record Tables(Path patents, Path inventors, Path raw, Path locations, Path cpc, Path assignees) {
        List<String> args() {
            List<String> a = new ArrayList<>(List.of("patentsview", "--patents", patents.toString(), "--inventors",
                    inventors.toString(), "--locations", locations.toString()));
            if (raw != null) {
                a.addAll(List.of("--raw-locations", raw.toString()));
            }
            if (cpc != null) {
                a.addAll(List.of("--cpc", cpc.toString()));
            }
            if (assignees != null) {
                a.addAll(List.of("--assignees", assignees.toString()));
            }
            return a;
        }
    }

    @Test
    void currentLayoutFixturesWithAssigneesGiveTheDesktopSnapshot() throws Exception {
        Path assignees = dir.resolve("g_assignee_disambiguated.tsv");
        // two organisations of one patent out of sequence order, a repeat, an individual, an unknown patent
        Files.writeString(assignees, """
                patent_id\tassignee_sequence\tdisambig_assignee_organization
                10000002\t1\tBeta Corp
                10000002\t0\tAlpha Inc
                10000002\t2\tAlpha Inc
                D900003\t0\t
                10000001\t0\tGamma GmbH
                99999999\t0\tNobody Ltd
                """);
        ImportReport d = compare(new Tables(PV.resolve("g_patent.tsv"), PV.resolve("g_inventor_disambiguated.tsv"),
                null, PV.resolve("g_location_disambiguated.tsv"), PV.resolve("g_cpc_current.tsv"), assignees),
                "--min-patents", "1", "--eps-km", "50");
        assertEquals(1, d.count(PatentsViewReport.WITHDRAWN), d.summary());
        assertEquals(1, d.count(PatentsViewReport.INDIVIDUAL_ASSIGNEES), d.summary());
        assertTrue(SnapshotComparison.rows(dir.resolve("spark.sqlite"), "SELECT name FROM organizations")
                .contains("Alpha Inc|"));
    }

    @Test
    void gzippedTablesReadAsPlainOnes() throws Exception {
        Path inventors = gzip(PV.resolve("g_inventor_disambiguated.tsv"));
        Path desktop = dir.resolve("desktop.sqlite");
        new SnapshotImport(desktop, false, null, null).run(new PatentsViewImport(PV.resolve("g_patent.tsv"),
                PV.resolve("g_inventor_disambiguated.tsv"), PV.resolve("g_location_disambiguated.tsv"), null, false,
                Progress.silent()));
        Path spark = dir.resolve("spark.sqlite");
        SparkSnapshotBuilder.build(sc, "patentsview", "--patents", PV.resolve("g_patent.tsv").toString(),
                "--inventors", inventors.toString(), "--locations", PV.resolve("g_location_disambiguated.tsv").toString(),
                "--out", spark.toString());
        String q = "SELECT d.source_id, a.share, l.lat, l.lon FROM addresses a JOIN documents d ON d.id = a.document_id"
                + " JOIN locations l ON l.id = a.location_id ORDER BY a.rowid";
        assertFalse(SnapshotComparison.rows(desktop, q).isEmpty());
        assertEquals(SnapshotComparison.rows(desktop, q), SnapshotComparison.rows(spark, q));
    }

    @Test
    void pre2022LayoutGivesTheDesktopSnapshot() throws Exception {
        Path patents = REALDATA.resolve("pv-legacy-bulk-patent/raw/patent.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(patents), "skipped: " + REALDATA + " is absent (real pre-2022"
                + " patent.tsv)");
        compare(new Tables(patents, LEGACY.resolve("rawinventor.tsv"), LEGACY.resolve("rawlocation.tsv"),
                LEGACY.resolve("location.tsv"), LEGACY.resolve("cpc_current.tsv"), null),
                "--min-patents", "1", "--eps-km", "50");
    }

    @Test
    void realTablesGiveTheDesktopSnapshot() throws Exception {
        Path api = REALDATA.resolve("pv-api-cassettes/converted");
        Path ipg = REALDATA.resolve("pv-legacy-ipg120327/converted");
        Assumptions.assumeTrue(Files.isDirectory(api) && Files.isDirectory(ipg), "skipped: " + REALDATA
                + " is absent (real PatentsView tables)");
        ImportReport d = compare(new Tables(api.resolve("g_patent.tsv"), api.resolve("g_inventor_disambiguated.tsv"),
                null, api.resolve("g_location_disambiguated.tsv"), api.resolve("g_cpc_current.tsv"), null),
                "--min-patents", "3", "--eps-km", "20");
        assertEquals(1200, d.count(PatentsViewReport.PATENTS));
        compare(new Tables(ipg.resolve("g_patent.tsv"), ipg.resolve("g_inventor_disambiguated.tsv"), null,
                ipg.resolve("g_location_disambiguated.tsv"), null, null), "--min-patents", "1", "--eps-km", "50");
    }

    @Test
    void aBadLineStopsNamingFileAndLineOrIsCountedWithSkipBad() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(PV.resolve("g_patent.tsv")));
        lines.add(2, "\"1000-001\"\t\"utility\"\t\"2018-06-19\"\t\"t\"\t\"B2\"\t1\t0\t\"f\"");
        Path patents = dir.resolve("bad_patent.tsv");
        Files.write(patents, lines);
        Tables t = new Tables(patents, PV.resolve("g_inventor_disambiguated.tsv"), null,
                PV.resolve("g_location_disambiguated.tsv"), null, null);
        List<String> args = new ArrayList<>(t.args());
        args.addAll(List.of("--out", dir.resolve("x.sqlite").toString()));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> SparkSnapshotBuilder.build(sc, args.toArray(String[]::new)));
        assertTrue(e.getMessage().contains("bad_patent.tsv") && e.getMessage().contains("3")
                && e.getMessage().contains("1000-001"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.sqlite")), "nothing is left behind");
        ImportReport d = compare(t, true); // the same as above, ranking aside
        assertEquals(1, d.badLineCount());
    }

    private ImportReport compare(Tables t, String... rank) throws Exception {
        return compare(t, false, rank);
    }

    /** Builds both snapshots, compares them and their reports; the desktop's report. */
    private ImportReport compare(Tables t, boolean skipBad, String... rank) throws Exception {
        Path desktop = dir.resolve("desktop.sqlite");
        Path spark = dir.resolve("spark.sqlite");
        Files.deleteIfExists(desktop);
        Files.deleteIfExists(spark);
        ImportReport d = new SnapshotImport(desktop, false, null, null).run(new PatentsViewImport(t.patents(),
                t.inventors(), t.raw(), t.locations(), t.cpc(), skipBad, Progress.silent()).withAssignees(t.assignees()));
        List<String> args = new ArrayList<>(t.args());
        args.addAll(List.of("--out", spark.toString()));
        if (skipBad) {
            args.add("--skip-bad");
        }
        ImportReport s = SparkSnapshotBuilder.build(sc, args.toArray(String[]::new));
        assertTrue(d.documents() > 0 && d.addresses() > 0, d.summary());
        assertEquals(d.documents(), s.documents());
        assertEquals(d.addresses(), s.addresses());
        assertEquals(d.unlocatedAddresses(), s.unlocatedAddresses());
        assertEquals(d.badLineCount(), s.badLineCount());
        assertEquals(d.firstBadLines(), s.firstBadLines());
        for (String label : COUNTED) {
            assertEquals(d.count(label), s.count(label), label);
        }
        SnapshotComparison.assertSame(desktop, spark, dir, rank);
        return d;
    }

    private Path gzip(Path plain) throws Exception {
        Path gz = dir.resolve(plain.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        return gz;
    }
}
