package org.clusteratlas.bench;

import org.clusteratlas.sample.CsvSampleSink;
import org.clusteratlas.sample.SampleGenerator;
import org.clusteratlas.snapshot.importer.CsvImportOptions;
import org.clusteratlas.snapshot.importer.CsvImporter;
import org.clusteratlas.snapshot.importer.ImportResult;

import java.io.BufferedReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times {@code import --csv} on synthetic CSV files of 1M and 10M address rows (written once into
 * {@code bench-data/} by the sample generator, seed 42, without a share column) and writes section
 * {@code import} of {@code docs/benchmarks.md}. Target: 10M rows in 60 s or less.
 *
 * <p>{@code mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.ImportBenchmark}
 * (optional arguments: row counts, default {@code 1000000 10000000}).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[] {1_000_000, 10_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path dir = Path.of("bench-data");
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder();
        md.append("## import\n\n")
                .append("`mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.ImportBenchmark`\n\n")
                .append("Generic CSV (`doc_id,kind,year,lat,lon,country,city,field`, no share column, made by the sample")
                .append(" generator with seed 42) imported into a snapshot, as `import --csv F --out S --force` does.")
                .append(" Target: 10M rows in 60 s or less. Peak heap: the sum of the heap pools' peaks during the import.\n\n")
                .append("Machine: ").append(machine()).append("\n\n")
                .append("| rows | CSV size | documents | unique locations | parse | total | rows/s | CPU time | load avg | peak heap | snapshot size |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (long n : sizes) {
            Path csv = dir.resolve("import-" + n + ".csv");
            if (!Files.exists(csv)) {
                System.err.printf(Locale.ROOT, "writing %s ...%n", csv);
                Path tmp = dir.resolve("import-" + n + ".csv.tmp");
                try (Writer w = Files.newBufferedWriter(tmp); CsvSampleSink sink = new CsvSampleSink(w, false)) {
                    new SampleGenerator(42, n).generate(sink);
                }
                Files.move(tmp, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path out = dir.resolve("import-" + n + ".sqlite");
            System.gc();
            resetPeaks();
            String load = loadAverage();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            ImportResult r = new CsvImporter(CsvImportOptions.defaults().withOverwrite(true).withMessages(System.err))
                    .importFile(csv, out);
            double total = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            long peak = peakHeap();
            String locations = locationCount(out);
            md.append(String.format(Locale.ROOT, "| %,d | %.0f MB | %,d | %s | %.1f s | %.1f s | %,.0f | %.1f s | %s | %.0f MB | %.0f MB |%n",
                    r.rows(), Files.size(csv) / 1e6, r.documents(), locations, r.parseSeconds(), total, r.rows() / total,
                    cpu, load, peak / 1e6, Files.size(out) / 1e6));
            System.err.printf(Locale.ROOT, "%,d rows: %.1f s total (parse %.1f s), peak heap %.0f MB%n", r.rows(), total,
                    r.parseSeconds(), peak / 1e6);
        }
        md.append("\nCPU time is the whole process's (both threads, GC included); with other jobs on the machine")
                .append(" (load average at the start shown) wall time exceeds what an idle 2-core machine needs.")
                .append(" Peak heap counts garbage not yet collected (the JVM's default max heap is large);")
                .append(" the rows themselves take about 36 bytes each.\n");
        md.append("\n`parse` is the validating pass over the CSV (commons-csv, rows kept in primitive arrays);")
                .append(" the rest is writing through `SnapshotWriter` (batched inserts, temporary file, rename).\n");
        BenchmarkReport.writeSection("import", md.toString());
        System.out.println(md);
    }

    private static String locationCount(Path snapshot) throws Exception {
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + snapshot);
             var rs = db.createStatement().executeQuery("SELECT value FROM metadata WHERE key = 'locations'")) {
            return rs.next() ? String.format(Locale.ROOT, "%,d", Long.parseLong(rs.getString(1))) : "?";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String machine() {
        String cpu = "?";
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/cpuinfo"))) {
            cpu = r.lines().filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceAll(".*:\\s*", ""))
                    .orElse("?");
        } catch (Exception ignored) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%d cores (nproc; shared with other jobs), %s, Java %s (%s), max heap %d MB",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
    }
}
