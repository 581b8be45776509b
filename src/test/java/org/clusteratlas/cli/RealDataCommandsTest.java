package org.clusteratlas.cli;

import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.source.Fixtures;
import org.clusteratlas.snapshot.source.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's commands on the real files of ../shared/realdata, as a user runs them. */
class RealDataCommandsTest {
    private static final String IPG = "pv-legacy-ipg120327/converted/";

    @TempDir
    Path dir;

    private Path patents() {
        Path out = dir.resolve("pv.sqlite");
        CliRun r = CliRun.run("import", "patentsview", "--patents", RealData.file(IPG + "g_patent.tsv").toString(),
                "--inventors", RealData.file(IPG + "g_inventor_disambiguated.tsv").toString(),
                "--locations", RealData.file(IPG + "g_location_disambiguated.tsv").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void csvPublicationsAppendToPatentsViewPatents() throws Exception {
        Path pv = patents();
        Path csv = RealData.file("openalex-robotics/converted/addresses.csv");
        Path both = dir.resolve("both.sqlite");
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--append", pv.toString(), "--out", both.toString());
        assertEquals(0, r.code(), r.err());
        // 18 design patents, and the 664 robotics works linked to an institution (3,926 rows)
        assertEquals(List.of(List.of("patent", "18"), List.of("publication", "664")), Fixtures.query(both,
                "SELECT kind, COUNT(*) FROM documents GROUP BY kind ORDER BY kind"));
        assertEquals(3926 + 28, SnapshotReader.open(both).metadata().addresses()); // all 28 inventors located
        String sources = Fixtures.query(both, "SELECT value FROM metadata WHERE key = 'sources'").get(0).get(0);
        assertTrue(sources.contains("g_patent.tsv") && sources.contains("addresses.csv"), sources);

        CliRun self = CliRun.run("import", "--csv", csv.toString(), "--append", both.toString(), "--out",
                both.toString());
        assertEquals(2, self.code(), self.err());
        assertTrue(self.err().contains("--append"), self.err());
    }

    @Test
    void anEmptyOpenAlexImportSaysWhichOptionWouldFillIt() {
        Path out = dir.resolve("oa.sqlite");
        CliRun r = CliRun.run("import", "openalex", "--works",
                RealData.file("openalex-go-sample/raw/works/updated_date=2023-05-16/part_000.gz").toString(),
                "--institutions", RealData.file("openalex-robotics/converted/institutions.jsonl").toString(),
                "--out", out.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("26 works of other types left out (grant 26); --types article,grant keeps them"),
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void defaultsRankASmallRealSnapshotWithTheGazetteersNames() throws Exception {
        Path pv = patents();
        CliRun r = CliRun.run("rank", "--snapshot", pv.toString(), "--format", "csv", "--top", "0");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().skip(1).toList();
        // 18 design patents: default shares of 18 are below one document, so the minimum is its floor (1):
        // every place with a whole patent within 13 km is a cluster
        assertTrue(rows.size() >= 10, r.out());
        // the inventors of D656301 are labelled "NYC" by the source; the cluster takes GeoNames' name
        assertTrue(rows.get(0).startsWith("1,\"New York City, NY\",US,2"), rows.get(0));
        assertFalse(r.out().contains("NYC"), r.out());
    }

    @Test
    void whenNothingPassesRankSaysWhatWouldLetTheLargestNeighbourhoodPass() throws Exception {
        Path out = dir.resolve("pv.sqlite");
        patents();
        CliRun r = CliRun.run("rank", "--snapshot", out.toString(), "--min-patents", "3");
        assertEquals(0, r.code(), r.err());
        // Paris holds D656313's four inventors (1 patent) and another whole patent: 2 within 13 km, as New York
        assertTrue(r.err().contains("no cluster: no location reaches the minimum weight within 13 km; the largest"
                + " neighbourhood weights found are 2 patents (minimum 3): --min-patents 2 (or 11.11%) lets it pass"),
                r.err());
        CliRun share = CliRun.run("rank", "--snapshot", out.toString(), "--min-patents", "11.11%", "--format", "csv");
        assertEquals(0, share.code(), share.err());
        assertEquals(3, share.out().lines().count(), share.out()); // header, New York City and Paris
    }
}
