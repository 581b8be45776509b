package org.clusteratlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

class BalancedChunksTest {

    @Test
    void runsEveryChunkExactlyOnce() throws Exception {
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            for (int chunks : new int[] {0, 1, 2, 7, 1000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, chunks));
                four.submit(() -> BalancedChunks.forEach(chunks, runs::incrementAndGet)).get();
                for (int ch = 0; ch < chunks; ch++) {
                    assertEquals(1, runs.get(ch), "chunk " + ch + " of " + chunks);
                }
            }
        } finally {
            four.shutdown();
        }
    }

    /**
     * The point of the class: while one thread is held up by a slow first chunk, the other claims all the rest.
     * A parallel stream over the chunks gives the first thread a whole leaf of them, which it runs after the
     * slow one.
     */
    @Test
    void aThreadHeldUpByOneChunkLeavesTheRestToTheOthers() throws Exception {
        ForkJoinPool two = new ForkJoinPool(2);
        try {
            int chunks = 64;
            AtomicLongArray threadOf = new AtomicLongArray(chunks);
            two.submit(() -> BalancedChunks.forEach(chunks, ch -> {
                threadOf.set(ch, Thread.currentThread().getId());
                if (ch == 0) {
                    sleep(400);
                }
            })).get();
            for (int ch = 1; ch < chunks; ch++) {
                if (threadOf.get(ch) == threadOf.get(0)) {
                    throw new AssertionError("chunk " + ch + " waited for the slow chunk 0 on its thread");
                }
            }
        } finally {
            two.shutdown();
        }
    }

    @Test
    void aFailingChunkFailsTheCall() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        assertThrows(IllegalStateException.class, () -> BalancedChunks.forEach(100, ch -> {
            seen.add(ch);
            if (ch == 50) {
                throw new IllegalStateException("chunk 50");
            }
        }));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
