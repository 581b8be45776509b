package org.clusteratlas.bench;

import org.clusteratlas.basemap.BasemapData;
import org.clusteratlas.basemap.TileRenderer;
import org.clusteratlas.geo.WebMercator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How fast the offline base map draws: loading the bundled Natural Earth data, then milliseconds per
 * 256 x 256 tile at several zoom levels over busy areas (Western Europe, the US north-east, East Asia).
 * Each zoom is rendered once to warm up (and to build its level of detail and label placement), then
 * timed over a second pass. Single-threaded; the app renders on two threads.
 *
 * <pre>mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.TileRenderBench</pre>
 */
public final class TileRenderBench {
    private static final double[][] AREAS = {{48.8, 5.0}, {41.0, -74.0}, {35.0, 125.0}};
    private static final int[] ZOOMS = {1, 2, 3, 4, 5, 6, 8, 10};

    private TileRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        long t0 = System.nanoTime();
        BasemapData.bundled();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        TileRenderer renderer = TileRenderer.bundled();
        StringBuilder md = new StringBuilder();
        md.append("Command: `mvn -B -Pbench -DskipTests test-compile exec:java -Dexec.mainClass=org.clusteratlas.bench.TileRenderBench`\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), Java ")
                .append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append("), load average at start ").append(loadAverage()).append(".\n\n");
        md.append(String.format(Locale.ROOT, "Loading the bundled map data (TopoJSON decode, projection, urban areas): %.0f ms.%n%n", loadMs));
        md.append("Wall time suffers from other processes on a shared machine; the thread's CPU time per tile does not.\n\n");
        md.append("| zoom | tiles | first pass ms/tile (builds level, places labels) | wall ms/tile median | wall mean | wall max | CPU ms/tile median | CPU mean |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int zoom : ZOOMS) {
            List<long[]> tiles = tiles(zoom);
            long f0 = System.nanoTime();
            for (long[] t : tiles) {
                renderer.render(zoom, t[0], t[1]);
            }
            double first = (System.nanoTime() - f0) / 1e6 / tiles.size();
            double[] ms = new double[tiles.size()];
            double[] cpu = new double[tiles.size()];
            for (int k = 0; k < tiles.size(); k++) {
                long s = System.nanoTime();
                long c = mx.getCurrentThreadCpuTime();
                renderer.render(zoom, tiles.get(k)[0], tiles.get(k)[1]);
                cpu[k] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
                ms[k] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            double mean = Arrays.stream(ms).average().orElse(0);
            double cpuMean = Arrays.stream(cpu).average().orElse(0);
            md.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f |%n", zoom, tiles.size(),
                    first, ms[ms.length / 2], mean, ms[ms.length - 1], cpu[cpu.length / 2], cpuMean));
            System.out.printf(Locale.ROOT, "z%d: %d tiles, first %.1f ms/tile, median %.2f, mean %.2f, max %.1f%n",
                    zoom, tiles.size(), first, ms[ms.length / 2], mean, ms[ms.length - 1]);
        }
        md.append("\nA window of 1440 x 900 shows about 24 tiles; with two render threads and the LRU cache,"
                + " panning back over seen tiles costs nothing.\n");
        BenchmarkReport.writeSection("basemap-tiles", md.toString());
        System.out.println(md);
    }

    /** A block of up to 4 x 4 tiles around each area, without duplicates. */
    private static List<long[]> tiles(int zoom) {
        List<long[]> out = new ArrayList<>();
        long n = 1L << zoom;
        for (double[] a : AREAS) {
            long ci = (long) Math.floor(WebMercator.x(a[1]) * n);
            long cj = (long) Math.floor(WebMercator.y(a[0]) * n);
            for (long i = ci - 1; i <= ci + 2; i++) {
                for (long j = cj - 1; j <= cj + 2; j++) {
                    long fi = i;
                    long fj = j;
                    if (i >= 0 && j >= 0 && i < n && j < n && out.stream().noneMatch(t -> t[0] == fi && t[1] == fj)) {
                        out.add(new long[] {i, j});
                    }
                }
            }
        }
        return out;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
