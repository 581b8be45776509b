package org.clusteratlas.cli;

import org.clusteratlas.Main;
import org.clusteratlas.sample.CsvSampleSink;
import org.clusteratlas.sample.SampleGenerator;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAndReportsCounts() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\nA,patent,2020,1,2\nA,patent,2020,3,4\n");
        Path out = dir.resolve("a.sqlite");
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--out", out.toString(), "--title", "T");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 documents, 2 addresses"), r.err());
        assertEquals("T", SnapshotReader.open(out).metadata().title());
    }

    @Test
    void badRowIsOneLineAndExitCodeThree() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\nA,patent,2020,1,2\nB,patent,2020,x,2\n");
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--out", dir.resolve("a.sqlite").toString());
        assertEquals(3, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("a.csv: line 3: lat 'x' is not a number"), r.err());
        assertFalse(Files.exists(dir.resolve("a.sqlite")));
    }

    @Test
    void skipBadListsSkippedRows() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\nA,patent,2020,1,2\nB,patent,2020,x,2\n");
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--out", dir.resolve("a.sqlite").toString(),
                "--skip-bad");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped 1 bad row"), r.err());
        assertTrue(r.err().contains("a.csv: line 3: lat 'x'"), r.err());
    }

    @Test
    void existingOutputNeedsForceAndMissingOptionsAreBadUsage() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\nA,patent,2020,1,2\n");
        Path out = dir.resolve("a.sqlite");
        Files.writeString(out, "keep me");
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals("keep me", Files.readString(out));
        assertEquals(0, CliRun.run("import", "--csv", csv.toString(), "--out", out.toString(), "--force").code());
        assertEquals(2, CliRun.run("import", "--out", out.toString()).code());
        assertEquals(2, CliRun.run("import", "--csv", csv.toString()).code());
        assertEquals(3, CliRun.run("import", "--csv", dir.resolve("none.csv").toString(), "--out",
                dir.resolve("b.sqlite").toString()).code());
    }

    /** A killed import (SIGTERM, as on Ctrl-C or shutdown) leaves no partial file and the old snapshot intact. */
    @Test
    void interruptedImportLeavesNothingBehind() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(csv); CsvSampleSink sink = new CsvSampleSink(w, false)) {
            new SampleGenerator(7, 400_000).generate(sink);
        }
        Path out = dir.resolve("big.sqlite");
        Files.writeString(out, "old snapshot");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "--csv", csv.toString(), "--out", out.toString(), "--force"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!partialExists() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(p.isAlive(), "import finished before it could be interrupted: " + Files.readString(dir.resolve("log.txt")));
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertFalse(partialExists(), "partial file left behind");
        assertArrayEquals("old snapshot".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
    }

    private boolean partialExists() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".partial"));
        }
    }
}
