package org.clusteratlas.ui.explorer;

import org.clusteratlas.io.AppInvocation;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.snapshot.WeightFilter;

import java.nio.file.Path;

/**
 * "Copy command": the {@code rank} command line that reproduces the ranking on screen, rendered by the
 * {@code rank} command's own {@link RankCommandLine} (the single definition of its options), started the
 * way this app runs ({@link AppInvocation}) on the snapshot's absolute path, so it runs from any folder; plus the
 * window-specific rule of when a pinned reference can be written as {@code --compare-years}.
 */
public final class ReproduceCommand {
    private ReproduceCommand() {
    }

    /**
     * @param snapshotYears the snapshot's years, which an untouched range is written as ("--years 2019-2023")
     * @param compareYears the reference years when the pinned reference differs from the view only in its
     *                     years ("2017-2021"), else null
     */
    public static String render(Path snapshot, ClusterParameters p, YearRange snapshotYears, int top,
                                String compareYears) {
        RankCommandLine line = RankCommandLine.of(snapshot.toAbsolutePath(), p).withYearsOf(snapshotYears).withTop(top)
                .withProgram(AppInvocation.commandLine());
        if (compareYears != null) {
            YearRange years = ParameterSpecs.YEARS.parse(compareYears);
            line = line.withCompareYears(years.from(), years.to());
        }
        return line.render();
    }

    /** The reference's years as {@code --compare-years} takes them, when it differs from {@code p} only there. */
    public static String compareYears(ClusterParameters p, ClusterParameters reference) {
        if (reference == null) {
            return null;
        }
        WeightFilter f = p.filter();
        WeightFilter r = reference.filter();
        WeightFilter sameYears = new WeightFilter(f.yearFrom(), f.yearTo(), r.kinds(), r.fields(), r.countries());
        if (!reference.withFilter(sameYears).equals(p) || r.yearFrom() == Integer.MIN_VALUE || r.yearTo() == Integer.MAX_VALUE) {
            return null;
        }
        return ParameterSpecs.YEARS.format(new YearRange(r.yearFrom(), r.yearTo()));
    }
}
