package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.figure.ClusterShapes;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.cluster.NothingPasses;
import org.clusteratlas.rank.ClusterMatcher;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;

import java.util.List;

/**
 * One recompute, run on the recompute lane only: weigh, cluster, rank, hulls, and the match that carries
 * the selection over. Keeps the per-snapshot preparation ({@link PreparedSnapshot}: unit vectors, engines,
 * place index, Web Mercator projection of every location) between runs.
 */
final class RecomputeWork {
    /** Touched by the recompute lane only. */
    private PreparedSnapshot prepared;

    ExplorerResult compute(ExplorerModel.Request r, Cancellation cancel) {
        PreparedSnapshot p = prepared;
        long prepareNanos = 0;
        if (p == null || p.snapshot() != r.snapshot()) {
            prepared = null;
            long t = System.nanoTime();
            p = PreparedSnapshot.of(r.snapshot());
            prepareNanos = System.nanoTime() - t;
            prepared = p;
        }
        long t0 = System.nanoTime();
        cancel.check();
        // the live view follows a slider: its engine builds the grid the radius is heading for ahead
        Clustering clustering = p.engine().buildAhead().cluster(r.parameters(), cancel);
        long t1 = System.nanoTime();
        cancel.check();
        Ranking reference = r.reference() != null && r.reference().placeIndex() == p.placeIndex() ? r.reference() : null;
        Ranking ranking = p.ranker().rank(clustering, reference);
        long t2 = System.nanoTime();
        cancel.check();
        List<ClusterRow> shown = ranking.top(r.topN());
        ClusterShapes shapes = ClusterShapes.of(ranking, shown, p.mercatorX(), p.mercatorY());
        double inside = 0;
        for (int c = 0; c < clustering.clusterCount(); c++) {
            inside += clustering.patents(c) + clustering.publications(c);
        }
        double total = ranking.totalPatents() + ranking.totalPublications();
        String nothing = clustering.clusterCount() > 0 ? null
                : NothingPasses.explain(p.engine(), r.parameters(), r.snapshot().table().weigh(r.parameters().filter()));
        int carriedTo = carry(r, clustering);
        return new ExplorerResult(r.generation(), r.snapshot(), r.parameters(), r.topN(), ranking, shown, shapes, p,
                total > 0 ? inside / total : 0, System.nanoTime() - t0, prepareNanos, r.requestedAt(),
                new long[] {t1 - t0, t2 - t1, System.nanoTime() - t2, System.nanoTime()}, nothing,
                r.selectedCluster(), r.previous() == null ? -1 : r.previous().generation(), carriedTo);
    }

    /** The new cluster continuing the selected one (most shared core locations), or -1. */
    private static int carry(ExplorerModel.Request r, Clustering now) {
        ExplorerResult previous = r.previous();
        if (r.selectedCluster() < 0 || previous == null || previous.snapshot() != r.snapshot()) {
            return -1;
        }
        Clustering before = previous.ranking().clustering();
        if (r.selectedCluster() >= before.clusterCount()) {
            return -1;
        }
        return ClusterMatcher.match(now, before).bestCurrent(r.selectedCluster());
    }
}
