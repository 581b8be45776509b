package org.clusteratlas.bench;

import com.gluonhq.maps.MapView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.PreparedSnapshot;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;
import org.clusteratlas.ui.explorer.ClusterLayer;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerResult;
import org.clusteratlas.ui.explorer.RankingTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The explorer's own instrumentation, end to end: from a parameter change on the FX thread to the rankings
 * table and the cluster map layer updated (the model's {@code lastLatencyMs}: background weigh + cluster +
 * rank + hulls, hand-over to the FX thread, table rows replaced, map canvas redrawn), and to the next
 * rendered pulse ("on screen"). Runs the real view model, table and layer in a headless JavaFX (Monocle)
 * window at 1440x900 over the offline base map, on {@code bench-data/world-1m.sqlite} or the file given.
 * Also writes where the CPU of the timed drags went by kind of thread ({@link ThreadCpu}: engine, JIT,
 * renderer, FX thread, GC), and the same drag run straight on the recompute lane, so that what the window adds
 * to the engine shows.
 *
 * <p>{@code mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.ExplorerBenchmark}
 * (generate the data first: {@code java -jar target/cluster-atlas.jar generate --addresses 1000000 --out bench-data/world-1m.sqlite}).
 * Writes section {@code explorer} of docs/benchmarks.md; with another file ({@code -Dexec.args=FILE},
 * {@code MAVEN_OPTS=-Xmx3g} at GII scale) a section of its own, "explorer at N addresses".
 */
public final class ExplorerBenchmark {
    private static final String DEFAULT_FILE = "bench-data/world-1m.sqlite";
    /** Untimed drags A and B before the timed ones. */
    private static final int WARMUPS = Integer.getInteger("warmups", 3);

    private ExplorerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_FILE);
        if (!Files.isRegularFile(file)) {
            System.err.println(file + " is missing: java -jar target/cluster-atlas.jar generate --addresses 1000000 --out " + file);
            System.exit(3);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1000-32");
        String loadBefore = loadAverage();
        long l0 = System.nanoTime();
        Snapshot snapshot = SnapshotReader.open(file);
        double loadS = (System.nanoTime() - l0) / 1e9;
        long rows = snapshot.metadata().addresses();
        System.err.printf(Locale.ROOT, "%s: %,d addresses, %,d locations, loaded in %.1f s%n", file, rows,
                snapshot.table().size(), loadS);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService background = Executors.newSingleThreadExecutor();
        AtomicReference<ExplorerModel> modelRef = new AtomicReference<>();
        AtomicLong pulseAfterPublish = new AtomicLong();
        AtomicLong publishedAt = new AtomicLong();
        onFx(() -> {
            ExplorerModel model = new ExplorerModel(org.clusteratlas.ui.task.TaskRunner.of(lane -> background));
            MapView map = new MapView();
            ClusterLayer layer = new ClusterLayer();
            map.addLayer(layer);
            RankingTable table = new RankingTable(model);
            BorderPane root = new BorderPane(map);
            root.setRight(table);
            table.setPrefWidth(620);
            Stage stage = new Stage();
            Scene scene = new Scene(root, 1440, 900);
            stage.setScene(scene);
            stage.show();
            map.setZoom(2);
            map.setCenter(25, 0);
            model.setAfterPublish(r -> {
                layer.show(r);
                publishedAt.set(System.nanoTime());
                pulseAfterPublish.set(0);
            });
            scene.addPostLayoutPulseListener(() -> {
                if (publishedAt.get() != 0 && pulseAfterPublish.get() == 0) {
                    pulseAfterPublish.set(System.nanoTime());
                }
            });
            modelRef.set(model);
        });
        ExplorerModel model = modelRef.get();

        double scale = Math.max(1, rows / 600_000.0);
        double minPat = ParameterSpecs.MIN_PATENTS.counts().defaultValue() * scale;
        double minPub = ParameterSpecs.MIN_PUBLICATIONS.counts().defaultValue() * scale;
        ClusterParameters start = new ClusterParameters(13, minPat, minPub, null);
        long p0 = System.nanoTime();
        onFx(() -> {
            model.snapshotProperty().set(snapshot);
            model.setParameters(start);
        });
        awaitIdle(model);
        double firstS = (System.nanoTime() - p0) / 1e9;
        ExplorerResult first = model.getResult();
        System.err.printf(Locale.ROOT, "first result (preparation included) after %.1f s: %d clusters%n", firstS,
                first.ranking().size());

        List<ClusterParameters> dragA = new ArrayList<>();
        List<ClusterParameters> dragB = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double f = 0.5 + i / 19.0;
            dragA.add(new ClusterParameters(5 + 15 * i / 19.0, minPat * f, minPub * f, null));
            dragB.add(new ClusterParameters(13, minPat * f, minPub * f, null));
        }
        // untimed drags first, so that the JIT has compiled the window's code (JavaFX's scene graph, the table's
        // cells) as it has after a few minutes of use; -Dwarmups=N sets how many (the section says)
        for (int w = 0; w < WARMUPS; w++) {
            stepThrough(model, dragA, publishedAt, pulseAfterPublish);
            stepThrough(model, dragB, publishedAt, pulseAfterPublish);
        }
        java.util.Map<String, Long> cpuBefore = new java.util.HashMap<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        ThreadCpu.sample(cpuBefore, names);
        long wallBefore = System.nanoTime();
        double[][] a = stepThrough(model, dragA, publishedAt, pulseAfterPublish);
        double[][] b = stepThrough(model, dragB, publishedAt, pulseAfterPublish);
        double dragWall = (System.nanoTime() - wallBefore) / 1e9;
        java.util.Map<String, Long> cpuAfter = new java.util.HashMap<>();
        ThreadCpu.sample(cpuAfter, names);
        String split = cpuSplit(cpuBefore, cpuAfter, names, dragWall);
        // the same drag A run straight on the recompute lane's thread, no window work between the runs
        PreparedSnapshot prepared = model.getResult().prepared();
        double[] alone = new double[dragA.size()];
        background.submit(() -> {
            for (int i = 0; i < dragA.size(); i++) {
                long t = System.nanoTime();
                prepared.ranker().rank(prepared.engine().cluster(dragA.get(i)));
                alone[i] = (System.nanoTime() - t) / 1e6;
            }
        }).get();
        double[][] rel = release(model, dragA, publishedAt, pulseAfterPublish, 7);

        // the default file writes section "explorer"; another one its own section, so both can stand side by side
        boolean byDefault = file.equals(Path.of(DEFAULT_FILE));
        String section = byDefault ? "explorer" : "explorer at " + String.format(Locale.ROOT, "%,d", rows) + " addresses";
        StringBuilder md = new StringBuilder("## " + section + "\n\n");
        md.append(byDefault ? "Command: `" : "Command: `MAVEN_OPTS=-Xmx3g ")
                .append("mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.ExplorerBenchmark")
                .append(byDefault ? "" : " -Dexec.args=" + file)
                .append(String.format(Locale.ROOT, "` on `%s` (`java -Xmx3g -jar target/cluster-atlas.jar generate --seed 42"
                        + " --addresses %d --out %s`).%n%n", file, rows, file))
                .append("Machine: ").append(ImportBenchmark.machine()).append("; load average (1, 5, 15 min) ")
                .append(loadBefore).append(" at the start, ").append(loadAverage()).append(" at the end\n\n")
                .append(String.format(Locale.ROOT, "Data: %,d address rows, %,d unique locations (snapshot loaded in %.1f s;"
                        + " first ranking including the one-off preparation of engine and place index %.1f s, %d clusters).%n%n",
                        rows, snapshot.table().size(), loadS, firstS, first.ranking().size()))
                .append("What is timed: the app's own instrumentation (`ExplorerModel.lastLatencyMs`), from the parameter"
                        + " change on the FX thread to the rankings table's rows replaced and the cluster layer's canvas"
                        + " redrawn (background weigh + cluster + rank + hulls of the top 100, hand-over, table, map);"
                        + " \"on screen\" adds the next rendered pulse (headless Monocle, software pipeline, 1440x900"
                        + " window, zoom 2). Parameters: eps 13 km, minimum weights = defaults x rows/600k; drag A moves"
                        + " eps 5 -> 20 km and both minimums 0.5x -> 1.5x over 20 positions (each waits for its result),"
                        + " drag B only the minimums at 13 km. Release: 20 positions like drag A fired 16 ms apart (a"
                        + " 60 Hz drag), ending on a radius not used before (no cached grid), timed from the last one (the"
                        + " release) to its table and map. Before the timed drags, " + WARMUPS + " untimed rounds of drags"
                        + " A and B (the JIT compiles the window's code meanwhile).\n\n")
                .append("| scenario | background compute p50 / p95 ms | table + map updated p50 / p95 ms | on screen p50 / p95 ms | target |\n")
                .append("|---|---|---|---|---|\n");
        row(md, "drag A (eps and minimums)", a, "<= 100 ms");
        row(md, "drag B (minimums only)", b, "<= 100 ms");
        row(md, "release after a 60 Hz drag (7 runs)", rel, "<= 100 ms");
        md.append("\nWhere the time goes (medians, ms): cluster = weigh + engine, rank = Ranker, hulls = convex hulls"
                + " of the shown clusters and sums, hand-over = waiting for the FX thread (busy rendering the previous"
                + " frame), FX = table rows, map canvas and status on the FX thread.\n\n"
                + "| scenario | cluster | rank | hulls | hand-over | FX |\n|---|---|---|---|---|---|\n");
        breakdown(md, "drag A", a);
        breakdown(md, "drag B", b);
        breakdown(md, "release", rel);
        md.append(String.format(Locale.ROOT, "%nThe engine and the ranking alone, drag A again on the recompute lane's thread"
                + " of the same JVM, one run after the other with no window work between them: p50 / p95 %.1f / %.1f ms.%n",
                percentile(alone, 0.5), percentile(alone, 0.95)));
        md.append("\nWhere the CPU went during drags A and B (").append(split).append(").\n");
        BenchmarkReport.writeSection(section, md.toString());
        System.err.println(md);
        background.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    private static void breakdown(StringBuilder md, String name, double[][] t) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, pct(t[3], 50),
                pct(t[4], 50), pct(t[5], 50), pct(t[6], 50), pct(t[7], 50)));
    }

    private static void row(StringBuilder md, String name, double[][] t, String target) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %s |%n", name,
                pct(t[0], 50), pct(t[0], 95), pct(t[1], 50), pct(t[1], 95), pct(t[2], 50), pct(t[2], 95), target));
    }

    /** Each position waits for its own result: {compute ms, latency ms, on-screen ms} per position. */
    private static double[][] stepThrough(ExplorerModel model, List<ClusterParameters> drag, AtomicLong publishedAt,
                                          AtomicLong pulse) throws Exception {
        double[][] out = new double[8][drag.size()];
        for (int i = 0; i < drag.size(); i++) {
            ClusterParameters p = drag.get(i);
            AtomicLong t0 = new AtomicLong();
            long before = onFxGet(model::publishedCount);
            publishedAt.set(0);
            onFx(() -> {
                t0.set(System.nanoTime());
                model.setParameters(p);
            });
            awaitPublished(model, before);
            awaitPulse(pulse);
            out[0][i] = onFxGet(() -> model.lastComputeMsProperty().get());
            out[1][i] = onFxGet(() -> model.lastLatencyMsProperty().get());
            out[2][i] = (pulse.get() - t0.get()) / 1e6;
            double[] br = onFxGet(model::lastBreakdownMs);
            for (int k = 0; k < 5; k++) {
                out[3 + k][i] = br[k];
            }
        }
        return out;
    }

    /** Fires a drag at 60 Hz, then times from the last change to its publication; repeated {@code runs} times. */
    private static double[][] release(ExplorerModel model, List<ClusterParameters> drag, AtomicLong publishedAt,
                                      AtomicLong pulse, int runs) throws Exception {
        double[][] out = new double[8][runs];
        for (int r = 0; r < runs; r++) {
            // every run ends on a radius no earlier run used: its grid is never cached, as after a real drag
            List<ClusterParameters> positions = new ArrayList<>();
            for (int i = 0; i < drag.size(); i++) {
                ClusterParameters d = drag.get(i);
                double eps = 5.07 + 0.11 * r + (14.6 - 0.2 * r) * i / (drag.size() - 1.0);
                positions.add(d.withEpsKm(Math.round(eps * 100) / 100.0));
            }
            if (r % 2 == 1) {
                positions = reversed(positions);
            }
            AtomicLong last = new AtomicLong();
            for (int i = 0; i < positions.size(); i++) {
                ClusterParameters p = positions.get(i);
                publishedAt.set(0);
                onFx(() -> {
                    last.set(System.nanoTime());
                    model.setParameters(p);
                });
                Thread.sleep(16);
            }
            ClusterParameters lastP = positions.get(positions.size() - 1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(onFxGet(() -> !model.busyProperty().get() && model.getResult().parameters().equals(lastP)))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no result");
                }
                Thread.sleep(1);
            }
            awaitPulse(pulse);
            out[0][r] = onFxGet(() -> model.lastComputeMsProperty().get());
            out[1][r] = onFxGet(() -> model.lastLatencyMsProperty().get());
            out[2][r] = (pulse.get() - last.get()) / 1e6;
            double[] br = onFxGet(model::lastBreakdownMs);
            for (int k = 0; k < 5; k++) {
                out[3 + k][r] = br[k];
            }
        }
        return out;
    }

    private static <T> List<T> reversed(List<T> l) {
        List<T> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static void awaitPublished(ExplorerModel model, long before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (onFxGet(model::publishedCount) == before || onFxGet(() -> model.busyProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no result");
            }
            Thread.sleep(1);
        }
    }

    private static void awaitPulse(AtomicLong pulse) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pulse.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static void awaitIdle(ExplorerModel model) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (onFxGet(() -> model.busyProperty().get() || model.getResult() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no result");
            }
            Thread.sleep(5);
        }
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                err.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (err.get() != null) {
            throw err.get();
        }
        return out.get();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    /** The value at quantile q of v (the ceil(q n)-th smallest), as the probes take it. */
    private static double percentile(double[] v, double q) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[Math.max(0, (int) Math.ceil(q * s.length) - 1)];
    }

    /**
     * CPU seconds by kind of thread between two samples, native code included: the engine (recompute lane,
     * common pool, grid built ahead), the JIT compilers, the renderer (Prism's software pipeline here), the FX
     * thread, the GC, the rest; with the wall time, so that the share of the two cores each took shows.
     */
    private static String cpuSplit(java.util.Map<String, Long> before, java.util.Map<String, Long> after,
                                   java.util.Map<String, String> names, double wallS) {
        java.util.Map<String, Double> by = new java.util.LinkedHashMap<>();
        for (String k : new String[] {"engine", "JIT", "renderer", "FX thread", "GC", "other"}) {
            by.put(k, 0.0);
        }
        for (var e : after.entrySet()) {
            String n = names.getOrDefault(e.getKey(), "");
            double sec = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (double) ThreadCpu.TICKS;
            String kind = n.startsWith("pool-") || n.startsWith("ForkJoinPool") || n.startsWith("cluster-atlas")
                    ? "engine" : n.contains("CompilerThre") ? "JIT" : n.startsWith("QuantumRenderer") ? "renderer"
                    : n.startsWith("JavaFX Applicat") || n.equals("Event Thread") ? "FX thread"
                    : n.startsWith("G1") || n.startsWith("GC Thread") ? "GC" : "other";
            by.merge(kind, sec, Double::sum);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.1f s of wall, two cores", wallS));
        by.forEach((k, v) -> out.append(String.format(Locale.ROOT, "; %s %.1f s (%.0f%%)", k, v, 100 * v / (2 * wallS))));
        return out.toString();
    }
}
