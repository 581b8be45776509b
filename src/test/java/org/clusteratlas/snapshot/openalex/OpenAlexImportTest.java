package org.clusteratlas.snapshot.openalex;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.source.Fixtures;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;
import org.clusteratlas.snapshot.source.SourceInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAlexImportTest {
    @TempDir
    Path dir;
    Path works1;
    Path works2;
    Path institutions;

    @BeforeEach
    void fixtures() throws Exception {
        works1 = Fixtures.copy("openalex/works-part1.jsonl", dir);
        works2 = Fixtures.copy("openalex/works-part2.jsonl", dir);
        institutions = Fixtures.copy("openalex/institutions.jsonl", dir);
    }

    private ImportReport importTo(Path out, List<Path> works, Path inst, int from, int to, boolean skipBad,
                                  Path append) throws Exception {
        return new SnapshotImport(out, false, append, null).run(new OpenAlexImport(works, List.of(inst),
                Set.of("article"), from, to, skipBad, Progress.silent()));
    }

    private ImportReport importAll(Path out) throws Exception {
        return importTo(out, List.of(works1, works2), institutions, Integer.MIN_VALUE, Integer.MAX_VALUE, false,
                null);
    }

    @Test
    void authorshipSharesSplitAmongInstitutions() throws Exception {
        Path out = dir.resolve("o.sqlite");
        ImportReport report = importAll(out);

        // W2741809807: 3 authorships; the first has Tokyo and MIT (1/6 each), the second Sorbonne (1/3),
        // the third none (1/3 unlocated)
        Map<String, Double> w1 = Fixtures.doubles(out, "SELECT l.city, SUM(a.share) FROM addresses a"
                + " JOIN documents d ON d.id = a.document_id JOIN locations l ON l.id = a.location_id"
                + " WHERE d.source_id = 'W2741809807' GROUP BY l.city ORDER BY l.city");
        assertEquals(List.of("Cambridge", "Paris", "Tokyo"), List.copyOf(w1.keySet()));
        assertEquals(1.0 / 6, w1.get("Cambridge"), 1e-15);
        assertEquals(1.0 / 3, w1.get("Paris"), 1e-15);
        assertEquals(1.0 / 6, w1.get("Tokyo"), 1e-15);

        List<List<String>> docs = Fixtures.query(out,
                "SELECT source_id, kind, year, field, unlocated_share FROM documents ORDER BY source_id");
        assertEquals(3, docs.size()); // preprint, repeated work and work without authorships left out
        assertEquals(List.of("W2741809807", "publication", "2020", "Computer Science"),
                docs.get(0).subList(0, 4));
        assertEquals(1.0 / 3, Double.parseDouble(docs.get(0).get(4)), 1e-12);
        // W2741809808: its only authorship has an institution without coordinates and an unknown one
        assertEquals(Arrays.asList("W2741809808", "publication", "2021", "Physical Sciences"),
                docs.get(1).subList(0, 4)); // field absent: domain
        assertEquals(1.0, Double.parseDouble(docs.get(1).get(4)), 1e-12);
        // W2741809810: one author with the same institution listed twice, no primary topic
        assertEquals(Arrays.asList("W2741809810", "publication", "2012", null), docs.get(2).subList(0, 4));
        assertEquals(Map.of("Tokyo", 1.0), Fixtures.doubles(out, "SELECT l.city, a.share FROM addresses a"
                + " JOIN documents d ON d.id = a.document_id JOIN locations l ON l.id = a.location_id"
                + " WHERE d.source_id = 'W2741809810'"));

        assertEquals(1, report.count("works of other types left out"));
        assertEquals(1, report.count("repeated works left out"));
        assertEquals(1, report.count("works without authorships left out"));
        assertEquals(1, report.count("works without publication_year left out"));
        assertEquals(1, report.count("institutions without coordinates"));
        assertEquals(3, report.unlocatedAddresses());
        assertEquals(1.0 / 3 + 1.0, report.unlocatedShare(), 1e-12);

        Snapshot s = SnapshotReader.open(out);
        assertEquals(3.0, s.table().total(DocumentKind.PUBLICATION), 1e-9);
        assertEquals(3.0 - 4.0 / 3, Arrays.stream(s.table().weigh(
                org.clusteratlas.snapshot.WeightFilter.all()).publications()).sum(), 1e-9);
        assertEquals("JP", s.table().country(indexOfCity(s, "Tokyo")));
    }

    private static int indexOfCity(Snapshot s, String city) {
        for (int i = 0; i < s.table().size(); i++) {
            if (city.equals(s.table().city(i))) {
                return i;
            }
        }
        throw new AssertionError(city);
    }

    @Test
    void yearRangeAndGzipInput() throws Exception {
        Path out = dir.resolve("o.sqlite");
        ImportReport r = importTo(out, List.of(Fixtures.gzip(works1), Fixtures.zip(works2)),
                Fixtures.gzip(institutions), 2015, 2021, false, null);
        assertEquals(2, r.documents());
        assertEquals(2, r.count("works outside the years left out")); // 2012, and 2022 (the work without authorships)
        assertEquals(List.of(List.of("W2741809807"), List.of("W2741809808")),
                Fixtures.query(out, "SELECT source_id FROM documents ORDER BY source_id"));
    }

    @Test
    void malformedJsonStopsWithLineOrIsSkipped() throws Exception {
        Path bad = dir.resolve("bad-works.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(works1));
        lines.set(1, lines.get(1).substring(0, 200)); // a line cut in the middle of an object
        Files.write(bad, lines);
        SnapshotException e = assertThrows(SnapshotException.class, () -> importTo(dir.resolve("x.sqlite"),
                List.of(bad), institutions, Integer.MIN_VALUE, Integer.MAX_VALUE, false, null));
        assertTrue(e.getMessage().startsWith(bad + ": line 2: malformed JSON"), e.getMessage());

        ImportReport r = importTo(dir.resolve("y.sqlite"), List.of(bad), institutions, Integer.MIN_VALUE,
                Integer.MAX_VALUE, true, null);
        assertEquals(1, r.badLineCount());
        assertTrue(r.firstBadLines().get(0).startsWith(bad + ": line 2: malformed JSON"));
        assertEquals(1, r.documents());
    }

    @Test
    void truncatedGzipStopsWithFileAndLine() throws Exception {
        byte[] all = Files.readAllBytes(Fixtures.gzip(works1));
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        SnapshotException e = assertThrows(SnapshotException.class, () -> importTo(dir.resolve("x.sqlite"),
                List.of(cut), institutions, Integer.MIN_VALUE, Integer.MAX_VALUE, true, null));
        assertTrue(e.getMessage().startsWith(cut + ": line "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void appendPutsPatentsAndPublicationsInOneNewSnapshot() throws Exception {
        Path patents = dir.resolve("patents.sqlite");
        Path pv = dir.resolve("pv");
        Files.createDirectories(pv);
        new SnapshotImport(patents, false, null, "Patents").run(new PatentsViewImport(
                Fixtures.copy("patentsview/g_patent.tsv", pv),
                Fixtures.copy("patentsview/g_inventor_disambiguated.tsv", pv),
                Fixtures.copy("patentsview/g_location_disambiguated.tsv", pv),
                Fixtures.copy("patentsview/g_cpc_current.tsv", pv), false, Progress.silent()));
        byte[] before = Files.readAllBytes(patents);

        Path both = dir.resolve("both.sqlite");
        ImportReport r = importTo(both, List.of(works1, works2), institutions, Integer.MIN_VALUE,
                Integer.MAX_VALUE, false, patents);
        assertEquals(4, r.count("documents copied from patents.sqlite"));
        assertTrue(Arrays.equals(before, Files.readAllBytes(patents)), "appended snapshot changed");

        Snapshot s = SnapshotReader.open(both);
        assertEquals(4.0, s.table().total(DocumentKind.PATENT), 1e-9);
        assertEquals(3.0, s.table().total(DocumentKind.PUBLICATION), 1e-9);
        assertEquals(7, s.metadata().documents());
        assertEquals("Patents", s.metadata().title());
        List<SourceInfo> sources = SourceInfo.fromJson(s.metadata().extra().get("sources"));
        assertEquals(List.of("g_patent.tsv", "g_inventor_disambiguated.tsv", "g_location_disambiguated.tsv",
                "g_cpc_current.tsv", "institutions.jsonl", "works-part1.jsonl", "works-part2.jsonl"),
                sources.stream().map(SourceInfo::name).toList());
        assertEquals(Fixtures.sha256(works2), sources.get(6).sha256());
        // the copied patent shares are exact
        assertEquals(Map.of("Paris", 0.25, "Tokyo", 0.5), Fixtures.doubles(both, "SELECT l.city, SUM(a.share)"
                + " FROM addresses a JOIN documents d ON d.id = a.document_id JOIN locations l"
                + " ON l.id = a.location_id WHERE d.source_id = '10000001' GROUP BY l.city"));
        assertEquals(Map.of("10000001", 0.25), Fixtures.doubles(both,
                "SELECT source_id, unlocated_share FROM documents WHERE source_id = '10000001'"));
    }
}
