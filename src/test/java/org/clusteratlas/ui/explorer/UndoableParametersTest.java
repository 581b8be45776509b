package org.clusteratlas.ui.explorer;

import org.clusteratlas.cluster.ClusterParameters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Undo and redo of the explorer's parameters, without the FX toolkit (JavaFX properties need none). */
class UndoableParametersTest {
    private static final ClusterParameters START = ClusterParameters.defaults().withEpsKm(10);

    private static ClusterParameters eps(double km) {
        return START.withEpsKm(km);
    }

    @Test
    void undoRestoresThePreviousParametersAndRedoReappliesThem() {
        UndoableParameters p = new UndoableParameters(START);
        List<ClusterParameters> heard = new ArrayList<>();
        p.property().addListener((o, a, b) -> heard.add(b));
        assertFalse(p.canUndoProperty().get(), "nothing to undo at first");
        p.set(eps(12));
        p.set(eps(14));
        assertTrue(p.canUndoProperty().get());
        assertFalse(p.canRedoProperty().get());

        p.undo();
        assertEquals(eps(12), p.get());
        assertTrue(p.canRedoProperty().get());
        p.undo();
        assertEquals(START, p.get());
        assertFalse(p.canUndoProperty().get(), "back at the start");
        p.undo(); // nothing left: no change
        assertEquals(START, p.get());

        p.redo();
        assertEquals(eps(12), p.get());
        p.redo();
        assertEquals(eps(14), p.get());
        assertFalse(p.canRedoProperty().get());
        p.redo();
        assertEquals(eps(14), p.get());
        // the recompute follows the property: it heard every move, undo and redo alike
        assertEquals(List.of(eps(12), eps(14), eps(12), START, eps(12), eps(14)), heard);
        // undo and redo made no steps of their own: two steps back is the start again
        p.undo();
        p.undo();
        assertEquals(START, p.get());
    }

    @Test
    void aNewChangeAfterAnUndoClearsTheRedoSteps() {
        UndoableParameters p = new UndoableParameters(START);
        p.set(eps(12));
        p.set(eps(14));
        p.undo();
        p.set(eps(20));
        assertFalse(p.canRedoProperty().get(), "the undone 14 km can no longer be redone");
        p.redo();
        assertEquals(eps(20), p.get());
        p.undo();
        assertEquals(eps(12), p.get());
        p.undo();
        assertEquals(START, p.get());
    }

    @Test
    void settingEqualParametersIsNoStep() {
        UndoableParameters p = new UndoableParameters(START);
        ClusterParameters same = START.withEpsKm(START.epsKm());
        assertNotSame(START, same);
        assertEquals(START, same);
        p.set(same);
        assertFalse(p.canUndoProperty().get(), "equal parameters: nothing to undo");
        p.set(eps(12));
        p.set(eps(12).withEpsKm(12));
        p.undo();
        assertEquals(START, p.get(), "one step, not two");
        assertFalse(p.canUndoProperty().get());
    }

    @Test
    void aDragIsOneStepAndTheNextChangeAfterItsEndIsAnother() {
        UndoableParameters p = new UndoableParameters(START);
        for (double km = 11; km <= 20; km++) {
            p.set(eps(km), true);
        }
        p.endGesture();
        p.set(eps(21), true); // a second drag
        p.set(eps(22), true);
        p.endGesture();
        p.set(eps(30)); // typed
        p.undo();
        assertEquals(eps(22), p.get());
        p.undo();
        assertEquals(eps(20), p.get(), "the second drag undone in one step");
        p.undo();
        assertEquals(START, p.get(), "the first drag undone in one step");
        assertFalse(p.canUndoProperty().get());
    }

    @Test
    void anUndoDuringADragEndsItsStep() {
        UndoableParameters p = new UndoableParameters(START);
        p.set(eps(12), true);
        p.set(eps(13), true);
        p.undo();
        assertEquals(START, p.get());
        p.set(eps(15), true); // the drag goes on after the undo: a new step, from where the undo left
        p.set(eps(16), true);
        p.endGesture();
        p.undo();
        assertEquals(START, p.get());
        assertFalse(p.canUndoProperty().get());
        p.redo();
        assertEquals(eps(16), p.get(), "redo goes to the drag's end");
        assertFalse(p.canRedoProperty().get(), "the drag after the undo cleared the undone 13 km");
    }

    @Test
    void replacingIsNoStepAndClearingForgetsBothWays() {
        UndoableParameters p = new UndoableParameters(START);
        p.set(eps(12));
        p.replace(eps(25)); // a saved view's parameters applied once more
        assertEquals(eps(25), p.get());
        p.undo();
        assertEquals(START, p.get(), "the replacement made no step of its own");
        p.replace(null);
        assertEquals(START, p.get(), "null replaces nothing");

        p.set(eps(30));
        p.set(eps(31));
        p.undo();
        assertTrue(p.canUndoProperty().get());
        assertTrue(p.canRedoProperty().get());
        p.clearHistory(); // a new snapshot
        assertFalse(p.canUndoProperty().get());
        assertFalse(p.canRedoProperty().get());
        ClusterParameters now = p.get();
        p.undo();
        p.redo();
        assertEquals(now, p.get());
    }

    @Test
    void onlyTheLastStepsAreKept() {
        UndoableParameters p = new UndoableParameters(START);
        int changes = UndoableParameters.LIMIT + 5;
        for (int i = 1; i <= changes; i++) {
            p.set(START.withMinPatentWeight(i));
        }
        int undone = 0;
        while (p.canUndoProperty().get()) {
            p.undo();
            undone++;
        }
        assertEquals(UndoableParameters.LIMIT, undone);
        assertEquals(START.withMinPatentWeight(changes - UndoableParameters.LIMIT), p.get(),
                "the oldest steps are the ones forgotten");
    }
}
