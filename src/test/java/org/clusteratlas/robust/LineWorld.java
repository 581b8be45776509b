package org.clusteratlas.robust;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;

import java.util.List;

/**
 * Seven patent locations on the equator (0.01 degree = 1.112 km), no gazetteer (clusters are named by
 * their centroid, so equal scores rank west to east):
 * <pre>
 *   A1 lon 0.00 w10 | A2 0.02 w20 | A3 0.04 w10 | B1 0.12 w12 | B2 0.14 w10 | C1 10.00 w5 | C2 10.02 w5
 * </pre>
 * Neighbours 0.02 apart are 2.22 km apart, A1-A3 4.45 km, A3-B1 8.90 km, A2-B1 and A3-B2 11.12 km.
 */
final class LineWorld {
    static final int A1 = 0;
    static final int A2 = 1;
    static final int A3 = 2;
    static final int B1 = 3;
    static final int B2 = 4;
    static final int C1 = 5;
    static final int C2 = 6;

    private LineWorld() {
    }

    static LocationTable table() {
        LocationTable.Builder b = new LocationTable.Builder();
        double[] lon = {0.00, 0.02, 0.04, 0.12, 0.14, 10.00, 10.02};
        double[] w = {10, 20, 10, 12, 10, 5, 5};
        for (int i = 0; i < lon.length; i++) {
            int loc = b.location(0, lon[i], null, null);
            if (loc != i) {
                throw new IllegalStateException("locations out of order");
            }
            b.add(loc, DocumentKind.PATENT, 2020, -1, w[i]);
        }
        return b.build();
    }

    static RankSweep sweep(LocationTable t) {
        return new RankSweep(new ClusterEngine(t), ranker(t));
    }

    static Ranker ranker(LocationTable t) {
        return new Ranker(PlaceIndex.build(t, new Gazetteer(List.of())));
    }
}
