package org.clusteratlas.bench;

import org.clusteratlas.StartupTrace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app image as a user meets it (section "install" of docs/benchmarks.md): its size, and the time from launch
 * to the first ranking on the bundled sample, headless ({@code cluster-atlas rank --top 3}, against
 * {@code java -jar} in the same run) and in the window, each with the process's CPU time, with and without the
 * class-data archive. The app times itself ({@link StartupTrace}, {@code CLUSTER_ATLAS_STARTUP}): the window
 * closes itself once the first ranking is in its table.
 *
 * <p>{@code mvn -B -Pbench -DskipTests package exec:java -Dexec.mainClass=org.clusteratlas.bench.AppImageBenchmark}
 * (package builds target/dist/cluster-atlas first). The window runs on an Xvfb of its own (1366x768, software
 * rendering) when {@code Xvfb} is on PATH, else on {@code DISPLAY}; with neither its rows are left out.
 */
public final class AppImageBenchmark {
    private static final int RUNS = 5;
    private static final int WINDOW_RUNS = 3;
    private static final Path IMAGE = Path.of("target", "dist", "cluster-atlas");
    private static final Path JAR = Path.of("target", "cluster-atlas.jar");
    /** Switches the class-data archive off, for the rows that show what it brings. */
    private static final String NO_ARCHIVE = "-Xshare:off";

    private AppImageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = IMAGE.resolve("bin").resolve("cluster-atlas");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " missing: run mvn package first");
        }
        double load0 = load();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path sample = IMAGE.resolve("lib/app/sample-data/world-sample.sqlite").toRealPath();
        Path noJava = Files.createTempDirectory("no-java");

        StringBuilder md = new StringBuilder();
        md.append("## install: the app image (AppImageBenchmark)\n\n");
        md.append("`mvn -B -Pbench -DskipTests package exec:java -Dexec.mainClass=org.clusteratlas.bench.AppImageBenchmark`")
                .append(" (the window on an Xvfb of its own, 1366x768, software rendering)\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores (shared with other jobs), Java %s; load average %.1f at the start",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load0));
        md.append(" (load %END%).\n\n");
        md.append("| image part | size |\n|---|---|\n");
        md.append(row("whole app image `target/dist/cluster-atlas` (target: < 150 MB)", size(IMAGE)));
        md.append(row("`lib/runtime` (jlink: 9 modules, `--strip-debug --compress=2`)", size(IMAGE.resolve("lib/runtime"))));
        md.append(row("`lib/app/cluster-atlas.jar` (app, libraries, offline map data)", size(IMAGE.resolve("lib/app/cluster-atlas.jar"))));
        md.append(row("`lib/app/cluster-atlas.jsa` (class-data archive, made at package)", size(IMAGE.resolve("lib/app/cluster-atlas.jsa"))));
        md.append(row("`lib/app/sample-data` (the sample snapshot)", size(IMAGE.resolve("lib/app/sample-data"))));

        List<String> rank = List.of(launcher.toString(), "rank", "--top", "3");
        List<String> rankJar = List.of(java, "-jar", JAR.toString(), "rank", "--snapshot", sample.toString(), "--top", "3");
        String[] names = {"`cluster-atlas rank --top 3`", "same, archive off (`JAVA_TOOL_OPTIONS=-Xshare:off`)",
            "`java -jar target/cluster-atlas.jar rank --snapshot SAMPLE --top 3` (the JDK, its own archive)",
            "`cluster-atlas --version` (start-up alone)"};
        double[][] wall = new double[names.length][RUNS];
        double[][] cpu = new double[names.length][RUNS];
        double[] c = new double[1];
        for (int i = 0; i < RUNS; i++) {
            wall[0][i] = timed(rank, noJava, null, c);
            cpu[0][i] = c[0];
            wall[1][i] = timed(rank, noJava, NO_ARCHIVE, c);
            cpu[1][i] = c[0];
            wall[2][i] = timed(rankJar, null, null, c);
            cpu[2][i] = c[0];
            wall[3][i] = timed(List.of(launcher.toString(), "--version"), noJava, null, c);
            cpu[3][i] = c[0];
        }
        md.append("\nHeadless, launch to exit, the first ranking printed (").append(RUNS)
                .append(" runs each, alternating; the launcher with a `PATH` holding no java; CPU: the whole process)")
                .append(":\n\n");
        md.append("| command | median s | min s | median CPU s | target |\n|---|---|---|---|---|\n");
        for (int k = 0; k < names.length; k++) {
            md.append(timeRow(names[k], wall[k], cpu[k], k == 0 ? "< 5 s" : ""));
        }
        md.append(String.format(Locale.ROOT, "%nMedian CPU, launcher with the archive / without: %.2f; / `java -jar`: %.2f.%n",
                median(cpu[0]) / median(cpu[1]), median(cpu[0]) / median(cpu[2])));

        try (Display display = Display.start()) {
            if (display == null) {
                md.append("\nWindow rows left out: no Xvfb on PATH and no DISPLAY.\n");
            } else {
                md.append(windowRows(launcher, noJava, display.name));
            }
        }
        String text = md.toString().replace("%END%", String.format(Locale.ROOT, "%.1f at the end", load()));
        System.out.println(text);
        BenchmarkReport.writeSection("install", text);
    }

    /** Fresh-home launches, later launches and archive-off launches of the window, and its steps. */
    private static String windowRows(Path launcher, Path noJava, String display) throws Exception {
        Path home = Files.createTempDirectory("atlas-home");
        window(launcher, home, noJava, display, null); // leaves preferences and unpacked natives in home
        String[] names = {"first launch (fresh `user.home`: no preferences, JavaFX natives unpacked)",
            "later launches (reopens the sample)", "later launches, archive off (`-Xshare:off`)"};
        double[][] wall = new double[names.length][WINDOW_RUNS];
        double[][] cpu = new double[names.length][WINDOW_RUNS];
        Map<String, double[]> steps = new LinkedHashMap<>();
        for (int i = 0; i < WINDOW_RUNS; i++) {
            for (int k = 0; k < names.length; k++) {
                Path h = k == 0 ? Files.createTempDirectory("atlas-home") : home;
                Map<String, StartupTrace.Step> run = window(launcher, h, noJava, display, k == 2 ? NO_ARCHIVE : null);
                StartupTrace.Step first = run.get(StartupTrace.FIRST_RANKING);
                wall[k][i] = first.sinceJvmStartMs() / 1e3;
                cpu[k][i] = first.cpuMs() / 1e3;
                if (k == 1) {
                    for (StartupTrace.Step s : run.values()) {
                        steps.computeIfAbsent(s.name(), n -> new double[2 * WINDOW_RUNS])[i] = s.sinceJvmStartMs() / 1e3;
                        steps.get(s.name())[WINDOW_RUNS + i] = s.cpuMs() / 1e3;
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("\nWindow, JVM start to the first ranking in the table (`CLUSTER_ATLAS_STARTUP=exit cluster-atlas`:")
                .append(" the app's own line, then it closes; ").append(WINDOW_RUNS).append(" runs each):\n\n");
        md.append("| launch | median s | min s | median CPU s | target |\n|---|---|---|---|---|\n");
        for (int k = 0; k < names.length; k++) {
            md.append(timeRow(names[k], wall[k], cpu[k], k == 2 ? "" : "< 5 s"));
        }
        md.append(String.format(Locale.ROOT, "%nMedian CPU, later launches with the archive / without: %.2f.%n",
                median(cpu[1]) / median(cpu[2])));
        md.append("\nWhere the time goes, later launches (median of each step, since JVM start):\n\n");
        md.append("| step | s | CPU s |\n|---|---|---|\n");
        for (Map.Entry<String, double[]> e : steps.entrySet()) {
            double[] v = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", e.getKey(),
                    median(Arrays.copyOfRange(v, 0, WINDOW_RUNS)), median(Arrays.copyOfRange(v, WINDOW_RUNS, v.length))));
        }
        return md.toString();
    }

    /**
     * Seconds from start to exit of a command whose output is discarded (with noJava, PATH is that folder; jvmOptions
     * through JAVA_TOOL_OPTIONS); cpu[0] gets the process CPU seconds from the app's exit line.
     */
    private static double timed(List<String> command, Path noJava, String jvmOptions, double[] cpu) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        environment(pb, noJava, jvmOptions).put(StartupTrace.VARIABLE, "trace");
        long t0 = System.nanoTime();
        Process p = pb.start();
        Map<String, StartupTrace.Step> steps = steps(p, "exit");
        double s = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0 || !steps.containsKey("exit")) {
            throw new IllegalStateException("failed: " + command);
        }
        cpu[0] = steps.get("exit").cpuMs() / 1e3;
        return s;
    }

    /** Starts the window with a home folder until it closes itself after its first ranking; its steps. */
    private static Map<String, StartupTrace.Step> window(Path launcher, Path home, Path noJava, String display,
                                                         String jvmOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // user.home holds the preferences (last snapshot, view) and JavaFX's unpacked natives
        Map<String, String> env = environment(pb, noJava, "-Duser.home=" + home + (jvmOptions == null ? "" : " " + jvmOptions));
        env.put(StartupTrace.VARIABLE, "exit");
        env.put("DISPLAY", display);
        Process p = pb.start();
        Map<String, StartupTrace.Step> steps = steps(p, StartupTrace.FIRST_RANKING);
        if (!steps.containsKey(StartupTrace.FIRST_RANKING)) {
            throw new IllegalStateException("the window ended without a ranking");
        }
        return steps;
    }

    private static Map<String, String> environment(ProcessBuilder pb, Path noJava, String jvmOptions) {
        Map<String, String> env = pb.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        if (jvmOptions != null) {
            env.put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
        if (noJava != null) {
            env.put("PATH", noJava.toString());
            env.remove("JAVA_HOME");
        }
        return env;
    }

    /** The start-up steps on the process's standard error (other lines passed on), until it ends. */
    private static Map<String, StartupTrace.Step> steps(Process p, String last) throws Exception {
        Map<String, StartupTrace.Step> steps = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                StartupTrace.Step s = StartupTrace.parse(line);
                if (s != null) {
                    steps.putIfAbsent(s.name(), s);
                } else if (!line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
                    System.err.println(line);
                }
            }
        } finally {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("no " + last + " within 120 s");
            }
        }
        return steps;
    }

    /** An X display for the window: an Xvfb of the benchmark's own, else DISPLAY, else null. */
    private static final class Display implements AutoCloseable {
        private final Process xvfb;
        private final String name;

        private Display(Process xvfb, String name) {
            this.xvfb = xvfb;
            this.name = name;
        }

        static Display start() throws IOException {
            try {
                // -displayfd: Xvfb picks a free display number and writes it on standard output
                Process x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String n = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                if (n != null && !n.isBlank()) {
                    return new Display(x, ":" + n.strip());
                }
                x.destroy();
            } catch (IOException noXvfb) {
                // fall back on DISPLAY
            }
            String d = System.getenv("DISPLAY");
            return d == null ? null : new Display(null, d);
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
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
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String timeRow(String what, double[] wall, double[] cpu, String target) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", what, median(wall),
                Arrays.stream(wall).min().orElse(0), median(cpu), target);
    }
}
