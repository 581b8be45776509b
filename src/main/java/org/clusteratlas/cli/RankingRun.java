package org.clusteratlas.cli;

import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.io.AppInvocation;
import org.clusteratlas.io.OptionalColumns;
import org.clusteratlas.io.SnapshotProvenance;
import org.clusteratlas.profile.ClusterProfiler;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.rank.RankingRequest;
import org.clusteratlas.robust.RankSweep;
import org.clusteratlas.robust.SweepResult;
import org.clusteratlas.snapshot.DocumentAddressReader;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code rank} without {@code --windows} or {@code --members}: the ranking with the columns the options add
 * (profiles unless {@code --no-profiles}, the sweep's bands, the published ranking's match), written in the
 * requested format, and the partner links beside it. Apart from {@link RankCommand} so that the command keeps
 * to its options and the order of the work.
 */
final class RankingRun {
    private final Path snapshot;
    private final int top;
    private final Path out;
    private final boolean profiles;
    private final Path links;

    /**
     * @param snapshot the snapshot as given on the command line (named in messages)
     * @param profiles whether to compute the profile columns (reading every document's addresses)
     * @param links    where to write the partner links, or null
     */
    RankingRun(Path snapshot, int top, Path out, boolean profiles, Path links) {
        this.snapshot = snapshot;
        this.top = top;
        this.out = out;
        this.profiles = profiles;
        this.links = links;
    }

    /**
     * Writes {@code ranking}, made from {@code clustering} of {@code s} as {@code request} asks.
     *
     * @param published the published ranking to match, or null
     * @return the exit code: 0, 1 (a file could not be written) or 3 (the snapshot could not be read)
     */
    int run(RankCommand.Request request, Snapshot s, PreparedSnapshot prepared, Clustering clustering,
            Ranking ranking, PublishedRun published) {
        PrintStream err = System.err;
        ClusterProfiles profiled = null;
        if (profiles) {
            try {
                profiled = ClusterProfiler.profile(DocumentAddressReader.read(s), s.table(), clustering);
            } catch (SnapshotException e) {
                err.println("cluster-atlas rank: " + e.getMessage().replace('\n', ' '));
                return AtlasCommand.BAD_INPUT;
            }
        }
        SweepResult sweepResult = null;
        if (request.sweep() != null) {
            long t0 = System.nanoTime();
            sweepResult = new RankSweep(prepared.engine(), prepared.ranker())
                    .run(request.sweep(), ranking, Cancellation.NONE, null);
            if (out != null) {
                err.printf(Locale.ROOT, "swept %d settings in %.1f s%n", sweepResult.done(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        PublishedComparison comparison = published == null ? null : published.compare(ranking, s, snapshot, err);
        RankingReport report;
        try {
            YearRange years = YearRange.of(s.table());
            RankingRequest rr = new RankingRequest(request.parameters().texts(years),
                    request.reference() == null ? null : "years " + request.commandLine().compareYears(), top,
                    request.commandLine().withYearsOf(years).withProgram(AppInvocation.commandLine()).render());
            report = RankingReport.of(SnapshotProvenance.of(s, AtlasCommand.appVersion()), rr, ranking, profiled);
        } catch (IOException e) {
            err.println("cluster-atlas rank: cannot read " + snapshot + " to hash it: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
        if (links != null) {
            int linked = LinksRun.run(profiled, ranking, links, err);
            if (linked != AtlasCommand.OK) {
                return linked;
            }
        }
        OptionalColumns optional = new OptionalColumns(profiled, sweepResult, comparison);
        return RankOutput.write(out, stream -> request.format().write(report, ranking, optional, stream),
                () -> String.format(Locale.ROOT, "ranked %,d clusters -> %s", ranking.size(), out));
    }
}
