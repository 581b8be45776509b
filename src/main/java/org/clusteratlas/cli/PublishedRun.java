package org.clusteratlas.cli;

import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.published.PublishedRanking;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.Snapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code rank --published FILE}: the published ranking, read before any clustering (a bad file is said before
 * the work, exit 3), then matched to the computed ranking ({@link PublishedComparison}).
 */
final class PublishedRun {
    private final PublishedRanking table;

    private PublishedRun(PublishedRanking table) {
        this.table = table;
    }

    /** The published ranking of {@code file}, or null (said on {@code err}) when it cannot be read. */
    static PublishedRun read(Path file, PrintStream err) {
        try {
            return new PublishedRun(PublishedRanking.read(file));
        } catch (IOException e) {
            err.println("cluster-atlas rank: " + e.getMessage());
            return null;
        }
    }

    /**
     * The computed ranking matched to the published one; on a synthetic snapshot, a note on {@code err} that the
     * agreement means nothing.
     *
     * @param snapshot the snapshot as given on the command line (named in the note)
     */
    PublishedComparison compare(Ranking ranking, Snapshot s, Path snapshot, PrintStream err) {
        PublishedComparison comparison = PublishedComparison.of(table, ranking);
        if (s.metadata().synthetic()) {
            err.println("note: " + snapshot.getFileName() + " is synthetic: its agreement with " + table.source()
                    + " says nothing about real clusters");
        }
        return comparison;
    }
}
