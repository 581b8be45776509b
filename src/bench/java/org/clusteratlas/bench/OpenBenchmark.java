package org.clusteratlas.bench;

import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.Clustering;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.sample.SampleGenerator;
import org.clusteratlas.sample.SampleSnapshot;
import org.clusteratlas.snapshot.Snapshot;
import org.clusteratlas.snapshot.SnapshotReader;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Opening at the speed of the disk, and the GII scale (issue 17): for each size, generates
 * {@code bench-data/world-Nm.sqlite} if missing (timed, as {@code generate --seed 42 --addresses N} does), then
 * alternates, {@value #ROUNDS} rounds, SQLite's own scan of the {@code addresses} and {@code documents}
 * tables (the {@code sqlite3} command-line shell) with an open in a fresh JVM capped at {@value #HEAP}, whose
 * probe then replays two slider drags (cluster + rank per position) and reports its peak heap. Writes section
 * {@code open} of {@code docs/benchmarks.md}. With a version-1 copy present ({@code world-Nm-v1.sqlite}, made
 * by the probe's {@code --v1} mode when asked) it times that too, for the before/after.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.OpenBenchmark
 * [-Dexec.args="10 60"]} (sizes in millions of address rows; needs the {@code sqlite3} shell).
 */
public final class OpenBenchmark {
    static final String HEAP = "-Xmx3g";
    private static final int ROUNDS = 3;
    private static final String SCAN = "select count(*), sum(share) from addresses;"
            + " select count(*), sum(unlocated_share) from documents;";

    private OpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {10, 60} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        StringBuilder md = new StringBuilder("## open: opening at the speed of the disk, and the GII scale\n\n");
        md.append("Command: `mvn -B -Pbench -DskipTests test-compile exec:java"
                + " -Dexec.mainClass=org.clusteratlas.bench.OpenBenchmark -Dexec.args=\"")
                .append(String.join(" ", Arrays.stream(sizes).mapToObj(Integer::toString).toList())).append("\"`\n\n");
        md.append("Machine: ").append(ImportBenchmark.machine()).append(". Load average (1/5/15 min) at the start: ")
                .append(loadAverage()).append(".\n\n");
        md.append("Each round runs SQLite's own scan, `sqlite3 FILE \"").append(SCAN).append("\"`, then opens the"
                + " same file in a fresh JVM with `").append(HEAP).append("` (`SnapshotReader.open`: header, schema,"
                + " data digest, summary, gazetteer: validated, loaded, ready to cluster), file in the page cache; ")
                .append(ROUNDS).append(" rounds, medians, and the ratio open / scan taken per round (so that a"
                        + " change of machine load hits both sides). CPU: SQLite's user + sys (`/usr/bin/time`), the open's whole"
                        + " process (both threads, JIT and GC), less sensitive to the machine's load than wall time."
                        + " The longest wait for a progress report is how long Cancel can take to act (the window's"
                        + " progress bar and Cancel are fed by these reports, on the LOAD lane).\n\n");
        List<String> rows = new ArrayList<>();
        List<String> genRows = new ArrayList<>();
        for (int millions : sizes) {
            Path file = Path.of("bench-data", "world-" + millions + "m.sqlite");
            if (!Files.exists(file)) {
                String before = loadAverage().split(" ")[0];
                String[] g = generate(file, millions * 1_000_000L);
                genRows.add(String.format(Locale.ROOT, "| %,d | %s | %s s | %s s | %s s | %s s | %s MB | %.0f MB | %s / %s |",
                        millions * 1_000_000L, g[0], g[1], g[2], g[3], g[4], g[5], Files.size(file) / 1e6, before,
                        loadAverage().split(" ")[0]));
            }
            rows.add(measure(file, millions + "M", false));
            Path v1 = Path.of("bench-data", "world-" + millions + "m-v1.sqlite");
            if (Files.exists(v1)) {
                rows.add(measure(v1, millions + "M, version 1 (rows)", true));
            }
        }
        if (!genRows.isEmpty()) {
            md.append("Generation (`java ").append(HEAP).append(" ... generate --seed 42 --addresses N`, as the README"
                    + " says, in a fresh JVM). CPU: the whole process; the generating thread (generator, checks,"
                    + " aggregation into the summary, commit) and the SQLite thread (binding and storing the rows) apart,"
                    + " read from /proc every 100 ms: on an idle 2-core machine the wall time approaches the larger of"
                    + " the two.\n\n| address rows | documents | wall | CPU (process) | CPU, generating thread | CPU,"
                    + " SQLite thread | peak heap | file | load average (1 min) before / after |\n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            genRows.forEach(r -> md.append(r).append('\n'));
            md.append('\n');
        }
        md.append("| snapshot | file | SQLite scan wall | open wall | open / scan, wall | SQLite scan CPU | open CPU"
                + " (process) | open / scan, CPU | peak heap | unique locations / entries | longest wait for a progress"
                + " report (cancel) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> md.append(r.split("\t")[0]).append('\n'));
        md.append("\nRecompute after a slider move (cluster + rank), same JVMs (`").append(HEAP).append("`), each figure the median of the ")
                .append(ROUNDS).append(" rounds:"
                + " wall p50 / p95, and CPU p50 / p95 of all the JVM's threads (the core test, grids and membership"
                + " run on both cores, so the wall on an idle machine is below the CPU). Radius: 20 positions"
                + " 5 -> 20 km at the scaled default minimums; radius + minimums: the same with both minimums 0.5x ->"
                + " 1.5x together; minimum: 20 positions 0.5x -> 1.5x at 13 km. Target p50 100 ms, p95 250 ms.\n\n"
                + "| snapshot | radius: wall p50 / p95 | CPU p50 / p95 | radius + minimums: wall | CPU | minimum: wall"
                + " | CPU | load average during |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        rows.stream().filter(r -> r.contains("\t")).forEach(r -> md.append(r.split("\t")[1]).append('\n'));
        md.append("\nLoad average at the end: ").append(loadAverage()).append(". Peak heap: the sum of the heap pools'"
                + " peaks (an upper bound) over open and drags. A version-1 file has no summary, so it opens from"
                + " its rows as before (validated row by row).\n");
        BenchmarkReport.writeSection("open", md.toString());
        System.err.println(md);
    }

    private static String measure(Path file, String label, boolean openOnly) throws Exception {
        double[] scans = new double[ROUNDS];
        double[] opens = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        double[] scanCpu = new double[ROUNDS];
        double[] openCpu = new double[ROUNDS];
        double[] cpuRatios = new double[ROUNDS];
        String[] probe = null;
        String[] first = null;
        String[][] drags = new String[ROUNDS][];
        for (int r = 0; r < ROUNDS; r++) {
            scans[r] = sqliteScan(file, scanCpu, r);
            probe = probe(file, openOnly);
            drags[r] = probe;
            opens[r] = Double.parseDouble(probe[0]);
            ratios[r] = opens[r] / scans[r];
            openCpu[r] = Double.parseDouble(probe[1]);
            cpuRatios[r] = openCpu[r] / scanCpu[r];
            System.err.printf(Locale.ROOT, "%s round %d: scan %.2f s, open %.2f s%n", file, r + 1, scans[r], opens[r]);
            if (r == 0) {
                first = probe;
            }
        }
        String row = String.format(Locale.ROOT, "| %s | %.0f MB | %.2f s | %.2f s | **%.2f** | %.2f s | %.2f s | **%.2f** |"
                        + " %s MB | %s / %s | %s ms |",
                label, Files.size(file) / 1e6, median(scans), median(opens), median(ratios), median(scanCpu),
                median(openCpu), median(cpuRatios), first[2], probe[3], probe[4], first[5]);
        if (openOnly) {
            return row;
        }
        // each figure of the drags: the median over the rounds (a fresh JVM each), so one noisy run does not decide
        String[] d = new String[18];
        for (int f = 6; f < 18; f++) {
            double[] v = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                v[r] = Double.parseDouble(drags[r][f]);
            }
            d[f] = String.format(Locale.ROOT, "%.0f", median(v));
        }
        StringBuilder loads = new StringBuilder();
        for (int r = 0; r < ROUNDS; r++) {
            loads.append(r == 0 ? "" : "; ").append(drags[r][18].replace('_', ' '));
        }
        return row + "\t" + String.format(Locale.ROOT, "| %s | %s / %s ms | %s / %s ms | %s / %s ms | %s / %s ms"
                        + " | %s / %s ms | %s / %s ms | %s |", label, d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13],
                d[14], d[15], d[16], d[17], loads);
    }

    /** Generates in a fresh JVM; returns documents, wall s, process CPU s, generating thread s, SQLite thread s, peak heap MB. */
    private static String[] generate(Path file, long addresses) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-cp", classPath(), GenerateProbe.class.getName(), file.toString(),
                Long.toString(addresses)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IOException("generation of " + file + " failed (exit " + p.exitValue() + ")");
        }
        return line.trim().split(" ");
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Wall seconds of SQLite's scan; its CPU seconds (user + sys, from {@code /usr/bin/time}) into {@code cpu}. */
    private static double sqliteScan(Path file, double[] cpu, int round) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "sqlite3", file.toString(), SCAN)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String times;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            times = r.lines().reduce((a, b) -> b).orElse("");
        }
        if (p.waitFor() != 0) {
            throw new IOException("sqlite3 failed on " + file);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] f = times.trim().split(" ");
        cpu[round] = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
        return wall;
    }

    private static String[] probe(Path file, boolean openOnly) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = classPath();
        List<String> cmd = new ArrayList<>(List.of(java, HEAP, "-cp", cp, Probe.class.getName(), file.toString()));
        if (openOnly) {
            cmd.add("--open-only");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IOException("probe of " + file + " failed (exit " + p.exitValue() + ")");
        }
        return line.trim().split(" ");
    }

    /** The class path this benchmark runs with (exec:java's class loader), for the probe's JVM. */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (ClassLoader cl = OpenBenchmark.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof java.net.URLClassLoader u) {
                for (java.net.URL url : u.getURLs()) {
                    try {
                        parts.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        // not a file: skip
                    }
                }
            }
        }
        parts.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, parts);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The measured side, in its own JVM: opens the file, then (unless {@code --open-only}) replays the drags.
     * Prints "openSeconds cpuSeconds peakHeapMB locations entries aP50 aP95 bP50 bP95".
     */
    public static final class Probe {
        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long[] last = {t0, 0};
            Snapshot s = SnapshotReader.open(Path.of(args[0]), fraction -> {
                long now = System.nanoTime();
                last[1] = Math.max(last[1], now - last[0]);
                last[0] = now;
            });
            double open = (System.nanoTime() - t0) / 1e9;
            long gap = Math.max(last[1], System.nanoTime() - last[0]);
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            String[] drags = {"-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"};
            if (args.length < 2) {
                drags = drags(s);
            }
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    pools += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "%.2f %.2f %.0f %,d %,d %.0f %s%n", open, cpu, pools / 1048576.0,
                    s.table().size(), s.table().entryCount(), gap / 1e6, String.join(" ", drags));
        }

        private static String[] drags(Snapshot s) {
            double scale = s.counts().addresses() / 600_000.0;
            double minPat = ParameterSpecs.MIN_PATENTS.counts().defaultValue() * scale;
            double minPub = ParameterSpecs.MIN_PUBLICATIONS.counts().defaultValue() * scale;
            ClusterEngine engine = new ClusterEngine(s.table());
            if (!Boolean.getBoolean("noahead")) { // -Dnoahead=true measures without building ahead
                engine.buildAhead(); // as the window's engine does
            }
            Ranker ranker = new Ranker(PlaceIndex.build(s.table(), s.gazetteer()));
            ClusterParameters base = ClusterParameters.defaults().withMinPatentWeight(minPat)
                    .withMinPublicationWeight(minPub);
            ranker.rank(engine.cluster(base)); // one-off preparation (grid, place index), as on the first view
            String load = loadAverage().replace(" / ", "_/_");
            double[][] r = new double[3][20]; // wall, CPU, the ranking's wall
            double[][] a = new double[3][20];
            double[][] b = new double[3][20];
            for (int i = 0; i < 20; i++) {
                double f = i / 19.0;
                time(engine, ranker, base.withEpsKm(5 + 15 * f), r, i);
            }
            for (int i = 0; i < 20; i++) {
                double f = i / 19.0;
                time(engine, ranker, base.withEpsKm(5 + 15 * f).withMinPatentWeight(minPat * (0.5 + f))
                        .withMinPublicationWeight(minPub * (0.5 + f)), a, i);
            }
            for (int i = 0; i < 20; i++) {
                double f = i / 19.0;
                time(engine, ranker, base.withMinPatentWeight(minPat * (0.5 + f))
                        .withMinPublicationWeight(minPub * (0.5 + f)), b, i);
            }
            if (Boolean.getBoolean("positions")) { // -Dpositions=true: each position of the first two drags on stderr
                for (int i = 0; i < 20; i++) {
                    System.err.printf(Locale.ROOT, "radius %.2f km: wall %.0f ms (ranking %.0f), cpu %.0f ms%n",
                            5 + 15 * i / 19.0, r[0][i], r[2][i], r[1][i]);
                }
                for (int i = 0; i < 20; i++) {
                    System.err.printf(Locale.ROOT, "radius %.2f km, minimums %.2fx: wall %.0f ms (ranking %.0f), cpu %.0f ms%n",
                            5 + 15 * i / 19.0, 0.5 + i / 19.0, a[0][i], a[2][i], a[1][i]);
                }
            }
            return new String[] {ms(r[0], 0.5), ms(r[0], 0.95), ms(r[1], 0.5), ms(r[1], 0.95),
                ms(a[0], 0.5), ms(a[0], 0.95), ms(a[1], 0.5), ms(a[1], 0.95),
                ms(b[0], 0.5), ms(b[0], 0.95), ms(b[1], 0.5), ms(b[1], 0.95), load + "_-_" + loadAverage().replace(" / ", "_/_")};
        }

        /** Wall and all threads' CPU milliseconds of one recompute into {@code out[0][i]}, {@code out[1][i]}. */
        private static void time(ClusterEngine engine, Ranker ranker, ClusterParameters p, double[][] out, int i) {
            long c0 = allThreadsCpu();
            long t0 = System.nanoTime();
            Clustering c = engine.cluster(p);
            long t1 = System.nanoTime();
            ranker.rank(c);
            out[0][i] = (System.nanoTime() - t0) / 1e6;
            out[1][i] = (allThreadsCpu() - c0) / 1e6;
            out[2][i] = (System.nanoTime() - t1) / 1e6;
        }

        /** CPU nanoseconds of all live threads (the engine's parallel parts run on the common pool). */
        static long allThreadsCpu() {
            var t = ManagementFactory.getThreadMXBean();
            long sum = 0;
            for (long id : t.getAllThreadIds()) {
                sum += Math.max(0, t.getThreadCpuTime(id));
            }
            return sum;
        }

        private static String ms(double[] v, double q) {
            double[] s = v.clone();
            Arrays.sort(s);
            return String.format(Locale.ROOT, "%.0f", s[(int) Math.ceil(q * s.length) - 1]);
        }
    }

    /**
     * Generation in its own JVM: {@code SampleSnapshot.write} as {@code generate --seed 42} runs it, with the CPU
     * time of each thread sampled from /proc/self/task every 100 ms (a finished thread keeps its last sample).
     * Prints "documents wall cpuProcess cpuGenerating cpuSqlite peakHeapMB".
     */
    public static final class GenerateProbe {
        private GenerateProbe() {
        }

        public static void main(String[] args) throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            java.util.Map<String, Long> byTask = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.Map<String, String> nameOf = new java.util.concurrent.ConcurrentHashMap<>();
            long ticks = ThreadCpu.TICKS;
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    ThreadCpu.sample(byTask, nameOf);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "cpu-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            SampleGenerator.Summary s = SampleSnapshot.write(Path.of(args[0]), 42, Long.parseLong(args[1]), false);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            ThreadCpu.sample(byTask, nameOf);
            sampler.interrupt();
            double generating = 0;
            double sqlite = 0;
            for (var e : byTask.entrySet()) {
                String name = nameOf.get(e.getKey());
                if ("main".equals(name) || "java".equals(name)) { // the main thread keeps the launcher's name
                    generating += e.getValue() / (double) ticks;
                } else if (name != null && name.startsWith("snapshot-sqlit")) {
                    sqlite += e.getValue() / (double) ticks;
                }
            }
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    pools += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "%,d %.1f %.1f %.1f %.1f %.0f%n", s.documents(), wall, cpu, generating,
                    sqlite, pools / 1048576.0);
        }
    }
}
