package org.clusteratlas.robust;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.clusteratlas.robust.CellResult.Presence.ABSENT;
import static org.clusteratlas.robust.CellResult.Presence.ABSORBED;
import static org.clusteratlas.robust.CellResult.Presence.CONTINUED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 3 x 2 sweep of {@link LineWorld} computed by hand. Base: eps 6 km, minimum 10 patents: clusters
 * A (40), B (22), C (10), ranked 1, 2, 3. Grid: eps 2, 6, 10 x minimum patents 10, 25 (publications 10).
 * <ul>
 *   <li>eps 2, min 10: every location alone; cores A1 A2 A3 B1 B2 (weight 10 or more). A splits in three and
 *       is continued by {A2} (rank 1: 20); B splits in two, continued by {B1} (rank 2: 12); C absent.</li>
 *   <li>eps 2, min 25: no core anywhere: all absent.</li>
 *   <li>eps 6, min 10: the base: A 1, B 2, C 3.</li>
 *   <li>eps 6, min 25: only A (40) has cores: A 1; B and C absent.</li>
 *   <li>eps 10, min 10: A3-B1 (8.9 km) joins A and B (62): rank 1, continues A (3 shared cores against 2),
 *       B absorbed, both merge; C (10) rank 2.</li>
 *   <li>eps 10, min 25: cores A1 A2 A3 B1 (B2 has 22, a border member): A rank 1 merged with B, B absorbed;
 *       C absent.</li>
 * </ul>
 * Bands: A 1/1/1, presence 5/6; B 2/2/2, presence 2/6; C best 2, median 2.5, worst 3, presence 2/6.
 */
class RankSweepTest {
    private LocationTable table;
    private SweepGrid grid;
    private SweepResult result;
    private int a;
    private int b;
    private int c;

    @BeforeEach
    void sweep() {
        table = LineWorld.table();
        ClusterParameters base = new ClusterParameters(6, 10, 10, null);
        grid = SweepGrid.of(base, SweepRange.parse("2:10:3"), SweepRange.parse("10:25:2"), null, 5, 5);
        result = LineWorld.sweep(table).run(grid, () -> false, null);
        Ranking r = result.base();
        a = r.clustering().clusterOf(LineWorld.A1);
        b = r.clustering().clusterOf(LineWorld.B1);
        c = r.clustering().clusterOf(LineWorld.C1);
    }

    @Test
    void baseRankingIsAThenBThenC() {
        Ranking r = result.base();
        assertEquals(3, r.size());
        assertEquals(List.of(1, 2, 3), List.of(r.row(a).rank(), r.row(b).rank(), r.row(c).rank()));
        assertEquals(List.of(a, b, c), result.bands().stream().map(RankBand::baseCluster).toList());
    }

    @Test
    void gridIsTheExplicitRanges() {
        assertArrayEquals(new double[] {2, 6, 10}, new double[] {grid.eps(0), grid.eps(1), grid.eps(2)});
        assertEquals(10, grid.minPatents(0).value());
        assertEquals(25, grid.minPatents(1).value());
        assertEquals(10, grid.minPublications(1).value(), "publications keep the base value");
        assertArrayEquals(new int[] {1, 0}, grid.baseCell());
        assertTrue(result.complete());
        assertEquals(6, result.done());
    }

    @Test
    void splitsAtSmallEpsAreContinuedByTheStrongestPart() {
        CellResult cell = result.cell(0, 0);
        assertEquals(5, cell.clusterCount());
        assertEquals(1, cell.rankOf(a));
        assertEquals(3, cell.parts(a));
        assertTrue(cell.splits(a));
        assertEquals(2, cell.rankOf(b));
        assertEquals(2, cell.parts(b));
        assertEquals(ABSENT, cell.presence(c));
        assertEquals(List.of(), cell.mergedWith(a));
    }

    @Test
    void mergesAtLargeEpsAbsorbTheWeakerCluster() {
        CellResult cell = result.cell(2, 0);
        assertEquals(2, cell.clusterCount());
        assertEquals(CONTINUED, cell.presence(a));
        assertEquals(1, cell.rankOf(a));
        assertEquals(ABSORBED, cell.presence(b));
        assertEquals(0, cell.rankOf(b));
        assertEquals(List.of(b), cell.mergedWith(a));
        assertEquals(List.of(a), cell.mergedWith(b));
        assertEquals(2, cell.rankOf(c));
        CellResult strict = result.cell(2, 1);
        assertEquals(ABSORBED, strict.presence(b), "B1 is still a core inside A's cluster");
        assertEquals(1, strict.rankOf(a));
        assertEquals(ABSENT, strict.presence(c));
    }

    @Test
    void bandsAreTheHandComputedOnes() {
        RankBand ba = result.band(a);
        assertEquals(List.of(1, 1, 1, 1), List.of(ba.currentRank(), ba.best(), ba.worst(), (int) ba.median()));
        assertEquals(5.0 / 6, ba.presence(), 1e-12);
        assertEquals(List.of("2,0", "2,1"), cells(ba.merges()));
        assertEquals(List.of("0,0"), cells(ba.splits()));
        assertEquals(3, ba.splits().get(0).parts());

        RankBand bb = result.band(b);
        assertEquals(List.of(2, 2, 2), List.of(bb.currentRank(), bb.best(), bb.worst()));
        assertEquals(2.0, bb.median());
        assertEquals(2, bb.continued());
        assertEquals(2, bb.absorbed());
        assertEquals(2.0 / 6, bb.presence(), 1e-12);
        assertEquals(List.of("2,0", "2,1"), cells(bb.merges()));
        assertEquals(List.of(a), bb.merges().get(0).with());
        assertEquals(List.of("0,0"), cells(bb.splits()));

        RankBand bc = result.band(c);
        assertEquals(List.of(3, 2, 3), List.of(bc.currentRank(), bc.best(), bc.worst()));
        assertEquals(2.5, bc.median());
        assertEquals(2.0 / 6, bc.presence(), 1e-12);
        assertEquals(List.of(), bc.merges());
        assertEquals(List.of(), bc.splits());
    }

    private static List<String> cells(List<SweepEvent> events) {
        return events.stream().map(e -> e.epsIndex() + "," + e.weightIndex()).toList();
    }

    @Test
    void listenerSeesEveryCellEpsOuterAndPartialResultsAreBandsSoFar() {
        List<CellResult> seen = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        SweepResult r = LineWorld.sweep(table).run(grid, () -> false, (cell, d, total) -> {
            seen.add(cell);
            done.add(d);
            assertEquals(6, total);
        });
        assertEquals(List.of(1, 2, 3, 4, 5, 6), done);
        assertEquals(List.of("0,0", "0,1", "1,0", "1,1", "2,0", "2,1"),
                seen.stream().map(x -> x.epsIndex() + "," + x.weightIndex()).toList());
        assertEquals(result.band(c), r.band(c));
        SweepResult partial = new SweepResult(grid, r.base(), seen.subList(0, 3));
        assertEquals(3, partial.done());
        assertTrue(!partial.complete());
        RankBand pc = partial.band(c);
        assertEquals(List.of(1, 3, 3), List.of(pc.continued(), pc.best(), pc.worst()));
        assertEquals(1.0 / 3, pc.presence(), 1e-12);
        assertEquals(null, partial.cell(2, 0));
    }

    @Test
    void cancellingStopsBetweenCells() {
        AtomicBoolean cancel = new AtomicBoolean();
        List<CellResult> seen = new ArrayList<>();
        assertThrows(CancellationException.class, () -> LineWorld.sweep(table).run(grid, cancel::get, (cell, d, t) -> {
            seen.add(cell);
            if (d == 2) {
                cancel.set(true);
            }
        }));
        assertEquals(2, seen.size());
    }

    @Test
    void aGivenBaseRankingIsUsedAsIs() {
        ClusterEngine engine = new ClusterEngine(table);
        Ranking base = LineWorld.ranker(table).rank(engine.cluster(grid.base()));
        SweepResult r = new RankSweep(engine, LineWorld.ranker(table)).run(grid, base, () -> false, null);
        assertTrue(r.base() == base);
        assertEquals(result.band(a), r.band(a));
    }
}
