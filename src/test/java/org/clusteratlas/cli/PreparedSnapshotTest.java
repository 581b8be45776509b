package org.clusteratlas.cli;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class PreparedSnapshotTest {
    @Test
    void oneProjectionAndOneSweepEngineRankAsSeparatelyBuiltOnes(@TempDir Path dir) throws Exception {
        Snapshot s = SnapshotReader.open(SmallWorld.write(dir.resolve("w.sqlite")));
        PreparedSnapshot p = PreparedSnapshot.of(s);
        ClusterParameters params = new ClusterParameters(10, 3, 3, null);
        Ranker separate = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()));
        assertEquals(separate.rank(new ClusterEngine(s.table()).cluster(params)).rows(),
                p.ranker().rank(p.engine().cluster(params)).rows());
        assertEquals(p.ranker().rank(p.engine().cluster(params)).rows(),
                p.ranker().rank(p.sweepEngine().cluster(params)).rows());
        assertSame(p.sweepEngine(), p.sweepEngine(), "made once, reused by every sweep");
        assertNotSame(p.engine(), p.sweepEngine(), "a sweep never waits for the live view's engine");
        for (int i = 0; i < s.table().size(); i++) {
            assertEquals(WebMercator.x(s.table().lon(i)), p.mercatorX()[i]);
            assertEquals(WebMercator.y(s.table().lat(i)), p.mercatorY()[i]);
        }
    }
}
