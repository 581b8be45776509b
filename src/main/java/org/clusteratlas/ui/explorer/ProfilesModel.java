package org.clusteratlas.ui.explorer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clusteratlas.profile.ClusterProfile;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.snapshot.SnapshotException;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The profiles (growth, co-operation, partners, organisations, specialisation) of the explorer's current
 * result, for the table's columns, the details pane and the map's partner arcs. They follow each published
 * result on the background executor, after it, so that a slider move never waits for them; only the profiles
 * of the result still shown are published. Null while computing, or when the snapshot cannot give them.
 * The selected cluster's profile ({@link #selectedProfileProperty}) is computed apart on the details executor,
 * from that cluster's own documents, so that the details pane does not wait for every cluster's.
 */
public final class ProfilesModel {
    private final ExplorerModel model;
    private final Executor background;
    private final Executor details;
    private final ProfileSource source = new ProfileSource();
    private final ReadOnlyObjectWrapper<ClusterProfiles> profiles = new ReadOnlyObjectWrapper<>(this, "profiles");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<ClusterProfile> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    /** The newest selection asked for: only its profile is ever shown. */
    private final AtomicLong selection = new AtomicLong();
    /** The result the profiles should follow, readable from the background thread. */
    private final AtomicReference<ExplorerResult> latest = new AtomicReference<>();

    /**
     * @param background where every cluster's profiles are computed (the profiles lane)
     * @param details    where the selected cluster's profile is computed (the details lane)
     */
    public ProfilesModel(ExplorerModel model, Executor background, Executor details) {
        this.model = model;
        this.background = background;
        this.details = details;
        model.resultProperty().addListener((o, a, r) -> {
            follow(r);
            followSelection();
        });
        model.selectedProperty().addListener((o, a, row) -> followSelection());
        follow(model.getResult());
        followSelection();
    }

    /**
     * The selected cluster's profile (all its figures, for the details pane and the partner arcs), of the shown
     * result; null while none is selected, while computing, or when the snapshot cannot give it.
     */
    public ReadOnlyObjectProperty<ClusterProfile> selectedProfileProperty() {
        return selected.getReadOnlyProperty();
    }

    public ClusterProfile getSelectedProfile() {
        return selected.get();
    }

    public ReadOnlyObjectProperty<ClusterProfiles> profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    public ClusterProfiles getProfiles() {
        return profiles.get();
    }

    /** Why profiles are missing (the snapshot's file could not be read again), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The profiles of a result, computed now on the calling (background) thread, e.g. for an export; shares
     * the cache of the published ones. Null when the snapshot has no file to read them from.
     */
    public ClusterProfiles computeFor(ExplorerResult r) throws SnapshotException {
        return source.profiles(r);
    }

    private void followSelection() {
        long id = selection.incrementAndGet();
        selected.set(null);
        ExplorerResult r = model.getResult();
        ClusterRow row = model.selectedProperty().get();
        if (r == null || row == null || !isRowOf(r, row)) {
            return; // nothing selected, or a row of the previous result: the new selection follows
        }
        details.execute(() -> {
            if (selection.get() != id) {
                return;
            }
            ClusterProfile p;
            try {
                p = source.profileOf(r, row.clusterId());
            } catch (SnapshotException e) {
                p = null; // the problem is shown with the profiles
            }
            ClusterProfile done = p;
            Platform.runLater(() -> {
                if (selection.get() == id && model.getResult() == r) {
                    selected.set(done);
                }
            });
        });
    }

    /** Whether {@code row} is the row of its cluster id in {@code r} (not one of an earlier result's). */
    private static boolean isRowOf(ExplorerResult r, ClusterRow row) {
        int id = row.clusterId();
        if (id < 0 || id >= r.ranking().clustering().clusterCount()) {
            return false;
        }
        try {
            return r.ranking().row(id).equals(row);
        } catch (IndexOutOfBoundsException unranked) {
            return false;
        }
    }

    private void follow(ExplorerResult r) {
        profiles.set(null);
        latest.set(r);
        if (r == null) {
            return;
        }
        background.execute(() -> {
            if (latest.get() != r) {
                return; // a newer result came meanwhile: its own task follows
            }
            ClusterProfiles p = null;
            String failure = null;
            try {
                p = source.profiles(r);
            } catch (SnapshotException e) {
                failure = e.getMessage();
            }
            ClusterProfiles done = p;
            String why = failure;
            Platform.runLater(() -> {
                if (model.getResult() == r) {
                    problem.set(why);
                    profiles.set(done);
                }
            });
        });
    }
}
