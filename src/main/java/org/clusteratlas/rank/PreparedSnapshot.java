package org.clusteratlas.rank;

import org.clusteratlas.cluster.ChordMetric;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.Snapshot;

/**
 * An opened snapshot made ready for ranking, once: the unit vectors of its locations (computed once and
 * shared by the clustering engine and the place index), their Web Mercator coordinates (for the map's layers
 * and cluster shapes), the engine and the ranker of the live view, and an engine of its own for robustness
 * sweeps, built on the first sweep and kept, so that a sweep neither waits for the live view nor rebuilds
 * anything per click.
 */
public final class PreparedSnapshot {
    private final Snapshot snapshot;
    private final double[][] unitVectors;
    private final double[] mercatorX;
    private final double[] mercatorY;
    private final ClusterEngine engine;
    private final Ranker ranker;
    private ClusterEngine sweepEngine;
    /** The latest preparation, so that preparing ahead (the window's load lane) spares the first recompute it. */
    private static volatile PreparedSnapshot latest;

    private PreparedSnapshot(Snapshot snapshot) {
        this.snapshot = snapshot;
        LocationTable t = snapshot.table();
        unitVectors = ChordMetric.unitVectors(t);
        mercatorX = new double[t.size()];
        mercatorY = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
            mercatorX[i] = WebMercator.x(t.lon(i));
            mercatorY[i] = WebMercator.y(t.lat(i));
        }
        engine = new ClusterEngine(t, unitVectors);
        ranker = new Ranker(PlaceIndex.build(t, snapshot.gazetteer(), unitVectors));
    }

    /**
     * Prepares {@code snapshot} (seconds for millions of locations: call it off the UI thread), or returns the
     * latest preparation when it was of this very snapshot: the window prepares the snapshot it opens on its
     * load lane, while the window is still being built, and the first recompute then finds it ready.
     */
    public static PreparedSnapshot of(Snapshot snapshot) {
        PreparedSnapshot p = latest;
        if (p == null || p.snapshot != snapshot) {
            p = new PreparedSnapshot(snapshot);
            latest = p;
        }
        return p;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The live view's engine. */
    public ClusterEngine engine() {
        return engine;
    }

    public Ranker ranker() {
        return ranker;
    }

    public PlaceIndex placeIndex() {
        return ranker.placeIndex();
    }

    /** Web Mercator x of every location (shared, read-only). */
    public double[] mercatorX() {
        return mercatorX;
    }

    /** Web Mercator y of every location (shared, read-only). */
    public double[] mercatorY() {
        return mercatorY;
    }

    /** The sweeps' engine: the same unit vectors, its own grid caches; made on the first call, then reused. */
    public synchronized ClusterEngine sweepEngine() {
        if (sweepEngine == null) {
            sweepEngine = new ClusterEngine(snapshot.table(), unitVectors);
        }
        return sweepEngine;
    }
}
