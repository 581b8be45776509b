package org.clusteratlas.ui.explorer;

import java.util.function.LongSupplier;

/**
 * "Coalesce, don't starve": decides when a newer recompute request may cancel the run in flight. Newest
 * wins as long as a fresh run can still finish within {@link #BUDGET_NANOS} of the moment the screen last
 * fell behind; after that the run in flight is let through and shown (it is consistent in itself, only a
 * few slider steps behind), then the newest request runs. So during a continuous drag a result is shown at
 * least every 250 ms whatever the snapshot size (as far as one recompute fits in that time), instead of
 * every result being superseded before it is shown.
 *
 * <p>Thread-safe: requests and showings are noted on the FX thread, cancellation is asked on the recompute
 * lane.
 */
final class RecomputePacer {
    /** Longest wait for a result during a continuous change. */
    static final long BUDGET_NANOS = 250_000_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final LongSupplier clock;
    /** When the screen last fell behind the parameters (first request since a result was shown), or NONE. */
    private volatile long behindSince = NONE;
    /** A recent recompute's duration (moving average), the guess for the next one. */
    private volatile long expectedNanos;

    RecomputePacer(LongSupplier clock) {
        this.clock = clock;
    }

    static RecomputePacer systemClock() {
        return new RecomputePacer(System::nanoTime);
    }

    /** A new request was made (FX thread). */
    void requested() {
        if (behindSince == NONE) {
            behindSince = clock.getAsLong();
        }
    }

    /** A result was shown; {@code newerPending}: the parameters already moved on (FX thread). */
    void shown(boolean newerPending) {
        behindSince = newerPending ? clock.getAsLong() : NONE;
    }

    /** Nothing is pending any more (no snapshot, or a failure). */
    void idle() {
        behindSince = NONE;
    }

    /** A recompute took this long (recompute lane). */
    void computed(long nanos) {
        long e = expectedNanos;
        expectedNanos = e == 0 ? nanos : (3 * e + nanos) / 4;
    }

    /** Whether a newer request may still cancel the run in flight: a fresh run would finish within budget. */
    boolean mayCancel() {
        long since = behindSince;
        return since == NONE || clock.getAsLong() - since + expectedNanos < BUDGET_NANOS;
    }

    /** Whether a finished result that is no longer the newest is shown anyway (the screen waited too long). */
    boolean showSuperseded() {
        return !mayCancel();
    }
}
