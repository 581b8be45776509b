package org.clusteratlas.cluster;

import java.util.concurrent.CancellationException;

/**
 * Asked often by a running {@link ClusterEngine#cluster} whether a newer request has made it pointless; a
 * cancelled run throws {@link CancellationException} and publishes nothing. A functional interface so a
 * caller can pass {@code () -> generation != current} or an {@code AtomicBoolean::get}.
 */
@FunctionalInterface
public interface Cancellation {
    /** Never cancelled: for the CLI, tests and benchmarks. */
    Cancellation NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} when cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new CancellationException("clustering cancelled by a newer request");
        }
    }
}
