package org.clusteratlas.snapshot.patentsview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.WeightFilter;
import org.clusteratlas.snapshot.source.Fixtures;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatentsViewImportTest {
    @TempDir
    Path dir;
    Path patents;
    Path inventors;
    Path locations;
    Path cpc;

    @BeforeEach
    void fixtures() throws Exception {
        patents = Fixtures.copy("patentsview/g_patent.tsv", dir);
        inventors = Fixtures.copy("patentsview/g_inventor_disambiguated.tsv", dir);
        locations = Fixtures.copy("patentsview/g_location_disambiguated.tsv", dir);
        cpc = Fixtures.copy("patentsview/g_cpc_current.tsv", dir);
    }

    private ImportReport importTo(Path out, Path pat, Path inv, Path loc, Path cp, boolean skipBad) throws Exception {
        return new SnapshotImport(out, false, null, "Test patents")
                .run(new PatentsViewImport(pat, inv, loc, cp, skipBad, Progress.silent()));
    }

    @Test
    void fractionalSharesPerInventorWithUnlocatedKept() throws Exception {
        Path out = dir.resolve("p.sqlite");
        ImportReport report = importTo(out, patents, inventors, locations, cpc, false);

        // 10000001: four inventors (Tokyo, no coordinates, Tokyo, Paris), rows spread over the file
        Map<String, Double> p1 = Fixtures.doubles(out, "SELECT l.city, SUM(a.share) FROM addresses a"
                + " JOIN documents d ON d.id = a.document_id JOIN locations l ON l.id = a.location_id"
                + " WHERE d.source_id = '10000001' GROUP BY l.city ORDER BY l.city");
        assertEquals(Map.of("Paris", 0.25, "Tokyo", 0.5), p1);
        Map<String, Double> unlocated = Fixtures.doubles(out,
                "SELECT source_id, unlocated_share FROM documents ORDER BY source_id");
        assertEquals(0.25, unlocated.get("10000001"), 1e-15);
        assertEquals(0.5, unlocated.get("10000002"), 1e-15); // second inventor's location is unknown
        assertEquals(0.0, unlocated.get("D900003"), 1e-15);
        assertEquals(1.0, unlocated.get("RE49999"), 1e-15); // inventor without location_id
        // left out: no inventors (10000004), withdrawn (10000005)
        assertEquals(List.of("10000001", "10000002", "D900003", "RE49999"), List.copyOf(unlocated.keySet()));

        List<List<String>> docs = Fixtures.query(out, "SELECT source_id, kind, year, field FROM documents"
                + " ORDER BY source_id");
        assertEquals(List.of(
                List.of("10000001", "patent", "2018", "Digital communication"), // Y02E passed over, then H04L
                List.of("10000002", "patent", "2019", "Analysis of biological materials"), // G01N33
                java.util.Arrays.asList("D900003", "patent", "2020", null), // no CPC row
                List.of("RE49999", "patent", "2016", "Organic fine chemistry")), docs); // A61K8

        assertEquals(4, report.documents());
        assertEquals(5, report.addresses());
        assertEquals(3, report.unlocatedAddresses());
        assertEquals(0.25 + 0.5 + 1.0, report.unlocatedShare(), 1e-12);
        assertEquals(1, report.count("patents without inventors, left out"));
        assertEquals(1, report.count("withdrawn patents left out"));
        assertEquals(1, report.count("inventor rows of patents not in the patents file, left out"));
        assertEquals(1, report.count("locations without coordinates"));

        Snapshot s = SnapshotReader.open(out);
        assertEquals(4, s.metadata().documents());
        assertEquals(4.0, s.table().total(DocumentKind.PATENT), 1e-9);
        assertEquals(4.0 - 1.75, java.util.Arrays.stream(s.table().weigh(WeightFilter.all()).patents()).sum(), 1e-9);
        assertEquals(3, s.table().size()); // Tokyo, Paris, Boston
    }

    @Test
    void sourcesMetadataRecordsEachFile() throws Exception {
        Path out = dir.resolve("p.sqlite");
        importTo(out, patents, inventors, locations, cpc, false);
        String json = Fixtures.query(out, "SELECT value FROM metadata WHERE key = 'sources'").get(0).get(0);
        JsonNode a = new ObjectMapper().readTree(json);
        assertEquals(4, a.size());
        Path[] files = {patents, inventors, locations, cpc};
        for (int i = 0; i < files.length; i++) {
            assertEquals(files[i].getFileName().toString(), a.get(i).get("name").asText());
            assertEquals(Files.size(files[i]), a.get(i).get("size").asLong());
            assertEquals(Fixtures.sha256(files[i]), a.get(i).get("sha256").asText());
            assertTrue(a.get(i).get("imported").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        }
    }

    @Test
    void gzipAndZipGiveTheSameSnapshotAsPlainFiles() throws Exception {
        Path plain = dir.resolve("plain.sqlite");
        importTo(plain, patents, inventors, locations, cpc, false);
        Path packed = dir.resolve("packed.sqlite");
        importTo(packed, Fixtures.zip(patents), Fixtures.gzip(inventors), Fixtures.zip(locations),
                Fixtures.gzip(cpc), false);
        String q = "SELECT d.source_id, d.year, d.field, d.unlocated_share, l.lat, l.lon, l.country, l.city, a.share"
                + " FROM documents d LEFT JOIN addresses a ON a.document_id = d.id"
                + " LEFT JOIN locations l ON l.id = a.location_id ORDER BY 1, 5, 6";
        assertEquals(Fixtures.query(plain, q), Fixtures.query(packed, q));
        String sha = Fixtures.query(packed, "SELECT value FROM metadata WHERE key = 'sources'").get(0).get(0);
        assertTrue(sha.contains(Fixtures.sha256(dir.resolve("g_inventor_disambiguated.tsv.gz"))));
    }

    @Test
    void withoutCpcThereIsNoField() throws Exception {
        Path out = dir.resolve("p.sqlite");
        importTo(out, patents, inventors, locations, null, false);
        assertEquals(List.of(java.util.Collections.singletonList(null)),
                Fixtures.query(out, "SELECT DISTINCT field FROM documents"));
    }

    @Test
    void missingColumnNamesFileLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken_patent.tsv");
        Files.writeString(broken, Files.readString(patents).replace("\"patent_date\"", "\"grant_date\""));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> importTo(dir.resolve("x.sqlite"), broken, inventors, locations, cpc, false));
        assertTrue(e.getMessage().startsWith(broken + ": line 1: missing column 'patent_date'"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("x.sqlite")));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".partial")), "temporary file left behind");
        }
    }

    @Test
    void wrongDelimiterIsNamed() throws Exception {
        Path comma = dir.resolve("inventors.csv");
        Files.writeString(comma, Files.readString(inventors).replace('\t', ','));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> importTo(dir.resolve("x.sqlite"), patents, comma, locations, cpc, false));
        assertTrue(e.getMessage().contains("inventors.csv: line 1: wrong delimiter"), e.getMessage());
    }

    @Test
    void truncatedGzipStopsWithFileAndLine() throws Exception {
        Path gz = Fixtures.gzip(inventors);
        byte[] all = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut.tsv.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 30));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> importTo(dir.resolve("x.sqlite"), patents, cut, locations, cpc, true));
        assertTrue(e.getMessage().startsWith(cut + ": line "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void badRowStopsOrIsSkippedAndCounted() throws Exception {
        Path bad = dir.resolve("bad_patent.tsv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(patents));
        lines.add(2, "\"10000009\"\t\"utility\"\t\"yesterday\"\t\"Bad date\"\t\"B2\"\t1\t0\t\"x.xml\"");
        lines.add("\"10000010\"\t\"utility\"");
        Files.write(bad, lines);
        SnapshotException stop = assertThrows(SnapshotException.class,
                () -> importTo(dir.resolve("x.sqlite"), bad, inventors, locations, cpc, false));
        assertEquals(bad + ": line 3: malformed patent_date 'yesterday' (expected YYYY-MM-DD)", stop.getMessage());

        ImportReport r = importTo(dir.resolve("y.sqlite"), bad, inventors, locations, cpc, true);
        assertEquals(2, r.badLineCount());
        assertEquals(2, r.firstBadLines().size());
        assertTrue(r.firstBadLines().get(1).contains("line 10: expected 8 fields, found 2"), r.firstBadLines()
                .toString());
        assertEquals(4, r.documents());
    }

    @Test
    void existingOutputIsNotOverwrittenWithoutForce() throws Exception {
        Path out = dir.resolve("p.sqlite");
        Files.writeString(out, "precious");
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> importTo(out, patents, inventors, locations, cpc, false));
        assertEquals("precious", Files.readString(out));
        new SnapshotImport(out, true, null, null)
                .run(new PatentsViewImport(patents, inventors, locations, cpc, false, Progress.silent()));
        assertEquals(4, SnapshotReader.open(out).metadata().documents());
    }

    @Test
    void patentIdsPackAndUnpack() {
        for (String id : List.of("10000001", "D900003", "RE49999", "PP12345", "0", "ZZZZZZZZZZZZ")) {
            assertEquals(id, PatentIds.unpack(PatentIds.pack(id)));
        }
        assertTrue(PatentIds.pack("1") != PatentIds.pack("01"));
        assertEquals(PatentIds.INVALID, PatentIds.pack("10-000"));
        assertEquals(PatentIds.INVALID, PatentIds.pack(""));
    }

    @Test
    void yearsOfBothDateStyles() {
        assertEquals(2018, PatentRule.yearOf("2018-06-19"));
        assertEquals(1976, PatentRule.yearOf("1/6/1976"));
        assertEquals(-1, PatentRule.yearOf("06-19"));
        assertEquals(-1, PatentRule.yearOf("20x8-06-19"));
    }
}
