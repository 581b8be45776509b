package org.clusteratlas.ui.explorer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clusteratlas.cluster.ClusterParameters;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The explorer's parameters with their undo history (FX thread only), apart from the rest of
 * {@link ExplorerModel}, which only follows {@link #property()} with a recompute.
 *
 * <p>Each change is one undo step, except that the changes of one gesture (a slider drag) form a single
 * step: the step remembers the parameters from before the drag, and its later positions are not recorded.
 * A change to equal parameters is no step (the property does not report it). Undo and redo, and the
 * parameters a new snapshot or a saved view brings ({@link #replace}), move the parameters without making
 * a step. Only the last {@value #LIMIT} steps are kept.
 */
public final class UndoableParameters {
    /** Steps kept; older ones are forgotten. */
    static final int LIMIT = 200;

    private final ObjectProperty<ClusterParameters> value;
    private final Deque<ClusterParameters> undo = new ArrayDeque<>();
    private final Deque<ClusterParameters> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The change being made is part of a gesture still in progress. */
    private boolean continuing;
    /** The change being made is no step (undo, redo, {@link #replace}). */
    private boolean replacing;
    /** A gesture's step has been recorded and the gesture has not ended. */
    private boolean inGesture;

    UndoableParameters(ClusterParameters initial) {
        value = new SimpleObjectProperty<>(this, "parameters", initial);
        value.addListener((o, before, now) -> {
            if (!replacing) {
                record(before);
            }
        });
    }

    /** The parameters; its listeners hear every change, steps and undos alike. */
    public ReadOnlyObjectProperty<ClusterParameters> property() {
        return value;
    }

    public ClusterParameters get() {
        return value.get();
    }

    /** Sets the parameters as one undoable step. */
    public void set(ClusterParameters p) {
        set(p, false);
    }

    /**
     * Sets the parameters; {@code duringGesture}: part of a drag still in progress, whose positions all
     * belong to one undo step (end it with {@link #endGesture}).
     */
    public void set(ClusterParameters p, boolean duringGesture) {
        continuing = duringGesture;
        try {
            value.set(p);
        } finally {
            continuing = false;
        }
    }

    /** The gesture (drag) ended: the next change is a step of its own. */
    public void endGesture() {
        inGesture = false;
    }

    /** Back to the parameters before the last step (a drag counts as one); nothing when there is none. */
    public void undo() {
        replace(move(undo, redo));
    }

    /** Forward to the parameters the last undo left; nothing when there is none. */
    public void redo() {
        replace(move(redo, undo));
    }

    /**
     * Sets the parameters without making a step: those a new snapshot opens under, or a saved view's applied
     * once more (null: nothing).
     */
    void replace(ClusterParameters p) {
        if (p == null) {
            return;
        }
        replacing = true;
        try {
            value.set(p);
        } finally {
            replacing = false;
        }
    }

    /** Forgets every step (a new snapshot: its years, fields and countries differ). */
    void clearHistory() {
        undo.clear();
        redo.clear();
        inGesture = false;
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Notes a change away from {@code before}. */
    private void record(ClusterParameters before) {
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

    /** The parameters to move to, the current ones kept for the way back; null when {@code from} is empty. */
    private ClusterParameters move(Deque<ClusterParameters> from, Deque<ClusterParameters> to) {
        inGesture = false;
        if (from.isEmpty()) {
            return null;
        }
        to.push(value.get());
        ClusterParameters p = from.pop();
        update();
        return p;
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
