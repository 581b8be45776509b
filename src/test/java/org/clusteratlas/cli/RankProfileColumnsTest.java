package org.clusteratlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.io.PartnerLinksCsv;
import org.clusteratlas.io.ProfileColumns;
import org.clusteratlas.profile.OrganisationImportTest;
import org.clusteratlas.profile.ProfileSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile columns of {@code rank} in CSV, JSON, table and {@code --links}, parsed back. */
class RankProfileColumnsTest {
    @TempDir
    Path dir;

    private static CliRun rank(Path snapshot, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("rank", "--snapshot", snapshot.toString(), "--eps-km",
                "10", "--min-patents", "1", "--min-publications", "1", "--top", "0"));
        args.addAll(List.of(more));
        CliRun r = CliRun.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static Map<String, CSVRecord> csvByName(String text) throws Exception {
        Map<String, CSVRecord> out = new HashMap<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertTrue(p.getHeaderNames().containsAll(ProfileColumns.HEADER), p.getHeaderNames().toString());
            for (CSVRecord r : p) {
                out.put(r.get("name"), r);
            }
        }
        return out;
    }

    @Test
    void growthInCsvAndJson() throws Exception {
        Path s = ProfileSnapshots.write(dir.resolve("g.sqlite"), ProfileSnapshots.growingTenPercent());
        CSVRecord a = csvByName(rank(s, "--format", "csv").out()).get("Munich");
        assertEquals("0.1", a.get("growth_patents"));
        assertEquals("", a.get("growth_publications"));
        assertEquals(Math.pow(133.1 / 134, 0.3) - 1, Double.parseDouble(a.get("growth_score")), 1e-9);
        assertEquals("0", a.get("international_share"));

        JsonNode row = new ObjectMapper().readTree(rank(s, "--format", "json").out()).path("rows").get(0);
        assertEquals(0.1, row.path("growth_patents").asDouble(), 0);
        assertTrue(row.path("growth_publications").isNull());
        JsonNode years = row.path("per_year");
        assertEquals(4, years.size());
        assertEquals(2018, years.get(3).path("year").asInt());
        assertEquals(133.1, years.get(3).path("patents").asDouble(), 0);
    }

    @Test
    void internationalShareAndPartnerLinks() throws Exception {
        Path s = ProfileSnapshots.write(dir.resolve("x.sqlite"), ProfileSnapshots.twoCountriesTwoClusters());
        Path links = dir.resolve("links.csv");
        Map<String, CSVRecord> rows = csvByName(rank(s, "--format", "csv", "--links", links.toString()).out());
        assertEquals("0.2", rows.get("Munich").get("international_share"));
        assertEquals(0.5 / 3.5, Double.parseDouble(rows.get("Paris").get("international_share")), 1e-9);
        List<CSVRecord> pairs;
        try (CSVParser p = CSVParser.parse(Files.readString(links),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(PartnerLinksCsv.HEADER, p.getHeaderNames());
            pairs = p.getRecords();
        }
        assertEquals(1, pairs.size());
        CSVRecord pair = pairs.get(0);
        assertEquals(java.util.Set.of("Munich", "Paris"), java.util.Set.of(pair.get("name_a"), pair.get("name_b")));
        assertEquals("1", pair.get("shared_documents"));
        assertEquals(rows.get(pair.get("name_a")).get("cluster_id"), pair.get("cluster_id_a"));
    }

    @Test
    void organisationsAndSpecialisationsInEveryFormat() throws Exception {
        Path s = OrganisationImportTest.patentsWithAssignees(dir);
        CSVRecord a = csvByName(rank(s, "--format", "csv").out()).get("Munich");
        assertEquals("Acme Corp (1.75); Beta GmbH (0.75)", a.get("top_organizations"));
        JsonNode row = new ObjectMapper().readTree(rank(s, "--format", "json").out()).path("rows").get(0);
        assertEquals("Acme Corp (1.75); Beta GmbH (0.75)", row.path("top_organizations").asText());
        assertEquals(1.75, row.path("organizations").get(0).path("count").asDouble(), 0);
        String table = rank(s).out();
        assertTrue(table.contains("Top organisations") && table.contains("Acme Corp (1.8); Beta GmbH (0.8)"), table);
        JsonNode geo = new ObjectMapper().readTree(rank(s, "--format", "geojson").out());
        assertEquals("Acme Corp (1.75); Beta GmbH (0.75)",
                geo.path("features").get(0).path("properties").path("top_organizations").asText());
    }

    @Test
    void specialisationVectorInJson() throws Exception {
        List<ProfileSnapshots.Doc> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            docs.add(ProfileSnapshots.Doc.patent(2020, "F1", new ProfileSnapshots.Address(ProfileSnapshots.A, 1)));
            docs.add(ProfileSnapshots.Doc.patent(2020, "F2", new ProfileSnapshots.Address(ProfileSnapshots.A, 1)));
            docs.add(ProfileSnapshots.Doc.patent(2020, "F1", new ProfileSnapshots.Address(ProfileSnapshots.B, 1)));
        }
        for (int i = 0; i < 25; i++) {
            docs.add(ProfileSnapshots.Doc.patent(2020, "F2", new ProfileSnapshots.Address(ProfileSnapshots.B, 1)));
        }
        Path s = ProfileSnapshots.write(dir.resolve("f.sqlite"), docs);
        Map<String, CSVRecord> rows = csvByName(rank(s, "--format", "csv").out());
        assertEquals("F1 (2); F2 (0.666666667)", rows.get("Munich").get("top_specialisations"));
        JsonNode out = new ObjectMapper().readTree(rank(s, "--format", "json").out()).path("rows");
        for (JsonNode row : out) {
            if (row.path("name").asText().equals("Munich")) {
                JsonNode v = row.path("specialisation").path("patent");
                assertEquals(2.0, v.path("F1").asDouble(), 0);
                assertEquals(0.666666667, v.path("F2").asDouble(), 0);
                assertTrue(row.path("specialisation").path("publication").isMissingNode());
            }
        }
    }

    @Test
    void noProfilesLeavesTheColumnsOutOfEveryFormatAndKeepsTheOthers() throws Exception {
        Path s = ProfileSnapshots.write(dir.resolve("n.sqlite"), ProfileSnapshots.twoCountriesTwoClusters());
        Path table = dir.resolve("published.csv");
        Files.writeString(table, "rank,name,economies,patents,publications\n1,Munich,DE,1,1\n");
        String csv = rank(s, "--format", "csv", "--no-profiles", "--published", table.toString()).out();
        List<String> header;
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = p.getHeaderNames();
            assertEquals(2, p.getRecords().size());
        }
        assertTrue(header.contains("published_rank") && header.contains("rank"), header.toString());
        for (String column : ProfileColumns.HEADER) {
            assertTrue(!header.contains(column), column);
        }
        JsonNode json = new ObjectMapper().readTree(rank(s, "--format", "json", "--no-profiles").out());
        JsonNode row = json.path("rows").get(0);
        assertTrue(row.path("growth_patents").isMissingNode() && row.path("per_year").isMissingNode(), row.toString());
        assertTrue(json.path("command").asText().contains("--no-profiles"), json.path("command").asText());
        JsonNode geo = new ObjectMapper().readTree(rank(s, "--format", "geojson", "--no-profiles").out());
        assertTrue(geo.path("features").get(0).path("properties").path("international_share").isMissingNode());
        String text = rank(s, "--no-profiles").out();
        assertTrue(text.contains("Munich") && !text.contains("Top organisations"), text);
        // on by default
        assertTrue(rank(s).out().contains("Top organisations"));
    }

    @Test
    void linksNeedTheProfiles() throws Exception {
        Path s = ProfileSnapshots.write(dir.resolve("l.sqlite"), ProfileSnapshots.twoCountriesTwoClusters());
        Path links = dir.resolve("links.csv");
        CliRun r = CliRun.run("rank", "--snapshot", s.toString(), "--no-profiles", "--links", links.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--links needs") && r.err().contains("--no-profiles"), r.err());
        assertTrue(!Files.exists(links));
    }
}
