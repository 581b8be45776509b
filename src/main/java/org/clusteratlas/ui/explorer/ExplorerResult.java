package org.clusteratlas.ui.explorer;

import org.clusteratlas.figure.ClusterShapes;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.Snapshot;

import java.util.List;

/**
 * One finished recompute, published as a whole on the FX thread so that the table, the map and the status
 * bar always show the same parameters.
 *
 * @param generation      the request it answers (only the newest is ever published)
 * @param shown           the top N rows the table and the map show
 * @param shapes          hulls of the shown clusters
 * @param prepared        the snapshot prepared once (unit vectors, projection, engines), shared by the
 *                        map's layers and the robustness sweep
 * @param shareInClusters fraction (0..1) of the filtered activity (patents + publications) inside clusters
 * @param computeNanos    time spent off the FX thread: weigh, cluster, rank, shapes
 * @param prepareNanos    one-off preparation of a newly opened snapshot before it (engine, place index), else 0
 * @param requestedAt     {@link System#nanoTime()} when the parameters changed
 * @param phases          ns spent clustering (weigh + engine), ranking, and on hulls and sums; then the
 *                        {@link System#nanoTime()} at which the background work ended
 * @param nothingPasses   why no cluster passes (the largest neighbourhood weight and a minimum that lets it
 *                        pass), or null when there are clusters
 * @param carriedFrom     the previous result's selected cluster when this was requested, or -1
 * @param carriedFromGeneration the generation of that previous result (the one carriedFrom numbers), or -1
 * @param carriedTo       the cluster of this result that continues it (most shared core locations), or -1
 */
public record ExplorerResult(long generation, Snapshot snapshot, ClusterParameters parameters, int topN,
                             Ranking ranking, List<ClusterRow> shown, ClusterShapes shapes, PreparedSnapshot prepared,
                             double shareInClusters, long computeNanos, long prepareNanos,
                             long requestedAt, long[] phases, String nothingPasses, int carriedFrom,
                             long carriedFromGeneration, int carriedTo) {
    /** Web Mercator x of every location of the snapshot (shared, read-only). */
    public double[] mercatorX() {
        return prepared.mercatorX();
    }

    /** Web Mercator y of every location of the snapshot (shared, read-only). */
    public double[] mercatorY() {
        return prepared.mercatorY();
    }
}
