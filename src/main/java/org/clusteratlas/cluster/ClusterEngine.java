package org.clusteratlas.cluster;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.WeightFilter;

/**
 * Finds S&T clusters in a {@link LocationTable}, exactly as docs/method.md defines them, fast enough to
 * follow a slider. Construction does the one-off work (unit vectors of all locations); each
 * {@link #cluster} call reuses what the previous calls built: the last filter's weights, the grids of recent
 * eps ranges (one grid serves eps within a factor 1.73, so moving a minimum weight never rebuilds it, and
 * most small moves of eps do not either), the weights laid out on the current grid, and what the core tests
 * learnt of each location's neighbourhood ({@link Neighbourhoods}), so that a move of a minimum weight alone
 * decides nearly every location without visiting a pair, and a radius move keeps the cores (growing) or the
 * non-cores (shrinking) the previous radius implies.
 *
 * <p>Calls are serialised (one engine, one run at a time). To follow a slider, cancel the running call
 * (its {@link Cancellation} turns true), which then throws {@link CancellationException} within a few
 * milliseconds and publishes nothing, and start the next one.
 */
public final class ClusterEngine {
    private static final int GRIDS_KEPT = 3;

    private final LocationTable table;
    /** The locations in the order every grid build reads them. */
    private final SpatialOrder spatialOrder;
    /**
     * The grids of recent buckets, newest first, each with the last weights laid out on it: a drag back into a
     * bucket it left finds its weights ready (laying them out again costs 10-30 ms at 60M addresses).
     */
    private final Deque<WeightedGrid> grids = new ArrayDeque<>();
    private LocationWeights lastWeights;
    /** The last filter's weights in fixed point, in the spatial order. */
    private long[] lastPatents;
    private long[] lastPublications;
    /** What the core tests learnt of the neighbourhoods under the last filter's weights. */
    private Neighbourhoods near;
    /** Builds the next grid ahead (null: this engine does not; see {@link #buildAhead}). */
    private GridPrefetch ahead;
    private int gridsBuiltInRuns;
    private int weightingsInRuns;

    public ClusterEngine(LocationTable table) {
        this(table, ChordMetric.unitVectors(table));
    }

    /**
     * An engine over unit vectors computed once for the table ({@link ChordMetric#unitVectors}) and shared
     * with others (a second engine for sweeps, the place index): they are only read.
     */
    public ClusterEngine(LocationTable table, double[][] unitVectors) {
        this.table = Objects.requireNonNull(table, "table");
        double[][] u = unitVectors;
        if (u.length != 3 || u[0].length != table.size()) {
            throw new IllegalArgumentException("unit vectors of another table");
        }
        this.spatialOrder = new SpatialOrder(u[0], u[1], u[2]);
    }

    public LocationTable table() {
        return table;
    }

    /** The filtered weights for a filter; the last one is cached, so asking again for it is free. */
    public synchronized LocationWeights weights(WeightFilter filter) {
        if (lastWeights == null || !lastWeights.filter().equals(filter)) {
            LocationWeights w = table.weigh(filter);
            lastPatents = spatialOrder.inOrder(FixedPointWeight.of(w.patents()));
            lastPublications = spatialOrder.inOrder(FixedPointWeight.of(w.publications()));
            lastWeights = w;
            near = new Neighbourhoods(table.size());
        }
        return lastWeights;
    }

    /** Clusters without cancellation. */
    public Clustering cluster(ClusterParameters parameters) {
        return cluster(parameters, Cancellation.NONE);
    }

    /**
     * Clusters the locations for these parameters.
     *
     * @throws CancellationException when {@code cancel} turned true during the run; nothing is returned then
     */
    public Clustering cluster(ClusterParameters parameters, Cancellation cancel) {
        Objects.requireNonNull(parameters, "parameters");
        return cluster(parameters.epsKm(), parameters, cancel);
    }

    /**
     * Clusters with a radius of any double, not only one at the spec's precision: tests probe the exact
     * threshold between "within eps" and "beyond" with it.
     */
    synchronized Clustering cluster(double epsKm, ClusterParameters parameters, Cancellation cancel) {
        Objects.requireNonNull(cancel, "cancel");
        cancel.check();
        LocationWeights w = weights(parameters.filter());
        cancel.check();
        WeightedGrid wg = weighted(epsKm, w, cancel);
        cancel.check();
        if (ahead != null) {
            int b = GridPrefetch.bucketAhead(epsKm);
            if (grids.stream().noneMatch(g -> g.grid.bucket == b)) {
                ahead.start(b, w, lastPatents, lastPublications);
            }
        }
        double[] min = parameters.minimumCounts(w);
        return new ClusterPass(wg, epsKm, FixedPointWeight.threshold(min[0]), FixedPointWeight.threshold(min[1]),
                near, cancel).run(w);
    }

    /**
     * The largest fractional weight of each kind (patents, publications) within the radius of any location
     * under these parameters' filter: what a minimum must not exceed for some location to become a core.
     */
    public synchronized double[] largestNeighbourhoodWeights(ClusterParameters parameters) {
        LocationWeights w = weights(parameters.filter());
        WeightedGrid wg = weighted(parameters.epsKm(), w, Cancellation.NONE);
        ClusterPass pass = new ClusterPass(wg, parameters.epsKm(), Long.MAX_VALUE, Long.MAX_VALUE, near,
                Cancellation.NONE);
        return new double[] {pass.largestNeighbourhood(0) / (double) FixedPointWeight.SCALE,
                pass.largestNeighbourhood(1) / (double) FixedPointWeight.SCALE};
    }

    /**
     * Builds the grid of the bucket a radius drag is heading for in the background after each run
     * ({@link GridPrefetch}): for the live view's engine, whose user moves the radius slider; an engine that
     * visits each radius once (a sweep, the command line) should not. Returns this engine.
     */
    public synchronized ClusterEngine buildAhead() {
        if (ahead == null) {
            ahead = new GridPrefetch(spatialOrder);
            EngineWarmUp.startOnce();
        }
        return this;
    }

    /** How many grids runs of this engine had to build themselves (none of them built ahead): for tests. */
    synchronized int gridsBuiltInRuns() {
        return gridsBuiltInRuns;
    }

    /** How many times runs of this engine laid weights out on a grid (a new grid, or new weights): for tests. */
    synchronized int weightingsInRuns() {
        return weightingsInRuns;
    }

    /** Waits for the grid being built ahead, if any (tests). */
    void awaitAhead() {
        GridPrefetch a;
        synchronized (this) {
            a = ahead;
        }
        if (a != null) {
            a.await();
        }
    }

    /** The grid of eps's bucket with these weights laid out on it: a kept one, built ahead, or new. */
    private WeightedGrid weighted(double epsKm, LocationWeights w, Cancellation cancel) {
        int bucket = CellGrid.bucketOf(epsKm);
        WeightedGrid wg = null;
        for (WeightedGrid g : grids) {
            if (g.grid.bucket == bucket) {
                wg = g;
                break;
            }
        }
        if (wg == null && ahead != null) {
            wg = ahead.take(bucket, cancel);
        }
        if (wg == null) {
            wg = new WeightedGrid(CellGrid.build(spatialOrder, bucket, cancel), w, lastPatents, lastPublications);
            gridsBuiltInRuns++;
            weightingsInRuns++;
        } else if (wg.weightsKey != w) {
            wg = new WeightedGrid(wg.grid, w, lastPatents, lastPublications);
            weightingsInRuns++;
        }
        grids.remove(wg);
        for (var it = grids.iterator(); it.hasNext(); ) {
            if (it.next().grid.bucket == bucket) {
                it.remove(); // the same bucket under earlier weights
            }
        }
        grids.addFirst(wg);
        while (grids.size() > GRIDS_KEPT) {
            grids.removeLast();
        }
        return wg;
    }
}
