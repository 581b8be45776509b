package org.clusteratlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rank --windows} and {@code rank --published} on {@link SmallWorld}. */
class RankWindowsPublishedCommandTest {
    private static final String[] SMALL = {"--eps-km", "10", "--min-patents", "3", "--min-publications", "3"};

    @TempDir
    Path dir;
    private Path snapshot;

    @BeforeEach
    void write() throws Exception {
        snapshot = SmallWorld.write(dir.resolve("small.sqlite"));
    }

    private CliRun rank(String... more) {
        return CliRun.run(Stream.concat(Stream.of("rank", "--snapshot", snapshot.toString()),
                Stream.concat(Stream.of(SMALL), Stream.of(more))).toArray(String[]::new));
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void windowsGiveOneRowPerWindowAndCluster() throws Exception {
        CliRun r = rank("--windows", "3", "--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("window,cluster_key,rank,name,economies,patents,"), r.out());
        List<CSVRecord> rows = csv(r.out());
        // 2018-2020 and 2019-2021: Tokyo, Osaka; 2020-2022: Paris's 4 publications of 2022 make it a cluster
        assertEquals(List.of("2018-2020/tokyo/1", "2018-2020/osaka/2", "2019-2021/tokyo/1", "2019-2021/osaka/2",
                "2020-2022/tokyo/1", "2020-2022/osaka/2", "2020-2022/paris/3"),
                rows.stream().map(x -> x.get("window") + "/" + x.get("cluster_key") + "/" + x.get("rank")).toList());
        assertEquals("", rows.get(0).get("rank_change"));
        assertEquals("", rows.get(0).get("rank_change_basis"));
        assertEquals("0", rows.get(2).get("rank_change"));
        assertEquals("previous window 2018-2020", rows.get(2).get("rank_change_basis"));
        assertEquals("new", rows.get(6).get("rank_change"));
        assertEquals("18", rows.get(0).get("patents"));

        CliRun json = rank("--windows", "3:2", "--format", "json");
        assertEquals(AtlasCommand.OK, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("cluster-atlas-windows", root.path("format").asText());
        assertEquals(2, root.path("windows").size()); // 2018-2020, 2020-2022
        assertEquals("previous window 2018-2020", root.path("windows").get(1).path("rank_change_basis").asText());
        assertEquals("tokyo", root.path("windows").get(1).path("rows").get(0).path("cluster_key").asText());
        assertEquals(1, root.path("clusters").get(0).path("ranks").path("2020-2022").asInt());
        assertTrue(root.path("command").asText().contains("--windows 3:2"), root.path("command").asText());

        CliRun table = rank("--windows", "3");
        assertTrue(table.out().lines().findFirst().orElseThrow().contains("Change vs previous window"), table.out());
        CliRun geo = rank("--windows", "3", "--format", "geojson");
        JsonNode geoRoot = new ObjectMapper().readTree(geo.out());
        assertEquals(7, geoRoot.path("features").size());
        assertEquals("2020-2022/paris", geoRoot.path("features").get(6).path("id").asText());
        assertTrue(geoRoot.path("cluster_atlas").path("windows").get(0).path("rows").isMissingNode());
    }

    @Test
    void windowsRefuseWhatTheyCannotDo() {
        CliRun clash = rank("--windows", "3", "--compare-years", "2018-2019");
        assertEquals(2, clash.code());
        assertTrue(clash.err().contains("does not combine with --compare-years"), clash.err());
        CliRun tooLong = rank("--windows", "6");
        assertEquals(2, tooLong.code());
        assertTrue(tooLong.err().contains("the years 2018-2022 hold no window of 6 years"), tooLong.err());
    }

    @Test
    void publishedRankingBesideTheComputedOne() throws Exception {
        Path table = dir.resolve("published.csv");
        Files.writeString(table, "rank,name,economies,patents,publications,score\n"
                + "1,Tokyo–Yokohama,JP,1000,900,5.1\n2,Paris,FR,400,800,2.2\n3,Kyoto,JP,300,200,1.0\n",
                StandardCharsets.UTF_8);
        CliRun r = rank("--published", table.toString(), "--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals("Tokyo", rows.get(0).get("name"));
        assertEquals("1", rows.get(0).get("published_rank"));
        assertEquals("Tokyo–Yokohama", rows.get(0).get("published_name"));
        assertEquals("0", rows.get(0).get("rank_change_vs_published"));
        assertEquals("", rows.get(1).get("published_rank")); // Osaka: not in the published table
        assertEquals("2", rows.get(2).get("published_rank"));
        assertEquals("-1", rows.get(2).get("rank_change_vs_published")); // published 2, computed 3
        assertTrue(r.err().contains("is synthetic"), r.err());

        JsonNode p = new ObjectMapper().readTree(rank("--published", table.toString(), "--format", "json").out())
                .path("published");
        assertEquals(2, p.path("matched").asInt());
        assertEquals(1.0, p.path("kendall_tau").asDouble());
        assertEquals(2, p.path("top_overlap").asInt());
        assertEquals("Kyoto", p.path("unmatched_published").get(0).path("published_name").asText());
        assertEquals("Osaka", p.path("unmatched_computed").get(0).path("name").asText());
        assertTrue(p.path("credit").asText().contains("WIPO"));

        String text = rank("--published", table.toString()).out();
        assertTrue(text.contains("Published ranking published.csv: 2 of 3 rows matched; Kendall tau 1.00; top-10"
                + " overlap 2 of 10; unmatched: 1 published, 1 computed"), text);
    }

    @Test
    void aBadPublishedTableIsBadInput() throws Exception {
        Path table = dir.resolve("bad.csv");
        Files.writeString(table, "rank,name,economies,patents,publications\n1,Tokyo,JP,lots,3\n");
        CliRun r = rank("--published", table.toString());
        assertEquals(AtlasCommand.BAD_INPUT, r.code());
        assertEquals("cluster-atlas rank: bad.csv line 2: patents 'lots' is not a number", r.err().trim());
        CliRun none = rank("--published", dir.resolve("none.csv").toString());
        assertEquals(AtlasCommand.BAD_INPUT, none.code());
        assertTrue(none.err().contains("none.csv: no such file"), none.err());
    }
}
