package org.clusteratlas.figure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LabelPlacementTest {
    private static final double LH = LabelPlacement.HEIGHT;

    @Test
    void firstLabelGoesRightOfItsCircleAndTheNextOneOnTheSameSpotGoesLeft() {
        LabelPlacement p = new LabelPlacement(new double[] {100, 100}, new double[] {100, 100},
                new double[] {5, 5}, 400, 400);
        assertArrayEquals(new double[] {100 + 5 + 3, 100 - LH / 2}, p.place(0, 40), 1e-9);
        assertArrayEquals(new double[] {100 - 5 - 3 - 40, 100 - LH / 2}, p.place(1, 40), 1e-9);
    }

    @Test
    void labelStaysInsideTheCanvas() {
        // right of the circle would cross the right edge at 200
        LabelPlacement p = new LabelPlacement(new double[] {180}, new double[] {100}, new double[] {5}, 200, 200);
        assertArrayEquals(new double[] {180 - 5 - 3 - 40, 100 - LH / 2}, p.place(0, 40), 1e-9);
    }

    @Test
    void labelKeepsOffTheCentreOfABigCircle() {
        // a small circle at 100 with a big one (radius 20) centred just right of where its label would go
        LabelPlacement p = new LabelPlacement(new double[] {100, 150}, new double[] {100, 100},
                new double[] {3, 20}, 400, 400);
        assertArrayEquals(new double[] {100 - 3 - 3 - 40, 100 - LH / 2}, p.place(0, 40), 1e-9);
    }

    @Test
    void noFreeSpotGivesNull() {
        LabelPlacement p = new LabelPlacement(new double[] {5}, new double[] {5}, new double[] {3}, 10, 10);
        assertNull(p.place(0, 40));
    }
}
