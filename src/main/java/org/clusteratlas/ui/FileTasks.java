package org.clusteratlas.ui;

import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.io.MemberPlacesWriter;
import org.clusteratlas.rank.MemberPlaces;
import javafx.application.Platform;
import org.clusteratlas.io.AppVersion;
import org.clusteratlas.io.AtomicFiles;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.io.SnapshotProvenance;
import org.clusteratlas.rank.Provenance;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.rank.RankingRequest;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.ui.explorer.ExplorerResult;
import org.clusteratlas.ui.explorer.ProfilesModel;
import org.clusteratlas.ui.explorer.SavedView;
import org.clusteratlas.ui.task.Lane;
import org.clusteratlas.ui.task.TaskRunner;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's writes: ranking exports (through the same io writers as the {@code rank} command), the map
 * image, saved views. Each runs on the {@link Lane#IO} lane through a temporary file renamed when complete,
 * so an export never delays a recompute; the outcome goes to the status line or, on failure, to the
 * handler the caller gives (a dialog).
 */
final class FileTasks {
    private final TaskRunner tasks;
    private final Consumer<String> status;
    private final Map<Path, Provenance> provenance = new ConcurrentHashMap<>();

    FileTasks(TaskRunner tasks, Consumer<String> status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** Writes the ranking of {@code r} as {@code format}; {@code reference} names a pinned reference or is null. */
    void writeRanking(ExplorerResult r, RankingFormat format, Path target, String reference, String command,
                      ProfilesModel profiles, BiConsumer<Path, Exception> failed) {
        status.accept("Writing " + target.getFileName() + " ...");
        tasks.run(Lane.IO, () -> {
            try {
                RankingRequest request = new RankingRequest(r.parameters().texts(YearRange.of(r.snapshot().table())), reference, r.topN(), command);
                RankingReport report = RankingReport.of(provenance(r.snapshot()), request, r.ranking(),
                        profiles.computeFor(r));
                format.writeFile(report, r.ranking(), target);
                Platform.runLater(() -> status.accept("Exported " + report.rows().size() + " clusters to " + target));
            } catch (IOException | SnapshotException | RuntimeException e) {
                Platform.runLater(() -> failed.accept(target, e));
            }
        });
    }

    /**
     * Draws an image on the I/O lane ({@code draw} must not touch the scene graph: the map figure is plain
     * Java2D) and writes it as a PNG; {@code what} names it in the status line.
     */
    void writePng(Supplier<BufferedImage> draw, String what, Path target, BiConsumer<Path, Exception> failed) {
        tasks.run(Lane.IO, () -> {
            try {
                BufferedImage image = draw.get();
                AtomicFiles.write(target, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer");
                    }
                });
                Platform.runLater(() -> status.accept("Exported " + what + " to " + target));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failed.accept(target, e));
            }
        });
    }

    /** Writes a cluster's member places as {@code rank --members --format csv} does (full precision, total last). */
    void writeMembers(MemberPlaces places, Path target, BiConsumer<Path, Exception> failed) {
        tasks.run(Lane.IO, () -> {
            try {
                AtomicFiles.write(target, out -> MemberPlacesWriter.csv(places,
                        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)));
                Platform.runLater(() -> status.accept("Exported " + places.places().size() + " member places of "
                        + places.cluster().name() + " to " + target));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failed.accept(target, e));
            }
        });
    }

    void saveView(SavedView view, Path target, BiConsumer<Path, Exception> failed) {
        tasks.run(Lane.IO, () -> {
            try {
                view.write(target);
                Platform.runLater(() -> status.accept("Saved the view to " + target));
            } catch (IOException e) {
                Platform.runLater(() -> failed.accept(target, e));
            }
        });
    }

    private Provenance provenance(Snapshot s) throws IOException {
        Provenance p = provenance.get(s.file());
        if (p == null) {
            p = SnapshotProvenance.of(s, AppVersion.current());
            provenance.put(s.file(), p);
        }
        return p;
    }
}
