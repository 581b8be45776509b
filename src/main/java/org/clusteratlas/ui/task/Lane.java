package org.clusteratlas.ui.task;

/**
 * The window's kinds of background work, each run by its own worker of the {@link TaskRunner} so that one
 * kind never waits for another: a 36 s import must not delay a slider's recompute, a sweep must not delay a
 * cluster's details.
 */
public enum Lane {
    /** Reading a snapshot that File &gt; Open, a drop or a saved view asked for. */
    LOAD,
    /** The live recompute (weigh, cluster, rank, hulls): newest wins, see {@code RecomputePacer}. */
    RECOMPUTE,
    /** Per-cluster details (years, places, fields) for the selection. */
    DETAILS,
    /** Robustness sweeps, on an engine of their own. */
    SWEEP,
    /** Rankings of many settings at once for Over time (rolling windows) and the published comparison. */
    COMPARISON,
    /** Writing and importing files: imports, exports, saved views. */
    IO
}
