package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.figure.ClusterShapes;
import org.clusteratlas.geo.MapViewTransform;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster layer's picking rules, without a canvas: circles before hulls, the nearest centre relative to size. */
class ClusterHitTestTest {
    @TempDir
    static Path dir;
    static ClusterShapes shapes;

    @BeforeAll
    static void shapes() throws Exception {
        PreparedSnapshot p = PreparedSnapshot.of(SnapshotReader.open(ExplorerSnapshots.write(dir, "hits.sqlite")));
        Ranking ranking = p.ranker().rank(p.engine().cluster(ClusterParameters.defaults().withEpsKm(30)));
        shapes = ClusterShapes.of(ranking, ranking.top(10), p.mercatorX(), p.mercatorY());
    }

    /** A hit test whose last draw put {@code circles} (x, y, radius each) on a map 1000 px per world width. */
    private static ClusterHitTest drawn(double... circles) {
        int n = shapes.size();
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] r = new double[n];
        Arrays.fill(cx, -10_000); // slots without a circle of their own: far off the map
        Arrays.fill(cy, -10_000);
        for (int s = 0; s < circles.length / 3; s++) {
            cx[s] = circles[3 * s];
            cy[s] = circles[3 * s + 1];
            r[s] = circles[3 * s + 2];
        }
        ClusterHitTest hits = new ClusterHitTest();
        hits.drawn(new MapViewTransform(0, 0, 1000), cx, cy, r);
        return hits;
    }

    @Test
    void amongOverlappingCirclesTheNearestCentreRelativeToItsRadiusWins() {
        assertTrue(shapes.size() >= 3, "the test snapshot has clusters to pick");
        ClusterHitTest hits = drawn(100, 100, 20, 110, 100, 5, 300, 300, 2);
        assertEquals(1, hits.slotAt(shapes, 108, 100), "2 px from the small one's centre (of 6) beats 8 of 20");
        assertEquals(0, hits.slotAt(shapes, 95, 100));
        assertEquals(2, hits.slotAt(shapes, 305, 300), "a tiny circle still takes clicks 6 px around its centre");
        assertEquals(-1, hits.slotAt(shapes, 307, 300));
        assertEquals(-1, hits.slotAt(null, 100, 100), "nothing shown, nothing hit");
        assertEquals(110, hits.centre(1).getX());
        assertNull(hits.centre(shapes.size()), "no circle was drawn for that slot");
    }

    @Test
    void outsideEveryCircleAHullTakesTheClick() {
        int s = 0;
        while (s < shapes.size() && shapes.hullX(s).length < 3) {
            s++;
        }
        assertTrue(s < shapes.size(), "some shown cluster has a hull");
        double x = Arrays.stream(shapes.hullX(s)).average().orElseThrow();
        double y = Arrays.stream(shapes.hullY(s)).average().orElseThrow();
        ClusterHitTest hits = drawn();
        int hit = hits.slotAt(shapes, x * 1000, y * 1000);
        assertTrue(hit >= 0 && shapes.hullContains(hit, x, y), "the hull around the point, slot " + hit);
        // another slot's circle over the point comes first
        int other = hit == 0 ? 1 : 0;
        ClusterHitTest covered = other == 0 ? drawn(x * 1000, y * 1000, 10)
                : drawn(-10_000, -10_000, 1, x * 1000, y * 1000, 10);
        assertEquals(other, covered.slotAt(shapes, x * 1000, y * 1000), "a circle there comes first");
    }

    @Test
    void theHoverChangesOnlyWhenItMovesToAnotherSlot() {
        ClusterHitTest hits = drawn();
        assertEquals(-1, hits.hoverSlot());
        assertTrue(hits.hover(2));
        assertFalse(hits.hover(2), "the same slot again: nothing to draw anew");
        assertEquals(2, hits.hoverSlot());
        assertTrue(hits.hover(-1));
    }
}
