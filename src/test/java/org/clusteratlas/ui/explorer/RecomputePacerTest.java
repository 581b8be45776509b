package org.clusteratlas.ui.explorer;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Coalesce, don't starve" on a test clock: a drag gets a result at least every 250 ms. */
class RecomputePacerTest {
    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final RecomputePacer pacer = new RecomputePacer(now::get);

    @Test
    void newerRequestsCancelWhileAFreshRunStillFitsTheBudget() {
        pacer.computed(100 * MS); // recomputes take 100 ms on this snapshot
        pacer.requested(); // the drag starts
        now.addAndGet(16 * MS);
        assertTrue(pacer.mayCancel(), "16 + 100 ms < 250 ms: newest wins");
        now.addAndGet(120 * MS);
        assertTrue(pacer.mayCancel(), "136 + 100 ms < 250 ms");
        now.addAndGet(20 * MS);
        assertFalse(pacer.mayCancel(), "156 + 100 ms > 250 ms: the run in flight must finish");
        assertTrue(pacer.showSuperseded(), "and be shown though the slider moved on");
    }

    @Test
    void aShownResultRestartsTheClockAndIdleNeverBlocksCancelling() {
        pacer.computed(100 * MS);
        pacer.requested();
        now.addAndGet(200 * MS);
        assertFalse(pacer.mayCancel());
        pacer.shown(true); // shown while the drag goes on
        pacer.requested(); // does not move the clock back: the screen is behind since the showing
        assertTrue(pacer.mayCancel());
        now.addAndGet(151 * MS);
        assertFalse(pacer.mayCancel());
        pacer.shown(false); // the newest result: nothing pending
        now.addAndGet(10_000 * MS);
        assertTrue(pacer.mayCancel(), "an idle window always lets a newer request cancel");
        assertFalse(pacer.showSuperseded());
    }

    @Test
    void aRecomputeSlowerThanTheBudgetIsNeverCancelledDuringADrag() {
        pacer.computed(400 * MS); // 10M addresses on a busy machine
        pacer.requested();
        assertFalse(pacer.mayCancel(), "each result is shown as soon as it is done rather than never");
    }
}
