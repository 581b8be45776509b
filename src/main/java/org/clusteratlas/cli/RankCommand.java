package org.clusteratlas.cli;

import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.io.AppInvocation;
import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.NothingPasses;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.cluster.NumberSpec;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.io.AtomicFiles;
import org.clusteratlas.io.MemberPlacesWriter;
import org.clusteratlas.io.PartnerLinksCsv;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.io.SnapshotProvenance;
import org.clusteratlas.profile.ClusterProfiler;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.published.PublishedRanking;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.MemberPlaces;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.rank.RankingRequest;
import org.clusteratlas.robust.RankSweep;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepRange;
import org.clusteratlas.robust.SweepResult;
import org.clusteratlas.sample.BundledSample;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.timeline.YearWindows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code rank [--snapshot FILE] [parameter options] [--top N] [--compare-years FROM-TO] [--format F] [--out FILE]}:
 * the ranking the window shows, headless. The clustering options ({@code --eps-km}, {@code --min-patents},
 * {@code --years}, ...) are generated from {@link ParameterSpecs#ALL} by {@link ParameterOptions} and read
 * back through {@link RankCommandLine#applyOption}, the same code the window's "copy command" renders with.
 * With {@code --sweep} or an explicit {@code --sweep-eps}/{@code --sweep-min-patents}/{@code
 * --sweep-min-publications FROM:TO:STEPS} range, every format gains the robustness columns best_rank,
 * median_rank, worst_rank and presence ({@link RankSweep}, docs/robustness.md). {@code --windows LENGTH[:STEP]}
 * ranks every window of the years instead ({@link WindowsRun}); {@code --published FILE} sets a published
 * ranking beside the computed one ({@link PublishedComparison}); see docs/method-ranking.md.
 */
@Command(name = "rank", mixinStandardHelpOptions = true, modelTransformer = RankCommand.ParameterOptions.class,
        sortOptions = false,
        description = {"Cluster a snapshot and print its ranking (GII method).",
                "Lists (kinds, fields, countries) are separated by commas; a comma or backslash inside a name is"
                        + " written \\, or \\\\ ('Furniture\\, games,Optics'); 'all' is no restriction."
                        + " Years are FROM-TO, either bound may be 'all'."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ranked", "2:bad usage (unknown option, value out of range, unknown field)",
                "3:bad input (the snapshot cannot be read; file, table and row on stderr)"})
public final class RankCommand implements Callable<Integer> {
    /** The option that leaves the profile columns out. */
    static final String NO_PROFILES = "--no-profiles";

    @Spec
    CommandSpec spec;

    @Option(names = "--snapshot", paramLabel = "FILE", order = 0,
            description = "Snapshot file (.sqlite); default: the bundled sample, ${DEFAULT-VALUE}.")
    Path snapshot = BundledSample.path();

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + RankCommandLine.DEFAULT_TOP, order = 100,
            description = "Rows to print, 0 for all (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--compare-years", paramLabel = "FROM-TO", order = 101,
            description = "Rank changes against the same parameters on these years (e.g. 2017-2021).")
    String compareYears;

    @Option(names = "--format", paramLabel = "FORMAT", order = 102,
            description = "table, csv, json or geojson (default: table).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", order = 103,
            description = "Write to this file (atomically, replacing it) instead of standard output.")
    Path out;

    @Option(names = YearWindows.OPTION, paramLabel = "LENGTH[:STEP]", order = 104,
            description = "Rank every window of LENGTH years (one every STEP years, default 1) within --years with the"
                    + " same parameters; clusters keep a cluster_key across windows; rank change against the previous"
                    + " window.")
    String windows;

    @Option(names = "--published", paramLabel = "FILE", order = 105,
            description = "A published ranking (CSV: rank, name, economies, patents, publications[, score]) to match"
                    + " by place names: adds published_rank, published_name and the agreement (Kendall tau, top-10"
                    + " overlap, unmatched rows).")
    Path published;
    @Option(names = "--members", paramLabel = "CLUSTER", order = 106,
            description = "Instead of the ranking, list the member places of one cluster (its rank, e.g. 3, or its"
                    + " name; case, accents and dashes do not matter): patents, publications, share of the"
                    + " cluster's score and a total row. Formats table or csv.")
    String members;

    @Option(names = "--links", paramLabel = "FILE.csv", order = 107,
            description = "Also write the partner clusters: every pair sharing documents, with shared_documents.")
    Path links;

    @Option(names = NO_PROFILES, order = 108,
            description = "Leave out the profile columns (growth, international share, top organisations, top"
                    + " specialisations) and skip what they cost: reading every document's addresses from the"
                    + " snapshot, about 3-7 s at 1M addresses (docs/benchmarks.md). Profiles are on by default.")
    boolean noProfiles;

    @Option(names = SweepGrid.OPTION, order = 200,
            description = "Add rank bands (best_rank, median_rank, worst_rank, presence) over a "
                    + SweepGrid.DEFAULT_STEPS + " x " + SweepGrid.DEFAULT_STEPS + " grid around the setting: eps"
                    + " 60%% to 140%%, minimum weights half to double (see docs/robustness.md).")
    boolean sweep;

    @Option(names = SweepGrid.STEPS_OPTION, paramLabel = "N|NxM", order = 201,
            description = "Steps of the default sweep axes, up to " + SweepGrid.MAX_STEPS + " (implies --sweep).")
    String sweepSteps;

    /** What the options ask for, validated, before any data is read. */
    record Request(ClusterParameters parameters, ClusterParameters reference, RankingFormat format,
                   RankCommandLine commandLine, SweepGrid sweep, YearWindows windows) {
    }

    @Override
    public Integer call() {
        request(); // bad usage is said before the snapshot is read
        PrintStream err = System.err;
        // the bundled gazetteer's preparation, on another core while the snapshot is read (most use it)
        Thread gazetteer = new Thread(() -> PlaceIndex.prepareAhead(Gazetteer.bundled()), "gazetteer-ahead");
        gazetteer.setDaemon(true);
        gazetteer.start();
        Snapshot s;
        try {
            s = SnapshotReader.open(snapshot);
        } catch (SnapshotException e) {
            err.println("cluster-atlas rank: " + e.getMessage().replace('\n', ' '));
            return AtlasCommand.BAD_INPUT;
        }
        Request request = request();
        checkAgainstSnapshot(request.parameters(), s);
        PublishedRanking table = null;
        if (published != null) {
            try {
                table = PublishedRanking.read(published);
            } catch (IOException e) {
                err.println("cluster-atlas rank: " + e.getMessage());
                return AtlasCommand.BAD_INPUT;
            }
        }
        PreparedSnapshot prepared = PreparedSnapshot.of(s);
        ClusterEngine engine = prepared.engine();
        Ranker ranker = prepared.ranker();
        if (request.windows() != null) {
            return new WindowsRun(spec.commandLine(), top, out).run(request, s, engine, ranker);
        }
        Ranking reference = null;
        if (request.reference() != null) {
            reference = ranker.rank(engine.cluster(request.reference()));
        }
        Clustering clustering = engine.cluster(request.parameters());
        Ranking ranking = ranker.rank(clustering, reference);
        if (clustering.clusterCount() == 0) {
            err.println("cluster-atlas rank: " + NothingPasses.explain(engine, request.parameters(),
                    s.table().weigh(request.parameters().filter())));
        }
        if (members != null) {
            return writeMembers(request, ranking);
        }
        ClusterProfiles profiles = null;
        if (!noProfiles) {
            try {
                profiles = ClusterProfiler.profile(DocumentAddressReader.read(s), s.table(), clustering);
            } catch (SnapshotException e) {
                err.println("cluster-atlas rank: " + e.getMessage().replace('\n', ' '));
                return AtlasCommand.BAD_INPUT;
            }
        }
        SweepResult sweepResult = null;
        if (request.sweep() != null) {
            long t0 = System.nanoTime();
            sweepResult = new RankSweep(engine, ranker).run(request.sweep(), ranking, Cancellation.NONE, null);
            if (out != null) {
                err.printf(Locale.ROOT, "swept %d settings in %.1f s%n", sweepResult.done(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        PublishedComparison comparison = table == null ? null : PublishedComparison.of(table, ranking);
        if (comparison != null && s.metadata().synthetic()) {
            err.println("note: " + snapshot.getFileName() + " is synthetic: its agreement with " + table.source()
                    + " says nothing about real clusters");
        }
        RankingReport report;
        try {
            YearRange years = YearRange.of(s.table());
            RankingRequest rr = new RankingRequest(request.parameters().texts(years),
                    compareYears == null ? null : "years " + request.commandLine().compareYears(), top,
                    request.commandLine().withYearsOf(years).withProgram(AppInvocation.commandLine()).render());
            report = RankingReport.of(SnapshotProvenance.of(s, AtlasCommand.appVersion()), rr, ranking, profiles);
        } catch (IOException e) {
            err.println("cluster-atlas rank: cannot read " + snapshot + " to hash it: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
        if (links != null) {
            try {
                PartnerLinksCsv.writeFile(profiles, ranking, links);
                err.printf(Locale.ROOT, "%,d partner pairs -> %s%n", profiles.pairs().size(), links);
            } catch (IOException e) {
                err.println("cluster-atlas rank: cannot write " + links + ": " + e.getMessage());
                return 1;
            }
        }
        try {
            if (out == null) {
                request.format().write(report, ranking, sweepResult, comparison, System.out);
            } else {
                request.format().writeFile(report, ranking, sweepResult, comparison, out);
                err.printf(Locale.ROOT, "ranked %,d clusters -> %s%n", ranking.size(), out);
            }
            return AtlasCommand.OK;
        } catch (IOException e) {
            err.println("cluster-atlas rank: cannot write " + (out == null ? "output" : out) + ": " + e.getMessage());
            return 1;
        }
    }

    /** {@code --members}: the named cluster's places instead of the ranking. */
    private int writeMembers(Request request, Ranking ranking) {
        ClusterRow row;
        try {
            row = MemberPlaces.find(ranking, members);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--members: " + e.getMessage());
        }
        MemberPlaces places = MemberPlaces.of(ranking, row.clusterId());
        boolean csv = request.format() == RankingFormat.CSV;
        try {
            if (out == null) {
                java.io.Writer w = new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
                writeMembers(places, csv, w);
            } else {
                AtomicFiles.write(out, stream -> writeMembers(places, csv,
                        new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8)));
                System.err.printf(Locale.ROOT, "%d member places of #%d %s -> %s%n", places.places().size(),
                        row.rank(), row.name(), out);
            }
            return AtlasCommand.OK;
        } catch (IOException e) {
            System.err.println("cluster-atlas rank: cannot write " + (out == null ? "output" : out) + ": " + e.getMessage());
            return 1;
        }
    }

    private static void writeMembers(MemberPlaces places, boolean csv, java.io.Writer w) throws IOException {
        if (csv) {
            MemberPlacesWriter.csv(places, w);
        } else {
            MemberPlacesWriter.table(places, w);
        }
    }

    /**
     * The parameter options of a command (rank, map) read through their specs. Minimum weights stay as given,
     * counts ("40") or shares ("0.045%", the defaults): the engine resolves a share on the filtered total of
     * the snapshot it ranks.
     */
    static ClusterParameters parameters(CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        ClusterParameters p = ClusterParameters.defaults();
        try {
            for (ParameterSpec<?> s : ParameterSpecs.ALL) {
                OptionSpec o = spec.findOption(s.cliOption());
                String v = o == null ? null : o.getValue();
                if (v != null) {
                    p = RankCommandLine.applyOption(p, s, v);
                }
            }
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new ParameterException(cl, m.startsWith("--") ? m : "--" + m);
        }
        return p;
    }

    /** Parses and validates the options; a bad value is a {@link ParameterException} (exit 2). */
    Request request() {
        CommandLine cl = spec.commandLine();
        ClusterParameters p = parameters(spec);
        if (top < 0) {
            throw new ParameterException(cl, "--top must be 0 (all) or more, not " + top);
        }
        RankingFormat f = format == null ? RankingFormat.TABLE : RankingFormat.fromId(format);
        if (f == null) {
            throw new ParameterException(cl, "--format must be table, csv, json or geojson, not '" + format + "'");
        }
        if (members != null && f != RankingFormat.TABLE && f != RankingFormat.CSV) {
            throw new ParameterException(cl, "--members writes table or csv, not " + f.id());
        }
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new ParameterException(cl, "--out: no such directory " + dir);
            }
            if (Files.isDirectory(out)) {
                throw new ParameterException(cl, "--out: " + out + " is a directory");
            }
            if (out.toAbsolutePath().normalize().equals(snapshot.toAbsolutePath().normalize())) {
                throw new ParameterException(cl, "--out: " + out + " is the snapshot itself");
            }
        }
        if (links != null) {
            if (noProfiles) {
                throw new ParameterException(cl, "--links needs the documents' addresses that " + NO_PROFILES
                        + " skips; drop one of them");
            }
            if (windows != null || members != null) {
                throw new ParameterException(cl, "--links writes the pairs of one ranking; it does not combine with "
                        + (windows != null ? YearWindows.OPTION : "--members"));
            }
            Path dir = links.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir) || Files.isDirectory(links)) {
                throw new ParameterException(cl, "--links: cannot write " + links);
            }
            if (links.toAbsolutePath().normalize().equals(snapshot.toAbsolutePath().normalize())
                    || (out != null && links.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()))) {
                throw new ParameterException(cl, "--links: " + links + " is the snapshot or the --out file");
            }
        }
        RankCommandLine line = RankCommandLine.of(snapshot, p).withTop(top).withFormat(format);
        ClusterParameters ref = null;
        if (compareYears != null) {
            try {
                ref = RankCommandLine.compareParameters(p, compareYears);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, e.getMessage().replace("--years", "--compare-years"));
            }
            line = line.withCompareYears(ref.filter().yearFrom(), ref.filter().yearTo());
        }
        SweepGrid grid = sweepGrid(p);
        if (grid != null) {
            line = grid.addTo(line);
        }
        YearWindows w = null;
        if (windows != null) {
            try {
                w = YearWindows.parse(windows);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, e.getMessage());
            }
            String clash = compareYears != null ? "--compare-years" : grid != null ? SweepGrid.OPTION
                    : published != null ? "--published" : null;
            if (clash != null) {
                throw new ParameterException(cl, YearWindows.OPTION + " ranks against the previous window; it does not"
                        + " combine with " + clash);
            }
            line = line.withOption(YearWindows.OPTION, w.text());
        }
        if (published != null) {
            line = line.withOption("--published", published.toString());
        }
        if (noProfiles) {
            line = line.withOption(NO_PROFILES, null);
        }
        return new Request(p, ref, f, line, grid, w);
    }

    /** The sweep the options ask for, or null: any sweep option turns it on, axes not given are defaults. */
    private SweepGrid sweepGrid(ClusterParameters base) {
        CommandLine cl = spec.commandLine();
        try {
            List<NumberSpec> specs = SweepGrid.sweptSpecs();
            SweepRange[] ranges = new SweepRange[specs.size()];
            boolean any = sweep || sweepSteps != null;
            for (int i = 0; i < ranges.length; i++) {
                String option = SweepGrid.option(specs.get(i));
                String v = spec.findOption(option).getValue();
                if (v != null) {
                    try {
                        ranges[i] = SweepRange.parse(v);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(option + ": " + e.getMessage());
                    }
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            int[] steps = sweepSteps == null ? new int[] {SweepGrid.DEFAULT_STEPS, SweepGrid.DEFAULT_STEPS}
                    : SweepGrid.parseSteps(sweepSteps);
            return SweepGrid.of(base, ranges[0], ranges[1], ranges[2], steps[0], steps[1]);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new ParameterException(cl, m.startsWith("--") ? m : m.startsWith("sweep-") ? "--" + m
                    : "sweep: " + m);
        }
    }

    /** Fields and countries must exist in the snapshot: a typo would silently rank nothing. */
    private void checkAgainstSnapshot(ClusterParameters p, Snapshot s) {
        CommandLine cl = spec.commandLine();
        unknown(cl, "--fields", p.filter().fields(), s.table().fields());
        unknown(cl, "--countries", p.filter().countries(), s.table().countries());
    }

    private static void unknown(CommandLine cl, String option, java.util.Set<String> wanted, List<String> known) {
        if (wanted == null) {
            return;
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(wanted));
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            String list = known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known));
            throw new ParameterException(cl, option + ": not in the snapshot: " + String.join("; ", missing)
                    + " (it has: " + (list.length() > 300 ? list.substring(0, 300) + "..." : list) + ")"
                    + (option.equals("--fields") ? "; write a comma inside a name as '\\,'" : ""));
        }
    }

    /**
     * Adds one option per {@link ParameterSpec} ({@code --id VALUE}), described and defaulted by the spec:
     * the command line cannot drift from the window's controls or the saved views.
     */
    public static final class ParameterOptions implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            int order = 10;
            for (ParameterSpec<?> s : ParameterSpecs.ALL) {
                command.addOption(OptionSpec.builder(s.cliOption()).type(String.class).arity("1")
                        .paramLabel(paramLabel(s)).order(order++).description(description(s)).build());
            }
            order = 210;
            for (NumberSpec s : SweepGrid.sweptSpecs()) {
                command.addOption(OptionSpec.builder(SweepGrid.option(s)).type(String.class).arity("1")
                        .paramLabel("FROM:TO:STEPS").order(order++)
                        .description("Sweep " + s.label().toLowerCase(Locale.ROOT) + " over STEPS evenly spaced values"
                                + " (implies --sweep)" + (s == ParameterSpecs.EPS_KM ? ", e.g. 6:14:5."
                                : "; alone, the other minimum stays at its value."))
                        .build());
            }
            return command;
        }

        static String paramLabel(ParameterSpec<?> s) {
            return s.paramLabel();
        }

        static String description(ParameterSpec<?> s) {
            // picocli treats descriptions as format strings
            return (s.label() + " (default: " + s.defaultText() + "). " + s.effect()).replace("%", "%%");
        }
    }
}
