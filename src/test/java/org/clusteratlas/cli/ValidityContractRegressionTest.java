package org.clusteratlas.cli;

import org.clusteratlas.io.AppInvocation;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.NumberText;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.io.AtomicFiles;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.ui.explorer.ReproduceCommand;
import org.clusteratlas.ui.explorer.SavedView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** One test per defect of issue 10, each failing on the code before the snapshot contract. */
class ValidityContractRegressionTest {
    @TempDir
    Path dir;

    private Path works(String name, int year) throws IOException {
        Path inst = dir.resolve("inst.jsonl");
        Files.writeString(inst, "{\"id\": \"https://openalex.org/I1\", \"geo\": {\"latitude\": 51.75,"
                + " \"longitude\": -1.25, \"country_code\": \"GB\", \"city\": \"Oxford\"}}\n", StandardCharsets.UTF_8);
        Path works = dir.resolve(name);
        Files.writeString(works, "{\"id\": \"https://openalex.org/W1\", \"type\": \"article\", \"publication_year\": "
                + year + ", \"authorships\": [{\"institutions\": [{\"id\": \"https://openalex.org/I1\"}]}]}\n",
                StandardCharsets.UTF_8);
        return works;
    }

    private CliRun openAlex(Path works, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "openalex", "--works", works.toString(),
                "--institutions", dir.resolve("inst.jsonl").toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void anOpenAlexWorkOf1650ImportsAndOpensOneOf1500IsRefused() throws Exception {
        Path out = dir.resolve("old.sqlite");
        CliRun r = openAlex(works("w1650.jsonl", 1650), out);
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertEquals(AtlasCommand.OK, CliRun.run("info", out.toString()).code());
        assertEquals(1650, SnapshotReader.open(out).table().minYear());

        Path bad = dir.resolve("older.sqlite");
        r = openAlex(works("w1500.jsonl", 1500), bad);
        assertEquals(AtlasCommand.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("w1500.jsonl") && r.err().contains("implausible year 1500 (expected 1600-2100)"),
                r.err());
        assertFalse(Files.exists(bad));
    }

    @Test
    void aCsvRowOf1500IsRefusedWithExit3() throws IOException {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\nA,patent,1500,48.1,11.6\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--out", dir.resolve("a.sqlite").toString());
        assertEquals(AtlasCommand.BAD_INPUT, r.code());
        assertTrue(r.err().contains("a.csv: line 2: implausible year 1500"), r.err());
    }

    @Test
    void theWriterRefusesWhatTheReaderWouldRefuse() throws IOException {
        try (SnapshotWriter w = SnapshotWriter.create(dir.resolve("w.sqlite"), false)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.addDocument("X", DocumentKind.PATENT, 1500, null, 0));
            assertTrue(e.getMessage().contains("implausible year 1500"), e.getMessage());
            long id = w.addDocument("Y", DocumentKind.PATENT, 2000, "Optics", 0);
            assertThrows(IllegalArgumentException.class, () -> w.addAddress(id, 91, 0, 1, null, null));
            assertThrows(IllegalArgumentException.class, () -> w.addAddress(id, 0, 0, 1, "Germany", null));
            assertThrows(IllegalArgumentException.class, () -> w.addDocument("Z", DocumentKind.PATENT, 2000,
                    "new\nline", 0));
        }
    }

    private Path oldSnapshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (SnapshotWriter w = SnapshotWriter.create(file, false)) {
            for (int i = 0; i < 44; i++) {
                long d = w.addDocument("P" + i, i % 2 == 0 ? DocumentKind.PATENT : DocumentKind.PUBLICATION,
                        1850 + i % 11, i % 3 == 0 ? "Furniture, games" : "Optics", 0);
                w.addAddress(d, 51.5 + i * 0.001, -0.12, 1, "gb", "London");
            }
            w.commit();
        }
        return file;
    }

    @Test
    void aSnapshotOfThe1850sRanksAnyOfItsYears() throws IOException {
        Path s = oldSnapshot(dir.resolve("1850s.sqlite"));
        CliRun r = CliRun.run("rank", "--snapshot", s.toString(), "--years", "1850-1855", "--min-patents", "1",
                "--min-publications", "1", "--format", "csv");
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertTrue(r.out().lines().count() > 1, r.out());
    }

    @Test
    void noFieldsIsNotAValueAndAllIsWrittenAsAll() {
        assertThrows(IllegalArgumentException.class,
                () -> ParameterSpecs.FIELDS.with(ClusterParameters.defaults(), Set.of()));
        assertEquals("all", ClusterParameters.defaults().text(ParameterSpecs.FIELDS));
        CliRun r = CliRun.run("rank", "--snapshot", "x.sqlite", "--fields", "");
        assertEquals(AtlasCommand.BAD_USAGE, r.code());
        assertTrue(r.err().contains("--fields: an empty list would count nothing"), r.err());
        String c = ReproduceCommand.render(Path.of("x.sqlite"), ClusterParameters.defaults(), org.clusteratlas.cluster.YearRange.ALL, 10, null);
        assertFalse(c.contains("--fields"), c);
    }

    @Test
    void numbersAreWrittenAtThePrecisionTheyCarry() throws IOException {
        ClusterParameters p = ClusterParameters.defaults().withEpsKm(101 * 0.05).withMinPatentWeight(5.1000000000000005);
        assertEquals("5.05", p.text(ParameterSpecs.EPS_KM));
        assertEquals("5.1", p.text(ParameterSpecs.MIN_PATENTS));
        assertEquals(5.05, p.epsKm());
        String c = ReproduceCommand.render(Path.of("x.sqlite"), p, org.clusteratlas.cluster.YearRange.ALL, 10, null);
        assertTrue(c.contains("--eps-km 5.05 --min-patents 5.1 "), c);
        String json = new SavedView(p, 10, 0, 0, 2, null, null).toJson();
        assertTrue(json.contains("\"eps-km\" : \"5.05\"") && json.contains("\"min-patents\" : \"5.1\""), json);
        assertEquals("9750.3", NumberText.plain(9750.300000000067));
        assertEquals("0.333333333", NumberText.plain(1.0 / 3));
    }

    @Test
    void appendOpensAnyPathTheReaderOpensAndValidatesIt() throws Exception {
        Path base = oldSnapshot(dir.resolve("dir #1/Zürich base?.sqlite"));
        Path out = dir.resolve("dir #1/merged ü.sqlite");
        CliRun r = openAlex(works("w.jsonl", 2020), out, "--append", base.toString());
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertEquals(45, SnapshotReader.open(out).counts().patents() + SnapshotReader.open(out).counts().publications());

        // damaged as an editor would: the reader refuses it, so --append must too
        Path plain = dir.resolve("plain.sqlite");
        Files.copy(base, plain);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plain);
             Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE documents SET year = 1500 WHERE id = 1");
        }
        Path damaged = dir.resolve("dir #1/damaged?.sqlite");
        Files.copy(plain, damaged);
        r = openAlex(works("w2.jsonl", 2020), dir.resolve("never.sqlite"), "--append", damaged.toString());
        assertEquals(AtlasCommand.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("damaged?.sqlite: table 'documents', row 1: implausible year 1500"), r.err());
        assertFalse(Files.exists(dir.resolve("never.sqlite")));
    }

    @Test
    void writtenFilesGetTheUmasksPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        var normal = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Path export = dir.resolve("ranking.csv");
        AtomicFiles.write(export, o -> o.write('x'));
        assertEquals(normal, Files.getPosixFilePermissions(export));
        Path view = dir.resolve("view.json");
        new SavedView(ClusterParameters.defaults(), 10, 0, 0, 2, null, null).write(view);
        assertEquals(normal, Files.getPosixFilePermissions(view));
        Path snapshot = oldSnapshot(dir.resolve("s.sqlite"));
        assertEquals(normal, Files.getPosixFilePermissions(snapshot));
    }

    @Test
    void stalePartialFilesOfKilledImportsAreRemovedByTheNextImport() throws Exception {
        Process p = new ProcessBuilder(java(), "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        long dead = p.pid();
        assumeTrue(ProcessHandle.of(dead).isEmpty(), "the finished process's id is free");
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Path stale = Files.createFile(dir.resolve(".big.sqlite." + dead + "-0123456789ab.partial"));
        Path running = Files.createFile(dir.resolve(".other.sqlite." + alive + "-0123456789ab.partial"));
        Path foreign = Files.createFile(dir.resolve(".notes.partial"));
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "doc_id,kind,year,lat,lon\nA,patent,2000,48.1,11.6\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("import", "--csv", csv.toString(), "--out", dir.resolve("a.sqlite").toString());
        assertEquals(AtlasCommand.OK, r.code(), r.err());
        assertFalse(Files.exists(stale), "left by a process that no longer runs");
        assertTrue(Files.exists(running), "an import still running elsewhere keeps its file");
        assertTrue(Files.exists(foreign), "not the app's name pattern");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theCopiedCommandRunsFromAnyFolder() {
        String c = ReproduceCommand.render(Path.of("data/x.sqlite"), ClusterParameters.defaults(), org.clusteratlas.cluster.YearRange.ALL, 10, null);
        assertTrue(c.startsWith(AppInvocation.commandLine() + " rank --snapshot "
                + Path.of("data/x.sqlite").toAbsolutePath()), c);
        assertFalse(c.contains("target/cluster-atlas.jar") && !c.contains("/target/"), c);
    }
}
