package org.clusteratlas.cli;

import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.source.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealDataImportCommandTest {
    @TempDir
    Path dir;

    private String[] patentsview(Path out, String... extra) throws Exception {
        Path pv = dir.resolve("pv");
        if (!Files.exists(pv)) {
            Files.createDirectories(pv);
            for (String f : new String[] {"g_patent.tsv", "g_inventor_disambiguated.tsv",
                    "g_location_disambiguated.tsv", "g_cpc_current.tsv"}) {
                Fixtures.copy("patentsview/" + f, pv);
            }
        }
        String[] base = {"import", "patentsview", "--patents", pv.resolve("g_patent.tsv").toString(),
                "--inventors", pv.resolve("g_inventor_disambiguated.tsv").toString(),
                "--locations", pv.resolve("g_location_disambiguated.tsv").toString(),
                "--cpc", pv.resolve("g_cpc_current.tsv").toString(), "--out", out.toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void importsThenRefusesToOverwriteWithoutForce() throws Exception {
        Path out = dir.resolve("p.sqlite");
        CliRun ok = CliRun.run(patentsview(out));
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.err().contains("4 documents, 5 addresses written"), ok.err());
        assertTrue(ok.err().contains("3 addresses without coordinates"), ok.err());
        assertEquals(4, SnapshotReader.open(out).metadata().documents());

        long modified = Files.getLastModifiedTime(out).toMillis();
        CliRun again = CliRun.run(patentsview(out));
        assertEquals(2, again.code());
        assertTrue(again.err().contains("exists"), again.err());
        assertEquals(modified, Files.getLastModifiedTime(out).toMillis());
        assertEquals(0, CliRun.run(patentsview(out, "--force")).code());
    }

    @Test
    void badInputIsOneLineAndExitCode3() throws Exception {
        Path works = dir.resolve("works.jsonl");
        Files.writeString(works, "{\"id\": \"https://openalex.org/W1\", \"type\": \"article\",\n");
        Path inst = Fixtures.copy("openalex/institutions.jsonl", dir);
        CliRun r = CliRun.run("import", "openalex", "--works", works.toString(), "--institutions", inst.toString(),
                "--out", dir.resolve("o.sqlite").toString());
        assertEquals(3, r.code(), r.err());
        String[] lines = r.err().strip().split("\\R");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("error: " + works + ": line 1: malformed JSON"), r.err());
        assertFalse(r.err().contains("\tat "), "stack trace printed");
        assertFalse(Files.exists(dir.resolve("o.sqlite")));
    }

    @Test
    void missingInputFileIsBadInput() {
        CliRun r = CliRun.run("import", "openalex", "--works", dir.resolve("none.jsonl.gz").toString(),
                "--institutions", dir.resolve("none2.jsonl.gz").toString(),
                "--out", dir.resolve("o.sqlite").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("none.jsonl.gz: no such file"), r.err());
    }

    @Test
    void appendingOntoItselfNeedsForce() throws Exception {
        Path out = dir.resolve("p.sqlite");
        assertEquals(0, CliRun.run(patentsview(out)).code());
        Path inst = Fixtures.copy("openalex/institutions.jsonl", dir);
        Path works = Fixtures.copy("openalex/works-part1.jsonl", dir);
        String[] args = {"import", "openalex", "--works", works.toString(), "--institutions", inst.toString(),
                "--append", out.toString(), "--out", out.toString()};
        assertEquals(2, CliRun.run(args).code());
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        CliRun r = CliRun.run(forced);
        assertEquals(0, r.code(), r.err());
        assertEquals(6, SnapshotReader.open(out).metadata().documents());
    }

    @Test
    void importersAreNotWindowInvocations() {
        assertFalse(AtlasCommand.isWindowInvocation(new String[] {"import"}));
        assertFalse(AtlasCommand.isWindowInvocation(new String[] {"generate"}));
    }
}
