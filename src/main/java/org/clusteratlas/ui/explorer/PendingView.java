package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;

import java.util.function.Consumer;

/**
 * A saved view waiting for its ranking: its viewport and selection are shown once a ranking under its
 * parameters is on screen. Opening its snapshot keeps the view's parameters ({@link #parameters()}); should the
 * first ranking shown still not be under them, they are applied once more.
 */
final class PendingView {
    private SavedView view;
    private boolean retried;

    void set(SavedView v) {
        view = v;
        retried = false;
    }

    /**
     * The waiting view's parameters, or null: the snapshot it names opens under them, so that its first ranking
     * is the view's own (a view's years are written as its snapshot's range, which the reset to all years on open
     * would have undone, and every restored start then ranked twice).
     */
    ClusterParameters parameters() {
        return view == null ? null : view.parameters();
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
