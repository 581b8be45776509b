package org.clusteratlas.ui.explorer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.MemberPlaces;
import org.clusteratlas.ui.task.Lane;
import org.clusteratlas.ui.task.TaskRunner;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The selected cluster's details (per year, member places, top fields), computed on the {@link Lane#DETAILS}
 * lane, and which result they were computed under, for pinning them into the {@link CompareState}. Part of
 * the {@link ExplorerModel}; FX thread only.
 */
final class SelectionDetails {
    private final TaskRunner tasks;
    private final AtomicLong request = new AtomicLong();
    private final ReadOnlyObjectWrapper<ClusterDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<MemberPlaces> members = new ReadOnlyObjectWrapper<>(this, "members");
    private ExplorerResult under;

    SelectionDetails(TaskRunner tasks) {
        this.tasks = tasks;
    }

    ReadOnlyObjectProperty<ClusterDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The selected cluster's member places, computed with its details. */
    ReadOnlyObjectProperty<MemberPlaces> membersProperty() {
        return members.getReadOnlyProperty();
    }

    /** Loads the details of {@code row} of {@code result}; only the newest request is ever shown. */
    void load(ClusterRow row, ExplorerResult result) {
        long id = request.incrementAndGet();
        details.set(null);
        members.set(null);
        under = null;
        if (row == null || result == null) {
            return;
        }
        tasks.run(Lane.DETAILS, () -> {
            if (request.get() != id) {
                return;
            }
            ClusterDetails d = ClusterDetails.of(result, row);
            MemberPlaces m = MemberPlaces.of(result.ranking(), row.clusterId());
            Platform.runLater(() -> {
                if (request.get() == id) {
                    under = result;
                    members.set(m);
                    details.set(d);
                }
            });
        });
    }

    /** Pins the shown details into {@code compare}, with the result they were computed under (none shown: nothing). */
    void pinShown(CompareState compare) {
        ClusterDetails d = details.get();
        if (d == null || under == null) {
            return;
        }
        compare.pin(d, under);
    }
}
