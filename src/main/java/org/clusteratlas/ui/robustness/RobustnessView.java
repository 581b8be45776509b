package org.clusteratlas.ui.robustness;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.robust.CellResult;
import org.clusteratlas.robust.RankSweep;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The "Robustness" view, self-contained for the main window to host: a rank-band chart (one band per
 * cluster from best to worst rank over the sweep, the current rank marked) and a heatmap of the selected
 * cluster's rank over the eps x minimum-weight grid. The sweep runs on a background thread of its own with
 * a progress bar and Cancel; results appear as each setting is done. Clicking a heatmap cell hands that
 * setting to the host's {@code Consumer<ClusterParameters>} (apply it to the map and table).
 *
 * <p>Give {@link #start} a {@link RankSweep} over an engine of its own, so the sweep neither waits for nor
 * slows the window's live clustering. Call {@link #dispose} when the view is thrown away.
 */
public final class RobustnessView extends BorderPane {
    /** Clusters shown in the band chart unless changed with {@link #setRows}. */
    public static final int DEFAULT_ROWS = 30;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-robustness-sweep");
        t.setDaemon(true);
        return t;
    });
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("No sweep yet");
    private final Button cancel = new Button("Cancel");
    private final RankBandChart chart = new RankBandChart();
    private final RankHeatmap heatmap = new RankHeatmap();
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final IntegerProperty selectedCluster = new SimpleIntegerProperty(this, "selectedCluster", -1);
    private int rows = DEFAULT_ROWS;
    private Task<SweepResult> task;
    private AtomicBoolean stop = new AtomicBoolean();
    /** Latest result not yet shown: arrivals faster than the screen redraws are coalesced into one redraw. */
    private final AtomicReference<Update> pending = new AtomicReference<>();

    private record Update(Task<SweepResult> task, SweepResult result) {
    }

    /** @param applySetting called on the FX thread with a heatmap cell's parameters when the user clicks it */
    public RobustnessView(Consumer<ClusterParameters> applySetting) {
        Objects.requireNonNull(applySetting, "applySetting");
        setId("robustness-view");
        progress.setId("robustness-progress");
        progress.setPrefWidth(200);
        status.setId("robustness-status");
        cancel.setId("robustness-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancel());
        Label title = new Label("Robustness");
        title.getStyleClass().add("robustness-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        // wraps in a narrow pane instead of cutting "Robustness" and "Cancel" short
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, title, progress, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);
        chart.setOnSelect(selectedCluster::set);
        heatmap.setOnApply(applySetting);
        // one above the other: each gets the pane's whole width (the default layout gives it about 400 px)
        SplitPane split = new SplitPane(new ScrollPane(chart), new ScrollPane(heatmap));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        selectedCluster.addListener((o, a, b) -> redraw());
        result.addListener((o, a, b) -> redraw());
    }

    /**
     * Starts a sweep, cancelling any running one. {@code base} is the ranking on screen for
     * {@code grid.base()} (its cluster ids are the bands' keys), or null to compute it first.
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
            if (halt.get() || t.getException() instanceof java.util.concurrent.CancellationException) {
                cancelled.run();
            } else {
                finish(t, "Sweep failed: " + t.getException().getMessage());
            }
        });
        task = t;
        result.set(null);
        progress.progressProperty().bind(t.progressProperty());
        status.textProperty().bind(t.messageProperty());
        running.set(true);
        cancel.setDisable(false);
        executor.execute(t);
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

    /** Shows a result of the current task only: late updates of a cancelled one are dropped. */
    private void show(Task<SweepResult> from, SweepResult r) {
        if (from != task) {
            return;
        }
        if (selectedCluster.get() < 0 || selectedCluster.get() >= r.base().size()) {
            selectedCluster.set(r.base().size() == 0 ? -1 : r.base().rows().get(0).clusterId());
        }
        result.set(r);
    }

    private void finish(Task<SweepResult> t, String message) {
        if (t != task) {
            return;
        }
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        status.setText(message);
        if (t.getState() == javafx.concurrent.Worker.State.SUCCEEDED) {
            progress.setProgress(1);
        }
        running.set(false);
        cancel.setDisable(true);
    }

    /** Cancels the running sweep, if any (FX thread); the results so far stay on screen. */
    public void cancel() {
        stop.set(true);
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    /** Stops the sweep and its thread; may be called from any thread. */
    public void dispose() {
        stop.set(true);
        executor.shutdownNow();
    }

    private void redraw() {
        chart.show(result.get(), selectedCluster.get(), rows);
        heatmap.show(result.get(), selectedCluster.get());
    }

    /** How many of the best clusters the band chart shows. */
    public void setRows(int rows) {
        this.rows = Math.max(1, rows);
        redraw();
    }

    /** The results so far (null before the first), replaced as settings arrive. */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The base cluster id the heatmap shows; the host may set it (e.g. from the table's selection). */
    public IntegerProperty selectedClusterProperty() {
        return selectedCluster;
    }
}
