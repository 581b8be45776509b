package org.clusteratlas.robust;

/**
 * Told of each setting as soon as it is done, on the sweeping thread, so that a view can show results as
 * they arrive (hand them to the UI thread yourself).
 */
@FunctionalInterface
public interface SweepListener {
    SweepListener NONE = (cell, done, total) -> { };

    /**
     * @param done  settings finished so far, this one included
     * @param total settings in the grid
     */
    void cellDone(CellResult cell, int done, int total);
}
