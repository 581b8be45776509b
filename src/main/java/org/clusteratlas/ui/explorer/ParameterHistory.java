package org.clusteratlas.ui.explorer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.clusteratlas.cluster.ClusterParameters;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo of parameter changes, part of the explorer's state (FX thread only). Each change is one
 * step, except that the changes of one gesture (a slider drag) form a single step: the step remembers the
 * parameters from before the drag, and the drag's later positions are not recorded.
 */
public final class ParameterHistory {
    /** Steps kept; older ones are forgotten. */
    static final int LIMIT = 200;

    private final Deque<ClusterParameters> undo = new ArrayDeque<>();
    private final Deque<ClusterParameters> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private boolean inGesture;

    /** Notes a change away from {@code before}; {@code continuing}: part of a gesture still in progress. */
    void record(ClusterParameters before, boolean continuing) {
        if (continuing && inGesture) {
            return; // the gesture's step already holds the parameters from before it
        }
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        inGesture = continuing;
        update();
    }

    /** The gesture (drag) ended: the next change is a step of its own. */
    void endGesture() {
        inGesture = false;
    }

    /** The parameters to go back to from {@code current}, or null when there is nothing to undo. */
    ClusterParameters undo(ClusterParameters current) {
        return move(undo, redo, current);
    }

    /** The parameters to go forward to from {@code current}, or null. */
    ClusterParameters redo(ClusterParameters current) {
        return move(redo, undo, current);
    }

    private ClusterParameters move(Deque<ClusterParameters> from, Deque<ClusterParameters> to, ClusterParameters current) {
        inGesture = false;
        if (from.isEmpty()) {
            return null;
        }
        to.push(current);
        ClusterParameters p = from.pop();
        update();
        return p;
    }

    /** Forgets every step (a new snapshot: its years, fields and countries differ). */
    void clear() {
        undo.clear();
        redo.clear();
        inGesture = false;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
