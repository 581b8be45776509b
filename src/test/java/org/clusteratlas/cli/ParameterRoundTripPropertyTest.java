package org.clusteratlas.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Minimum;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.io.RankingCsv;
import org.clusteratlas.io.WrittenRows;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.snapshot.SnapshotWriter;
import org.clusteratlas.snapshot.WeightFilter;
import org.clusteratlas.ui.explorer.ReproduceCommand;
import org.clusteratlas.ui.explorer.SavedView;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random valid parameter states (radius and minimums at any step of their controls, minimums as counts or as
 * shares of the filtered total, any years of an old
 * snapshot, any kinds, fields with commas, backslashes, "all" and non-ASCII letters, any countries) survive
 * every text they are written to: each parameter's text, a saved view, the copied command, and running that
 * command's {@code rank} gives exactly the ranking computed in process.
 */
class ParameterRoundTripPropertyTest {
    static final List<String> FIELDS = List.of("Furniture, games", "back\\slash", "all", "Ünïcode; ß", "Optics");
    static final List<String> COUNTRIES = List.of("DE", "FR", "JP", "US");
    private static Path dir;
    private static Path snapshot;
    private static ClusterEngine engine;
    private static Ranker ranker;

    @BeforeContainer
    static void snapshot() throws Exception {
        dir = Files.createTempDirectory("param-roundtrip");
        snapshot = dir.resolve("old data #1?/Zürich snapshot.sqlite");
        Files.createDirectories(snapshot.getParent());
        Random r = new Random(7);
        double[][] cities = {{48.14, 11.58}, {48.86, 2.35}, {35.68, 139.69}, {42.36, -71.06}};
        try (SnapshotWriter w = SnapshotWriter.create(snapshot, false)) {
            w.title("Old data");
            for (int d = 0; d < 3000; d++) {
                int c = r.nextInt(cities.length);
                DocumentKind kind = r.nextBoolean() ? DocumentKind.PATENT : DocumentKind.PUBLICATION;
                long id = w.addDocument("D" + d, kind, 1850 + r.nextInt(11), FIELDS.get(r.nextInt(FIELDS.size())), 0);
                w.addAddress(id, cities[c][0] + r.nextGaussian() * 0.1, cities[c][1] + r.nextGaussian() * 0.1, 1,
                        COUNTRIES.get(c), "City");
            }
            w.commit();
        }
        Snapshot s = SnapshotReader.open(snapshot);
        engine = new ClusterEngine(s.table());
        ranker = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()));
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record State(ClusterParameters parameters, int top) {
    }

    @Provide
    Arbitrary<State> states() {
        Arbitrary<Double> eps = Arbitraries.integers().between(20, 1000).map(i -> i * 0.05);
        // a minimum is a count at any step of its slider or a share of the filtered total (0.001% steps, and
        // some with the 6 decimals a share carries)
        Arbitrary<Minimum> weight = Arbitraries.oneOf(
                Arbitraries.integers().between(20, 400).map(i -> Minimum.count(i * 0.05)),
                Arbitraries.integers().between(100, 3000).map(i -> Minimum.share(i * 0.001)),
                Arbitraries.integers().between(100_000, 3_000_000).map(i -> Minimum.share(i * 0.000001)));
        Arbitrary<Integer> from = Arbitraries.oneOf(Arbitraries.integers().between(1850, 1860),
                Arbitraries.just(Integer.MIN_VALUE));
        Arbitrary<Integer> span = Arbitraries.oneOf(Arbitraries.integers().between(0, 10),
                Arbitraries.just(Integer.MAX_VALUE));
        Arbitrary<Set<DocumentKind>> kinds = Arbitraries.subsetOf(DocumentKind.values()).ofMinSize(1);
        Arbitrary<Set<String>> fields = Arbitraries.oneOf(Arbitraries.subsetOf(FIELDS).ofMinSize(1),
                Arbitraries.just(null));
        Arbitrary<Set<String>> countries = Arbitraries.oneOf(Arbitraries.subsetOf(COUNTRIES).ofMinSize(1),
                Arbitraries.just(null));
        Arbitrary<WeightFilter> filter = Combinators.combine(from, span, kinds, fields, countries)
                .as((f, s, k, fs, cs) -> new WeightFilter(f, s == Integer.MAX_VALUE ? Integer.MAX_VALUE
                        : f == Integer.MIN_VALUE ? 1850 + s : Math.min(1860, f + s), k, fs, cs));
        return Combinators.combine(eps, weight, weight, filter, Arbitraries.integers().between(0, 12))
                .as((e, a, b, f, t) -> new State(new ClusterParameters(e, a, b, f), t));
    }

    @Property(tries = 25, seed = "10")
    void everyTextOfAStateGivesTheSameRanking(@ForAll("states") State state) throws IOException {
        ClusterParameters p = state.parameters();
        ClusterParameters fromTexts = ClusterParameters.defaults();
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            fromTexts = fromTexts.withText(s, p.text(s));
        }
        assertEquals(p, fromTexts, "each parameter through its text");

        Path view = dir.resolve("view.json");
        new SavedView(p, state.top(), 10.5, 20.25, 3, snapshot.toString(), null).write(view);
        SavedView back = SavedView.read(view);
        assertEquals(p, back.parameters(), "through a saved view");
        assertEquals(state.top(), back.top());

        String command = ReproduceCommand.render(snapshot, p, org.clusteratlas.cluster.YearRange.ALL, state.top(), null);
        List<String> words = RankCommandLine.split(command);
        List<String> args = new ArrayList<>(words.subList(words.indexOf("rank"), words.size()));
        args.addAll(List.of("--format", "csv"));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(AtlasCommand.OK, r.code(), command + "\n" + r.err());
        var expected = WrittenRows.of(ranker.rank(engine.cluster(p)).top(state.top()));
        assertEquals(expected, RankingCsv.read(new StringReader(r.out())), "the copied command ranks the same: "
                + command);
        Statistics.label("ranking").collect(expected.isEmpty() ? "no cluster" : "clusters");
        Statistics.label("minimum patents").collect(p.minPatents().share() ? "share" : "count");
        Statistics.label("ranking").coverage(c -> c.check("clusters").percentage(x -> x > 30));
        Statistics.label("minimum patents").coverage(c -> c.check("share").percentage(x -> x > 20));
    }

    @Property(tries = 200)
    void everyValueRoundTripsThroughItsSpecsText(@ForAll("states") State state) {
        ClusterParameters p = state.parameters();
        for (ParameterSpec<?> s : ParameterSpecs.ALL) {
            roundTrip(s, p);
        }
    }

    private static <T> void roundTrip(ParameterSpec<T> s, ClusterParameters p) {
        T v = s.get(p);
        assertEquals(v, s.parse(s.format(v)), s.id());
        assertEquals(s.format(v), s.format(s.parse(s.format(v))), s.id());
    }
}
