package org.clusteratlas.spark;

import org.apache.spark.api.java.JavaRDD;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.ImportReport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the executors' rules said about a table's rows, summed in one pass: rows kept, rows passed over per
 * report label, and the bad lines (their number and the first {@value BadLines#KEPT} by line). The driver
 * then applies the desktop's policy ({@link BadLines}): stop at the first bad line naming file and line, or
 * with {@code --skip-bad} count them in the report.
 */
final class SparkTally implements Serializable {
    private static final long serialVersionUID = 1L;

    long kept;
    final Map<String, Long> passedOver = new HashMap<>();
    long bad;
    final List<long[]> firstBadLines = new ArrayList<>();
    final List<String> firstBadReasons = new ArrayList<>();

    /** The tally of a table's ruled rows (one Spark job). */
    static <T> SparkTally of(JavaRDD<SparkTable.Ruled<T>> rows) {
        return rows.treeAggregate(new SparkTally(), SparkTally::add, SparkTally::merge);
    }

    private static <T> SparkTally add(SparkTally t, SparkTable.Ruled<T> r) {
        if (r.outcome().kept()) {
            t.kept++;
        } else if (r.outcome().problem() != null) {
            t.bad++;
            t.keep(r.line(), r.outcome().problem());
        } else {
            t.passedOver.merge(r.outcome().passedOver(), 1L, Long::sum);
        }
        return t;
    }

    private void keep(long line, String reason) {
        int at = 0;
        while (at < firstBadLines.size() && firstBadLines.get(at)[0] < line) {
            at++;
        }
        if (at < BadLines.KEPT) {
            firstBadLines.add(at, new long[] {line});
            firstBadReasons.add(at, reason);
            if (firstBadLines.size() > BadLines.KEPT) {
                firstBadLines.remove(BadLines.KEPT);
                firstBadReasons.remove(BadLines.KEPT);
            }
        }
    }

    private static SparkTally merge(SparkTally a, SparkTally b) {
        a.kept += b.kept;
        b.passedOver.forEach((k, v) -> a.passedOver.merge(k, v, Long::sum));
        a.bad += b.bad;
        for (int i = 0; i < b.firstBadLines.size(); i++) {
            a.keep(b.firstBadLines.get(i)[0], b.firstBadReasons.get(i));
        }
        return a;
    }

    /** Rows passed over under a label. */
    long passedOver(String label) {
        return passedOver.getOrDefault(label, 0L);
    }

    /**
     * The desktop's bad-line policy: without {@code skipBad}, the first bad line stops the import (file, line,
     * reason); with it, the bad lines go to the report.
     */
    void check(SparkTable table, boolean skipBad, ImportReport report) throws SnapshotException {
        BadLines lines = new BadLines(skipBad);
        for (int i = 0; i < firstBadLines.size(); i++) {
            lines.reject(table.path, firstBadLines.get(i)[0], firstBadReasons.get(i));
        }
        lines.countMore(bad - firstBadLines.size());
        report.badLines(lines);
    }
}
