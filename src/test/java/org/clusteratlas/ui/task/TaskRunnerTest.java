package org.clusteratlas.ui.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskRunnerTest {
    @Test
    void aBlockedLaneNeverDelaysAnother() throws Exception {
        try (TaskRunner tasks = TaskRunner.threads()) {
            CountDownLatch release = new CountDownLatch(1);
            tasks.run(Lane.IO, () -> {
                try {
                    release.await(30, TimeUnit.SECONDS); // a long import
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CountDownLatch others = new CountDownLatch(4);
            for (Lane lane : List.of(Lane.LOAD, Lane.RECOMPUTE, Lane.DETAILS, Lane.SWEEP)) {
                tasks.run(lane, others::countDown);
            }
            assertTrue(others.await(10, TimeUnit.SECONDS), "every other lane ran while I/O was blocked");
            release.countDown();
        }
    }

    @Test
    void workWithinALaneRunsInOrderOnTheExecutorTheTestChose() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner tasks = TaskRunner.of(lane -> lane == Lane.RECOMPUTE ? queued::add : Runnable::run);
        List<String> done = new ArrayList<>();
        tasks.run(Lane.RECOMPUTE, () -> done.add("first"));
        tasks.run(Lane.RECOMPUTE, () -> done.add("second"));
        tasks.run(Lane.IO, () -> done.add("io"));
        assertEquals(List.of("io"), done, "recompute waits for the test; I/O ran at once");
        queued.forEach(Runnable::run);
        assertEquals(List.of("io", "first", "second"), done);
    }
}
