package org.clusteratlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one benchmark's section into {@code docs/benchmarks.md}, between
 * {@code <!-- section: NAME -->} and {@code <!-- end: NAME -->}, leaving the other sections alone.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static void writeSection(String name, String markdown) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nEach section is written by the command it names; machines are noisy, so compare ratios"
                  + " measured in the same run.\n";
        String begin = "<!-- section: " + name + " -->";
        String end = "<!-- end: " + name + " -->";
        String block = begin + "\n" + markdown.strip() + "\n" + end;
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        if (a >= 0 && b > a) {
            text = text.substring(0, a) + block + text.substring(b + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("benchmarks.md.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
