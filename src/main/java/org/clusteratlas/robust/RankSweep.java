package org.clusteratlas.robust;

import org.clusteratlas.cluster.Cancellation;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterMatch;
import org.clusteratlas.rank.ClusterMatcher;
import org.clusteratlas.rank.Overlap;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Runs a robustness sweep: clusters and ranks every setting of a {@link SweepGrid} and matches its clusters
 * to the base setting's through shared core locations ({@link ClusterMatcher}). Eps is the outer loop so
 * that the engine builds each eps's neighbour grid once and reuses it for every minimum weight; the
 * filter is weighed once (all settings share it).
 *
 * <p>Give the sweep an engine of its own when the window keeps clustering meanwhile: one engine runs one
 * clustering at a time, and alternating eps values would evict each other's grids.
 */
public final class RankSweep {
    private final ClusterEngine engine;
    private final Ranker ranker;

    public RankSweep(ClusterEngine engine, Ranker ranker) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
    }

    /** Ranks the base setting, then sweeps. */
    public SweepResult run(SweepGrid grid, Cancellation cancel, SweepListener listener) {
        return run(grid, rankBase(grid, cancel), cancel, listener);
    }

    /** The ranking of the grid's base setting (what the bands are about), for views that show it first. */
    public Ranking rankBase(SweepGrid grid, Cancellation cancel) {
        return ranker.rank(engine.cluster(grid.base(), cancel));
    }

    /**
     * Sweeps against a base ranking already computed for {@code grid.base()} (the one on screen).
     *
     * @throws CancellationException when {@code cancel} turns true; the listener has seen the settings done
     */
    public SweepResult run(SweepGrid grid, Ranking base, Cancellation cancel, SweepListener listener) {
        Objects.requireNonNull(cancel, "cancel");
        SweepListener l = listener == null ? SweepListener.NONE : listener;
        List<CellResult> cells = new ArrayList<>(grid.size());
        for (int e = 0; e < grid.epsSteps(); e++) {
            for (int w = 0; w < grid.weightSteps(); w++) {
                cancel.check();
                ClusterParameters p = grid.at(e, w);
                // the base setting's cell is the base ranking itself (clustering is deterministic)
                Ranking r = p.equals(grid.base()) ? base : ranker.rank(engine.cluster(p, cancel));
                CellResult cell = describe(e, w, p, r, base);
                cells.add(cell);
                l.cellDone(cell, cells.size(), grid.size());
            }
        }
        return new SweepResult(grid, base, cells);
    }

    /**
     * What a setting's ranking says about the base clusters. Each cluster of the setting continues its best
     * match among the base clusters ({@link ClusterMatch#bestReference}); a base cluster takes the rank of
     * the strongest cluster continuing it (most shared core locations, then shared weight, then lower id).
     * A base cluster whose core locations only lie in clusters continuing others is absorbed.
     */
    static CellResult describe(int e, int w, ClusterParameters p, Ranking cell, Ranking base) {
        ClusterMatch m = ClusterMatcher.match(cell.clustering(), base.clustering());
        int k = base.size();
        int[] rank = new int[k];
        int[] parts = new int[k];
        int[][] mergedWith = new int[k][];
        int[] scratch = new int[8];
        for (int b = 0; b < k; b++) {
            int c = m.continuation(b);
            if (c >= 0) {
                rank[b] = cell.row(c).rank();
            }
            List<Overlap> of = m.ofReference(b);
            parts[b] = of.size();
            int n = 0;
            for (Overlap o : of) {
                for (Overlap x : m.ofCurrent(o.current())) {
                    if (x.reference() != b) {
                        if (n == scratch.length) {
                            scratch = Arrays.copyOf(scratch, n * 2);
                        }
                        scratch[n++] = x.reference();
                    }
                }
            }
            mergedWith[b] = n == 0 ? new int[0] : Arrays.stream(scratch, 0, n).distinct().sorted().toArray();
        }
        return new CellResult(e, w, p, cell.size(), rank, parts, mergedWith);
    }
}
