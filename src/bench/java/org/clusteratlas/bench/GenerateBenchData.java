package org.clusteratlas.bench;

import org.clusteratlas.sample.SampleGenerator;
import org.clusteratlas.sample.SampleSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the big synthetic snapshots other benchmarks load, {@code bench-data/world-1m.sqlite} and
 * {@code bench-data/world-10m.sqlite} (seed 42; never committed), timing the generator, and writes section
 * {@code generate} of {@code docs/benchmarks.md}. Existing files are kept unless {@code --force} is given.
 *
 * <p>{@code mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.GenerateBenchData}
 * or, equivalently per file, {@code java -jar target/cluster-atlas.jar generate --addresses 10000000 --out bench-data/world-10m.sqlite}.
 */
public final class GenerateBenchData {
    private GenerateBenchData() {
    }

    /** Path of the benchmark snapshot with {@code millions} million address rows. */
    public static Path snapshot(int millions) {
        return Path.of("bench-data", "world-" + millions + "m.sqlite");
    }

    public static void main(String[] args) throws Exception {
        boolean force = args.length > 0 && args[0].equals("--force");
        StringBuilder md = new StringBuilder("## generate\n\n")
                .append("`mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.GenerateBenchData`")
                .append(" (same as `generate --seed 42 --addresses N --out bench-data/world-Nm.sqlite`)\n\n")
                .append("Machine: ").append(ImportBenchmark.machine()).append("\n\n")
                .append("| address rows | documents | time | file size |\n|---:|---:|---:|---:|\n");
        for (int millions : new int[] {1, 10}) {
            Path out = snapshot(millions);
            if (Files.exists(out) && !force) {
                System.err.println(out + " exists, kept (use --force to regenerate)");
                continue;
            }
            long t0 = System.nanoTime();
            SampleGenerator.Summary s = SampleSnapshot.write(out, 42, millions * 1_000_000L, true);
            double sec = (System.nanoTime() - t0) / 1e9;
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f s | %.0f MB |%n", s.addresses(), s.documents(), sec,
                    Files.size(out) / 1e6));
            System.err.printf(Locale.ROOT, "%s: %,d addresses in %.1f s%n", out, s.addresses(), sec);
        }
        BenchmarkReport.writeSection("generate", md.toString());
    }
}
