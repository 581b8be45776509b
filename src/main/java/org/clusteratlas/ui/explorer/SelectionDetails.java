package org.clusteratlas.ui.explorer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.rank.MemberPlaces;
import org.clusteratlas.ui.task.Lane;
import org.clusteratlas.ui.task.TaskRunner;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The selected cluster's details (per year, member places, top fields), computed on the {@link Lane#DETAILS}
 * lane, and the clusters pinned for comparison. Part of the {@link ExplorerModel}; FX thread only.
 */
final class SelectionDetails {
    private final TaskRunner tasks;
    private final AtomicLong request = new AtomicLong();
    private final ReadOnlyObjectWrapper<ClusterDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<MemberPlaces> members = new ReadOnlyObjectWrapper<>(this, "members");
    private final ObservableList<ComparePane.Pinned> pins = FXCollections.observableArrayList();
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

    ObservableList<ComparePane.Pinned> pins() {
        return pins;
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

    /** Pins the shown details with the parameters they were computed under; the third pin replaces the first. */
    void pinShown() {
        ClusterDetails d = details.get();
        if (d == null || under == null) {
            return;
        }
        ClusterParameters p = under.parameters();
        String text = p.text(ParameterSpecs.EPS_KM) + " km, years " + p.yearsText(org.clusteratlas.cluster.YearRange.of(under.snapshot().table()));
        if (pins.size() == 2) {
            pins.remove(0);
        }
        pins.add(new ComparePane.Pinned(d, text));
    }
}
