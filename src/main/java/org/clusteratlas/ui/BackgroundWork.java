package org.clusteratlas.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window's one background executor: loading snapshots (and, later, recomputing clusters) runs here so
 * that the JavaFX thread never waits. A single daemon thread keeps work ordered and never blocks exit.
 */
final class BackgroundWork {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private BackgroundWork() {
    }

    static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-background-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
