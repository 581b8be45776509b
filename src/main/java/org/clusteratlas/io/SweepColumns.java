package org.clusteratlas.io;

import org.clusteratlas.cluster.NumberText;
import org.clusteratlas.cluster.ParameterSpec;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.robust.RankBand;
import org.clusteratlas.robust.SweepResult;

import java.util.List;
import java.util.Locale;

/**
 * The robustness columns a sweep adds to every format: best, median and worst rank over the sweep's
 * settings and the share of settings where the cluster is continued ({@code presence}, 0..1). Empty when
 * the cluster is continued nowhere (or the row is not a cluster of the sweep's base ranking).
 */
public final class SweepColumns {
    /** Column names, appended to the CSV header and used as JSON and GeoJSON property names. */
    public static final List<String> HEADER = List.of("best_rank", "median_rank", "worst_rank", "presence");
    /** Table headings of the same columns. */
    static final List<String> TABLE_HEADER = List.of("Best", "Median", "Worst", "Presence");

    private SweepColumns() {
    }

    /** The band of a row, or null without a sweep. */
    static RankBand band(SweepResult sweep, ClusterRow r) {
        if (sweep == null || r.clusterId() < 0 || r.clusterId() >= sweep.base().size()) {
            return null;
        }
        return sweep.band(r.clusterId());
    }

    /** CSV cells: ranks as integers, the median exactly ("12.5"), presence at full precision. */
    static List<String> csv(RankBand b) {
        if (b == null || !b.ranked()) {
            return List.of("", "", "", b == null ? "" : Numbers.plain(b.presence()));
        }
        return List.of(Integer.toString(b.best()), Numbers.plain(b.median()), Integer.toString(b.worst()),
                Numbers.plain(b.presence()));
    }

    /** Table cells: the median to one decimal when needed, presence in percent. */
    static List<String> table(RankBand b) {
        if (b == null) {
            return List.of("", "", "", "");
        }
        String presence = String.format(Locale.ROOT, "%.0f%%", 100 * b.presence());
        if (!b.ranked()) {
            return List.of("", "", "", presence);
        }
        return List.of(Integer.toString(b.best()), NumberText.plain(b.median()), Integer.toString(b.worst()),
                presence);
    }
}
