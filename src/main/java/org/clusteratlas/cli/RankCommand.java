package org.clusteratlas.cli;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.NothingPasses;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.robust.RankSweep;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.sample.BundledSample;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.timeline.YearWindows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * <p>
 * This class declares every option of {@code rank} and validates them together ({@link #request}), since
 * their clashes ({@code --windows} with {@code --sweep}, {@code --links} with {@code --no-profiles}, ...) are
 * rules across options; it reads and clusters once, then hands the output to one small runner per mode
 * ({@link WindowsRun}, {@link MembersRun}, {@link RankingRun} with {@link PublishedRun} and {@link LinksRun}),
 * which take plain values, not options, so no option is declared twice.
 */
@Command(name = "rank", mixinStandardHelpOptions = true, modelTransformer = ParameterOptions.WithSweep.class,
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

    /**
     * Validates, reads the snapshot (and the published ranking), clusters once, then hands the output to the
     * runner of the mode asked for: {@link WindowsRun}, {@link MembersRun} or {@link RankingRun}.
     */
    @Override
    public Integer call() {
        request(); // bad usage is said before the snapshot is read
        PrintStream err = System.err;
        // the bundled gazetteer's preparation, on another core while the snapshot is read (most use it)
        Thread gazetteer = new Thread(() -> PlaceIndex.prepareAhead(Gazetteer.bundled()), "gazetteer-ahead");
        gazetteer.setDaemon(true);
        gazetteer.start();
        Snapshot s = CommandRules.open(snapshot, "rank", err);
        if (s == null) {
            return AtlasCommand.BAD_INPUT;
        }
        Request request = request();
        checkAgainstSnapshot(request.parameters(), s);
        PublishedRun publishedRun = null;
        if (published != null) {
            publishedRun = PublishedRun.read(published, err);
            if (publishedRun == null) {
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
            return new MembersRun(spec.commandLine(), members, out).run(request.format(), ranking);
        }
        return new RankingRun(snapshot, top, out, !noProfiles, links)
                .run(request, s, prepared, clustering, ranking, publishedRun);
    }

    /** Parses and validates the options; a bad value is a {@link ParameterException} (exit 2). */
    Request request() {
        CommandLine cl = spec.commandLine();
        ClusterParameters p = ParameterOptions.parameters(spec);
        CommandRules.checkTop(cl, top);
        RankingFormat f = format == null ? RankingFormat.TABLE : RankingFormat.fromId(format);
        if (f == null) {
            throw new ParameterException(cl, "--format must be table, csv, json or geojson, not '" + format + "'");
        }
        if (members != null && f != RankingFormat.TABLE && f != RankingFormat.CSV) {
            throw new ParameterException(cl, "--members writes table or csv, not " + f.id());
        }
        if (out != null) {
            CommandRules.checkOutDirectory(cl, out);
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
        SweepGrid grid = ParameterOptions.sweepGrid(spec, p, sweep, sweepSteps);
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
}
