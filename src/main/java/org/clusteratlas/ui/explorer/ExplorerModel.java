package org.clusteratlas.ui.explorer;

import org.clusteratlas.figure.ClusterShapes;
import javafx.application.Platform;
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
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.MinimumShare;
import org.clusteratlas.cluster.NothingPasses;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.Snapshot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The explorer's state as JavaFX properties (snapshot, parameters, top N, latest ranking, selection, busy,
 * timings, status), and the machinery that keeps the ranking in step with the parameters without ever
 * making the FX thread wait.
 *
 * <p>Every change of snapshot, parameters, top N or reference makes a request with a new generation
 * number. Requests go to one slot (newest wins) drained by a single task on the background executor, so a
 * slider drag that fires fifty changes runs at most the one in flight plus the newest: never a queue. The
 * run in flight is cancelled through its {@link Cancellation} as soon as a newer generation exists; a
 * result whose generation is no longer the newest is dropped on the FX thread. Weighing, clustering,
 * ranking and hulls all happen on the background thread.
 */
public final class ExplorerModel {
    /** Default number of clusters shown in the table and on the map. */
    public static final int DEFAULT_TOP = 100;

    private final Executor background;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Touched by the background thread only. */
    private PreparedSnapshot prepared;

    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObjectProperty<ClusterParameters> parameters =
            new SimpleObjectProperty<>(this, "parameters", ClusterParameters.defaults());
    private final IntegerProperty topN = new SimpleIntegerProperty(this, "topN", DEFAULT_TOP);
    private final ObjectProperty<Ranking> reference = new SimpleObjectProperty<>(this, "reference");
    private final ReadOnlyObjectWrapper<ExplorerResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<ClusterRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper lastComputeMs = new ReadOnlyDoubleWrapper(this, "lastComputeMs", Double.NaN);
    private final ReadOnlyDoubleWrapper lastLatencyMs = new ReadOnlyDoubleWrapper(this, "lastLatencyMs", Double.NaN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Consumer<ExplorerResult> afterPublish = r -> { };
    private long publishedCount;
    private ClusterParameters referenceParameters;
    private double handOverMs = Double.NaN;
    private boolean publishing;
    private double fxMs = Double.NaN;

    public ExplorerModel(Executor background) {
        this.background = Objects.requireNonNull(background);
        snapshot.addListener((o, a, b) -> {
            reference.set(null);
            selected.set(null);
            if (b != null) {
                ClusterParameters p = parameters.get();
                // keep the radius, but a year range outside the new snapshot would leave nothing, and minimum
                // counts tuned for another snapshot would not fit: the default shares of this one's totals
                parameters.set(MinimumShare.resolve(p.withFilter(org.clusteratlas.snapshot.WeightFilter.all()),
                        MinimumShare.DEFAULT_PATENT_PERCENT, MinimumShare.DEFAULT_PUBLICATION_PERCENT, b.table()));
            }
            request();
        });
        parameters.addListener((o, a, b) -> request());
        topN.addListener((o, a, b) -> request());
        reference.addListener((o, a, b) -> request());
    }

    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    public ObjectProperty<ClusterParameters> parametersProperty() {
        return parameters;
    }

    public ClusterParameters getParameters() {
        return parameters.get();
    }

    public void setParameters(ClusterParameters p) {
        parameters.set(p);
    }

    /** The defaults for the open snapshot: the default minimum shares turned into counts on its totals. */
    public ClusterParameters defaultParameters() {
        Snapshot s = snapshot.get();
        return s == null ? ClusterParameters.defaults() : MinimumShare.defaultsFor(s.table());
    }

    public IntegerProperty topNProperty() {
        return topN;
    }

    /** The ranking rank changes are taken against (a pinned earlier result), or null. */
    public ObjectProperty<Ranking> referenceProperty() {
        return reference;
    }

    /** Pins the current ranking as the reference of rank changes (null result: nothing to pin). */
    public void pinReference() {
        ExplorerResult r = result.get();
        referenceParameters = r == null ? null : r.parameters();
        reference.set(r == null ? null : r.ranking());
    }

    /** The parameters of the pinned reference, or null. */
    public ClusterParameters referenceParameters() {
        return reference.get() == null ? null : referenceParameters;
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Background time of the last published recompute (weigh + cluster + rank + hulls). */
    public ReadOnlyDoubleProperty lastComputeMsProperty() {
        return lastComputeMs.getReadOnlyProperty();
    }

    /** From the parameter change to the table and map updated on the FX thread, for the last published result. */
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

    /** Called on the FX thread after each publication, once the views bound to the result have updated. */
    public void setAfterPublish(Consumer<ExplorerResult> hook) {
        this.afterPublish = Objects.requireNonNull(hook);
    }

    /**
     * Where the last published recompute's time went, in ms: {cluster (weigh + engine), rank, hulls and
     * sums, hand-over to the FX thread (waiting for it), FX work (table, map, status)}.
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

    /** Number of results published so far (tests: stale ones never are). */
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

    /** Asks for a recompute with the current properties (they call it themselves on every change). */
    public void request() {
        Snapshot s = snapshot.get();
        long gen = generation.incrementAndGet();
        if (s == null) {
            pending.set(null);
            busy.set(false);
            result.set(null);
            status.set("");
            return;
        }
        pending.set(new Request(gen, s, parameters.get(), Math.max(1, topN.get()), reference.get(),
                System.nanoTime()));
        busy.set(true);
        if (draining.compareAndSet(false, true)) {
            background.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Request r;
            while ((r = pending.getAndSet(null)) != null) {
                Request req = r;
                try {
                    ExplorerResult res = compute(req, () -> generation.get() != req.generation);
                    Platform.runLater(() -> publish(res));
                } catch (CancellationException e) {
                    // a newer request is waiting in the slot
                } catch (RuntimeException | OutOfMemoryError e) {
                    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    Platform.runLater(() -> fail(req.generation, m));
                }
            }
        } finally {
            draining.set(false);
            if (pending.get() != null && draining.compareAndSet(false, true)) {
                background.execute(this::drain);
            }
        }
    }

    /** The whole recompute, off the FX thread; public so that benchmarks and tests can compare with it. */
    ExplorerResult compute(Request r, Cancellation cancel) {
        PreparedSnapshot p = prepared;
        long prepareNanos = 0;
        if (p == null || p.snapshot() != r.snapshot) {
            prepared = null;
            long t = System.nanoTime();
            p = PreparedSnapshot.of(r.snapshot);
            prepareNanos = System.nanoTime() - t;
            prepared = p;
        }
        long t0 = System.nanoTime();
        cancel.check();
        Clustering clustering = p.engine().cluster(r.parameters, cancel);
        long t1 = System.nanoTime();
        cancel.check();
        Ranking reference = r.reference != null && r.reference.placeIndex() == p.placeIndex() ? r.reference : null;
        Ranking ranking = p.ranker().rank(clustering, reference);
        long t2 = System.nanoTime();
        cancel.check();
        List<ClusterRow> shown = ranking.top(r.topN);
        ClusterShapes shapes = ClusterShapes.of(ranking, shown, p.mercatorX(), p.mercatorY());
        double inside = 0;
        for (int c = 0; c < clustering.clusterCount(); c++) {
            inside += clustering.patents(c) + clustering.publications(c);
        }
        double total = ranking.totalPatents() + ranking.totalPublications();
        String nothing = clustering.clusterCount() > 0 ? null
                : NothingPasses.explain(p.engine(), r.parameters, r.snapshot.table().weigh(r.parameters.filter()));
        return new ExplorerResult(r.generation, r.snapshot, r.parameters, r.topN, ranking, shown, shapes, p,
                total > 0 ? inside / total : 0, System.nanoTime() - t0, prepareNanos, r.requestedAt,
                new long[] {t1 - t0, t2 - t1, System.nanoTime() - t2, System.nanoTime()}, nothing);
    }

    private void publish(ExplorerResult res) {
        if (res.generation() != generation.get()) {
            return; // stale: a newer request exists
        }
        long fx0 = System.nanoTime();
        publishing = true;
        try {
            publishNow(res, fx0);
        } finally {
            publishing = false;
        }
    }

    private void publishNow(ExplorerResult res, long fx0) {
        handOverMs = (fx0 - res.phases()[3]) / 1e6;
        ClusterRow before = selected.get();
        ExplorerResult previous = result.get();
        error.set(null);
        result.set(res);
        selected.set(carrySelection(before, previous, res));
        busy.set(false);
        publishedCount++;
        Ranking ranking = res.ranking();
        lastComputeMs.set(res.computeNanos() / 1e6);
        status.set(res.nothingPasses() != null ? res.nothingPasses() : String.format(Locale.ROOT, "%s \u00b7 %.1f%% of activity in clusters \u00b7 recomputed in %.0f ms%s",
                org.clusteratlas.figure.FigureContent.counts(ranking.size(), res.shown().size()), 100 * res.shareInClusters(), res.computeNanos() / 1e6,
                res.prepareNanos() > 0 ? String.format(Locale.ROOT, " (snapshot prepared in %.1f s)", res.prepareNanos() / 1e9) : ""));
        afterPublish.accept(res);
        long end = System.nanoTime();
        fxMs = (end - fx0) / 1e6;
        lastLatencyMs.set((end - res.requestedAt()) / 1e6);
    }

    /** The cluster that now holds the previously selected cluster's heaviest location, if any. */
    private static ClusterRow carrySelection(ClusterRow before, ExplorerResult previous, ExplorerResult now) {
        if (before == null || previous == null || previous.snapshot() != now.snapshot()) {
            return null;
        }
        int slot = previous.shapes().slotOf(before.clusterId());
        if (slot < 0) {
            return null;
        }
        int c = now.ranking().clustering().clusterOf(previous.shapes().anchor(slot));
        return c < 0 || now.shapes().slotOf(c) < 0 ? null : now.ranking().row(c);
    }

    private void fail(long gen, String message) {
        if (gen != generation.get()) {
            return;
        }
        busy.set(false);
        error.set(message);
        status.set("Could not recompute: " + message);
    }

    /** One recompute request: everything it depends on, captured on the FX thread. */
    record Request(long generation, Snapshot snapshot, ClusterParameters parameters, int topN, Ranking reference,
                   long requestedAt) {
    }

}
