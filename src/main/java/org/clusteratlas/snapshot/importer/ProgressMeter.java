package org.clusteratlas.snapshot.importer;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Tells the user that a long import is alive: at most one line per interval (about a second) with the count
 * and the rate, and nothing at all for imports that finish quickly. Cheap enough to call for every row.
 */
public final class ProgressMeter {
    private final PrintStream out;
    private final String what;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long lastCount;

    public ProgressMeter(PrintStream out, String what, long intervalMillis) {
        this.out = out;
        this.what = what;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    public ProgressMeter(PrintStream out, String what) {
        this(out, what, 1000);
    }

    /** Reports {@code count} items done if the interval has passed; checks the clock every 4096 calls only. */
    public void update(long count) {
        if (out == null || (count & 0xFFF) != 0 || count == lastCount) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            lastCount = count;
            out.println(line(count, now));
        }
    }

    /** Seconds since this meter was created. */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private String line(long count, long now) {
        double s = (now - start) / 1e9;
        return String.format(Locale.ROOT, "%s %,d (%,.0f/s, %.0f s)", what, count, count / Math.max(s, 1e-9), s);
    }
}
