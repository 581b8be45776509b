package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;

import java.util.function.Consumer;

/**
 * A saved view waiting for its ranking: its viewport and selection are shown once a ranking under its
 * parameters is on screen. Opening its snapshot resets the filter, so the parameters are applied once more
 * if the first ranking shown is not under them.
 */
final class PendingView {
    private SavedView view;
    private boolean retried;

    void set(SavedView v) {
        view = v;
        retried = false;
    }

    /**
     * Called with each newest ranking shown: the view to show now (and forget), or null while none waits or
     * its parameters are being applied again through {@code reapply}.
     */
    SavedView shown(ExplorerResult r, Consumer<ClusterParameters> reapply) {
        SavedView v = view;
        if (v == null) {
            return null;
        }
        if (!v.parameters().equals(r.parameters()) && !retried) {
            retried = true;
            reapply.accept(v.parameters());
            return null;
        }
        view = null;
        return v;
    }
}
