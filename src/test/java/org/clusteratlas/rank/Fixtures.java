package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.ArrayList;
import java.util.List;

/** Hand-built tables, gazetteers and clusterings for ranking tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A clustering where every member is core of both kinds (enough for ranking, which reads membership). */
    static Clustering clustering(LocationTable table, int... clusterOf) {
        return clustering(table.weigh(WeightFilter.all()), clusterOf);
    }

    static Clustering clustering(LocationWeights w, int... clusterOf) {
        byte[] core = new byte[clusterOf.length];
        int k = 0;
        for (int i = 0; i < clusterOf.length; i++) {
            if (clusterOf[i] >= 0) {
                core[i] = Clustering.PATENT_CORE | Clustering.PUBLICATION_CORE;
                k = Math.max(k, clusterOf[i] + 1);
            }
        }
        return new Clustering(w, clusterOf, core, k);
    }

    /** Like {@link #clustering} with explicit core bits per location (0 = border). */
    static Clustering clustering(LocationTable table, int[] clusterOf, int[] core) {
        byte[] c = new byte[core.length];
        int k = 0;
        for (int i = 0; i < core.length; i++) {
            c[i] = (byte) core[i];
            k = Math.max(k, clusterOf[i] + 1);
        }
        return new Clustering(table.weigh(WeightFilter.all()), clusterOf, c, k);
    }

    /** A gazetteer of named points: name, country, admin1, lat, lon, population, repeated. */
    static Gazetteer gazetteer(Object... spec) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 6) {
            places.add(new Place(i / 6, (String) spec[i], (String) spec[i], ((Number) spec[i + 3]).doubleValue(),
                    ((Number) spec[i + 4]).doubleValue(), "PPL", (String) spec[i + 1], (String) spec[i + 2], null,
                    ((Number) spec[i + 5]).longValue()));
        }
        return new Gazetteer(places);
    }
}
