package org.clusteratlas;

import org.clusteratlas.sample.BundledSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app image as {@code mvn package} leaves it in {@code target/dist/cluster-atlas} (failsafe runs this after
 * package): complete, under its size target, and its launcher, started with no Java on {@code PATH} and no
 * {@code JAVA_HOME}, answers exactly as {@code java -jar target/cluster-atlas.jar} does.
 */
class AppImageIT {
    /** The app image target (issue 16). */
    static final long MAX_BYTES = 150L * 1000 * 1000;

    private static AppImageLayout image;
    private static Path jar;

    @BeforeAll
    static void locate() {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "the app image layout checked here is Linux's (bin/cluster-atlas, lib/runtime, lib/app)");
        image = new AppImageLayout(Path.of(System.getProperty("app.image", "target/dist/cluster-atlas")));
        jar = Path.of(System.getProperty("app.jar", "target/cluster-atlas.jar"));
    }

    @Test
    void holdsLauncherRuntimeJarMapDataAndSampleUnderTheSizeTarget() throws IOException {
        assertEquals(List.of(), image.problems(BundledSample.RELATIVE, Path.of("assets")));
        long bytes = image.size();
        System.out.printf(Locale.ROOT, "app image: %.1f MB (runtime %.1f MB, app %.1f MB)%n", bytes / 1e6,
                new AppImageLayout(image.runtime()).size() / 1e6, new AppImageLayout(image.appDir()).size() / 1e6);
        assertTrue(bytes < MAX_BYTES, "app image is " + bytes + " bytes, target under " + MAX_BYTES);
    }

    @Test
    void theCheckNamesWhatIsMissing(@TempDir Path empty) throws IOException {
        List<String> problems = new AppImageLayout(empty).problems(BundledSample.RELATIVE, Path.of("assets"));
        assertEquals(6, problems.size(), problems.toString());
        for (String part : List.of("launcher", "runtime", "configuration", "archive", "sample", "jar")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(part)), part + " in " + problems);
        }
    }

    @Test
    void theRuntimeHoldsTheModulesTheImageArgsName() throws IOException {
        assertTrue(AppImageLayout.modules().containsAll(List.of("java.base", "java.desktop", "java.sql")),
                AppImageLayout.modules().toString());
    }

    @Test
    void theLauncherMapsTheClassDataArchiveWithTheAppsClasses() throws Exception {
        // -Xshare:on: the JVM refuses to start when the archive does not map (made elsewhere, or the jar changed)
        Run on = launch(List.of("-Xshare:on", "-Xlog:class+load=info"), "--version");
        assertEquals(0, on.code, on.toString());
        assertTrue(on.out.contains("org.clusteratlas.Main source: shared objects file"), "Main not from the archive");
        assertTrue(on.out.contains("picocli.CommandLine source: shared objects file"), "picocli not from the archive");
        assertTrue(Files.size(image.archive()) > 10_000_000, image.archive() + " is too small to hold the start's classes");
    }

    @Test
    void infoOnTheBundledSampleAsJavaJar() throws Exception {
        Run launcher = launch("info");
        assertEquals(0, launcher.code, launcher.toString());
        assertTrue(launcher.out.contains("SYNTHETIC"), launcher.out);
        assertEquals(javaJar("info", realSample()), launcher);
    }

    @Test
    void rankTop3OnTheBundledSampleAsJavaJar() throws Exception {
        Run launcher = launch("rank", "--top", "3");
        assertEquals(0, launcher.code, launcher.toString());
        assertEquals(3 + 1, launcher.out.strip().lines().count(), launcher.out);
        assertEquals(javaJar("rank", "--snapshot", realSample(), "--top", "3"), launcher);
    }

    @Test
    void theRecordedCommandStartsWithTheLauncher() throws Exception {
        // the rank JSON records the command that reproduces it, rendered as Copy Command renders it (AppInvocation)
        Run json = launch("rank", "--top", "1", "--format", "json");
        assertEquals(0, json.code, json.toString());
        String launcher = image.launcher().toRealPath().toString();
        assertTrue(json.out.contains("\"command\" : \"" + launcher + " rank --snapshot " + realSample() + " "),
                json.out);
    }

    @Test
    void badInputAndVersionAsJavaJar(@TempDir Path dir) throws Exception {
        String absent = dir.resolve("absent.sqlite").toString();
        Run launcher = launch("info", absent);
        assertEquals(3, launcher.code, launcher.toString());
        assertEquals(javaJar("info", absent), launcher);
        Run version = launch("--version");
        assertEquals(0, version.code, version.toString());
        assertEquals(javaJar("--version"), version);
    }

    private static String realSample() throws IOException {
        return image.sample().toRealPath().toString();
    }

    /** The image's launcher, with a PATH that holds no java and without JAVA_HOME. */
    private static Run launch(String... args) throws Exception {
        return launch(List.of(), args);
    }

    /** The same, with JVM options (through JAVA_TOOL_OPTIONS: the launcher takes none on its command line). */
    private static Run launch(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(image.launcher().toString()));
        command.addAll(List.of(args));
        return run(command, true, jvmOptions);
    }

    /** The same arguments to {@code java -jar target/cluster-atlas.jar}, with the JDK running the tests. */
    private static Run javaJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return run(command, false, List.of());
    }

    private static Run run(List<String> command, boolean withoutJava, List<String> jvmOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path out = Files.createTempFile("app-image-it", ".out");
        Path err = Files.createTempFile("app-image-it", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove(StartupTrace.VARIABLE);
        if (!jvmOptions.isEmpty()) {
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        }
        if (withoutJava) {
            Path emptyBin = Files.createTempDirectory("no-java-bin");
            env.put("PATH", emptyBin.toString());
            env.remove("JAVA_HOME");
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        System.out.printf(Locale.ROOT, "%.2f s  %s%n", (System.nanoTime() - t0) / 1e9, String.join(" ", command));
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        assertFalse(r.err.contains("Exception"), r.toString());
        return r;
    }

    /** Exit code, standard output and standard error of one run. */
    private record Run(int code, String out, String err) {
    }
}
