package org.clusteratlas.figure;

import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.geo.WorldCopies;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shapes of the shown clusters, gathered in chunks on all cores, against one pass and plain loops. */
class ClusterShapesTest {
    static PreparedSnapshot prepared;
    static Ranking ranking;
    static List<ClusterRow> shown;

    @BeforeAll
    static void rank() throws Exception {
        prepared = PreparedSnapshot.of(SnapshotReader.open(Path.of("sample-data/world-sample.sqlite")));
        ranking = prepared.ranker().rank(prepared.engine().cluster(ClusterParameters.defaults()));
        shown = ranking.top(100);
    }

    @Test
    void chunksOfTheGatherDoNotChangeAnyShape() {
        ClusterShapes one = ClusterShapes.of(ranking, shown, prepared.mercatorX(), prepared.mercatorY(),
                Integer.MAX_VALUE);
        for (int chunk : new int[] {1, 997, 1 << 15}) {
            ClusterShapes many = ClusterShapes.of(ranking, shown, prepared.mercatorX(), prepared.mercatorY(), chunk);
            assertEquals(one.size(), many.size());
            for (int s = 0; s < one.size(); s++) {
                assertEquals(one.clusterId(s), many.clusterId(s));
                assertEquals(one.anchor(s), many.anchor(s), "anchor of slot " + s + ", chunks of " + chunk);
                assertArrayEquals(one.hullX(s), many.hullX(s));
                assertArrayEquals(one.hullY(s), many.hullY(s));
                assertEquals(one.minX(s), many.minX(s));
                assertEquals(one.maxY(s), many.maxY(s));
            }
        }
    }

    @Test
    void eachShapeHoldsItsMembersAndItsAnchorIsTheFirstHeaviest() {
        ClusterShapes shapes = ClusterShapes.of(ranking, shown, prepared.mercatorX(), prepared.mercatorY());
        Clustering c = ranking.clustering();
        double[] pat = c.weights().patents();
        double[] pub = c.weights().publications();
        assertTrue(shapes.size() > 10, "the sample has more than ten clusters at the defaults");
        for (int s = 0; s < shapes.size(); s++) {
            int id = shapes.clusterId(s);
            int heaviest = -1;
            double best = -1;
            for (int i = 0; i < c.locationCount(); i++) {
                if (c.clusterOf(i) != id) {
                    continue;
                }
                if (pat[i] + pub[i] > best) {
                    best = pat[i] + pub[i];
                    heaviest = i;
                }
                double x = WorldCopies.nearest(prepared.mercatorX()[i], WebMercator.x(shown.get(s).lon()));
                double y = prepared.mercatorY()[i];
                assertTrue(x >= shapes.minX(s) && x <= shapes.maxX(s) && y >= shapes.minY(s) && y <= shapes.maxY(s),
                        "member " + i + " inside the box of cluster " + id);
            }
            assertEquals(heaviest, shapes.anchor(s), "anchor of cluster " + id);
        }
    }
}
