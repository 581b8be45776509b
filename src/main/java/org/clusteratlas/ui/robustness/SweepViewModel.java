package org.clusteratlas.ui.robustness;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.ClusterMatch;
import org.clusteratlas.rank.ClusterMatcher;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.robust.CellResult;
import org.clusteratlas.robust.RankSweep;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepResult;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.ui.task.Lane;
import org.clusteratlas.ui.task.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The robustness sweep's state (results so far, progress, the base cluster the heatmap shows, whether the
 * sweep is stale) and its work on the {@link Lane#SWEEP} lane, on an engine of its own so that the live
 * recompute never waits for it.
 *
 * <p>A sweep belongs to one (snapshot, parameters) pair. The host reports every ranking it shows through
 * {@link #follow}: another snapshot clears the sweep (its clusters mean nothing there); other parameters
 * mark it stale, and the title then gives the cluster's rank at the sweep's setting and its rank now,
 * found by matching clusters through shared core locations (on the {@link Lane#DETAILS} lane).
 */
public final class SweepViewModel {
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "No sweep yet");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper staleText = new ReadOnlyStringWrapper(this, "staleText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final IntegerProperty selectedCluster = new SimpleIntegerProperty(this, "selectedCluster", -1);
    private final AtomicLong matchRequest = new AtomicLong();
    /** Latest result not yet shown: arrivals faster than the screen redraws are coalesced into one. */
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private Task<SweepResult> task;
    private AtomicBoolean stop = new AtomicBoolean();
    private Snapshot sweptSnapshot;
    private ClusterParameters sweptParameters;
    /** The ranking on screen now, when it is not the sweep's base; and its match to the base. */
    private Ranking current;
    private ClusterMatch match;

    private record Update(Task<SweepResult> task, SweepResult result) {
    }

    public SweepViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks);
        selectedCluster.addListener((o, a, b) -> updateTitle());
        result.addListener((o, a, b) -> updateTitle());
    }

    /**
     * Sweeps eps and the minimum weights around {@code parameters} on the prepared snapshot's sweep engine
     * (its own, made once per snapshot); {@code base} is the ranking on screen.
     */
    public void sweepAround(PreparedSnapshot prepared, ClusterParameters parameters, Ranking base) {
        RankSweep sweep = new RankSweep(prepared.sweepEngine(), new Ranker(prepared.placeIndex()));
        start(sweep, SweepGrid.around(parameters), base);
        sweptSnapshot = prepared.snapshot();
        sweptParameters = parameters;
    }

    /**
     * Starts a sweep, cancelling any running one. {@code base} is the ranking for {@code grid.base()} (its
     * cluster ids are the bands' keys), or null to compute it first.
     */
    public void start(RankSweep sweep, SweepGrid grid, Ranking base) {
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(grid, "grid");
        cancel();
        AtomicBoolean halt = new AtomicBoolean();
        stop = halt;
        Task<SweepResult> t = new Task<>() {
            @Override
            protected SweepResult call() {
                Cancellation cancelled = () -> halt.get() || isCancelled();
                updateMessage("Ranking the current setting\u2026");
                Ranking b = base != null ? base : sweep.rankBase(grid, cancelled);
                List<CellResult> cells = new ArrayList<>();
                post(this, new SweepResult(grid, b, cells));
                return sweep.run(grid, b, cancelled, (cell, done, total) -> {
                    cells.add(cell);
                    updateProgress(done, total);
                    updateMessage(done + " of " + total + " settings");
                    post(this, new SweepResult(grid, b, cells));
                });
            }
        };
        long t0 = System.nanoTime();
        t.setOnSucceeded(e -> {
            show(t, t.getValue());
            finish(t, String.format(Locale.ROOT, "%d settings in %.1f s", t.getValue().done(),
                    (System.nanoTime() - t0) / 1e9));
        });
        Runnable cancelled = () -> finish(t, "Cancelled after " + (result.get() == null ? 0 : result.get().done())
                + " of " + grid.size() + " settings");
        t.setOnCancelled(e -> cancelled.run());
        // Cancel sets the halt flag before cancelling the task, so the engine may throw its
        // CancellationException first and the task end as failed: that is still a cancel.
        t.setOnFailed(e -> {
            if (halt.get() || t.getException() instanceof CancellationException) {
                cancelled.run();
            } else {
                finish(t, "Sweep failed: " + t.getException().getMessage());
            }
        });
        task = t;
        sweptSnapshot = null;
        sweptParameters = grid.base();
        current = null;
        match = null;
        stale.set(false);
        staleText.set("");
        result.set(null);
        progress.unbind();
        progress.bind(t.progressProperty());
        message.unbind();
        message.bind(t.messageProperty());
        running.set(true);
        tasks.lane(Lane.SWEEP).execute(t);
    }

    private void post(Task<SweepResult> from, SweepResult r) {
        if (pending.getAndSet(new Update(from, r)) == null) {
            Platform.runLater(() -> {
                Update u = pending.getAndSet(null);
                if (u != null) {
                    show(u.task(), u.result());
                }
            });
        }
    }

    /** Shows a result of the current task only: late updates of a cancelled or cleared one are dropped. */
    private void show(Task<SweepResult> from, SweepResult r) {
        if (from != task) {
            return;
        }
        if (selectedCluster.get() < 0 || selectedCluster.get() >= r.base().size()) {
            selectedCluster.set(r.base().size() == 0 ? -1 : r.base().rows().get(0).clusterId());
        }
        result.set(r);
    }

    private void finish(Task<SweepResult> t, String text) {
        if (t != task) {
            return;
        }
        progress.unbind();
        message.unbind();
        message.set(text);
        if (t.getState() == Worker.State.SUCCEEDED) {
            progress.set(1);
        }
        running.set(false);
    }

    /** Cancels the running sweep, if any (FX thread); the results so far stay on screen. */
    public void cancel() {
        stop.set(true);
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    /**
     * The ranking the window shows now. Another snapshot than the sweep's clears the sweep; other
     * parameters than the sweep's centre mark it stale (the same ones again: current again).
     */
    public void follow(Snapshot snapshot, ClusterParameters parameters, Ranking shown) {
        SweepResult r = result.get();
        String none = "No sweep for " + (snapshot == null ? "this snapshot" : snapshot.file().getFileName()) + " yet";
        if (task == null) {
            message.set(none);
            return;
        }
        if (sweptSnapshot != null && snapshot != sweptSnapshot) {
            clear(none);
            return;
        }
        boolean differs = parameters != null && !parameters.equals(sweptParameters);
        stale.set(differs);
        staleText.set(differs ? "Stale: this sweep is around eps " + ParameterSpecs.EPS_KM.format(sweptParameters.epsKm())
                + " km, minimum patents " + sweptParameters.text(ParameterSpecs.MIN_PATENTS)
                + " / publications " + sweptParameters.text(ParameterSpecs.MIN_PUBLICATIONS)
                + ", not the parameters on the map now. Sweep again for the current setting." : "");
        current = differs ? shown : null;
        match = null;
        updateTitle();
        if (differs && shown != null && r != null) {
            Ranking base = r.base();
            long id = matchRequest.incrementAndGet();
            tasks.run(Lane.DETAILS, () -> {
                if (matchRequest.get() != id) {
                    return;
                }
                ClusterMatch m = ClusterMatcher.match(shown.clustering(), base.clustering());
                Platform.runLater(() -> {
                    if (matchRequest.get() == id && current == shown) {
                        match = m;
                        updateTitle();
                    }
                });
            });
        }
    }

    /** Forgets the sweep (another snapshot opened): nothing of it stays on screen. */
    public void clear(String why) {
        cancel();
        task = null;
        sweptSnapshot = null;
        current = null;
        match = null;
        matchRequest.incrementAndGet();
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set(why);
        running.set(false);
        stale.set(false);
        staleText.set("");
        selectedCluster.set(-1);
        result.set(null);
    }

    /**
     * Shows a cluster of the ranking on screen in the heatmap: itself when that ranking is the sweep's
     * base, else the base cluster it continues (once matched).
     */
    public void selectShown(Ranking shown, int clusterId) {
        SweepResult r = result.get();
        if (r == null || clusterId < 0) {
            return;
        }
        if (shown == r.base()) {
            selectedCluster.set(clusterId);
        } else if (shown == current && match != null && clusterId < shown.size()) {
            int b = match.bestReference(clusterId);
            if (b >= 0) {
                selectedCluster.set(b);
            }
        }
    }

    private void updateTitle() {
        SweepResult r = result.get();
        int b = selectedCluster.get();
        if (r == null || b < 0 || b >= r.base().size()) {
            title.set("");
            return;
        }
        String name = r.base().row(b).name();
        int then = r.base().row(b).rank();
        if (!stale.get()) {
            title.set(name + " (rank " + then + " now)");
        } else if (match == null || current == null) {
            title.set(name + " (rank " + then + " at the sweep's setting)");
        } else {
            int c = match.bestCurrent(b);
            title.set(name + " (rank " + then + " at the sweep's setting; "
                    + (c < 0 ? "not a cluster now)" : "rank " + current.row(c).rank() + " now)"));
        }
    }

    /** The results so far (null before the first), replaced as settings arrive. */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the sweep is doing or did ("3 of 25 settings", "25 settings in 1.2 s", "Cancelled ..."). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the window's parameters are no longer the sweep's centre. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staleTextProperty() {
        return staleText.getReadOnlyProperty();
    }

    /** The heatmap's title: the cluster, its rank at the sweep's setting and, when stale, its rank now. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The base cluster id the heatmap shows. */
    public IntegerProperty selectedClusterProperty() {
        return selectedCluster;
    }
}
