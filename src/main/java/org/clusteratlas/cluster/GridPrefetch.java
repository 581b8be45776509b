package org.clusteratlas.cluster;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The grid (with the weights laid out on it) of the bucket a radius drag is heading for, built on a
 * background thread while the pass of the current radius runs and while the user moves the mouse, so that the
 * move into the next bucket finds it ready instead of paying a build of some hundred milliseconds at 60M
 * addresses (docs/adr/0173-wider-grid-buckets-built-ahead.md). The bucket is guessed from where the radius
 * sits in its own bucket: in the upper half (log scale) the next one up, else the next one down. One build
 * at a time for all engines, on one daemon thread of its own pool, so that a prefetch never takes more than
 * one core from the passes. Only the explorer's engine and the probes build ahead: the CLI and sweeps visit
 * each bucket once and would build for nothing.
 */
final class GridPrefetch {
    /**
     * One thread, in a pool of its own: the build's chunks ({@link BalancedChunks}) then run on it alone, and never
     * take the common pool's threads from the pass of the radius the user is at (on two cores, a build that
     * claimed the pool's one worker held the pass to one thread until the build was done).
     */
    private static final ForkJoinPool THREAD = new ForkJoinPool(1, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("cluster-atlas-grid-ahead");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    }, null, false);

    private final SpatialOrder locations;
    private int bucket = Integer.MIN_VALUE;
    private Object weightsKey;
    private CompletableFuture<WeightedGrid> pending;

    GridPrefetch(SpatialOrder locations) {
        this.locations = locations;
    }

    /** The bucket to build ahead of a run at eps km: the neighbouring one on the side eps is nearer to. */
    static int bucketAhead(double epsKm) {
        int b = CellGrid.bucketOf(epsKm);
        double within = Math.log(epsKm / Math.pow(CellGrid.RATIO, b)) / Math.log(CellGrid.RATIO);
        return within >= 0.5 ? b + 1 : b - 1;
    }

    /**
     * Starts building bucket b with these weights (fixed point, in the spatial order) unless that is what is
     * already built or under way; a build for another bucket is dropped (it runs to its end, unused).
     */
    synchronized void start(int b, Object key, long[] patents, long[] publications) {
        if (b == bucket && key == weightsKey && pending != null) {
            return;
        }
        bucket = b;
        weightsKey = key;
        pending = CompletableFuture.supplyAsync(() -> {
            CellGrid g = CellGrid.build(locations, b, Cancellation.NONE);
            return new WeightedGrid(g, key, patents, publications);
        }, THREAD);
    }

    /**
     * The grid built ahead for bucket b, waiting for it if it is still under way; null if none was started
     * for b. Its weights may be an earlier filter's (the grid itself does not depend on them): the caller
     * lays the current ones out again then. A cancellation while waiting throws and leaves the build running
     * for the next call.
     */
    WeightedGrid take(int b, Cancellation cancel) {
        CompletableFuture<WeightedGrid> f;
        synchronized (this) {
            if (b != bucket || pending == null) {
                return null;
            }
            f = pending;
        }
        while (true) {
            cancel.check();
            try {
                return f.get(5, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still building: look at the cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a grid");
            } catch (ExecutionException e) {
                synchronized (this) {
                    pending = null;
                }
                return null; // built again in the run, which reports the failure if it recurs
            }
        }
    }

    /** Waits until the build under way, if any, is done (tests). */
    void await() {
        CompletableFuture<WeightedGrid> f;
        synchronized (this) {
            f = pending;
        }
        if (f != null) {
            f.join();
        }
    }
}
