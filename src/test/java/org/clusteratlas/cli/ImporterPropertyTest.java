package org.clusteratlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random input for every importer, valid and damaged values mixed around the snapshot contract's bounds:
 * each run either writes a snapshot that then opens and ranks, or is refused with exit 3 and a message
 * naming the file. Never a snapshot that imports but does not open, never a crash. Seeds are fixed so that
 * the coverage of both outcomes (checked) does not depend on luck in CI; change a seed to explore further.
 */
class ImporterPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static int run;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("importer-property");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- value generators: around every bound of the contract, plus plain damage ----

    /** Mostly good values (so that imports succeed often enough to be checked), damage now and then. */
    @SuppressWarnings("unchecked")
    private static <T> Arbitrary<T> mostly(Arbitrary<T> good, Arbitrary<T> damaged) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, good), net.jqwik.api.Tuple.of(1, damaged));
    }

    static Arbitrary<Integer> years() {
        return mostly(Arbitraries.integers().between(1590, 2110),
                Arbitraries.of(-1, 0, 1500, 1599, 1600, 1650, 1790, 2100, 2101, 9999, 20200));
    }

    static Arbitrary<String> coordinates(double bound) {
        return mostly(Arbitraries.doubles().between(-bound, bound).ofScale(4).map(String::valueOf),
                Arbitraries.of(String.valueOf(bound), String.valueOf(-bound), String.valueOf(Math.nextUp(bound)),
                        String.valueOf(bound + 1), "NaN", "1e999", "", "abc", "0"));
    }

    static Arbitrary<String> countries() {
        return mostly(Arbitraries.of("", "DE", "de", " fr ", "JP"),
                Arbitraries.oneOf(Arbitraries.of("XX", "D", "DEU", "1A", "NULL", "Ü1"),
                        Arbitraries.strings().alpha().ofMaxLength(3)));
    }

    static Arbitrary<String> fields() {
        return mostly(Arbitraries.of("", "Optics", "Furniture, games", "all", "a;b", "back\\slash", "ünïcödé",
                " padded "), Arbitraries.of("tab\there", "new\nline", "x".repeat(600)));
    }

    // ---- CSV ----

    record CsvRow(String id, String kind, int year, String lat, String lon, String share, String country,
                  String field) {
    }

    @Provide
    Arbitrary<List<CsvRow>> csvRows() {
        Arbitrary<CsvRow> row = Combinators.combine(Arbitraries.of("d1", "d2", "d3", "d4", ""),
                mostly(Arbitraries.of("patent", "publication", "Patent", " publication "), Arbitraries.of("poem", "")),
                years(), coordinates(90), coordinates(180),
                mostly(Arbitraries.of("0.5", "1", "0.25"), Arbitraries.of("", "0", "-0.1", "1.5", "NaN")),
                countries(), fields()).as(CsvRow::new);
        return row.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 40, seed = "10")
    void csvImportsOpenOrAreRefused(@ForAll("csvRows") List<CsvRow> rows, @ForAll boolean withShare,
                                    @ForAll boolean skipBad) throws IOException {
        Path in = dir.resolve("in" + (++run) + ".csv");
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("doc_id", "kind", "year", "lat", "lon", "country", "field"));
            if (withShare) {
                header.add("share");
            }
            p.printRecord(header);
            for (CsvRow r : rows) {
                List<String> rec = new ArrayList<>(List.of(r.id(), r.kind(), Integer.toString(r.year()), r.lat(),
                        r.lon(), r.country(), r.field()));
                if (withShare) {
                    rec.add(r.share());
                }
                p.printRecord(rec);
            }
        }
        Path out = dir.resolve("csv" + run + ".sqlite");
        List<String> args = new ArrayList<>(List.of("import", "--csv", in.toString(), "--out", out.toString()));
        if (skipBad) {
            args.add("--skip-bad");
        }
        opensOrIsRefused(CliRun.run(args.toArray(String[]::new)), out, in);
    }

    // ---- PatentsView ----

    record Patent(String id, int year, boolean isoDate, boolean withdrawn) {
    }

    record Location(String id, String country, String lat, String lon) {
    }

    record Inventor(String patent, String location) {
    }

    @Provide
    Arbitrary<List<Patent>> patents() {
        return Combinators.combine(mostly(Arbitraries.of("10000001", "10000002", "D900003", "RE12345"),
                        Arbitraries.of("x y", "")), years(), mostly(Arbitraries.just(true), Arbitraries.just(false)),
                mostly(Arbitraries.just(false), Arbitraries.just(true))).as(Patent::new).list().ofMinSize(1)
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Location>> locations() {
        return Combinators.combine(mostly(Arbitraries.of("L1", "L2", "L3"), Arbitraries.just("")), countries(),
                coordinates(90), coordinates(180)).as(Location::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Inventor>> inventors() {
        return Combinators.combine(mostly(Arbitraries.of("10000001", "10000002", "D900003", "RE12345"),
                        Arbitraries.just("99")), mostly(Arbitraries.of("L1", "L2", "L3"), Arbitraries.of("L9", "")))
                .as(Inventor::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 40, seed = "10")
    void patentsViewImportsOpenOrAreRefused(@ForAll("patents") List<Patent> patents,
                                            @ForAll("locations") List<Location> locations,
                                            @ForAll("inventors") List<Inventor> inventors,
                                            @ForAll boolean skipBad) throws IOException {
        int n = ++run;
        Path pat = dir.resolve("g_patent" + n + ".tsv");
        List<String> lines = new ArrayList<>(List.of(tsv("patent_id", "patent_type", "patent_date", "withdrawn")));
        for (Patent p : patents) {
            String date = p.isoDate() ? String.format("%04d-06-19", p.year()) : "1/6/" + p.year();
            lines.add(tsv(q(p.id()), q("utility"), q(date), p.withdrawn() ? "1" : "0"));
        }
        Files.write(pat, lines, StandardCharsets.UTF_8);
        Path loc = dir.resolve("g_location" + n + ".tsv");
        lines = new ArrayList<>(List.of(tsv("location_id", "disambig_city", "disambig_country", "latitude",
                "longitude")));
        for (Location l : locations) {
            lines.add(tsv(q(l.id()), q("City"), q(l.country()), l.lat(), l.lon()));
        }
        Files.write(loc, lines, StandardCharsets.UTF_8);
        Path inv = dir.resolve("g_inventor" + n + ".tsv");
        lines = new ArrayList<>(List.of(tsv("patent_id", "inventor_sequence", "location_id")));
        int seq = 0;
        for (Inventor i : inventors) {
            lines.add(tsv(q(i.patent()), Integer.toString(seq++), q(i.location())));
        }
        Files.write(inv, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("pv" + n + ".sqlite");
        List<String> args = new ArrayList<>(List.of("import", "patentsview", "--patents", pat.toString(),
                "--inventors", inv.toString(), "--locations", loc.toString(), "--out", out.toString()));
        if (skipBad) {
            args.add("--skip-bad");
        }
        opensOrIsRefused(CliRun.run(args.toArray(String[]::new)), out, null);
    }

    private static String tsv(String... cells) {
        return String.join("\t", cells);
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    // ---- OpenAlex ----

    record Institution(int id, String country, String lat, String lon) {
    }

    record Work(int id, int year, String field, List<Integer> institutions) {
    }

    @Provide
    Arbitrary<List<Institution>> institutions() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), countries(), coordinates(90),
                coordinates(180)).as(Institution::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Work>> works() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), years(), fields(),
                Arbitraries.integers().between(0, 5).list().ofMaxSize(3)).as(Work::new).list().ofMinSize(1)
                .ofMaxSize(6);
    }

    @Property(tries = 30, seed = "10")
    void openAlexImportsOpenOrAreRefused(@ForAll("institutions") List<Institution> institutions,
                                         @ForAll("works") List<Work> works, @ForAll boolean skipBad) throws IOException {
        int n = ++run;
        Path inst = dir.resolve("institutions" + n + ".jsonl");
        List<String> lines = new ArrayList<>();
        for (Institution i : institutions) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "https://openalex.org/I" + i.id());
            ObjectNode geo = o.putObject("geo");
            geo.put("country_code", i.country());
            geo.put("city", "City");
            number(geo, "latitude", i.lat());
            number(geo, "longitude", i.lon());
            lines.add(JSON.writeValueAsString(o));
        }
        Files.write(inst, lines, StandardCharsets.UTF_8);
        Path wk = dir.resolve("works" + n + ".jsonl");
        lines = new ArrayList<>();
        for (Work w : works) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "https://openalex.org/W" + w.id());
            o.put("type", "article");
            o.put("publication_year", w.year());
            ArrayNode authorships = o.putArray("authorships");
            for (int i : w.institutions()) {
                ArrayNode list = authorships.addObject().putArray("institutions");
                if (i > 0) {
                    list.addObject().put("id", "https://openalex.org/I" + i);
                }
            }
            if (!w.field().isEmpty()) {
                o.putObject("primary_topic").putObject("field").put("display_name", w.field());
            }
            lines.add(JSON.writeValueAsString(o));
        }
        Files.write(wk, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("oa" + n + ".sqlite");
        List<String> args = new ArrayList<>(List.of("import", "openalex", "--works", wk.toString(),
                "--institutions", inst.toString(), "--out", out.toString()));
        if (skipBad) {
            args.add("--skip-bad");
        }
        opensOrIsRefused(CliRun.run(args.toArray(String[]::new)), out, null);
    }

    /** A JSON number where the text is one, else the text itself (a string where a number belongs). */
    private static void number(ObjectNode o, String key, String text) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                o.put(key, v);
                return;
            }
        } catch (NumberFormatException e) {
            // as text below
        }
        if (text.isEmpty()) {
            o.putNull(key);
        } else {
            o.put(key, text);
        }
    }

    // ---- the property every importer shares ----

    private static void opensOrIsRefused(CliRun r, Path out, Path named) {
        Statistics.collect(r.code() == AtlasCommand.OK ? "imported" : "refused");
        Statistics.coverage(c -> {
            c.check("imported").count(n -> n >= 2);
            c.check("refused").count(n -> n >= 2);
        });
        if (r.code() == AtlasCommand.OK) {
            Snapshot s;
            try {
                s = SnapshotReader.open(out);
            } catch (SnapshotException e) {
                fail("imported (exit 0) but does not open: " + e.getMessage() + "\n" + r.err());
                return;
            }
            ClusterParameters p = new ClusterParameters(10, 1, 1, null);
            new Ranker(PlaceIndex.build(s.table(), s.gazetteer())).rank(new ClusterEngine(s.table()).cluster(p));
            CliRun info = CliRun.run("info", out.toString());
            assertEquals(AtlasCommand.OK, info.code(), info.err());
        } else {
            assertEquals(AtlasCommand.BAD_INPUT, r.code(), "exit " + r.code() + ": " + r.err());
            String last = r.err().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("error: ") && last.length() > "error: ".length(), r.err());
            if (named != null) {
                assertTrue(last.contains(named.getFileName().toString()), r.err());
            }
            assertTrue(Files.notExists(out), "nothing written on refusal");
        }
    }
}
