package org.clusteratlas.ui.explorer;

import javafx.application.Platform;
import org.clusteratlas.ui.task.Lane;
import org.clusteratlas.ui.task.TaskRunner;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One newest-wins slot drained on the {@link Lane#RECOMPUTE} lane: a newer request replaces one that has
 * not started, and cancels the run in flight while the {@link RecomputePacer} allows it. At most one drain
 * runs at a time, so there is never a queue of runs. Results and failures are handed to the FX thread.
 */
final class RecomputeSlot {
    private final TaskRunner tasks;
    private final RecomputePacer pacer;
    private final RecomputeWork work = new RecomputeWork();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<ExplorerModel.Request> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Consumer<ExplorerResult> onResult;
    private final BiConsumer<Long, String> onFailure;

    RecomputeSlot(TaskRunner tasks, RecomputePacer pacer, Consumer<ExplorerResult> onResult,
                  BiConsumer<Long, String> onFailure) {
        this.tasks = tasks;
        this.pacer = pacer;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** The generation a new request gets (FX thread); every older one is superseded from now on. */
    long next() {
        return generation.incrementAndGet();
    }

    boolean isNewest(long gen) {
        return generation.get() == gen;
    }

    /** Puts a request in the slot (replacing one not started) and makes sure a drain runs. */
    void submit(ExplorerModel.Request r) {
        pending.set(r);
        pacer.requested();
        if (draining.compareAndSet(false, true)) {
            tasks.run(Lane.RECOMPUTE, this::drain);
        }
    }

    /** Drops whatever is waiting or running: nothing of it will be newest. */
    void drop() {
        generation.incrementAndGet();
        pending.set(null);
        pacer.idle();
    }

    private void drain() {
        try {
            ExplorerModel.Request r;
            while ((r = pending.getAndSet(null)) != null) {
                ExplorerModel.Request req = r;
                try {
                    ExplorerResult res = work.compute(req, () -> !isNewest(req.generation()) && pacer.mayCancel());
                    pacer.computed(res.computeNanos());
                    Platform.runLater(() -> onResult.accept(res));
                } catch (CancellationException e) {
                    // a newer request is waiting in the slot
                } catch (RuntimeException | OutOfMemoryError e) {
                    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    Platform.runLater(() -> onFailure.accept(req.generation(), m));
                }
            }
        } finally {
            draining.set(false);
            if (pending.get() != null && draining.compareAndSet(false, true)) {
                tasks.run(Lane.RECOMPUTE, this::drain);
            }
        }
    }

    RecomputeWork work() {
        return work;
    }
}
