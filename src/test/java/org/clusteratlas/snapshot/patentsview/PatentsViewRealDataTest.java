package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.Fixtures;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.RealData;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real PatentsView files as found (../shared/realdata): the 2012 design patents of grant file ipg120327 in the
 * current layout, and a real pre-2022 {@code patent.tsv} (stray {@code x} before its header included) with
 * hand-written pre-2022 inventor, raw location, location and CPC tables (test resources).
 */
class PatentsViewRealDataTest {
    private static final String IPG = "pv-legacy-ipg120327/converted/";

    @TempDir
    Path dir;

    private static ImportReport run(Path out, PatentsViewImport source) throws Exception {
        return new SnapshotImport(out, false, null, null).run(source);
    }

    @Test
    void designPatentsOf2012AreCountedFractionally() throws Exception {
        Path out = dir.resolve("p.sqlite");
        ImportReport r = run(out, new PatentsViewImport(RealData.file(IPG + "g_patent.tsv"),
                RealData.file(IPG + "g_inventor_disambiguated.tsv"), RealData.file(IPG + "g_location_disambiguated.tsv"),
                null, false, Progress.silent()));
        assertEquals(18, r.documents());
        assertEquals(28, r.addresses() + r.unlocatedAddresses()); // 28 inventors
        String byCity = "SELECT l.city, SUM(a.share) FROM addresses a JOIN documents d ON d.id = a.document_id"
                + " JOIN locations l ON l.id = a.location_id WHERE d.source_id = '%s' GROUP BY l.city";
        // D656296: one inventor in Frisco, two in Plano
        Map<String, Double> d296 = Fixtures.doubles(out, byCity.formatted("D656296"));
        assertEquals(2, d296.size());
        assertEquals(1.0 / 3, d296.get("Frisco"), 1e-12);
        assertEquals(2.0 / 3, d296.get("Plano"), 1e-12);
        // D656313: four inventors in Paris
        assertEquals(Map.of("Paris", 1.0), Fixtures.doubles(out, byCity.formatted("D656313")));
        assertEquals(List.of(List.of("2012", "4")), Fixtures.query(out, "SELECT d.year, COUNT(*) FROM addresses a"
                + " JOIN documents d ON d.id = a.document_id WHERE d.source_id = 'D656313' GROUP BY d.year"));
    }

    private PatentsViewImport legacy(Path rawLocations) throws Exception {
        Path t = dir.resolve("legacy");
        java.nio.file.Files.createDirectories(t);
        for (String f : List.of("rawinventor.tsv", "rawlocation.tsv", "location.tsv", "cpc_current.tsv")) {
            if (!java.nio.file.Files.exists(t.resolve(f))) {
                Fixtures.copy("patentsview-legacy/" + f, t);
            }
        }
        return new PatentsViewImport(RealData.file("pv-legacy-bulk-patent/raw/patent.tsv"), t.resolve("rawinventor.tsv"),
                rawLocations == null ? null : t.resolve("rawlocation.tsv"), t.resolve("location.tsv"),
                t.resolve("cpc_current.tsv"), false, Progress.silent());
    }

    @Test
    void pre2022LayoutIsRecognisedAndCountedTheSameWay() throws Exception {
        Path out = dir.resolve("p.sqlite");
        ImportReport r = run(out, legacy(dir));
        assertEquals(9, r.count("patents in the patents file"));
        assertEquals(3, r.documents());
        assertEquals(6, r.count("patents without inventors, left out"));
        assertEquals(1, r.count("inventor rows of patents not in the patents file, left out"));
        String byCity = "SELECT l.city, SUM(a.share) FROM addresses a JOIN documents d ON d.id = a.document_id"
                + " JOIN locations l ON l.id = a.location_id WHERE d.source_id = '%s' GROUP BY l.city";
        // 10000000: Boston and Tokyo, one inventor each
        assertEquals(Map.of("Boston", 0.5, "Tokyo", 0.5), Fixtures.doubles(out, byCity.formatted("10000000")));
        // 10000001: two of three inventors in Boston (two raw spellings of one location), one never geocoded
        assertEquals(2.0 / 3, Fixtures.doubles(out, byCity.formatted("10000001")).get("Boston"), 1e-12);
        List<List<String>> docs = Fixtures.query(out,
                "SELECT source_id, year, field, unlocated_share FROM documents ORDER BY source_id");
        assertEquals(List.of("10000000", "2018", "Digital communication"), docs.get(0).subList(0, 3));
        assertEquals(List.of("10000001", "2018", "Pharmaceuticals"), docs.get(1).subList(0, 3)); // Y02E passed over
        assertEquals(1.0 / 3, Double.parseDouble(docs.get(1).get(3)), 1e-12);
        assertEquals(1.0, Double.parseDouble(docs.get(2).get(3)), 1e-12); // its location has no coordinates
    }

    @Test
    void pre2022InventorsWithoutRawLocationsAskForThem() throws Exception {
        var command = legacy(null); // reads the real files: skips here, not inside assertThrows, where they are absent
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(dir.resolve("p.sqlite"), command));
        assertTrue(e.getMessage().contains("--raw-locations rawlocation.tsv"), e.getMessage());
    }

    @Test
    void aRefusedHeaderNamesTheAcceptedLayouts() throws Exception {
        Path notPatents = RealData.file(IPG + "g_location_disambiguated.tsv");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(dir.resolve("p.sqlite"),
                new PatentsViewImport(notPatents, RealData.file(IPG + "g_inventor_disambiguated.tsv"), notPatents,
                        null, false, Progress.silent())));
        assertTrue(e.getMessage().startsWith(notPatents + ": line 1: missing column 'patent_id'"), e.getMessage());
        assertTrue(e.getMessage().contains("accepted layouts: g_patent.tsv (2022 on) (patent_id, patent_date);"
                + " patent.tsv (before 2022) (id, date)"), e.getMessage());
    }
}
