package org.clusteratlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.io.RankingCsv;
import org.clusteratlas.io.RankingJson;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rank --sweep-...} on the line world of {@code RankSweepTest} (same locations and weights, one
 * patent document per unit of weight), whose bands were computed by hand there: A 1/1/1 presence 5/6,
 * B 2/2/2 presence 2/6, C 2/2.5/3 presence 2/6; A splits at eps 2 and merges with B at eps 10.
 */
class RankSweepCommandTest {
    private static final String[] SWEEP = {"--eps-km", "6", "--min-patents", "10", "--min-publications", "10",
        "--sweep-eps", "2:10:3", "--sweep-min-patents", "10:25:2"};

    @TempDir
    Path dir;
    private Path snapshot;

    @BeforeEach
    void write() throws IOException {
        snapshot = dir.resolve("line.sqlite");
        double[] lon = {0.00, 0.02, 0.04, 0.12, 0.14, 10.00, 10.02};
        int[] w = {10, 20, 10, 12, 10, 5, 5};
        try (SnapshotWriter sw = SnapshotWriter.create(snapshot, false)) {
            sw.title("Line world").synthetic(true);
            int id = 0;
            for (int i = 0; i < lon.length; i++) {
                for (int d = 0; d < w[i]; d++) {
                    long doc = sw.addDocument("P" + (++id), DocumentKind.PATENT, 2020, null, 0);
                    sw.addAddress(doc, 0, lon[i], 1, null, null);
                }
            }
            sw.addGazetteerPlace("Far away", "NO", null, 70, 20, 1000); // no place names the line's clusters
            sw.commit();
        }
    }

    private CliRun rank(String... more) {
        return CliRun.run(Stream.concat(Stream.of("rank", "--snapshot", snapshot.toString()),
                Stream.concat(Stream.of(SWEEP), Stream.of(more))).toArray(String[]::new));
    }

    @Test
    void csvCarriesTheHandComputedBands() throws IOException {
        CliRun r = rank("--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertEquals(3, rows.size());
        assertEquals(List.of("1", "1", "1", "1", "0.833333333"), cols(rows.get(0)));
        assertEquals(List.of("2", "2", "2", "2", "0.333333333"), cols(rows.get(1)));
        assertEquals(List.of("3", "2", "2.5", "3", "0.333333333"), cols(rows.get(2)));
    }

    private static List<String> cols(CSVRecord r) {
        return List.of(r.get("rank"), r.get("best_rank"), r.get("median_rank"), r.get("worst_rank"), r.get("presence"));
    }

    @Test
    void jsonListsTheGridAndTheMergesAndSplits() throws IOException {
        CliRun r = rank("--format", "json");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("[2.0,6.0,10.0]", root.path("sweep").path("eps_km").toString());
        assertEquals("[10.0,25.0]", root.path("sweep").path("min_patents").toString());
        assertEquals("[10.0,10.0]", root.path("sweep").path("min_publications").toString());
        assertEquals(6, root.path("sweep").path("settings").asInt());
        JsonNode a = root.path("rows").get(0);
        JsonNode b = root.path("rows").get(1);
        assertEquals(2.5, root.path("rows").get(2).path("median_rank").asDouble());
        assertEquals(2, a.path("sweep_merges").size());
        assertEquals(10.0, a.path("sweep_merges").get(0).path("eps_km").asDouble());
        assertEquals(b.path("name").asText(), a.path("sweep_merges").get(0).path("with").get(0).asText());
        assertEquals(1, a.path("sweep_splits").size());
        assertEquals(3, a.path("sweep_splits").get(0).path("parts").asInt());
        assertEquals(2.0, a.path("sweep_splits").get(0).path("eps_km").asDouble());
        assertTrue(root.path("command").asText().contains("--sweep-eps 2:10:3 --sweep-min-patents 10:25:2"),
                root.path("command").asText());
    }

    @Test
    void theProjectsReadersStillReadTheExtendedOutput() throws IOException {
        List<ClusterRow> plain = RankingCsv.read(new StringReader(CliRun.run("rank", "--snapshot", snapshot.toString(),
                "--eps-km", "6", "--min-patents", "10", "--min-publications", "10", "--format", "csv").out()));
        assertEquals(3, plain.size());
        assertEquals(plain, RankingCsv.read(new StringReader(rank("--format", "csv").out())));
        assertEquals(plain, RankingJson.read(new StringReader(rank("--format", "json").out())).rows());
    }

    @Test
    void tableAndGeojsonCarryTheColumns() throws IOException {
        CliRun t = rank();
        assertEquals(AtlasCommand.OK, t.code(), t.err());
        String header = t.out().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith("Best  Median  Worst  Presence"), header);
        assertTrue(t.out().lines().skip(3).findFirst().orElseThrow().endsWith("2     2.5      3       33%"), t.out());
        CliRun g = rank("--format", "geojson");
        JsonNode props = new ObjectMapper().readTree(g.out()).path("features").get(2).path("properties");
        assertEquals(2, props.path("best_rank").asInt());
        assertEquals(2.5, props.path("median_rank").asDouble());
        assertEquals(3, props.path("worst_rank").asInt());
        assertEquals(0.333333333, props.path("presence").asDouble(), 0);
    }

    @Test
    void withoutSweepOptionsThereAreNoBandColumns() {
        CliRun r = CliRun.run("rank", "--snapshot", snapshot.toString(), "--eps-km", "6", "--min-patents", "10",
                "--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertTrue(!r.out().lines().findFirst().orElseThrow().contains("best_rank"), r.out());
    }

    @Test
    void defaultSweepRunsFiveByFive() throws IOException {
        CliRun r = CliRun.run("rank", "--snapshot", snapshot.toString(), "--eps-km", "6", "--min-patents", "10",
                "--sweep", "--format", "json");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        JsonNode sweep = new ObjectMapper().readTree(r.out()).path("sweep");
        assertEquals("[3.6,4.8,6.0,7.2,8.4]", sweep.path("eps_km").toString());
        assertEquals("[5.0,7.1,10.0,14.1,20.0]", sweep.path("min_patents").toString());
        assertEquals(25, sweep.path("settings").asInt());
    }

    @Test
    void badSweepOptionsAreUsageErrors() {
        String s = snapshot.toString();
        CliRun r = CliRun.run("rank", "--snapshot", s, "--sweep-eps", "6:14");
        assertEquals(AtlasCommand.BAD_USAGE, r.code());
        assertTrue(r.err().contains("--sweep-eps: '6:14' is not FROM:TO:STEPS"), r.err());
        r = CliRun.run("rank", "--snapshot", s, "--sweep-eps", "0:10:3");
        assertEquals(AtlasCommand.BAD_USAGE, r.code());
        assertTrue(r.err().contains("--sweep-eps-km: must be between 1 and 50"), r.err());
        assertEquals(AtlasCommand.BAD_USAGE, CliRun.run("rank", "--snapshot", s, "--sweep-steps", "16").code());
        assertEquals(AtlasCommand.BAD_USAGE, CliRun.run("rank", "--snapshot", s, "--sweep-min-patents", "10:20:3",
                "--sweep-min-publications", "10:20:4").code());
    }
}
