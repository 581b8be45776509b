package org.clusteratlas.ui.explorer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.WeightFilter;
import org.clusteratlas.ui.robustness.SweepViewModel;
import org.clusteratlas.ui.task.TaskRunner;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The explorer's state as JavaFX properties (snapshot, parameters, top N, the latest result, the selection
 * and its details, busy, timings, status, what an empty panel says), and the machinery that keeps the ranking
 * in step with the parameters without ever making the FX thread wait. Views bind to these properties and call
 * its methods. The parameters with their undo history are its {@link UndoableParameters}, {@link #parameters()};
 * what is compared against (the pinned reference and the pinned clusters) is its {@link CompareState},
 * {@link #compare()}.
 *
 * <p>Every change of snapshot, parameters, top N or reference makes a request with a new generation
 * number. Requests go to one slot ({@link RecomputeSlot}, newest wins) drained on the recompute
 * lane, so a slider drag that fires fifty changes runs at most the one in flight plus the newest: never a
 * queue. The run in flight is cancelled through its {@link Cancellation} when a newer generation exists,
 * unless the {@link RecomputePacer} says the screen has waited too long: then it finishes and is shown.
 */
public final class ExplorerModel {
    /** Default number of clusters shown in the table and on the map. */
    public static final int DEFAULT_TOP = 100;

    private final RecomputePacer pacer;
    private final RecomputeSlot slot;
    private final SweepViewModel sweep;

    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObjectProperty<Path> loading = new SimpleObjectProperty<>(this, "loading");
    private final UndoableParameters parameters = new UndoableParameters(ClusterParameters.defaults());
    private final IntegerProperty topN = new SimpleIntegerProperty(this, "topN", DEFAULT_TOP);
    private final CompareState compare = new CompareState();
    private final ReadOnlyObjectWrapper<ExplorerResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<ClusterRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final SelectionDetails details;
    private final ReadOnlyObjectWrapper<SavedView> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final PendingView pendingView = new PendingView();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper lastComputeMs = new ReadOnlyDoubleWrapper(this, "lastComputeMs", Double.NaN);
    private final ReadOnlyDoubleWrapper lastLatencyMs = new ReadOnlyDoubleWrapper(this, "lastLatencyMs", Double.NaN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "No snapshot open");
    private Consumer<ExplorerResult> afterPublish = r -> { };
    private long publishedCount;
    private long publishedGeneration;
    private double handOverMs = Double.NaN;
    private boolean publishing;
    /**
     * The selected cluster's id in each published result since the user chose it (by generation, the last
     * few): a result requested before the one on screen was published numbers its carry from an older result,
     * and must still find the selection's continuation. Touched on the FX thread only.
     */
    private final SelectionLineage lineage = new SelectionLineage();
    private double fxMs = Double.NaN;

    public ExplorerModel(TaskRunner tasks) {
        this(tasks, RecomputePacer.systemClock());
    }

    ExplorerModel(TaskRunner tasks, RecomputePacer pacer) {
        this.pacer = Objects.requireNonNull(pacer);
        this.slot = new RecomputeSlot(tasks, pacer, this::publish, this::fail);
        this.sweep = new SweepViewModel(tasks);
        this.details = new SelectionDetails(tasks);
        snapshot.addListener((o, a, b) -> {
            compare.clear();
            selected.set(null);
            if (b != null) {
                // keep the radius and minimums given as shares (they fit any snapshot), but a year range outside
                // the new snapshot would leave nothing, and counts tuned for another snapshot would not fit
                // (a saved view waiting for this snapshot brings parameters made for it)
                ClusterParameters p = parameters.get();
                ClusterParameters d = ClusterParameters.defaults();
                ClusterParameters view = pendingView.parameters();
                parameters.replace(view != null ? view : p.withFilter(WeightFilter.all())
                        .withMinPatents(p.minPatents().share() ? p.minPatents() : d.minPatents())
                        .withMinPublications(p.minPublications().share() ? p.minPublications()
                                : d.minPublications()));
            }
            parameters.clearHistory();
            request();
        });
        loading.addListener((o, a, file) -> {
            if (file != null) {
                showNothing(); // the previous snapshot's ranking must not stay on screen while another loads
            } else {
                sweep.follow(snapshot.get(), null, null); // "no sweep for <file> yet"
                if (result.get() == null) {
                    request(); // the new snapshot's first ranking, or the still-open one's after a failure
                }
            }
        });
        parameters.property().addListener((o, a, b) -> request());
        topN.addListener((o, a, b) -> request());
        compare.referenceProperty().addListener((o, a, b) -> request());
        selected.addListener((o, a, row) -> {
            if (!publishing) {
                lineage.chosen(result.get(), row); // the user's choice: what it continues starts over
            }
            details.load(row, result.get());
            ExplorerResult r = result.get();
            if (row != null && r != null) {
                sweep.selectShown(r.ranking(), row.clusterId());
            }
        });
        // the sweep belongs to one (snapshot, parameters): it follows what the map shows
        result.addListener((o, a, r) -> {
            if (r != null) {
                sweep.follow(r.snapshot(), r.parameters(), r.ranking());
            } else if (snapshot.get() != null && loading.get() == null) {
                sweep.follow(snapshot.get(), null, null);
            } else {
                sweep.clear(loading.get() != null ? "Loading another snapshot" : "No sweep yet");
            }
        });
    }

    /** The robustness sweep around the ranking on screen. */
    public SweepViewModel sweep() {
        return sweep;
    }

    /** Starts a sweep around the parameters of the ranking on screen (nothing without one). */
    public void sweepAroundCurrent() {
        ExplorerResult r = result.get();
        if (r != null) {
            sweep.sweepAround(r.prepared(), r.parameters(), r.ranking());
            ClusterRow sel = selected.get();
            if (sel != null) {
                sweep.selectedClusterProperty().set(sel.clusterId());
            }
        }
    }

    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    /** The snapshot being opened (bound to the window's), or null; while set, no ranking is shown. */
    public ObjectProperty<Path> loadingProperty() {
        return loading;
    }

    /**
     * The parameters with their undo history (gestures, undo, redo); every change of them, undo and redo
     * included, is recomputed.
     */
    public UndoableParameters parameters() {
        return parameters;
    }

    /** The current parameters ({@code parameters().get()}). */
    public ClusterParameters getParameters() {
        return parameters.get();
    }

    /** Sets the parameters as one undoable step ({@code parameters().set(p)}). */
    public void setParameters(ClusterParameters p) {
        parameters.set(p);
    }

    /** The defaults: minimums as shares of the filtered totals, so they fit the open snapshot. */
    public ClusterParameters defaultParameters() {
        return ClusterParameters.defaults();
    }

    public IntegerProperty topNProperty() {
        return topN;
    }

    /** The pinned reference of rank changes and the clusters pinned for comparison. */
    public CompareState compare() {
        return compare;
    }

    /** Pins the current ranking as the reference of rank changes (null result: nothing to pin). */
    public void pinReference() {
        compare.pinReference(result.get());
    }

    public ReadOnlyObjectProperty<ExplorerResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ExplorerResult getResult() {
        return result.get();
    }

    /** The selected cluster's row in the current ranking, or null. */
    public ObjectProperty<ClusterRow> selectedProperty() {
        return selected;
    }

    /** The selected cluster's details (years, places, fields), once computed; null while none or loading. */
    public ReadOnlyObjectProperty<ClusterDetails> detailsProperty() {
        return details.detailsProperty();
    }

    /** The selected cluster's member places (null while none is selected or they are being computed). */
    public ReadOnlyObjectProperty<org.clusteratlas.rank.MemberPlaces> membersProperty() {
        return details.membersProperty();
    }

    /** Pins the selected cluster's details for comparison; the third pin replaces the first. */
    public void pinSelected() {
        details.pinShown(compare);
    }

    /**
     * Applies a saved view: its parameters and top N now, its viewport and selection once its ranking is
     * on screen (after the snapshot it names has opened, when one is loading).
     */
    public void applyView(SavedView v) {
        pendingView.set(v);
        setParameters(v.parameters());
        topN.set(v.top());
        ExplorerResult r = result.get();
        if (r != null && !busy.get() && r.parameters().equals(v.parameters()) && r.topN() == v.top()) {
            showPendingView(r); // nothing to recompute
        }
    }

    /** The saved view whose centre and zoom the map should move to (set anew for each move). */
    public ReadOnlyObjectProperty<SavedView> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    private void showPendingView(ExplorerResult r) {
        SavedView v = pendingView.shown(r, parameters::replace);
        if (v != null) {
            viewport.set(null);
            viewport.set(v);
            selectByName(v.selected());
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Background time of the last published recompute (weigh + cluster + rank + hulls). */
    public ReadOnlyDoubleProperty lastComputeMsProperty() {
        return lastComputeMs.getReadOnlyProperty();
    }

    /** From the parameter change to the result published on the FX thread (the map draws at the next pulse). */
    public ReadOnlyDoubleProperty lastLatencyMsProperty() {
        return lastLatencyMs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last recompute's failure message (e.g. an empty year range), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What a panel without clusters says: no snapshot, loading, computing, no clusters, or the failure. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Called on the FX thread after each publication, once the views bound to the result have updated. */
    public void setAfterPublish(Consumer<ExplorerResult> hook) {
        this.afterPublish = Objects.requireNonNull(hook);
    }

    /**
     * Where the last published recompute's time went, in ms: {cluster (weigh + engine), rank, hulls and
     * sums, hand-over to the FX thread (waiting for it), FX work (table, status)}.
     */
    public double[] lastBreakdownMs() {
        ExplorerResult r = result.get();
        if (r == null) {
            return new double[5];
        }
        long[] ph = r.phases();
        return new double[] {ph[0] / 1e6, ph[1] / 1e6, ph[2] / 1e6, handOverMs, fxMs};
    }

    /** True while a result is being published (a selection change then only follows the cluster). */
    public boolean isPublishing() {
        return publishing;
    }

    /** Number of results published so far. */
    public long publishedCount() {
        return publishedCount;
    }

    /** Selects the row of a cluster id of the current result (null/-1 clears). */
    public void selectCluster(int clusterId) {
        ExplorerResult r = result.get();
        if (r == null || clusterId < 0 || clusterId >= r.ranking().clustering().clusterCount()) {
            selected.set(null);
        } else {
            selected.set(r.ranking().row(clusterId));
        }
    }

    /** Selects the shown cluster of that name, if any (a saved view's selection). */
    public void selectByName(String name) {
        ExplorerResult r = result.get();
        if (name == null || r == null) {
            return;
        }
        r.shown().stream().filter(row -> row.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    /** Asks for a recompute with the current properties (they call it themselves on every change). */
    public void request() {
        Snapshot s = snapshot.get();
        if (s == null || loading.get() != null) {
            showNothing();
            return;
        }
        long gen = slot.next();
        ExplorerResult previous = result.get();
        ClusterRow sel = selected.get();
        slot.submit(new Request(gen, s, parameters.get(), Math.max(1, topN.get()), compare.referenceProperty().get(), previous,
                sel == null ? -1 : sel.clusterId(), System.nanoTime()));
        busy.set(true);
        if (previous == null) {
            emptyText.set("Computing the ranking\u2026");
        }
    }

    /** No ranking on screen: no snapshot, or one is loading (whatever runs now is dropped). */
    private void showNothing() {
        slot.drop();
        busy.set(false);
        selected.set(null);
        result.set(null);
        status.set("");
        lastLatencyMs.set(Double.NaN);
        Path file = loading.get();
        emptyText.set(file != null ? "Loading " + file.getFileName() + "\u2026"
                : snapshot.get() == null ? "No snapshot open" : "Computing the ranking\u2026");
    }

    /** The whole recompute, off the FX thread (benchmarks and tests compare with it). */
    ExplorerResult compute(Request r, Cancellation cancel) {
        return slot.work().compute(r, cancel);
    }

    private void publish(ExplorerResult res) {
        boolean newest = slot.isNewest(res.generation());
        if (res.generation() <= publishedGeneration || res.snapshot() != snapshot.get() || loading.get() != null
                || !(newest || pacer.showSuperseded())) {
            return; // superseded, and the screen has not waited long enough to show it anyway
        }
        pacer.shown(!newest);
        long fx0 = System.nanoTime();
        publishing = true;
        try {
            publishNow(res, newest, fx0);
        } finally {
            publishing = false;
        }
    }

    private void publishNow(ExplorerResult res, boolean newest, long fx0) {
        handOverMs = (fx0 - res.phases()[3]) / 1e6;
        ClusterRow carried = carriedSelection(res);
        publishedGeneration = res.generation();
        error.set(null);
        // the old row leaves before the new result arrives: no view ever pairs a row with the wrong ranking
        selected.set(null);
        result.set(res);
        selected.set(carried);
        lineage.carried(res, carried);
        busy.set(!newest);
        publishedCount++;
        if (newest) {
            showPendingView(res);
        }
        Ranking ranking = res.ranking();
        emptyText.set("No clusters for these parameters");
        lastComputeMs.set(res.computeNanos() / 1e6);
        status.set(res.nothingPasses() != null ? res.nothingPasses() : String.format(Locale.ROOT, "%s \u00b7 %.1f%% of activity in clusters \u00b7 recomputed in %.0f ms%s",
                org.clusteratlas.figure.FigureContent.counts(ranking.size(), res.shown().size()), 100 * res.shareInClusters(), res.computeNanos() / 1e6,
                res.prepareNanos() > 0 ? String.format(Locale.ROOT, " (snapshot prepared in %.1f s)", res.prepareNanos() / 1e9) : ""));
        afterPublish.accept(res);
        long end = System.nanoTime();
        fxMs = (end - fx0) / 1e6;
        lastLatencyMs.set((end - res.requestedAt()) / 1e6);
    }

    /**
     * The selection in the new result: the cluster that continues the selected one (matched on the
     * recompute lane by shared core locations, against the result on screen when it was requested), if the
     * user has not selected another one since. That result may be older than the one on screen now (a result
     * shown while this one was computing): the lineage says whether the selection continues what it matched.
     */
    private ClusterRow carriedSelection(ExplorerResult now) {
        if (selected.get() == null || now.carriedTo() < 0
                || !lineage.continues(now.carriedFromGeneration(), now.carriedFrom())) {
            return null;
        }
        return now.shapes().slotOf(now.carriedTo()) < 0 ? null : now.ranking().row(now.carriedTo());
    }

    private void fail(long gen, String message) {
        if (!slot.isNewest(gen)) {
            return;
        }
        pacer.idle();
        busy.set(false);
        error.set(message);
        status.set("Could not recompute: " + message);
        emptyText.set("Could not recompute: " + message);
    }

    /** One recompute request: everything it depends on, captured on the FX thread. */
    record Request(long generation, Snapshot snapshot, ClusterParameters parameters, int topN, Ranking reference,
                   ExplorerResult previous, int selectedCluster, long requestedAt) {
    }
}
