package org.clusteratlas.ui.explorer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.cluster.ParameterSpecs;
import org.clusteratlas.cluster.YearRange;
import org.clusteratlas.rank.Ranking;

/**
 * What the explorer compares against: the pinned reference ranking that rank changes are taken against
 * (with the parameters it was computed under), and the clusters pinned side by side in the Compare tab.
 * Both are kept from an earlier moment while the parameters move on, and both are dropped together when
 * another snapshot opens. Kept apart from {@link ExplorerModel}, which owns one and exposes it as
 * {@link ExplorerModel#compare()}, so that the model's own code is the parameters and the recompute.
 * FX thread only.
 */
public final class CompareState {
    /** Clusters pinned side by side at the most; a further pin replaces the oldest. */
    static final int MAX_PINS = 2;

    private final ObjectProperty<Ranking> reference = new SimpleObjectProperty<>(this, "reference");
    private final ObservableList<ComparePane.Pinned> pins = FXCollections.observableArrayList();
    private ClusterParameters referenceParameters;

    /** The ranking rank changes are taken against (a pinned earlier result), or null. */
    public ObjectProperty<Ranking> referenceProperty() {
        return reference;
    }

    /** Pins a result's ranking as the reference of rank changes (null: nothing to pin, the reference goes). */
    public void pinReference(ExplorerResult r) {
        referenceParameters = r == null ? null : r.parameters();
        reference.set(r == null ? null : r.ranking());
    }

    /** The parameters of the pinned reference, or null. */
    public ClusterParameters referenceParameters() {
        return reference.get() == null ? null : referenceParameters;
    }

    /** Clusters pinned for comparison, as they were under the parameters of the moment (at most two). */
    public ObservableList<ComparePane.Pinned> pins() {
        return pins;
    }

    /** Pins a cluster's details with the parameters of the result they were computed under. */
    void pin(ClusterDetails d, ExplorerResult under) {
        ClusterParameters p = under.parameters();
        String text = p.text(ParameterSpecs.EPS_KM) + " km, years " + p.yearsText(YearRange.of(under.snapshot().table()));
        if (pins.size() == MAX_PINS) {
            pins.remove(0);
        }
        pins.add(new ComparePane.Pinned(d, text));
    }

    /** Another snapshot: its rankings and clusters are not comparable with this one's. */
    void clear() {
        reference.set(null);
        pins.clear();
    }
}
