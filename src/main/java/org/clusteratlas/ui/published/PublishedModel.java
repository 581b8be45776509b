package org.clusteratlas.ui.published;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.published.PublishedMatch;
import org.clusteratlas.published.PublishedRanking;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of the "Published" view: a published ranking opened from a file (read on the lane it is given)
 * and its comparison with the explorer's current ranking, recomputed off the FX thread whenever the ranking
 * changes (only the newest is kept). The same as {@code rank --published FILE}.
 */
public final class PublishedModel {
    private final ExplorerModel explorer;
    private final Executor lane;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<PublishedRanking> published = new ReadOnlyObjectWrapper<>(this, "published");
    private final ReadOnlyObjectWrapper<PublishedComparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "No published ranking open (File \u203A Open Published Ranking\u2026)");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Ranking compared;

    public PublishedModel(ExplorerModel explorer, Executor lane) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.lane = Objects.requireNonNull(lane, "lane");
        explorer.resultProperty().addListener((o, a, r) -> compare());
        published.addListener((o, a, p) -> compare());
    }

    /** Reads a published ranking in the background; a bad file sets {@link #errorProperty()} and keeps the last one. */
    public void open(Path file) {
        status.set("Reading " + file.getFileName() + "\u2026");
        lane.execute(() -> {
            try {
                PublishedRanking p = PublishedRanking.read(file);
                Platform.runLater(() -> published.set(p));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    error.set(null);
                    error.set(e.getMessage());
                    status.set(published.get() == null ? "No published ranking open" : status.get());
                });
            }
        });
    }

    private void compare() {
        PublishedRanking p = published.get();
        ExplorerResult r = explorer.getResult();
        long gen = generation.incrementAndGet();
        if (p == null || r == null) {
            comparison.set(null);
            return;
        }
        Ranking ranking = r.ranking();
        boolean synthetic = r.snapshot().metadata().synthetic();
        lane.execute(() -> {
            if (generation.get() != gen) {
                return;
            }
            PublishedComparison c = PublishedComparison.of(p, ranking);
            Platform.runLater(() -> {
                if (generation.get() == gen) {
                    compared = ranking;
                    comparison.set(c);
                    status.set(summary(c) + (synthetic ? " \u00B7 the snapshot is synthetic: this agreement says"
                            + " nothing about real clusters" : ""));
                }
            });
        });
    }

    /** One line on the agreement, as {@code rank --published} prints it. */
    static String summary(PublishedComparison c) {
        double tau = c.kendallTau();
        return String.format(Locale.ROOT, "%s: %d of %d matched \u00B7 Kendall tau %s \u00B7 top-%d overlap %d of %d"
                        + " \u00B7 unmatched: %d published, %d computed", c.published().source(), c.matched(),
                c.published().rows().size(), Double.isNaN(tau) ? "n/a" : String.format(Locale.ROOT, "%.2f", tau),
                PublishedComparison.TOP, c.topOverlap(), PublishedComparison.TOP, c.unmatchedPublished().size(),
                c.unmatchedComputed().size());
    }

    /** Selects a match's computed cluster in the explorer (when the comparison is of the ranking shown). */
    public void select(PublishedMatch m) {
        ExplorerResult r = explorer.getResult();
        if (m != null && m.matched() && r != null && r.ranking() == compared) {
            explorer.selectCluster(m.computed().clusterId());
        }
    }

    public ReadOnlyObjectProperty<PublishedRanking> publishedProperty() {
        return published.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PublishedComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last file that could not be read, as a one-line message (file and line); null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
