package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to do with a bad input line: stop with the file, line and reason (the default), or, with
 * {@code --skip-bad}, count it and go on, keeping the first {@value #KEPT} for the report so the
 * user can judge whether skipping was harmless. Every importer (CSV and real data) uses this one policy, so
 * bad lines are reported the same way whatever the source.
 */
public final class BadLines {
    /** How many bad lines are described in the report. */
    public static final int KEPT = 20;

    private final boolean skip;
    private final List<BadLine> first = new ArrayList<>();
    private long count;

    public BadLines(boolean skip) {
        this.skip = skip;
    }

    /**
     * A line is bad: throws when skipping is off, otherwise counts it.
     *
     * @param line 1-based line number in the (decompressed) file
     */
    public void reject(Path file, long line, String reason) throws SnapshotException {
        if (!skip) {
            throw new SnapshotException(file, null, line, reason);
        }
        count++;
        if (first.size() < KEPT) {
            first.add(new BadLine(file, line, reason));
        }
    }

    public boolean skipping() {
        return skip;
    }

    public long count() {
        return count;
    }

    /**
     * Counts {@code n} more skipped bad lines that are not described (a parallel reader, the Spark builder,
     * describes the first {@value #KEPT} through {@link #reject} and counts the rest here).
     */
    public void countMore(long n) {
        if (!skip && n > 0) {
            throw new IllegalStateException("bad lines are skipped only with --skip-bad");
        }
        count += n;
    }

    /** The first {@value #KEPT} bad lines, each naming file, line and reason. */
    public List<String> first() {
        return first.stream().map(BadLine::toString).toList();
    }

    /** The first {@value #KEPT} bad lines as data. */
    public List<BadLine> firstLines() {
        return List.copyOf(first);
    }

    /**
     * The report of skipped lines every import prints: a count, then the first ones indented, one a line;
     * empty when nothing was skipped.
     */
    public static String report(long count, List<?> first) {
        if (count == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "skipped %,d bad row%s%s:", count,
                count == 1 ? "" : "s", count > first.size() ? " (first " + first.size() + " listed)" : ""));
        for (Object line : first) {
            sb.append(System.lineSeparator()).append("  ").append(line);
        }
        return sb.toString();
    }
}
