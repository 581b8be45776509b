package org.clusteratlas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusteratlas.rank.ApproximatePopulation;
import org.clusteratlas.rank.ClusterFootprints;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.rank.RankingSamples;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every format is parsed back and compared with the in-process ranking, under a decimal-comma locale. */
class RankingFormatsTest {
    private Locale saved;
    private Ranking ranking;
    private RankingReport report;

    @BeforeEach
    void germanLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        ranking = RankingSamples.ranking();
        report = RankingSamples.report(ranking);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void sampleCoversTheCasesTheFormatsMustCarry() {
        List<ClusterRow> rows = report.rows();
        assertEquals(4, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.name().contains(", CA")));
        assertTrue(rows.stream().anyMatch(r -> r.status() == ClusterRow.RankStatus.NEW));
        assertTrue(rows.stream().anyMatch(r -> r.status() == ClusterRow.RankStatus.MATCHED));
        assertTrue(rows.stream().anyMatch(r -> Double.isNaN(r.intensity())));
        assertTrue(rows.stream().anyMatch(r -> r.intensityRank() != null));
    }

    @Test
    void csvRoundTripsExactlyWithDotDecimals() throws IOException {
        StringWriter w = new StringWriter();
        RankingCsv.write(report.rows(), w);
        String text = w.toString();
        assertTrue(text.startsWith("rank,name,economies,patents,publications,patent_share,publication_share,score,"
                + "population,intensity,lat,lon,rank_change,locations"), text);
        assertFalse(text.matches("(?s).*\\d,\\d{3,}E.*"));
        assertEquals(WrittenRows.of(report.rows()), RankingCsv.read(new StringReader(text)));
        assertEquals(text, csvOf(RankingCsv.read(new StringReader(text))), "written again, the same text");
        assertTrue(text.contains("new"));
        assertTrue(text.contains(",13.833333333,"), "a sum of 1/k shares at the 1e-9 it carries: " + text);
    }

    private static String csvOf(List<ClusterRow> rows) throws IOException {
        StringWriter w = new StringWriter();
        RankingCsv.write(rows, w);
        return w.toString();
    }

    @Test
    void csvWithoutARequiredColumnIsRefused() {
        assertThrows(IOException.class, () -> RankingCsv.read(new StringReader("rank,name\n1,x\n")));
    }

    @Test
    void jsonRoundTripsRowsParametersAndProvenance() throws IOException {
        StringWriter w = new StringWriter();
        RankingJson.write(report, w);
        RankingReport back = RankingJson.read(new StringReader(w.toString()));
        assertEquals(WrittenRows.of(report), back);
        assertEquals("ab".repeat(32), back.provenance().snapshotSha256());
        assertEquals(List.of("eps-km", "min-patents", "years"), List.copyOf(back.request().parameters().keySet()));
        JsonNode tree = new ObjectMapper().readTree(w.toString());
        assertTrue(tree.path("rows").get(0).path("patent_share").isNumber());
    }

    @Test
    void geoJsonHasOneFeaturePerClusterWithHullAndCsvProperties() throws IOException {
        StringWriter w = new StringWriter();
        RankingGeoJson.write(report, ranking, w);
        JsonNode root = new ObjectMapper().readTree(w.toString());
        assertEquals("FeatureCollection", root.path("type").asText());
        assertEquals("ab".repeat(32), root.path("cluster_atlas").path("snapshot").path("sha256").asText());
        JsonNode features = root.path("features");
        assertEquals(report.rows().size(), features.size());
        LocationTable t = ranking.placeIndex().table();
        GeometryFactory gf = new GeometryFactory();
        for (int f = 0; f < features.size(); f++) {
            JsonNode feature = features.get(f);
            ClusterRow row = report.rows().get(f);
            assertEquals(WrittenRows.of(row), RankingJson.row(feature.path("properties")));
            JsonNode geom = feature.path("geometry");
            assertEquals("Polygon", geom.path("type").asText());
            JsonNode ring = geom.path("coordinates").get(0);
            List<Coordinate> cs = new ArrayList<>();
            double minLon = Double.MAX_VALUE;
            double maxLon = -Double.MAX_VALUE;
            for (JsonNode pt : ring) {
                cs.add(new Coordinate(pt.get(0).asDouble(), pt.get(1).asDouble()));
                minLon = Math.min(minLon, pt.get(0).asDouble());
                maxLon = Math.max(maxLon, pt.get(0).asDouble());
            }
            assertEquals(cs.get(0), cs.get(cs.size() - 1));
            assertTrue(maxLon - minLon < 5, "footprint spans " + (maxLon - minLon) + " degrees");
            Polygon poly = gf.createPolygon(cs.toArray(new Coordinate[0]));
            assertTrue(org.locationtech.jts.algorithm.Orientation.isCCW(poly.getExteriorRing().getCoordinates()));
            for (int i = 0; i < t.size(); i++) {
                if (ranking.clustering().clusterOf(i) == row.clusterId()) {
                    double lon = ClusterFootprints.unwrap(t.lon(i), row.lon());
                    assertTrue(poly.buffer(1e-5).covers(gf.createPoint(new Coordinate(lon, t.lat(i)))),
                            row.name() + " footprint misses location " + i);
                }
            }
        }
    }

    @Test
    void tableIsAlignedAndReadsBackToTheRoundedValues() throws IOException {
        StringWriter w = new StringWriter();
        RankingTable.write(report.rows(), w);
        List<String> lines = w.toString().lines().toList();
        assertEquals(report.rows().size() + 1, lines.size());
        List<List<String>> cells = TextTables.split(lines);
        assertEquals(RankingTable.HEADER, cells.get(0));
        for (int r = 0; r < report.rows().size(); r++) {
            ClusterRow row = report.rows().get(r);
            List<String> c = cells.get(r + 1);
            assertEquals(Integer.toString(row.rank()), c.get(0));
            Integer change = row.rankChange();
            assertEquals(change == null ? (row.status() == ClusterRow.RankStatus.NEW ? "new" : "")
                    : (change > 0 ? "+" : "") + change, c.get(1));
            assertEquals(row.name(), c.get(2));
            assertEquals(row.economies(), c.get(3));
            assertEquals(row.patents(), Double.parseDouble(c.get(4)), 0.05 + 1e-9);
            assertEquals(row.publications(), Double.parseDouble(c.get(5)), 0.05 + 1e-9);
            assertEquals(row.patentShare(), Double.parseDouble(c.get(6)), 0.0005 + 1e-9);
            assertEquals(row.publicationShare(), Double.parseDouble(c.get(7)), 0.0005 + 1e-9);
            assertEquals(row.score(), Double.parseDouble(c.get(8)), 0.0005 + 1e-9);
            assertEquals(ApproximatePopulation.text(row.population()), c.get(9));
            if (Double.isNaN(row.intensity())) {
                assertEquals("", c.get(10));
            } else { // at most three significant figures of the intensity
                double shown = Double.parseDouble(c.get(10).replace(",", ""));
                assertEquals(row.intensity(), shown, Math.max(0.5, 0.005 * row.intensity()) + 1e-9);
            }
            assertEquals(row.lat(), Double.parseDouble(c.get(11)), 0.0005 + 1e-9);
            assertEquals(row.lon(), Double.parseDouble(c.get(12)), 0.0005 + 1e-9);
            assertEquals(row.locations(), Integer.parseInt(c.get(13)));
        }
    }

    @Test
    void filesAreWrittenAtomicallyAndTheFormatsByIdWriteThem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ranking.csv");
        RankingFormat.fromId("CSV").writeFile(report, ranking, out);
        assertEquals(WrittenRows.of(report.rows()), RankingCsv.read(new StringReader(Files.readString(out, StandardCharsets.UTF_8))));
        for (RankingFormat f : RankingFormat.values()) {
            Path p = dir.resolve("r." + f.extension());
            f.writeFile(report, ranking, p);
            assertTrue(Files.size(p) > 0);
        }
        assertEquals(null, RankingFormat.fromId("xml"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
    }
}
