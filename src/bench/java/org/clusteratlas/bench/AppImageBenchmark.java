package org.clusteratlas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app image as a user meets it (section "install" of docs/benchmarks.md): how long jpackage takes to make
 * it, its size, and the time from launch to the first ranking on the bundled sample, headless
 * ({@code cluster-atlas rank --top 3}, against {@code java -jar} in the same run) and in the window (under X,
 * when {@code DISPLAY} is set: the app's own startup trace, first launch with a fresh home folder).
 *
 * <p>{@code mvn -B -Pbench -DskipTests package exec:java -Dexec.mainClass=org.clusteratlas.bench.AppImageBenchmark}
 * (package builds target/dist/cluster-atlas first).
 */
public final class AppImageBenchmark {
    private static final int RUNS = 5;
    private static final Path IMAGE = Path.of("target", "dist", "cluster-atlas");
    private static final Path JAR = Path.of("target", "cluster-atlas.jar");

    private AppImageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = IMAGE.resolve("bin").resolve("cluster-atlas");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " missing: run mvn package first");
        }
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path sample = IMAGE.resolve("lib/app/sample-data/world-sample.sqlite").toRealPath();
        Path noJava = Files.createTempDirectory("no-java");

        double buildS = timeImageBuild(java);
        StringBuilder md = new StringBuilder();
        md.append("## install: the app image (AppImageBenchmark)\n\n");
        md.append("`mvn -B -Pbench -DskipTests package exec:java -Dexec.mainClass=org.clusteratlas.bench.AppImageBenchmark`")
                .append(" (with `DISPLAY` set for the window rows, e.g. `Xvfb :96 -screen 0 1366x768x24 &` and `DISPLAY=:96`)\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores (shared with other jobs), Java %s; load average %.1f at the start",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load0));
        md.append(" (load %END%).\n\n");
        md.append("| image part | size |\n|---|---|\n");
        md.append(row("whole app image `target/dist/cluster-atlas` (target: < 150 MB)", size(IMAGE)));
        md.append(row("`lib/runtime` (jlink: 8 modules, `--strip-debug --compress=2`)", size(IMAGE.resolve("lib/runtime"))));
        md.append(row("`lib/app/cluster-atlas.jar` (app, libraries, offline map data)", size(IMAGE.resolve("lib/app/cluster-atlas.jar"))));
        md.append(row("`lib/app/sample-data` (the sample snapshot)", size(IMAGE.resolve("lib/app/sample-data"))));
        md.append(String.format(Locale.ROOT, "%nMaking the image (`jpackage @src/dist/jpackage/app-image.args`, jlink included): %.1f s.%n%n", buildS));

        List<String> rank = List.of("rank", "--top", "3");
        List<String> rankJar = List.of("rank", "--snapshot", sample.toString(), "--top", "3");
        double[][] t = new double[4][RUNS];
        for (int i = 0; i < RUNS; i++) {
            t[0][i] = timed(concat(List.of(launcher.toString()), rank), noJava);
            t[1][i] = timed(concat(List.of(java, "-jar", JAR.toString()), rankJar), null);
            t[2][i] = timed(List.of(launcher.toString(), "--version"), noJava);
            t[3][i] = timed(List.of(java, "-jar", JAR.toString(), "--version"), null);
        }
        md.append("Headless, launch to the first ranking printed (").append(RUNS)
                .append(" runs each, alternating; the launcher with a `PATH` holding no java):\n\n");
        md.append("| command | median s | min s | target |\n|---|---|---|---|\n");
        md.append(timeRow("`target/dist/cluster-atlas/bin/cluster-atlas rank --top 3`", t[0], "< 5 s"));
        md.append(timeRow("`java -jar target/cluster-atlas.jar rank --snapshot SAMPLE --top 3`", t[1], ""));
        md.append(timeRow("`cluster-atlas --version` (start-up alone)", t[2], ""));
        md.append(timeRow("`java -jar target/cluster-atlas.jar --version`", t[3], ""));
        md.append(String.format(Locale.ROOT, "%nLauncher / java -jar, median: %.2f (rank), %.2f (--version).%n",
                median(t[0]) / median(t[1]), median(t[2]) / median(t[3])));

        if (System.getenv("DISPLAY") != null) {
            double[] first = new double[3];
            double[] again = new double[3];
            double[] firstCpu = new double[3];
            double[] againCpu = new double[3];
            double[] cpu = new double[1];
            Path home = Files.createTempDirectory("atlas-home");
            windowStart(launcher, home, noJava, cpu); // leaves preferences and unpacked natives in home
            for (int i = 0; i < first.length; i++) {
                first[i] = windowStart(launcher, Files.createTempDirectory("atlas-home"), noJava, cpu);
                firstCpu[i] = cpu[0];
                again[i] = windowStart(launcher, home, noJava, cpu);
                againCpu[i] = cpu[0];
            }
            md.append("\nWindow, launch to the first ranking on screen (`JAVA_TOOL_OPTIONS=-Dclusteratlas.trace-startup=true")
                    .append(" cluster-atlas`: the app's line on stderr, timed from the process start; Xvfb, software rendering):\n\n");
            md.append("| launch | median s | min s | target |\n|---|---|---|---|\n");
            md.append(timeRow("first launch (fresh `user.home`: no preferences, JavaFX natives unpacked)", first, "< 5 s"));
            md.append(timeRow("same, process CPU time (all threads)", firstCpu, ""));
            md.append(timeRow("later launches (reopens the sample)", again, "< 5 s"));
            md.append(timeRow("same, process CPU time (all threads)", againCpu, ""));
        } else {
            md.append("\nWindow rows left out: no DISPLAY.\n");
        }
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String text = md.toString().replace("%END%", String.format(Locale.ROOT, "%.1f at the end", load1));
        System.out.println(text);
        BenchmarkReport.writeSection("install", text);
    }

    /** jpackage with the build's own options into a scratch folder, timed. */
    private static double timeImageBuild(String java) throws Exception {
        Path dest = Files.createTempDirectory("image-bench");
        Path jpackage = Path.of(java).resolveSibling("jpackage");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(jpackage.toString(), "@src/dist/jpackage/app-image.args",
                "@src/dist/jpackage/linux.args", "--app-version", "0.1.0", "--dest", dest.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jpackage failed");
        }
        double s = (System.nanoTime() - t0) / 1e9;
        try (Stream<Path> files = Files.walk(dest)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return s;
    }

    /** Seconds from start to exit of a command whose output is discarded; with noJava, PATH is that folder. */
    private static double timed(List<String> command, Path noJava) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (noJava != null) {
            pb.environment().put("PATH", noJava.toString());
            pb.environment().remove("JAVA_HOME");
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + command);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Starts the window with a home folder, returns the app's traced seconds to the first ranking, closes it. */
    private static double windowStart(Path launcher, Path home, Path noJava, double[] cpu) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        pb.environment().put("PATH", noJava.toString());
        pb.environment().remove("JAVA_HOME");
        // user.home holds the preferences (last snapshot, view) and JavaFX's unpacked natives
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dclusteratlas.trace-startup=true -Duser.home=" + home);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("startup: first ranking on screen ")) {
                    String[] w = line.substring("startup: first ranking on screen ".length()).split(" ");
                    cpu[0] = Long.parseLong(w[w.length - 2]) / 1e3;
                    return Long.parseLong(w[0]) / 1e3;
                }
            }
            throw new IllegalStateException("the window ended without a ranking");
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> c = new ArrayList<>(a);
        c.addAll(b);
        return c;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String row(String what, long bytes) {
        return String.format(Locale.ROOT, "| %s | %.1f MB |%n", what, bytes / 1e6);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String timeRow(String what, double[] v, String target) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", what, median(v),
                Arrays.stream(v).min().orElse(0), target);
    }
}
