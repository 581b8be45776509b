package org.clusteratlas.cli;

import org.clusteratlas.sample.BundledSample;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoCommandTest {
    @TempDir
    Path dir;

    private Path snapshot() throws Exception {
        Path f = dir.resolve("small.sqlite");
        try (SnapshotWriter w = SnapshotWriter.create(f, false)) {
            w.title("Small world").synthetic(true).metadata("source", "InfoCommandTest").metadata("licence", "CC0");
            long p = w.addDocument("P1", DocumentKind.PATENT, 2016, "Optics", 0);
            w.addAddress(p, 35.68, 139.69, 0.5, "JP", "Tokyo");
            w.addAddress(p, 37.57, 126.98, 0.5, "KR", "Seoul");
            long q = w.addDocument("P2", DocumentKind.PATENT, 2018, "Computer technology", 0);
            w.addAddress(q, 35.68, 139.69, 1, "JP", "Tokyo");
            long a = w.addDocument("A1", DocumentKind.PUBLICATION, 2022, "Physics", 0.25);
            w.addAddress(a, 51.51, -0.13, 0.75, "GB", "London");
            w.commit();
        }
        return f;
    }

    @Test
    void printsMetadataAndCounts() throws Exception {
        Path f = snapshot();
        CliRun r = CliRun.run("info", f.toString());
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Small world"), r.out());
        assertTrue(r.out().contains("InfoCommandTest"), r.out());
        assertTrue(r.out().contains("CC0"), r.out());
        assertTrue(r.out().contains("SYNTHETIC"), r.out());
        assertTrue(r.out().matches("(?s).*Schema version: +2\\R.*"), r.out());
        assertTrue(r.out().contains("3 (patents 2, publications 1)"), r.out());
        assertTrue(r.out().matches("(?s).*Addresses: +4\\R.*"), r.out());
        assertTrue(r.out().matches("(?s).*Unique locations: 3\\R.*"), r.out());
        assertTrue(r.out().contains("2016-2022"), r.out());
        assertTrue(r.out().contains("3: Computer technology; Optics; Physics"), r.out());
    }

    @Test
    void badFileIsOneLineOnStderrAndExit3() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.sqlite"), "just text");
        CliRun r = CliRun.run("info", f.toString());
        assertEquals(AtlasCommand.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(f.toString()) && r.err().contains("not a SQLite file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingFileIsBadInput() {
        CliRun r = CliRun.run("info", dir.resolve("absent.sqlite").toString());
        assertEquals(AtlasCommand.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void badUsageIsExit2() throws Exception {
        assertEquals(AtlasCommand.BAD_USAGE, CliRun.run("info", "--bogus", snapshot().toString()).code());
        assertEquals(AtlasCommand.BAD_USAGE, CliRun.run("info", "a.sqlite", "b.sqlite").code());
    }

    @Test
    void withoutAFileDescribesTheBundledSample() {
        CliRun r = CliRun.run("info");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s)File: +" + java.util.regex.Pattern.quote(BundledSample.path().toString())
                + "\\R.*"), r.out());
        assertTrue(r.out().contains("SYNTHETIC"), r.out());
    }
}
