package org.clusteratlas.robust;

import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.Ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sweep's results so far (complete or not): the base ranking, the grid, the settings done, and per base
 * cluster its {@link RankBand}. Partial results are valid results over the settings done, so a view can
 * rebuild this from the cells it has received and redraw as they arrive. Immutable.
 */
public final class SweepResult {
    private final SweepGrid grid;
    private final Ranking base;
    private final CellResult[][] cells;
    private final int done;
    private final List<RankBand> bands;
    private final RankBand[] bandOf;

    /** @param cells settings done, in any order (one per grid cell at most) */
    public SweepResult(SweepGrid grid, Ranking base, Collection<CellResult> cells) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.base = Objects.requireNonNull(base, "base");
        this.cells = new CellResult[grid.epsSteps()][grid.weightSteps()];
        int n = 0;
        for (CellResult c : cells) {
            if (c.baseClusterCount() != base.size()) {
                throw new IllegalArgumentException("cell describes " + c.baseClusterCount() + " base clusters, base has "
                        + base.size());
            }
            if (this.cells[c.epsIndex()][c.weightIndex()] == null) {
                n++;
            }
            this.cells[c.epsIndex()][c.weightIndex()] = c;
        }
        this.done = n;
        this.bandOf = new RankBand[base.size()];
        List<CellResult> ordered = new ArrayList<>(n);
        for (CellResult[] row : this.cells) {
            for (CellResult c : row) {
                if (c != null) {
                    ordered.add(c);
                }
            }
        }
        List<RankBand> list = new ArrayList<>(base.size());
        for (ClusterRow r : base.rows()) {
            RankBand b = band(r.clusterId(), r.rank(), ordered);
            bandOf[r.clusterId()] = b;
            list.add(b);
        }
        this.bands = Collections.unmodifiableList(list);
    }

    static RankBand band(int b, int currentRank, List<CellResult> cells) {
        int[] ranks = new int[cells.size()];
        int k = 0;
        int absorbed = 0;
        List<SweepEvent> merges = new ArrayList<>();
        List<SweepEvent> splits = new ArrayList<>();
        for (CellResult c : cells) {
            int r = c.rankOf(b);
            if (r > 0) {
                ranks[k++] = r;
            } else if (c.presence(b) == CellResult.Presence.ABSORBED) {
                absorbed++;
            }
            if (c.merges(b)) {
                merges.add(new SweepEvent(c.epsIndex(), c.weightIndex(), c.parameters(), c.mergedWith(b), c.parts(b)));
            }
            if (c.splits(b)) {
                splits.add(new SweepEvent(c.epsIndex(), c.weightIndex(), c.parameters(), c.mergedWith(b), c.parts(b)));
            }
        }
        Arrays.sort(ranks, 0, k);
        double median = k == 0 ? Double.NaN : k % 2 == 1 ? ranks[k / 2] : (ranks[k / 2 - 1] + ranks[k / 2]) / 2.0;
        return new RankBand(b, currentRank, k == 0 ? 0 : ranks[0], median, k == 0 ? 0 : ranks[k - 1], k, absorbed,
                cells.size(), merges, splits);
    }

    public SweepGrid grid() {
        return grid;
    }

    /** The ranking at the base setting: the rows the bands belong to. */
    public Ranking base() {
        return base;
    }

    /** Settings done. */
    public int done() {
        return done;
    }

    public boolean complete() {
        return done == grid.size();
    }

    /** The result of one setting, or null when it is not done (yet). */
    public CellResult cell(int e, int w) {
        return cells[e][w];
    }

    /** One band per base cluster, in base rank order. */
    public List<RankBand> bands() {
        return bands;
    }

    /** The band of a base cluster id. */
    public RankBand band(int baseCluster) {
        return bandOf[baseCluster];
    }
}
