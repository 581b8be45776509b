package org.clusteratlas.ui.task;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The window's one task runner: every piece of background work names its {@link Lane} and runs on that
 * lane's worker, in order within the lane and independently of the other lanes. View models get the runner
 * injected; views never see it (an ArchUnit rule keeps executors out of views).
 *
 * <p>{@link #threads()} gives each lane one daemon thread (the application); {@link #of} lets a test decide
 * per lane, e.g. a manual executor that runs work only when the test says so.
 */
public final class TaskRunner implements AutoCloseable {
    private final Map<Lane, Executor> lanes;
    private final List<ExecutorService> owned;

    private TaskRunner(Map<Lane, Executor> lanes, List<ExecutorService> owned) {
        this.lanes = lanes;
        this.owned = owned;
    }

    /** One daemon worker thread per lane, named {@code atlas-<lane>}. */
    public static TaskRunner threads() {
        Map<Lane, Executor> lanes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            String name = "atlas-" + lane.name().toLowerCase(Locale.ROOT);
            lanes.put(lane, Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            }));
        }
        return new TaskRunner(lanes, lanes.values().stream().map(ExecutorService.class::cast).toList());
    }

    /** Lanes on executors the caller provides (and shuts down): tests. */
    public static TaskRunner of(Function<Lane, ? extends Executor> executors) {
        Map<Lane, Executor> lanes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, Objects.requireNonNull(executors.apply(lane), lane.name()));
        }
        return new TaskRunner(lanes, List.of());
    }

    /** The lane's executor (for a {@code javafx.concurrent.Task} or a plain runnable). */
    public Executor lane(Lane lane) {
        return lanes.get(lane);
    }

    /** Runs {@code work} on the lane's worker. */
    public void run(Lane lane, Runnable work) {
        lanes.get(lane).execute(work);
    }

    /** Stops the workers this runner started (interrupting work in flight); lanes given to {@link #of} stay. */
    @Override
    public void close() {
        owned.forEach(ExecutorService::shutdownNow);
    }
}
