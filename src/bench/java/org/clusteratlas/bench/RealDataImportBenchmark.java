package org.clusteratlas.bench;

import org.clusteratlas.snapshot.openalex.OpenAlexImport;
import org.clusteratlas.snapshot.patentsview.PatentsViewImport;
import org.clusteratlas.snapshot.source.DocumentImport;
import org.clusteratlas.snapshot.source.ImportReport;
import org.clusteratlas.snapshot.source.Progress;
import org.clusteratlas.snapshot.source.SnapshotImport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the real-data importers on large generated files in the real formats (section {@code import-real} of
 * docs/benchmarks.md). Target: 10M address rows imported in 90 s or less on the project machine.
 *
 * <p>Arguments: {@code [inventorRows (default 10000000)] [openAlexWorks (default 1000000)]}. Files go to
 * bench-data/realdata/ and are reused when present with the same size parameters.
 */
public final class RealDataImportBenchmark {
    private static final String[] CITIES = {"Tokyo", "Shenzhen", "Seoul", "Beijing", "San Jose", "Boston", "Paris",
            "London", "Osaka", "New York", "Munich", "Shanghai"};
    private static final double[][] COORDS = {{35.68, 139.69}, {22.54, 114.06}, {37.57, 126.98}, {39.90, 116.41},
            {37.34, -121.89}, {42.36, -71.06}, {48.86, 2.35}, {51.51, -0.13}, {34.69, 135.50}, {40.71, -74.01},
            {48.14, 11.58}, {31.23, 121.47}};
    private static final String[] COUNTRIES = {"JP", "CN", "KR", "CN", "US", "US", "FR", "GB", "JP", "US", "DE",
            "CN"};
    private static final String[] CPC = {"H04L63/14", "G06F3/01", "A61K31/00", "H01L21/02", "G01N33/53",
            "B60L53/12", "Y02E10/50", "C07D401/04", "G06Q10/06", "H04N21/4402"};

    private RealDataImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long inventorRows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long works = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        Path dir = Path.of("bench-data", "realdata");
        Files.createDirectories(dir);

        long g0 = System.nanoTime();
        Path pv = dir.resolve("pv-" + inventorRows);
        if (!Files.exists(pv.resolve("done"))) {
            generatePatentsView(pv, inventorRows);
        }
        Path oa = dir.resolve("oa-" + works);
        if (!Files.exists(oa.resolve("done"))) {
            generateOpenAlex(oa, works);
        }
        double genSecs = (System.nanoTime() - g0) / 1e9;

        Measured p = measure(dir.resolve("patentsview.sqlite"), new PatentsViewImport(
                pv.resolve("g_patent.tsv"), pv.resolve("g_inventor_disambiguated.tsv"),
                pv.resolve("g_location_disambiguated.tsv"), pv.resolve("g_cpc_current.tsv"), false,
                Progress.to(System.err)));
        Measured o = measure(dir.resolve("openalex.sqlite"), new OpenAlexImport(
                List.of(oa.resolve("works.jsonl.gz")), List.of(oa.resolve("institutions.jsonl.gz")),
                Set.of("article"), Integer.MIN_VALUE, Integer.MAX_VALUE, false, Progress.to(System.err)));

        StringBuilder md = new StringBuilder();
        md.append("## import-real: PatentsView and OpenAlex importers\n\n");
        md.append("Command: `mvn -B -Pbench -DskipTests test-compile exec:java"
                + " -Dexec.mainClass=org.clusteratlas.bench.RealDataImportBenchmark")
                .append(args.length > 0 ? " -Dexec.args=\"" + String.join(" ", args) + "\"" : "").append("`\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("Input generated in the real formats (quoted TSV; gzipped JSON Lines) in bench-data/realdata/")
                .append(String.format(Locale.ROOT, " (generation %.0f s, not timed below). PatentsView:"
                        + " %,d inventor rows (inventors of some patents deferred to the end of the file,"
                        + " so the file is not grouped by patent), 2 CPC rows per patent, plain files of %s."
                        + " OpenAlex: %,d works, 1-6 authorships with 0-2 institutions each, gzipped %s.\n\n",
                        genSecs, inventorRows, size(pv), works, size(oa)));
        md.append("| importer | address rows | documents | unlocated addresses | wall time | address rows/s |"
                + " CPU time (process) | CPU time (importing thread) | load average before / after |"
                + " peak heap used |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(md, "PatentsView (CPC and locations read on other threads; inventors parsed once, then written from an 8-byte/row spill)", p);
        row(md, "OpenAlex (1 pass over works, + institutions)", o);
        md.append(String.format(Locale.ROOT, "%nTarget: 10M address rows in 90 s or less. PatentsView: %,d address"
                + " rows in %.1f s, %s.%n", p.report.addresses(), p.seconds,
                p.seconds <= 90 * p.report.addresses() / 1e7 ? "within the target (scaled to its row count)"
                        : "OVER the target"));
        md.append("Peak heap is sampled every 50 ms (heap in use, so it includes garbage not yet collected)."
                + " The machine is shared with other jobs: the load average (2 cores) is shown so that wall times"
                + " can be judged. CPU time (process) is the whole JVM's, garbage collector and reader threads"
                + " included; CPU time (importing thread) is the critical path (patents, inventors, SQLite writing),"
                + " a lower bound of the wall time on an unshared machine.\n");
        BenchmarkReport.writeSection("import-real", md.toString());
        System.out.println(md);
    }

    private record Measured(ImportReport report, double seconds, long peakHeap, double cpuSeconds, double mainCpuSeconds,
                            String load) {
    }

    private static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Measured measure(Path out, DocumentImport source) throws Exception {
        System.gc();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (running.get()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        String loadBefore = loadAverage();
        double cpu0 = processCpuSeconds();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long main0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportReport r = new SnapshotImport(out, true, null, "benchmark").run(source);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = processCpuSeconds() - cpu0;
        double mainCpu = (threads.getCurrentThreadCpuTime() - main0) / 1e9;
        running.set(false);
        sampler.join();
        System.err.println(r.summary());
        return new Measured(r, secs, peak.get(), cpu, mainCpu, loadBefore + " / " + loadAverage());
    }

    private static void row(StringBuilder md, String name, Measured m) {
        md.append(String.format(Locale.ROOT,
                "| %s | %,d | %,d | %,d | %.1f s | %,.0f | %.1f s | %.1f s | %s | %,d MB |%n",
                name, m.report.addresses(), m.report.documents(), m.report.unlocatedAddresses(), m.seconds,
                m.report.addresses() / m.seconds, m.cpuSeconds, m.mainCpuSeconds, m.load, m.peakHeap / (1 << 20)));
    }

    private static String size(Path dir) throws IOException {
        long total = 0;
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                total += Files.size(p);
            }
        }
        return String.format(Locale.ROOT, "%.2f GB", total / 1e9);
    }

    private static String machine() {
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return Runtime.getRuntime().availableProcessors() + " cores (nproc), max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, " + java + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch");
    }

    private static String q(String s) {
        return '"' + s + '"';
    }

    private static String uuid(Random r) {
        return String.format(Locale.ROOT, "%08x-%04x-11ed-9b5f-%012x", r.nextInt(), r.nextInt(1 << 16),
                r.nextLong() & 0xffffffffffffL);
    }

    static void generatePatentsView(Path dir, long inventorRows) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(42);
        int nLocations = 50_000;
        String[] locIds = new String[nLocations];
        try (Writer w = writer(dir.resolve("g_location_disambiguated.tsv"))) {
            w.write("\"location_id\"\t\"disambig_city\"\t\"disambig_state\"\t\"disambig_country\"\t\"latitude\"\t"
                    + "\"longitude\"\t\"county\"\t\"state_fips\"\t\"county_fips\"\n");
            for (int i = 0; i < nLocations; i++) {
                locIds[i] = uuid(r);
                int c = i % CITIES.length;
                boolean noCoords = i % 97 == 0;
                String lat = noCoords ? "" : String.format(Locale.ROOT, "%.6f", COORDS[c][0] + r.nextGaussian() * 0.3);
                String lon = noCoords ? "" : String.format(Locale.ROOT, "%.6f", COORDS[c][1] + r.nextGaussian() * 0.3);
                w.write(q(locIds[i]) + "\t" + q(CITIES[c] + " " + i) + "\t\t" + q(COUNTRIES[c]) + "\t" + lat + "\t"
                        + lon + "\t\t\t\n");
            }
        }
        // 1-4 inventors per patent, 2.5 on average
        long patents = inventorRows * 2 / 5;
        int[] counts = new int[(int) patents];
        long assigned = 0;
        for (int i = 0; i < patents; i++) {
            counts[i] = 1 + r.nextInt(4);
            assigned += counts[i];
        }
        try (Writer pw = writer(dir.resolve("g_patent.tsv")); Writer cw = writer(dir.resolve("g_cpc_current.tsv"));
             Writer iw = writer(dir.resolve("g_inventor_disambiguated.tsv"))) {
            pw.write("\"patent_id\"\t\"patent_type\"\t\"patent_date\"\t\"patent_title\"\t\"wipo_kind\"\t\"num_claims\"\t"
                    + "\"withdrawn\"\t\"filename\"\n");
            cw.write("\"patent_id\"\t\"cpc_sequence\"\t\"cpc_section\"\t\"cpc_class\"\t\"cpc_subclass\"\t\"cpc_group\"\t"
                    + "\"cpc_type\"\n");
            iw.write("\"patent_id\"\t\"inventor_sequence\"\t\"inventor_id\"\t\"disambig_inventor_name_first\"\t"
                    + "\"disambig_inventor_name_last\"\t\"gender_code\"\t\"location_id\"\n");
            long written = 0;
            StringBuilder deferred = new StringBuilder();
            for (int i = 0; i < patents && written < inventorRows; i++) {
                String id = Integer.toString(10_000_000 + i);
                int year = 2014 + i % 10;
                pw.write(q(id) + "\t\"utility\"\t" + q(year + "-06-19") + "\t\"Method and apparatus\tnumber " + i
                        + "\"\t\"B2\"\t12\t0\t\"ipg.xml\"\n");
                for (int s = 0; s < 2; s++) {
                    String g = CPC[(i + s * 3) % CPC.length];
                    cw.write(q(id) + "\t" + s + "\t" + q(g.substring(0, 1)) + "\t" + q(g.substring(0, 3)) + "\t"
                            + q(g.substring(0, 4)) + "\t" + q(g) + "\t\"inventive\"\n");
                }
                for (int s = 0; s < counts[i] && written < inventorRows; s++, written++) {
                    String loc = r.nextInt(50) == 0 ? "" : q(locIds[r.nextInt(nLocations)]);
                    String line = q(id) + "\t" + s + "\t" + q("fl:in_ln:ventor-" + (i * 4 + s)) + "\t\"Inve\"\t\"Ntor\"\t"
                            + "\"M\"\t" + loc + "\n";
                    if (s > 0 && i % 7 == 0) {
                        deferred.append(line);
                        if (deferred.length() > 1 << 20) {
                            iw.write(deferred.toString());
                            deferred.setLength(0);
                        }
                    } else {
                        iw.write(line);
                    }
                }
            }
            iw.write(deferred.toString());
        }
        Files.writeString(dir.resolve("done"), "assigned " + assigned + "\n");
    }

    static void generateOpenAlex(Path dir, long works) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(7);
        int nInst = 20_000;
        try (Writer w = gzWriter(dir.resolve("institutions.jsonl.gz"))) {
            for (int i = 1; i <= nInst; i++) {
                int c = i % CITIES.length;
                boolean noGeo = i % 101 == 0;
                w.write("{\"id\":\"https://openalex.org/I" + i + "\",\"display_name\":\"Institute " + i
                        + "\",\"type\":\"education\",\"geo\":{\"city\":\"" + CITIES[c] + "\",\"country_code\":\""
                        + COUNTRIES[c] + "\",\"latitude\":" + (noGeo ? "null" : String.format(Locale.ROOT, "%.5f",
                        COORDS[c][0] + r.nextGaussian() * 0.2)) + ",\"longitude\":" + (noGeo ? "null"
                        : String.format(Locale.ROOT, "%.5f", COORDS[c][1] + r.nextGaussian() * 0.2))
                        + "},\"works_count\":" + r.nextInt(10000) + "}\n");
            }
        }
        try (Writer w = gzWriter(dir.resolve("works.jsonl.gz"))) {
            StringBuilder sb = new StringBuilder();
            for (long k = 1; k <= works; k++) {
                sb.setLength(0);
                sb.append("{\"id\":\"https://openalex.org/W").append(3_000_000_000L + k)
                        .append("\",\"title\":\"A study of things\",\"publication_year\":").append(2014 + k % 10)
                        .append(",\"type\":\"").append(k % 10 == 0 ? "preprint" : "article")
                        .append("\",\"authorships\":[");
                int n = 1 + r.nextInt(6);
                for (int a = 0; a < n; a++) {
                    sb.append(a == 0 ? "" : ",").append("{\"author_position\":\"middle\",\"author\":{\"id\":"
                            + "\"https://openalex.org/A").append(k * 6 + a).append("\"},\"institutions\":[");
                    int m = r.nextInt(10) < 1 ? 0 : r.nextInt(10) < 8 ? 1 : 2;
                    for (int j = 0; j < m; j++) {
                        sb.append(j == 0 ? "" : ",").append("{\"id\":\"https://openalex.org/I")
                                .append(1 + r.nextInt(nInst)).append("\",\"display_name\":\"X\"}");
                    }
                    sb.append("],\"raw_affiliation_strings\":[\"Somewhere\"]}");
                }
                sb.append("],\"primary_topic\":{\"id\":\"https://openalex.org/T1\",\"field\":{\"display_name\":\"")
                        .append(k % 3 == 0 ? "Medicine" : "Computer Science")
                        .append("\"},\"domain\":{\"display_name\":\"Physical Sciences\"}},\"cited_by_count\":")
                        .append(r.nextInt(100)).append("}\n");
                w.write(sb.toString());
            }
        }
        Files.writeString(dir.resolve("done"), "ok\n");
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 20);
    }

    private static Writer gzWriter(Path p) throws IOException {
        return new BufferedWriter(new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                Files.newOutputStream(p), 1 << 16), StandardCharsets.UTF_8), 1 << 20);
    }
}
