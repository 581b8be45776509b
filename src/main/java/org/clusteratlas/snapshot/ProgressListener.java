package org.clusteratlas.snapshot;

/**
 * Receives loading progress so that a window can show a bar while a large snapshot loads (10M addresses take
 * seconds). Called on the loading thread, a few hundred times per load at most; implementations hand the value
 * over to their UI thread themselves.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = fraction -> {
    };

    /** @param fraction done so far, from 0 to 1, never decreasing */
    void progress(double fraction);
}
