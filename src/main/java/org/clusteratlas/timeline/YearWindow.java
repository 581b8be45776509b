package org.clusteratlas.timeline;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.RankCommandLine;

/**
 * A window of years, both ends included, as the GII uses them (rankings over five years of applications
 * and articles).
 */
public record YearWindow(int from, int to) {
    public YearWindow {
        if (from > to) {
            throw new IllegalArgumentException("window " + from + "-" + to + " is empty");
        }
    }

    /** "2015-2019": the {@code window} column, and the text {@code --years} takes. */
    public String label() {
        return from + "-" + to;
    }

    /** The same parameters on this window's years. */
    public ClusterParameters applyTo(ClusterParameters p) {
        return RankCommandLine.compareParameters(p, label());
    }

    @Override
    public String toString() {
        return label();
    }
}
