package org.clusteratlas.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.source.BadLines;
import org.clusteratlas.snapshot.source.ImportReport;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the executors' rules said about an input's rows, summed in one pass: rows kept, rows passed over per
 * report label (and per detail, for the report's breakdowns), other counters, and the bad lines (their number
 * and the first {@value BadLines#KEPT} in input order). The driver then applies the desktop's policy
 * ({@link BadLines}): stop at the first bad line naming file and line, or with {@code --skip-bad} count them in
 * the report.
 */
final class SparkTally implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * What one row adds: kept, or a bad line ({@code problem}), or passed over ({@code passedOver}, with an
     * optional {@code detail}); and an optional other {@code counter} label.
     *
     * @param order position of the row in the input (files in order, then lines), for the first bad lines
     */
    record Mark(long order, String file, long line, boolean kept, String problem, String passedOver, String detail,
                String counter) implements Serializable {
    }

    long kept;
    final Map<String, Long> passedOver = new HashMap<>();
    final Map<String, Map<String, Long>> details = new HashMap<>();
    final Map<String, Long> counters = new HashMap<>();
    long bad;
    private final List<Mark> firstBad = new ArrayList<>();

    /** The tally of an input's rows (one Spark job). */
    static <T> SparkTally of(JavaRDD<T> rows, Function<T, Mark> mark) {
        return rows.map(mark).treeAggregate(new SparkTally(), SparkTally::add, SparkTally::merge);
    }

    /** The tally of one table's ruled rows. */
    static <T> SparkTally of(SparkTable table, JavaRDD<SparkTable.Ruled<T>> rows) {
        String file = table.path.toString();
        return of(rows, r -> new Mark(r.line(), file, r.line(), r.outcome().kept(), r.outcome().problem(),
                r.outcome().passedOver(), null, null));
    }

    private static SparkTally add(SparkTally t, Mark m) {
        if (m.counter() != null) {
            t.counters.merge(m.counter(), 1L, Long::sum);
        }
        if (m.kept()) {
            t.kept++;
        } else if (m.problem() != null) {
            t.bad++;
            t.keep(m);
        } else if (m.passedOver() != null) {
            t.passedOver.merge(m.passedOver(), 1L, Long::sum);
            if (m.detail() != null) {
                t.details.computeIfAbsent(m.passedOver(), k -> new HashMap<>()).merge(m.detail(), 1L, Long::sum);
            }
        }
        return t;
    }

    private void keep(Mark m) {
        int at = 0;
        while (at < firstBad.size() && firstBad.get(at).order() < m.order()) {
            at++;
        }
        if (at < BadLines.KEPT) {
            firstBad.add(at, m);
            if (firstBad.size() > BadLines.KEPT) {
                firstBad.remove(BadLines.KEPT);
            }
        }
    }

    private static SparkTally merge(SparkTally a, SparkTally b) {
        a.kept += b.kept;
        b.passedOver.forEach((k, v) -> a.passedOver.merge(k, v, Long::sum));
        b.details.forEach((k, m) -> m.forEach((d, v) ->
                a.details.computeIfAbsent(k, x -> new HashMap<>()).merge(d, v, Long::sum)));
        b.counters.forEach((k, v) -> a.counters.merge(k, v, Long::sum));
        a.bad += b.bad;
        b.firstBad.forEach(a::keep);
        return a;
    }

    /** Rows passed over under a label. */
    long passedOver(String label) {
        return passedOver.getOrDefault(label, 0L);
    }

    /** The breakdown of the rows passed over under a label (detail to count). */
    Map<String, Long> details(String label) {
        return details.getOrDefault(label, Map.of());
    }

    long counter(String label) {
        return counters.getOrDefault(label, 0L);
    }

    /**
     * The desktop's bad-line policy: without {@code skipBad}, the first bad line stops the import (file, line,
     * reason); with it, the bad lines go to the report.
     */
    void check(boolean skipBad, ImportReport report) throws SnapshotException {
        BadLines lines = new BadLines(skipBad);
        for (Mark m : firstBad) {
            lines.reject(Path.of(m.file()), m.line(), m.problem());
        }
        lines.countMore(bad - firstBad.size());
        report.badLines(lines);
    }
}
