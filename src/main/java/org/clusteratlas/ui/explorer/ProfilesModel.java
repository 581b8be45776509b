package org.clusteratlas.ui.explorer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.snapshot.SnapshotException;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The profiles (growth, co-operation, partners, organisations, specialisation) of the explorer's current
 * result, for the table's columns, the details pane and the map's partner arcs. They follow each published
 * result on the background executor, after it, so that a slider move never waits for them; only the profiles
 * of the result still shown are published. Null while computing, or when the snapshot cannot give them.
 */
public final class ProfilesModel {
    private final ExplorerModel model;
    private final Executor background;
    private final ProfileSource source = new ProfileSource();
    private final ReadOnlyObjectWrapper<ClusterProfiles> profiles = new ReadOnlyObjectWrapper<>(this, "profiles");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    /** The result the profiles should follow, readable from the background thread. */
    private final AtomicReference<ExplorerResult> latest = new AtomicReference<>();

    public ProfilesModel(ExplorerModel model, Executor background) {
        this.model = model;
        this.background = background;
        model.resultProperty().addListener((o, a, r) -> follow(r));
        follow(model.getResult());
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
