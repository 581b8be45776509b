package org.clusteratlas.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotException;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.task.Lane;
import org.clusteratlas.ui.task.TaskRunner;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * State of the window as JavaFX properties (the open snapshot, the one being loaded, a status line, whether
 * work is running) and the explorer's state ({@link #explorer()}), which the views bind to; the views hold
 * no state of their own. All changes happen on the FX thread; reading a snapshot runs as a {@link Task} on
 * the {@link Lane#LOAD} lane, imports on the {@link Lane#IO} lane, so neither delays a recompute.
 *
 * <p>Opening a file while another is loading supersedes it: only the newest request is published. A file
 * that fails to open leaves the current snapshot in place and reports the message through the error
 * handler (the window shows it in a dialog).
 */
public final class AtlasViewModel {
    private final TaskRunner tasks;
    private final org.clusteratlas.ui.explorer.ProfilesModel profiles;
    private final ExplorerModel explorer;
    private final FileTasks files;
    private final ReadOnlyObjectWrapper<Path> loading = new ReadOnlyObjectWrapper<>(this, "loading");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<SnapshotSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "No snapshot open. Use File > Open or drop a snapshot on the window.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "progress", -1);
    private Task<SnapshotSummary> current;
    private Consumer<String> onError = message -> { };
    private Consumer<String> onImportReport = report -> { };

    private final org.clusteratlas.ui.timeline.OverTimeModel overTime;
    private final org.clusteratlas.ui.published.PublishedModel published;

    public AtlasViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks);
        this.explorer = new ExplorerModel(tasks);
        this.files = new FileTasks(tasks, this::setStatus);
        this.profiles = new org.clusteratlas.ui.explorer.ProfilesModel(explorer, tasks.lane(Lane.PROFILES),
                tasks.lane(Lane.DETAILS));
        this.overTime = new org.clusteratlas.ui.timeline.OverTimeModel(explorer, tasks.lane(Lane.COMPARISON));
        this.published = new org.clusteratlas.ui.published.PublishedModel(explorer, tasks.lane(Lane.COMPARISON));
        explorer.snapshotProperty().bind(snapshot);
        explorer.loadingProperty().bind(loading);
    }

    /** The explorer's state: parameters, ranking, selection, sweep, pins. */
    public ExplorerModel explorer() {
        return explorer;
    }

    /** Ranks across rolling windows of years (the Over time tab), on the comparison lane. */
    public org.clusteratlas.ui.timeline.OverTimeModel overTime() {
        return overTime;
    }

    /** A published ranking beside the computed one (the Published tab), on the comparison lane. */
    public org.clusteratlas.ui.published.PublishedModel published() {
        return published;
    }

    /** The profiles of the explorer's result (table columns, details, partner arcs, exports), on their own lane. */
    public org.clusteratlas.ui.explorer.ProfilesModel profiles() {
        return profiles;
    }

    /** Writes (exports, saved views) on the I/O lane, reported in the status line. */
    FileTasks files() {
        return files;
    }

    /** The snapshot being opened, or null: while set, the panels say so instead of showing the old one. */
    public ReadOnlyObjectProperty<Path> loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot getSnapshot() {
        return snapshot.get();
    }

    /** The open snapshot with its totals; changes together with {@link #snapshotProperty()}. */
    ReadOnlyObjectProperty<SnapshotSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a snapshot is being opened (and {@link #cancelOpen()} would stop it). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Stops the snapshot being opened, if any; the current snapshot stays. */
    public void cancelOpen() {
        Task<SnapshotSummary> task = current;
        if (task == null) {
            return;
        }
        current = null;
        task.cancel(false);
        busy.set(false);
        opening.set(false);
        loading.set(null); // the still-open snapshot's ranking comes back
        Snapshot still = snapshot.get();
        status.set("Opening cancelled" + (still == null ? "" : "; still showing " + still.file().getFileName()));
    }

    /** Progress of the running load from 0 to 1, or -1 while unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Where failures to open go (a dialog in the window). Called on the FX thread. */
    public void setOnError(Consumer<String> handler) {
        this.onError = Objects.requireNonNull(handler);
    }

    /** Where a finished import's report goes (what was written, what was left out and why). */
    public void setOnImportReport(Consumer<String> handler) {
        this.onImportReport = Objects.requireNonNull(handler);
    }

    /** Says why no snapshot was opened at start (e.g. the sample is missing). */
    public void setStatus(String message) {
        status.set(message);
    }

    /** Starts loading {@code file} in the background; returns the task (for progress and tests). */
    public Task<?> open(Path file) {
        if (current != null) {
            current.cancel(false);
        }
        Task<SnapshotSummary> task = new Task<>() {
            @Override
            protected SnapshotSummary call() throws SnapshotException {
                updateMessage("Loading " + file.getFileName() + " ...");
                // Reading is most of the work; the last 5% is the summary pass, so the bar never says
                // "done" while the window is still busy. A cancelled task stops the reader at its next report.
                Snapshot s = SnapshotReader.open(file, fraction -> {
                    if (isCancelled()) {
                        throw new CancellationException("opening " + file + " cancelled");
                    }
                    updateProgress(0.95 * fraction, 1);
                });
                SnapshotSummary summary = SnapshotSummary.of(s);
                // ready for the first recompute before the FX thread publishes the snapshot (it may still be
                // building the window at start-up)
                org.clusteratlas.rank.PreparedSnapshot.of(s);
                updateProgress(1, 1);
                return summary;
            }
        };
        current = task;
        progress.unbind();
        progress.bind(task.progressProperty());
        busy.set(true);
        loading.set(file);
        opening.set(true);
        status.set("Loading " + file + " ...");
        task.setOnSucceeded(e -> {
            if (task != current) {
                return;
            }
            current = null;
            busy.set(false);
            opening.set(false);
            SnapshotSummary loaded = task.getValue();
            Snapshot s = loaded.snapshot();
            summary.set(loaded);
            snapshot.set(s);
            loading.set(null);
            status.set("Opened " + s.file().getFileName() + ": " + Formats.count(s.table().size())
                    + " unique locations");
        });
        task.setOnFailed(e -> {
            if (task != current) {
                return;
            }
            current = null;
            busy.set(false);
            loading.set(null);
            opening.set(false);
            Throwable t = task.getException();
            String message = t instanceof SnapshotException ? t.getMessage()
                    : file + ": cannot open (" + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()) + ")";
            Snapshot still = snapshot.get();
            status.set(still == null ? "Could not open " + file.getFileName()
                    : "Could not open " + file.getFileName() + "; still showing " + still.file().getFileName());
            onError.accept(message);
        });
        task.setOnCancelled(e -> {
            if (task == current) {
                current = null;
                busy.set(false);
                loading.set(null);
                opening.set(false);
            }
        });
        tasks.lane(Lane.LOAD).execute(task);
        return task;
    }

    /**
     * Runs an import in the background, showing the importer's progress lines in the status bar, then
     * opens the snapshot it wrote. A failure goes to the error handler and leaves the current snapshot.
     */
    public Task<ImportJob.Imported> importSnapshot(String what, ImportJob job) {
        Task<ImportJob.Imported> task = new Task<>() {
            @Override
            protected ImportJob.Imported call() throws Exception {
                updateMessage("Importing " + what + " ...");
                return job.run(this::updateMessage);
            }
        };
        progress.unbind();
        progress.set(-1);
        busy.set(true);
        status.unbind();
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            status.unbind();
            busy.set(false);
            open(task.getValue().snapshot());
            onImportReport.accept(task.getValue().report());
        });
        task.setOnFailed(e -> {
            status.unbind();
            busy.set(false);
            Throwable t = task.getException();
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            status.set("Import of " + what + " failed");
            onError.accept(message);
        });
        tasks.lane(Lane.IO).execute(task);
        return task;
    }
}
