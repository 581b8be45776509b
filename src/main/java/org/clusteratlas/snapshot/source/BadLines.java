package org.clusteratlas.snapshot.source;

import org.clusteratlas.snapshot.SnapshotException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do with a bad input line: stop with the file, line and reason (the default), or, with
 * {@code --skip-bad}, count it and go on, keeping the first {@value #KEPT} reasons for the report so the
 * user can judge whether skipping was harmless.
 */
public final class BadLines {
    /** How many bad lines are described in the report. */
    public static final int KEPT = 20;

    private final boolean skip;
    private final List<String> first = new ArrayList<>();
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
        SnapshotException e = new SnapshotException(file, null, line, reason);
        if (!skip) {
            throw e;
        }
        count++;
        if (first.size() < KEPT) {
            first.add(e.getMessage());
        }
    }

    public boolean skipping() {
        return skip;
    }

    public long count() {
        return count;
    }

    /** The first {@value #KEPT} bad lines, each naming file, line and reason. */
    public List<String> first() {
        return List.copyOf(first);
    }
}
