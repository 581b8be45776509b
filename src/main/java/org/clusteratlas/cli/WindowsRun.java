package org.clusteratlas.cli;

import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.io.AppInvocation;
import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.io.SnapshotProvenance;
import org.clusteratlas.io.WindowsExport;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.RankingRequest;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.timeline.RollingRanks;
import org.clusteratlas.timeline.WindowSeries;
import org.clusteratlas.timeline.WindowsReport;
import org.clusteratlas.timeline.YearWindow;
import org.clusteratlas.timeline.YearWindows;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code rank --windows LENGTH[:STEP]}: every window of the selected years (the snapshot's years when
 * {@code --years} is all) ranked with the same parameters and followed by cluster key ({@link RollingRanks}).
 */
final class WindowsRun {
    private final CommandLine cl;
    private final int top;
    private final Path out;

    WindowsRun(CommandLine cl, int top, Path out) {
        this.cl = cl;
        this.top = top;
        this.out = out;
    }

    int run(RankCommand.Request request, Snapshot s, ClusterEngine engine, Ranker ranker) {
        PrintStream err = System.err;
        ClusterParameters p = request.parameters();
        YearRange years = YearRange.of(s.table());
        YearRange span = p.years().resolvedIn(years);
        YearWindows spec = request.windows();
        List<YearWindow> windows;
        try {
            windows = spec.within(span.from(), span.to());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, e.getMessage());
        }
        long t0 = System.nanoTime();
        WindowSeries series = new RollingRanks(engine, ranker).run(p, spec, windows, Cancellation.NONE, null);
        if (out != null) {
            err.printf(Locale.ROOT, "ranked %d windows in %.1f s%n", series.size(), (System.nanoTime() - t0) / 1e9);
        }
        WindowsReport report;
        try {
            report = new WindowsReport(SnapshotProvenance.of(s, AtlasCommand.appVersion()),
                    new RankingRequest(p.texts(years), "previous window", top,
                            request.commandLine().withYearsOf(years).withProgram(AppInvocation.commandLine()).render()), series);
        } catch (IOException e) {
            err.println("cluster-atlas rank: cannot read " + s.file() + " to hash it: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
        return RankOutput.write(out, stream -> WindowsExport.write(request.format(), report, stream),
                () -> String.format(Locale.ROOT, "ranked %d windows -> %s", series.size(), out));
    }
}
