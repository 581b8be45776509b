package org.clusteratlas.cluster;

import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a recompute's time goes (issue 17): opens a snapshot and replays the open benchmark's two drags,
 * timing each phase the engine runs (grid build, weights laid out on the grid, core test, connect, assign,
 * ranking) as the engine would run them, plus the sizes the engine sees. A profiling aid, not a benchmark
 * written to docs.
 *
 * <p>Run: {@code java -Xmx3g -cp ... org.clusteratlas.cluster.RecomputeProfile FILE [rounds]}.
 */
public final class RecomputeProfile {
    private RecomputeProfile() {
    }

    public static void main(String[] args) throws Exception {
        Snapshot s = SnapshotReader.open(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.printf(Locale.ROOT, "locations %,d entries %,d addresses %,d%n", s.table().size(),
                s.table().entryCount(), s.counts().addresses());
        double scale = s.counts().addresses() / 600_000.0;
        double minPat = ParameterSpecs.MIN_PATENTS.counts().defaultValue() * scale;
        double minPub = ParameterSpecs.MIN_PUBLICATIONS.counts().defaultValue() * scale;
        ClusterEngine engine = new ClusterEngine(s.table());
        long t0 = System.nanoTime();
        double[][] u = ChordMetric.unitVectors(s.table());
        SpatialOrder spatial = new SpatialOrder(u[0], u[1], u[2]);
        Ranker ranker = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()));
        System.out.printf(Locale.ROOT, "place index %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        ClusterParameters base = ClusterParameters.defaults().withMinPatentWeight(minPat)
                .withMinPublicationWeight(minPub);
        LocationWeights w = engine.weights(base.filter());
        long[] pq = spatial.inOrder(FixedPointWeight.of(w.patents()));
        long[] uq = spatial.inOrder(FixedPointWeight.of(w.publications()));
        for (int round = 0; round < rounds; round++) {
            for (int drag = 0; drag < 2; drag++) {
                for (int i = 0; i < 20; i++) {
                    double f = i / 19.0;
                    ClusterParameters p = (drag == 0 ? base.withEpsKm(5 + 15 * f) : base)
                            .withMinPatentWeight(minPat * (0.5 + f)).withMinPublicationWeight(minPub * (0.5 + f));
                    long a = cpu();
                    CellGrid g = CellGrid.build(spatial, CellGrid.bucketOf(p.epsKm()), Cancellation.NONE);
                    long b = cpu();
                    WeightedGrid wg = new WeightedGrid(g, w, pq, uq);
                    long c = cpu();
                    double[] min = p.minimumCounts(w);
                    ClusterPass pass = new ClusterPass(wg, p.epsKm(), FixedPointWeight.threshold(min[0]),
                            FixedPointWeight.threshold(min[1]), new Neighbourhoods(s.table().size()), Cancellation.NONE);
                    Clustering cl = pass.run(w);
                    long d = cpu();
                    ranker.rank(cl);
                    long e = cpu();
                    engine.cluster(p);
                    long f2 = cpu();
                    System.out.printf(Locale.ROOT, "%s eps %.1f clusters %d | CPU ms, all threads: grid %.1f"
                                    + " weighted %.1f fresh pass %.1f (wall %s) rank %.1f | engine.cluster (its caches) %.1f%n",
                            drag == 0 ? "A" : "B", p.epsKm(), cl.clusterCount(), (b - a) / 1e6, (c - b) / 1e6,
                            (d - c) / 1e6, pass.timings(), (e - d) / 1e6, (f2 - e) / 1e6);
                }
            }
        }
    }

    /** CPU time of all live threads (the pass runs on the common pool too). */
    static long cpu() {
        var t = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : t.getAllThreadIds()) {
            long v = t.getThreadCpuTime(id);
            if (v > 0) {
                sum += v;
            }
        }
        return sum;
    }
}
