package org.clusteratlas.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;

/**
 * A throw-away engine driven through radius and minimum drags on a small synthetic table, once per JVM and in
 * the background, so that the JIT has seen every branch of the core test, of the carry between radii and of
 * the membership pass before the user's first drag.
 *
 * <p>Why: the first run after an open shrinks nothing and grows nothing, so the optimising compiler builds
 * those loops with the branches it never saw taken (a bound carried from another radius settling a location,
 * the growing carry) as traps. The first growing move then deoptimises the core test and the carry, and runs
 * them in slower code while they are compiled again: 40-80 ms of the first drag's second position at 60M
 * addresses, the position that decided its p95 (docs/adr/0174-balanced-passes-and-a-warm-core-test.md). The
 * table is small (about 14,000 towns): the whole warm-up costs about 0.9 s of one core in a cold JVM, most of
 * it the compiling it is there for, once.
 */
final class EngineWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private EngineWarmUp() {
    }

    /** Starts the warm-up on a low-priority daemon thread unless it ran or runs already in this JVM. */
    static void startOnce() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(EngineWarmUp::run, "cluster-atlas-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** Runs the warm-up's drags now, on a new engine over {@link #table}, and returns their clusterings in order. */
    static List<Clustering> run() {
        LocationTable table = table(new SplittableRandom(17));
        ClusterEngine engine = new ClusterEngine(table);
        List<Clustering> out = new ArrayList<>();
        for (ClusterParameters p : drags(engine)) {
            out.add(engine.cluster(p));
        }
        return out;
    }

    /**
     * Twice: the default radius, a radius drag up from 5 to 20 km through three grid buckets and back down,
     * a minimum drag (0.5x to 1.5x) at the default radius, then both together. The minimums are 0.3x the
     * largest neighbourhood weight at the default radius, so every step has cores, members and noise.
     */
    static List<ClusterParameters> drags(ClusterEngine engine) {
        double[] largest = engine.largestNeighbourhoodWeights(ClusterParameters.defaults());
        double minPat = 0.3 * largest[0];
        double minPub = 0.3 * largest[1];
        ClusterParameters base = ClusterParameters.defaults().withMinPatentWeight(minPat)
                .withMinPublicationWeight(minPub);
        List<ClusterParameters> out = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            out.add(base);
            for (int i = 0; i < 12; i++) {
                out.add(base.withEpsKm(5 + 15 * i / 11.0));
            }
            for (int i = 11; i >= 0; i--) {
                out.add(base.withEpsKm(5 + 15 * i / 11.0));
            }
            for (int i = 0; i < 8; i++) {
                double f = 0.5 + i / 7.0;
                out.add(base.withMinPatentWeight(minPat * f).withMinPublicationWeight(minPub * f));
            }
            for (int i = 0; i < 8; i++) {
                double f = 0.5 + i / 7.0;
                out.add(base.withEpsKm(5 + 15 * i / 7.0).withMinPatentWeight(minPat * f)
                        .withMinPublicationWeight(minPub * f));
            }
        }
        return out;
    }

    /**
     * Towns around 40 centres in two regions some 1,000 km apart, a few hundred metres to tens of km from their
     * centre, with patents and publications of a few years: dense cores, sparse edges and noise, as in a real
     * snapshot, at every radius of the drags.
     */
    static LocationTable table(SplittableRandom random) {
        LocationTable.Builder b = new LocationTable.Builder();
        for (int centre = 0; centre < 40; centre++) {
            double lat0 = (centre < 20 ? 48 : 40) + random.nextDouble(-3, 3);
            double lon0 = (centre < 20 ? 8 : 0) + random.nextDouble(-4, 4);
            double spreadKm = random.nextDouble(2, 25);
            int towns = 100 + random.nextInt(500);
            for (int t = 0; t < towns; t++) {
                double dLat = random.nextGaussian(0, spreadKm) / 111.0;
                double dLon = random.nextGaussian(0, spreadKm) / (111.0 * Math.cos(Math.toRadians(lat0)));
                int loc = b.location(lat0 + dLat, lon0 + dLon, null, null);
                int year = 2018 + random.nextInt(5);
                b.add(loc, DocumentKind.PATENT, year, -1, random.nextDouble() < 0.6 ? random.nextDouble(0.1, 4) : 0.1);
                b.add(loc, DocumentKind.PUBLICATION, year, -1, random.nextDouble(0.1, 6));
            }
        }
        return b.build();
    }
}
