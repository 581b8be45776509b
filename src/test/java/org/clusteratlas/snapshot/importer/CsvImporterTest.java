package org.clusteratlas.snapshot.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.WeightFilter;
import org.clusteratlas.snapshot.source.BadLine;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvImporterTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("in.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private ImportResult run(Path csv, CsvImportOptions o) throws Exception {
        return new CsvImporter(o).importFile(csv, dir.resolve("out.sqlite"));
    }

    private static int locationAt(LocationTable t, double lat, double lon) {
        for (int i = 0; i < t.size(); i++) {
            if (t.lat(i) == lat && t.lon(i) == lon) {
                return i;
            }
        }
        throw new AssertionError("no location at " + lat + "," + lon);
    }

    @Test
    void sharesAreOneOverNWhenAbsentAndRowsOfADocumentMayBeAnywhere() throws Exception {
        Path in = csv("""
                doc_id,kind,year,lat,lon,country,city,field
                D3,patent,2020,10,20,JP,A,Optics
                D1,publication,2019,10,20,JP,A,
                D3,patent,2020,11,21,JP,B,Optics
                D2,patent,2021,12,22,KR,C,Optics
                D3,patent,2020,10,20,JP,A,Optics
                D2,patent,2021,11,21,JP,B,Optics
                """);
        ImportResult r = run(in, CsvImportOptions.defaults());
        assertEquals(6, r.rows());
        assertEquals(3, r.documents());
        assertEquals(6, r.addresses());
        Snapshot s = SnapshotReader.open(r.output());
        LocationTable t = s.table();
        assertEquals(3, t.size());
        LocationWeights w = t.weigh(WeightFilter.all());
        // D3 has three addresses (two at A): 2/3 at A, 1/3 at B; D2 has two: 1/2 at B, 1/2 at C
        assertEquals(2.0 / 3, w.patents()[locationAt(t, 10, 20)], 1e-12);
        assertEquals(1.0 / 3 + 0.5, w.patents()[locationAt(t, 11, 21)], 1e-12);
        assertEquals(0.5, w.patents()[locationAt(t, 12, 22)], 1e-12);
        assertEquals(1.0, w.publications()[locationAt(t, 10, 20)], 1e-12);
        assertEquals(2.0, w.totalPatents(), 1e-12);
        assertEquals(1.0, w.totalPublications(), 1e-12);
        assertEquals("KR", t.country(locationAt(t, 12, 22)));
        assertEquals("C", t.city(locationAt(t, 12, 22)));
        assertEquals(List.of("Optics"), t.fields());
    }

    @Test
    void storedSharesAreExactThirds() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon\nX,patent,2020,1,1\nX,patent,2020,2,2\nX,patent,2020,3,3\n");
        ImportResult r = run(in, CsvImportOptions.defaults());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + r.output());
             ResultSet rs = db.createStatement().executeQuery("SELECT share FROM addresses")) {
            int n = 0;
            while (rs.next()) {
                assertEquals(1.0 / 3, rs.getDouble(1), 0.0);
                n++;
            }
            assertEquals(3, n);
        }
    }

    @Test
    void shareColumnLeavesTheRemainderUnlocated() throws Exception {
        Path in = csv("""
                share,lon,lat,year,kind,doc_id
                0.5,20,10,2020,patent,A
                0.25,21,11,2020,patent,A
                1,21,11,2021,publication,B
                0.2,20,10,2022,publication,C
                0.3,20,10,2022,publication,C
                0.5,21,11,2022,publication,C
                """);
        ImportResult r = run(in, CsvImportOptions.defaults());
        Snapshot s = SnapshotReader.open(r.output());
        LocationWeights w = s.table().weigh(WeightFilter.all());
        LocationTable t = s.table();
        assertEquals(0.5, w.patents()[locationAt(t, 10, 20)], 1e-12);
        assertEquals(0.25, w.patents()[locationAt(t, 11, 21)], 1e-12);
        assertEquals(1.0, w.totalPatents(), 1e-12, "the unlocated quarter still counts in the total");
        assertEquals(2.0, w.totalPublications(), 1e-12);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + r.output());
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT source_id, unlocated_share FROM documents ORDER BY source_id")) {
            rs.next();
            assertEquals("A", rs.getString(1));
            assertEquals(0.25, rs.getDouble(2), 1e-12);
            rs.next();
            assertEquals(0.0, rs.getDouble(2), 0.0);
            rs.next();
            assertEquals("C", rs.getString(1));
            assertEquals(0.0, rs.getDouble(2), 0.0, "0.2 + 0.3 + 0.5 is 1 up to rounding");
        }
    }

    @Test
    void quotedFieldsWithCommasNewlinesAndQuotesAndABom() throws Exception {
        Path in = csv("\uFEFFdoc_id,kind,year,lat,lon,city\n"
                + "\"A,1\",patent,2020,10,20,\"Saint-Denis, \"\"Nord\"\"\nsecond line\"\n"
                + "B,patent,2020,11,21,Plain\n");
        ImportResult r = run(in, CsvImportOptions.defaults());
        assertEquals(2, r.documents());
        LocationTable t = SnapshotReader.open(r.output()).table();
        assertEquals("Saint-Denis, \"Nord\"\nsecond line", t.city(locationAt(t, 10, 20)));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + r.output());
             ResultSet rs = db.createStatement().executeQuery("SELECT source_id FROM documents WHERE id = 1")) {
            rs.next();
            assertEquals("A,1", rs.getString(1));
        }
    }

    @Test
    void lineNumbersCountTheLinesOfMultiLineFields() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon,city\n"
                + "A,patent,2020,10,20,\"two\nlines\"\n"
                + "B,patent,2020,91,20,x\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals(4, e.row());
    }

    @Test
    void unknownColumnsGiveOneWarningNamingThem() throws Exception {
        Path in = csv("doc_id,inventor,kind,year,lat,lon,notes\nA,Ann,patent,2020,1,2,x\nB,Bob,patent,2020,1,2,y\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportResult r = run(in, CsvImportOptions.defaults().withMessages(new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(List.of("inventor", "notes"), r.ignoredColumns());
        List<String> warnings = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("warning")).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("inventor") && warnings.get(0).contains("notes"), warnings.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing value       | B,patent,,1,2                  | missing year
            missing doc_id      | ,patent,2020,1,2               | missing doc_id
            unparsable lat      | B,patent,2020,1x,2             | lat '1x' is not a number
            NaN lon             | B,patent,2020,1,NaN            | lon 'NaN' is not a finite number
            infinite lat        | B,patent,2020,Infinity,2       | lat 'Infinity' is not a finite number
            lat out of range    | B,patent,2020,90.5,2           | latitude 90.5 outside [-90, 90]
            lon out of range    | B,patent,2020,1,-180.01        | longitude -180.01 outside [-180, 180]
            unknown kind        | B,trademark,2020,1,2           | unknown kind 'trademark'
            year not a number   | B,patent,20x0,1,2              | year '20x0' is not a whole number
            too few columns     | B,patent,2020,1                | expected 5 columns, found 4
            too many columns    | B,patent,2020,1,2,3            | expected 5 columns, found 6
            kind disagrees      | A,publication,2020,5,6         | is a patent on an earlier row but a publication here
            year disagrees      | A,patent,2021,5,6              | has year 2020 on an earlier row but 2021 here
            """)
    void badRowStopsTheImportWithItsLineNumber(String name, String row, String reason) throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n" + row + "\nC,patent,2020,3,4\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals(3, e.row(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains("in.csv") && e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out.sqlite")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            share zero          | B,patent,2020,1,2,0          | share 0.0 outside (0, 1]
            share above one     | B,patent,2020,1,2,1.5        | share 1.5 outside (0, 1]
            share missing       | B,patent,2020,1,2,           | missing share
            shares sum above 1  | A,patent,2020,1,2,0.6        | shares of document A sum to 1.1
            extra column        | A,patent,2020,1,2,0.1,Optics | expected 6 columns, found 7
            """)
    void badShareRows(String name, String row, String reason) throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon,share\nA,patent,2020,1,2,0.5\n" + row + "\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals(3, e.row(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void fieldMustAgreeAcrossADocumentsRows() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon,field\nA,patent,2020,1,2,Optics\nA,patent,2020,1,2,Control\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("'Optics' on an earlier row but 'Control'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing required column | doc_id,kind,year,lat          | missing required column lon
            duplicate header        | doc_id,kind,year,lat,lon,Lat  | duplicate column 'lat'
            """)
    void badHeaderIsABadFile(String name, String header, String reason) throws Exception {
        Path in = csv(header + "\nA,patent,2020,1,2\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals(1, e.row());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void emptyFileAndHeaderOnlyAreBad() throws Exception {
        assertThrows(SnapshotException.class, () -> run(csv(""), CsvImportOptions.defaults()));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> run(csv("doc_id,kind,year,lat,lon\n"), CsvImportOptions.defaults()));
        assertTrue(e.getMessage().contains("no usable data rows"), e.getMessage());
    }

    @Test
    void invalidUtf8IsABadFile() throws Exception {
        Path f = dir.resolve("in.csv");
        byte[] head = "doc_id,kind,year,lat,lon,city\nA,patent,2020,1,2,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // truncated two-byte sequence
        bytes[head.length + 1] = '\n';
        Files.write(f, bytes);
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(f, CsvImportOptions.defaults()));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void unterminatedQuoteIsABadFileWithItsLine() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon,city\nA,patent,2020,1,2,x\nB,patent,2020,1,2,\"open\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals(3, e.row(), e.getMessage());
        assertTrue(e.getMessage().contains("CSV"), e.getMessage());
    }

    @Test
    void skipBadCountsAllAndListsTheFirstTwenty() throws Exception {
        StringBuilder sb = new StringBuilder("doc_id,kind,year,lat,lon\n");
        for (int i = 0; i < 30; i++) {
            sb.append("G").append(i).append(",patent,2020,1,2\n");
            sb.append("B").append(i).append(",patent,2020,95,2\n");
        }
        ImportResult r = run(csv(sb.toString()), CsvImportOptions.defaults().withSkipBad(true));
        assertEquals(60, r.rows());
        assertEquals(30, r.skipped());
        assertEquals(30, r.documents());
        assertEquals(CsvImporter.REPORTED_BAD_ROWS, r.firstSkipped().size());
        assertEquals(3, r.firstSkipped().get(0).line());
        assertEquals(41, r.firstSkipped().get(19).line());
        assertEquals(30, SnapshotReader.open(r.output()).metadata().documents());
    }

    @Test
    void existingOutputIsNotReplacedWithoutForce() throws Exception {
        Path out = dir.resolve("out.sqlite");
        Files.writeString(out, "precious");
        Path in = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n");
        assertThrows(FileAlreadyExistsException.class, () -> run(in, CsvImportOptions.defaults()));
        assertEquals("precious", Files.readString(out));
        run(in, CsvImportOptions.defaults().withOverwrite(true));
        assertEquals(1, SnapshotReader.open(out).metadata().documents());
    }

    @Test
    void failedImportLeavesNothingAndNeverTouchesTheExistingSnapshot() throws Exception {
        Path out = dir.resolve("out.sqlite");
        Path good = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n");
        run(good, CsvImportOptions.defaults());
        byte[] before = Files.readAllBytes(out);
        var mtime = Files.getLastModifiedTime(out);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "doc_id,kind,year,lat,lon\nA,patent,2020,1,2\nB,patent,2020,1,999\n");
        assertThrows(SnapshotException.class, () -> new CsvImporter(CsvImportOptions.defaults().withOverwrite(true))
                .importFile(bad, out));
        assertArrayEquals(before, Files.readAllBytes(out));
        assertEquals(mtime, Files.getLastModifiedTime(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad.csv", "in.csv", "out.sqlite"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void sourceFileIsRecordedWithItsHash() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n");
        ImportResult r = run(in, CsvImportOptions.defaults().withTitle("My data"));
        Snapshot s = SnapshotReader.open(r.output());
        assertEquals("My data", s.metadata().title());
        JsonNode sources = new ObjectMapper().readTree(s.metadata().extra().get("sources"));
        assertEquals(1, sources.size());
        JsonNode f = sources.get(0);
        assertEquals("in.csv", f.get("name").asText());
        assertEquals(Files.size(in), f.get("size").asLong());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(in)));
        assertEquals(sha, f.get("sha256").asText());
        assertFalse(f.get("imported").asText().isEmpty());
        assertEquals(1.0, s.table().total(DocumentKind.PATENT), 1e-12);
    }

    @Test
    void strictNumbers() {
        assertEquals(null, CsvImporter.number(" -12.5e-1 ", "lat"));
        assertTrue(CsvImporter.number("1.5d", "lat").contains("not a number"));
        assertTrue(CsvImporter.number("0x1p3", "lat").contains("not a number"));
        assertTrue(CsvImporter.number("-", "lat").contains("not a number"));
        assertTrue(CsvImporter.number("1e999", "lat").contains("not a finite number"));
        assertEquals(-1.25, CsvImporter.parse(" -12.5e-1 "), 0.0);
        for (String bad : List.of("1.5d", "0x1p3", "-", "1e999", "NaN", "", "1..2")) {
            assertTrue(Double.isNaN(CsvImporter.parse(bad)), bad);
            assertTrue(CsvImporter.number(bad, "lat") != null, bad);
        }
    }

    @Test
    void sourcesMetadataHasTheSameFieldsAsEveryOtherImport() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n");
        ImportResult r = run(in, CsvImportOptions.defaults());
        String json = SnapshotReader.open(r.output()).metadata().extra().get("sources");
        List<SourceInfo> sources = SourceInfo.fromJson(json);
        assertEquals(1, sources.size());
        assertEquals(json, SourceInfo.toJson(sources), "written by the shared SourceInfo, nothing else");
        assertEquals(Files.size(in), sources.get(0).size());
    }

    @Test
    void progressLinesAreTheSharedFormat() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\nB,patent,2020,3,4\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        run(in, CsvImportOptions.defaults().withMessages(new PrintStream(err, true, StandardCharsets.UTF_8)));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("reading in\\.csv: 2 records in .* s \\(.*/s\\)")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("writing documents and addresses: 2 records in .*")),
                lines::toString);
    }

    @Test
    void skippedRowsAreReportedLikeEveryOtherImport() throws Exception {
        Path in = csv("doc_id,kind,year,lat,lon\nA,patent,2020,1,2\nB,patent,2020,95,2\n");
        ImportResult r = run(in, CsvImportOptions.defaults().withSkipBad(true));
        assertEquals(List.of(new BadLine(in, 3, "latitude 95.0 outside [-90, 90]")), r.firstSkipped());
        assertEquals("skipped 1 bad row:" + System.lineSeparator() + "  " + in + ": line 3: latitude 95.0 outside [-90, 90]",
                BadLines.report(r.skipped(), r.firstSkipped()));
    }

    @Test
    void gzippedCsvIsReadAndATruncatedOneIsABadFile() throws Exception {
        byte[] text = "doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n".repeat(1).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
            gz.write(text);
        }
        Path in = dir.resolve("in.csv.gz");
        Files.write(in, packed.toByteArray());
        assertEquals(1, run(in, CsvImportOptions.defaults()).documents());
        byte[] all = packed.toByteArray();
        Files.write(in, java.util.Arrays.copyOf(all, all.length - 6));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> run(in, CsvImportOptions.defaults().withOverwrite(true)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
