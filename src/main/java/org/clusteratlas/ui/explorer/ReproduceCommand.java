package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.RankCommandLine;
import org.clusteratlas.snapshot.WeightFilter;

import java.nio.file.Path;

/**
 * "Copy command": the {@code rank} command line that reproduces the ranking on screen, rendered by the
 * {@code rank} command's own {@link RankCommandLine} (the single definition of its options), plus the
 * window-specific rule of when a pinned reference can be written as {@code --compare-years}.
 */
public final class ReproduceCommand {
    private ReproduceCommand() {
    }

    /**
     * @param compareYears the reference years when the pinned reference differs from the view only in its
     *                     years ("2017-2021"), else null
     */
    public static String render(Path snapshot, ClusterParameters p, int top, String compareYears) {
        RankCommandLine line = RankCommandLine.of(snapshot, p).withTop(top);
        if (compareYears != null) {
            int dash = compareYears.indexOf('-');
            line = line.withCompareYears(Integer.parseInt(compareYears.substring(0, dash)),
                    Integer.parseInt(compareYears.substring(dash + 1)));
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
        return r.yearFrom() + "-" + r.yearTo();
    }
}
