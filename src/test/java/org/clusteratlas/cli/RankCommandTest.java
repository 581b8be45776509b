package org.clusteratlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.io.FileDigest;
import org.clusteratlas.io.RankingCsv;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankCommandTest {
    private static final String[] SMALL = {"--eps-km", "10", "--min-patents", "3", "--min-publications", "3"};

    @TempDir
    Path dir;
    private Path snapshot;

    @BeforeEach
    void write() throws Exception {
        snapshot = SmallWorld.write(dir.resolve("small world.sqlite"));
    }

    private CliRun rank(String... more) {
        String[] args = Stream.concat(Stream.of("rank", "--snapshot", snapshot.toString()),
                Stream.concat(Stream.of(SMALL), Stream.of(more))).toArray(String[]::new);
        return CliRun.run(args);
    }

    @Test
    void csvHasTheHandComputedRanking() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            CliRun r = rank("--format", "csv");
            assertEquals(AtlasCommand.OK, r.code(), r.err());
            assertTrue(r.out().startsWith("rank,name,economies,patents,publications,patent_share,publication_share,"
                    + "score,population,intensity,lat,lon"), r.out());
            List<ClusterRow> rows = RankingCsv.read(new StringReader(r.out()));
            assertEquals(List.of("Tokyo", "Osaka", "Paris"), rows.stream().map(ClusterRow::name).toList());
            assertEquals(List.of("JP", "JP", "FR"), rows.stream().map(ClusterRow::economies).toList());
            // totals: 40 patents, 46 publications (Reykjavik's 2 are noise)
            assertEquals(30, rows.get(0).patents(), 1e-9);
            assertEquals(75.0, rows.get(0).patentShare(), 1e-9);
            assertEquals(100.0 * 30 / 46, rows.get(0).publicationShare(), 1e-9);
            assertEquals(25.0 + 100.0 * 10 / 46, rows.get(1).score(), 1e-9);
            assertEquals(100.0 * 4 / 46, rows.get(2).score(), 1e-9);
            assertEquals("", r.err());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void csvEqualsTheInProcessRanking() throws Exception {
        CliRun r = rank("--format", "csv", "--top", "2");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        Snapshot s = SnapshotReader.open(snapshot);
        Ranking ranking = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()))
                .rank(new ClusterEngine(s.table()).cluster(new ClusterParameters(10, 3, 3, null)));
        assertEquals(org.clusteratlas.io.WrittenRows.of(ranking.top(2)), RankingCsv.read(new StringReader(r.out())));
    }

    @Test
    void jsonTracesTheResultToItsInputs() throws Exception {
        CliRun r = rank("--format", "json", "--years", "2018-2022", "--kinds", "patent,publication");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(SmallWorld.TITLE, root.path("snapshot").path("title").asText());
        assertEquals(FileDigest.sha256(snapshot), root.path("snapshot").path("sha256").asText());
        assertEquals(AtlasCommand.appVersion(), root.path("app_version").asText());
        assertEquals("10", root.path("parameters").path("eps-km").asText());
        assertEquals("3", root.path("parameters").path("min-patents").asText());
        assertEquals("2018-2022", root.path("parameters").path("years").asText());
        assertEquals(3, root.path("rows").size());
        String command = root.path("command").asText();
        assertTrue(command.contains("'" + snapshot + "'"), command);
        assertTrue(command.contains("--eps-km 10 "), command);
    }

    @Test
    void compareYearsMarksNewClustersAndRankChanges() throws Exception {
        CliRun r = rank("--format", "csv", "--years", "2018-2022", "--compare-years", "2017-2021");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<ClusterRow> rows = RankingCsv.read(new StringReader(r.out()));
        assertEquals(ClusterRow.RankStatus.MATCHED, rows.get(0).status());
        assertEquals(0, rows.get(0).rankChange());
        assertEquals(0, rows.get(1).rankChange());
        assertEquals("Paris", rows.get(2).name());
        assertEquals(ClusterRow.RankStatus.NEW, rows.get(2).status());
        assertNull(rows.get(2).rankChange());
    }

    @Test
    void filtersNarrowTheRanking() throws Exception {
        CliRun r = rank("--format", "csv", "--kinds", "patent", "--countries", "jp");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<ClusterRow> rows = RankingCsv.read(new StringReader(r.out()));
        assertEquals(List.of("Tokyo", "Osaka"), rows.stream().map(ClusterRow::name).toList());
        assertEquals(0, rows.get(0).publications(), 0);
        CliRun fields = rank("--format", "csv", "--fields", "Physics");
        assertEquals(0, RankingCsv.read(new StringReader(fields.out())).stream()
                .mapToDouble(ClusterRow::patents).sum(), 0);
    }

    @Test
    void tableIsTheDefaultFormat() {
        CliRun r = rank();
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("Rank"), r.out());
        assertTrue(lines.get(1).contains("Tokyo"), r.out());
    }

    @Test
    void outWritesTheFileAtomicallyAndMayReplaceIt() throws Exception {
        Path out = dir.resolve("ranking.json");
        Files.writeString(out, "old");
        CliRun r = rank("--format", "geojson", "--out", out.toString());
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertEquals("", r.out());
        JsonNode root = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("FeatureCollection", root.path("type").asText());
        assertEquals(3, root.path("features").size());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void badUsageIsExit2WithTheReason() {
        CliRun eps = CliRun.run("rank", "--snapshot", snapshot.toString(), "--eps-km", "0");
        assertEquals(AtlasCommand.BAD_USAGE, eps.code());
        assertTrue(eps.err().contains("eps-km: must be between 1 and 50 km, not 0"), eps.err());
        assertFalse(eps.err().contains("Exception"), eps.err());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--format", "xml").code());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--kinds", "book").code());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--years", "2022-2018").code());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--top", "-1").code());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--out", dir.resolve("no/such/dir.csv").toString()).code());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--out", snapshot.toString()).code(), "never overwrites the snapshot");
        CliRun field = rank("--fields", "Opticks");
        assertEquals(AtlasCommand.BAD_USAGE, field.code());
        assertTrue(field.err().contains("Opticks") && field.err().contains("Optics, Physics"), field.err());
        assertEquals(AtlasCommand.BAD_USAGE, CliRun.run("rank", "--snapshot").code());
    }

    @Test
    void helpListsTheGeneratedOptionsCleanly() {
        CliRun r = CliRun.run("rank", "--help");
        assertEquals(AtlasCommand.OK, r.code());
        assertEquals("", r.err());
        for (String o : List.of("--eps-km", "--min-patents", "--min-publications", "--years", "--kinds", "--fields",
                "--countries", "--top", "--compare-years", "--format", "--out", "--sweep", "--sweep-eps",
                "--sweep-min-patents", "--sweep-min-publications", "--sweep-steps")) {
            assertTrue(r.out().contains(o + "=") || r.out().contains(o + "  "), o);
        }
        assertTrue(r.out().contains("(default: 13 km, 1 to 50)"), r.out());
    }

    @Test
    void badSnapshotIsOneLineAndExit3() throws Exception {
        Path bad = Files.writeString(dir.resolve("notes.sqlite"), "just text");
        CliRun r = CliRun.run("rank", "--snapshot", bad.toString());
        assertEquals(AtlasCommand.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(AtlasCommand.BAD_INPUT, CliRun.run("rank", "--snapshot", dir.resolve("absent").toString()).code());
    }

    @Test
    void membersListsTheClustersPlacesWithATotal() throws Exception {
        CliRun r = rank("--members", "tokyo", "--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("place,country,patents,publications,score_share_percent,locations", lines.get(0));
        assertEquals("Tokyo,JP,30,30,100,3", lines.get(1));
        assertEquals("Total,,30,30,100,3", lines.get(lines.size() - 1));
        CliRun table = rank("--members", "2");
        assertEquals(AtlasCommand.OK, table.code(), table.err());
        assertTrue(table.out().startsWith("#2 Osaka (JP): 1 places"), table.out());
        assertTrue(table.out().contains("Total"), table.out());
        Path out = dir.resolve("members.csv");
        assertEquals(AtlasCommand.OK, rank("--members", "Paris", "--format", "csv", "--out", out.toString()).code());
        assertTrue(Files.readString(out).contains("Paris,FR,0,4,100,1"));
        CliRun missing = rank("--members", "Atlantis");
        assertEquals(AtlasCommand.BAD_USAGE, missing.code());
        assertTrue(missing.err().contains("--members: no cluster named 'Atlantis'"), missing.err());
        assertEquals(AtlasCommand.BAD_USAGE, rank("--members", "1", "--format", "json").code());
    }
}
