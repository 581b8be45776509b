package org.clusteratlas.snapshot.source;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long import, reported at most once a second: records read, rate, and time left when the
 * file's size is known (estimated from the stored bytes consumed). Lines go to a sink, stderr for the CLI and
 * a label for the window, so the same importer serves both.
 */
public final class Progress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Consumer<String> sink; // called from one thread per Progress; sinks must be thread-safe
    private String task = "";
    private long total;
    private LongSupplier position = () -> -1;
    private long records;
    private long start;
    private long lastReport;

    public Progress(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Progress lines on a stream (stderr for the command line). */
    public static Progress to(PrintStream out) {
        return new Progress(out::println);
    }

    /** Another progress for a task running at the same time, writing to the same sink. */
    public Progress sibling() {
        return new Progress(sink);
    }

    /** No output (tests, embedding). */
    public static Progress silent() {
        return new Progress(s -> { });
    }

    /**
     * Starts a task (a pass over one file).
     *
     * @param totalBytes the file size, or a negative value when unknown
     * @param bytesRead  how many of those bytes have been consumed so far
     */
    public void begin(String task, long totalBytes, LongSupplier bytesRead) {
        this.task = task;
        this.total = totalBytes;
        this.position = bytesRead;
        this.records = 0;
        this.start = System.nanoTime();
        this.lastReport = start;
    }

    /** Counts one record; cheap enough to call per row. */
    public void record() {
        if ((++records & 0x3fff) == 0) {
            long now = System.nanoTime();
            if (now - lastReport >= INTERVAL_NANOS) {
                lastReport = now;
                sink.accept(line(now));
            }
        }
    }

    /** Reports the end of the task with its totals. */
    public void end() {
        long now = System.nanoTime();
        double secs = Math.max(1e-9, (now - start) / 1e9);
        sink.accept(String.format(Locale.ROOT, "%s: %,d records in %.1f s (%,.0f/s)", task, records, secs,
                records / secs));
    }

    public long records() {
        return records;
    }

    String line(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = records / secs;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %,d records, %,.0f/s", task, records,
                rate));
        long pos = position.getAsLong();
        if (total > 0 && pos > 0) {
            double done = Math.min(1.0, (double) pos / total);
            double left = secs * (1 - done) / done;
            sb.append(String.format(Locale.ROOT, ", %.0f%%, about %s left", done * 100, duration(left)));
        }
        return sb.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + ((s % 3600) / 60) + " min";
    }
}
