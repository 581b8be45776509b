package org.clusteratlas.bench;

import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.geo.Place;
import org.clusteratlas.io.RankingFormat;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Provenance;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.rank.Ranking;
import org.clusteratlas.rank.RankingReport;
import org.clusteratlas.rank.RankingRequest;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.clusteratlas.snapshot.LocationWeights;
import org.clusteratlas.snapshot.WeightFilter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ranking cost per slider move: 300k unique locations around the 2,000 biggest gazetteer places
 * (Zipf-sized), the 400 biggest as clusters; times the one-off place index and the ranking itself.
 * Run: mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.RankingBench
 */
public final class RankingBench {
    private RankingBench() {
    }

    public static void main(String[] args) throws IOException {
        int locations = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int cities = 2000;
        int clusters = 400;
        Gazetteer gazetteer = Gazetteer.bundled();
        List<Place> big = new ArrayList<>(gazetteer.places());
        big.sort(Comparator.comparingLong(Place::population).reversed().thenComparingLong(Place::id));
        big = big.subList(0, cities);
        Random rnd = new Random(42);
        double[] zipf = new double[cities];
        double sum = 0;
        for (int c = 0; c < cities; c++) {
            zipf[c] = 1.0 / (c + 1);
            sum += zipf[c];
        }
        long t0 = System.nanoTime();
        LocationTable.Builder b = new LocationTable.Builder();
        int[] cityOf = new int[locations];
        int made = 0;
        for (int c = 0; c < cities && made < locations; c++) {
            int n = c == cities - 1 ? locations - made : Math.max(1, (int) Math.round(locations * zipf[c] / sum));
            Place p = big.get(c);
            for (int k = 0; k < n && made < locations; k++) {
                double r = 20 * Math.sqrt(rnd.nextDouble());
                double a = rnd.nextDouble() * 2 * Math.PI;
                double lat = p.lat() + r * Math.cos(a) / 111.2;
                double lon = p.lon() + r * Math.sin(a) / (111.2 * Math.max(0.1, Math.cos(Math.toRadians(p.lat()))));
                int loc = b.location(lat, lon, p.country(), k % 2 == 0 ? p.name() : null);
                if (loc != made) {
                    continue;
                }
                b.add(loc, rnd.nextBoolean() ? DocumentKind.PATENT : DocumentKind.PUBLICATION, 2020, -1,
                        1.0 / (1 + rnd.nextInt(10)));
                cityOf[made++] = c;
            }
        }
        LocationTable table = b.build();
        long built = System.nanoTime() - t0;
        LocationWeights w = table.weigh(WeightFilter.all());
        int n = table.size();
        int[] clusterOf = new int[n];
        int[] shifted = new int[n];
        byte[] core = new byte[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = cityOf[i] < clusters ? cityOf[i] : Clustering.NOISE;
            shifted[i] = cityOf[i] < clusters + 20 && cityOf[i] >= 20 ? cityOf[i] - 20 : Clustering.NOISE;
            core[i] = Clustering.PATENT_CORE;
        }
        Clustering now = new Clustering(w, clusterOf, core, clusters);
        Clustering before = new Clustering(w, shifted, core, clusters);

        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c1 = mx.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        PlaceIndex index = PlaceIndex.build(table, gazetteer);
        long indexNs = System.nanoTime() - t1;
        long indexCpu = mx.getCurrentThreadCpuTime() - c1;
        Ranker ranker = new Ranker(index);
        Ranking reference = ranker.rank(before);
        for (int i = 0; i < 10; i++) {
            ranker.rank(now, reference);
        }
        int runs = 40;
        double[] plain = new double[runs];
        double[] compared = new double[runs];
        double[] plainCpu = new double[runs];
        double[] comparedCpu = new double[runs];
        Ranking last = null;
        for (int i = 0; i < runs; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            last = ranker.rank(now);
            plain[i] = (System.nanoTime() - s) / 1e6;
            plainCpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
            c = mx.getCurrentThreadCpuTime();
            s = System.nanoTime();
            last = ranker.rank(now, reference);
            compared[i] = (System.nanoTime() - s) / 1e6;
            comparedCpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
        }
        String load = String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        RankingReport report = RankingReport.of(new Provenance("bench", "bench", "", "bench"),
                new RankingRequest(Map.of(), "shifted", 100, ""), last);
        StringBuilder exports = new StringBuilder();
        for (RankingFormat f : RankingFormat.values()) {
            long s = System.nanoTime();
            StringWriter sw = new StringWriter();
            f.write(report, last, sw);
            exports.append(String.format(java.util.Locale.ROOT, "| %s (top 100) | %.1f ms | %,d chars |%n",
                    f.id(), (System.nanoTime() - s) / 1e6, sw.getBuffer().length()));
        }
        String top = last.rows().subList(0, 5).stream().map(r -> r.rank() + ". " + r.name() + " (" + r.economies() + ")")
                .reduce((x, y) -> x + "; " + y).orElse("");
        String md = String.format(java.util.Locale.ROOT, """
                ## Ranking (RankingBench)

                `mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.RankingBench`

                Machine: %d cores (`nproc`), Java %s (%s). Data: %,d unique locations scattered within 20 km of the
                2,000 most populous places of the bundled gazetteer (Zipf sizes; every other location labelled with
                its city), the 400 biggest as clusters, the rest
                noise; the reference is the same data with clusters shifted by 20 places (so 20 new and 20 vanished).

                | step | time |
                |---|---|
                | build table (generator) | %.0f ms |
                | PlaceIndex.build (once per snapshot; first use of the gazetteer included), wall / CPU | %.0f / %.0f ms |
                | Ranker.rank, no reference: p50 / p95 of %d, wall | %.2f / %.2f ms |
                | same, thread CPU time p50 / p95 | %.2f / %.2f ms |
                | Ranker.rank with rank changes: p50 / p95, wall | %.2f / %.2f ms |
                | same, thread CPU time p50 / p95 | %.2f / %.2f ms |

                Load average during the run: %s (the machine is shared; CPU time is less sensitive to that than wall time).

                | export | time | size |
                |---|---|---|
                %s
                Top 5 names: %s
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), n, built / 1e6, indexNs / 1e6, indexCpu / 1e6, runs, pct(plain, 50),
                pct(plain, 95), pct(plainCpu, 50), pct(plainCpu, 95), pct(compared, 50), pct(compared, 95),
                pct(comparedCpu, 50), pct(comparedCpu, 95), load, exports, top);
        System.out.println(md);
        BenchmarkReport.writeSection("ranking", md);
    }

    private static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
