package org.clusteratlas.ui.timeline;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.timeline.RollingRanks;
import org.clusteratlas.timeline.WindowRanking;
import org.clusteratlas.timeline.WindowSeries;
import org.clusteratlas.timeline.YearWindow;
import org.clusteratlas.timeline.YearWindows;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerResult;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The state of the "Over time" view: window length and step, how many clusters the bump chart follows,
 * the rolling-window rankings of the explorer's current parameters ({@link RollingRanks}, run on the lane
 * it is given, never on the FX thread), which window is applied to the explorer, the selected cluster's
 * key, and a play control that applies the windows one after another (map and table follow the explorer).
 * The same as {@code rank --windows LENGTH:STEP}.
 */
public final class OverTimeModel {
    /** Seconds each window stays on screen while playing. */
    static final double PLAY_SECONDS = 1.5;

    private final ExplorerModel explorer;
    private final Executor lane;
    private final IntegerProperty length = new SimpleIntegerProperty(this, "length", 5);
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 1);
    private final IntegerProperty topN = new SimpleIntegerProperty(this, "topN", 10);
    private final ReadOnlyObjectWrapper<WindowSeries> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyIntegerWrapper window = new ReadOnlyIntegerWrapper(this, "window", -1);
    private final ReadOnlyStringWrapper selectedKey = new ReadOnlyStringWrapper(this, "selectedKey");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Rank every window of the selected years with the current parameters");
    private final Timeline player = new Timeline(new KeyFrame(Duration.seconds(PLAY_SECONDS), e -> next()));
    private AtomicBoolean stop = new AtomicBoolean();

    public OverTimeModel(ExplorerModel explorer, Executor lane) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.lane = Objects.requireNonNull(lane, "lane");
        player.setCycleCount(Timeline.INDEFINITE);
        playing.addListener((o, a, on) -> {
            if (on && series.get() != null) {
                if (window.get() >= series.get().size() - 1) {
                    apply(0);
                }
                player.play();
            } else {
                player.stop();
                playing.set(false);
            }
        });
        explorer.selectedProperty().addListener((o, a, row) -> selectedKey.set(keyOf(row)));
        explorer.snapshotProperty().addListener((o, a, s) -> {
            cancel();
            series.set(null);
            window.set(-1);
        });
    }

    /** Ranks every window of the explorer's current years (the snapshot's when all) in the background. */
    public void run() {
        ExplorerResult r = explorer.getResult();
        if (r == null) {
            return;
        }
        cancel();
        playing.set(false);
        ClusterParameters p = r.parameters();
        YearWindows spec;
        List<YearWindow> windows;
        try {
            spec = new YearWindows(length.get(), step.get());
            org.clusteratlas.cluster.YearRange span = p.years().resolvedIn(
                    org.clusteratlas.cluster.YearRange.of(r.snapshot().table()));
            windows = spec.within(span.from(), span.to());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage().replace(YearWindows.OPTION + ": ", ""));
            return;
        }
        AtomicBoolean halt = new AtomicBoolean();
        stop = halt;
        running.set(true);
        status.set("Ranking " + windows.size() + " windows\u2026");
        long t0 = System.nanoTime();
        lane.execute(() -> {
            try {
                RollingRanks ranks = new RollingRanks(new ClusterEngine(r.snapshot().table()),
                        new Ranker(r.ranking().placeIndex()));
                WindowSeries s = ranks.run(p, spec, windows, halt::get, (done, all) -> Platform.runLater(() -> {
                    if (!halt.get()) {
                        status.set("Ranked " + done + " of " + all + " windows\u2026");
                    }
                }));
                Platform.runLater(() -> {
                    if (halt.get()) {
                        return;
                    }
                    running.set(false);
                    series.set(s);
                    window.set(-1);
                    selectedKey.set(keyOf(explorer.selectedProperty().get()));
                    status.set(String.format(Locale.ROOT, "%d windows of %d years in %.1f s; rank change vs the"
                            + " previous window", s.size(), spec.length(), (System.nanoTime() - t0) / 1e9));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (!halt.get()) {
                        running.set(false);
                        status.set(e instanceof java.util.concurrent.CancellationException ? "Cancelled"
                                : "Failed: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Stops a run in progress (its result is dropped) and the player. */
    public void cancel() {
        stop.set(true);
        running.set(false);
        playing.set(false);
    }

    /** Applies window {@code i}'s years to the explorer: the map and the table show that window. */
    public void apply(int i) {
        WindowSeries s = series.get();
        if (s == null || i < 0 || i >= s.size()) {
            return;
        }
        window.set(i);
        explorer.setParameters(s.window(i).window().applyTo(explorer.getParameters()));
    }

    private void next() {
        WindowSeries s = series.get();
        if (s == null || window.get() >= s.size() - 1) {
            playing.set(false);
            return;
        }
        apply(window.get() + 1);
    }

    /** Selects a key's cluster in the explorer when the explorer shows a window that holds it. */
    public void select(String key) {
        selectedKey.set(key);
        WindowRanking w = shownWindow();
        ClusterRow row = w == null || key == null ? null : w.rowOf(key);
        if (row != null) {
            explorer.selectCluster(row.clusterId());
        }
    }

    /**
     * The window the explorer shows (its result has exactly that window's parameters, so the same cluster
     * ids: clustering is deterministic), or null.
     */
    private WindowRanking shownWindow() {
        WindowSeries s = series.get();
        ExplorerResult r = explorer.getResult();
        if (s == null || r == null) {
            return null;
        }
        for (WindowRanking w : s.windows()) {
            if (r.parameters().equals(w.window().applyTo(s.parameters()))) {
                return w;
            }
        }
        return null;
    }

    /** The key of an explorer row: by cluster id in the window shown, else by name in the latest window. */
    private String keyOf(ClusterRow row) {
        WindowSeries s = series.get();
        if (s == null || row == null) {
            return null;
        }
        WindowRanking shown = shownWindow();
        if (shown != null && row.clusterId() < shown.keys().size()) {
            return shown.keyOf(row.clusterId());
        }
        for (int i = s.size() - 1; i >= 0; i--) {
            for (ClusterRow x : s.window(i).rows()) {
                if (x.name().equals(row.name())) {
                    return s.window(i).keyOf(x.clusterId());
                }
            }
        }
        return null;
    }

    public IntegerProperty lengthProperty() {
        return length;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    /** Clusters the bump chart follows: those reaching the top N in some window. */
    public IntegerProperty topNProperty() {
        return topN;
    }

    public ReadOnlyObjectProperty<WindowSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    /** The window applied to the explorer, -1 for none. */
    public ReadOnlyIntegerProperty windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedKeyProperty() {
        return selectedKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while the windows are being applied one after another. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
