package org.clusteratlas.rank;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.WeightFilter;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.clusteratlas.snapshot.DocumentKind.PATENT;
import static org.clusteratlas.snapshot.DocumentKind.PUBLICATION;

/** A small but varied ranking for format tests: US names with commas, a cross-antimeridian cluster, new and matched rows. */
public final class RankingSamples {
    public static final Gazetteer GAZ = Fixtures.gazetteer(
            "San Jose", "US", "CA", 37.34, -121.89, 1_000_000,
            "Oakland", "US", "CA", 37.80, -122.27, 430_000,
            "Suva", "FJ", null, -18.14, 178.44, 90_000,
            "Lyon", "FR", null, 45.76, 4.83, 520_000,
            "Geneva", "CH", null, 46.20, 6.14, 200_000);

    private RankingSamples() {
    }

    public static LocationTable table() {
        LocationTable.Builder b = new LocationTable.Builder();
        // cluster A: San Jose + Oakland, 5 locations
        for (int i = 0; i < 4; i++) {
            b.add(37.34 + 0.01 * i, -121.89 - 0.013 * i, PATENT, 2021, null, 7.25 + i, "US", null);
            b.add(37.34 + 0.01 * i, -121.89 - 0.013 * i, PUBLICATION, 2020, null, 1.0 / 3, "US", null);
        }
        b.add(37.80, -122.27, PUBLICATION, 2021, null, 12.5, "US", null);
        // cluster B: three locations either side of the antimeridian near Fiji
        b.add(-16.50, 179.95, PATENT, 2021, null, 0.5, "FJ", null);
        b.add(-16.55, -179.95, PUBLICATION, 2021, null, 2.0 / 7, "FJ", null);
        b.add(-16.45, -179.90, PUBLICATION, 2020, null, 0.1, "FJ", null);
        // cluster C: a single location at Lyon
        b.add(45.76, 4.83, PATENT, 2021, null, 3, "FR", null);
        // cluster D: two locations (Geneva + across the border), a line
        b.add(46.20, 6.14, PUBLICATION, 2021, null, 4, "CH", null);
        b.add(46.19, 6.25, PATENT, 2021, null, 1.5, "FR", null);
        // noise and unlocated
        b.add(0, 0, PATENT, 2021, null, 1, null, null);
        b.addUnlocated(PUBLICATION, 2021, -1, 0.75);
        return b.build();
    }

    /** Ranking of {@link #table()} with rank changes against a 2020-only clustering. */
    public static Ranking ranking() {
        LocationTable t = table();
        Ranker ranker = new Ranker(PlaceIndex.build(t, GAZ));
        int[] now = {0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 3, -1};
        Clustering ref = Fixtures.clustering(t.weigh(new WeightFilter(2020, 2020, null, null, null)),
                new int[] {0, 0, -1, -1, -1, -1, -1, 1, -1, -1, -1, -1});
        Ranking reference = ranker.rank(ref);
        return ranker.rank(Fixtures.clustering(t, now), reference);
    }

    public static RankingReport report(Ranking r) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("eps-km", "10");
        params.put("min-patents", "2.5");
        params.put("years", "2018-2022");
        return RankingReport.of(new Provenance("Sample \"world\", v1", "world-sample.sqlite",
                        "ab".repeat(32), "0.1.0-test"),
                new RankingRequest(params, "years 2020-2020", 0, "cluster-atlas rank --snapshot world-sample.sqlite"),
                r);
    }
}
