package org.clusteratlas.cluster;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs numbered chunks of work on a fork-join pool (the one the caller runs in, else the common one), each
 * worker claiming the next unclaimed chunk, so that the threads finish together however unevenly the work is
 * spread over the chunks.
 *
 * <p>Why not a parallel stream over the chunks: it splits the range once into about four leaves per thread,
 * and a grid's cells are in spatial order, so the dense cities of a snapshot fall into one or two leaves and
 * one thread does most of a pass while the other waits (a radius move at 60M addresses ran at 1.1-1.3 cores of
 * two; docs/adr/0174-balanced-passes-and-a-warm-core-test.md). The map's cluster shapes use it too: the
 * hulls of a hundred clusters of very unequal size.
 */
public final class BalancedChunks {
    private BalancedChunks() {
    }

    /**
     * Calls {@code body} once for each chunk 0 .. chunks-1, on up to all the threads of the pool it runs in (the
     * common one from outside a pool) plus the caller.
     */
    public static void forEach(int chunks, IntConsumer body) {
        AtomicInteger next = new AtomicInteger();
        ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        int workers = Math.min(chunks, pool.getParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int ch = next.getAndIncrement(); ch < chunks; ch = next.getAndIncrement()) {
                body.accept(ch);
            }
        });
    }
}
