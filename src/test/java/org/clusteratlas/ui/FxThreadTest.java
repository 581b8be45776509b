package org.clusteratlas.ui;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window tests' way to the FX thread: queries run there, their failures come back as they were. */
@ExtendWith(ApplicationExtension.class)
class FxThreadTest {
    private Region box;

    @Start
    void start(Stage stage) {
        box = new Region();
        box.setId("box");
        box.setPrefSize(100, 60);
        box.relocate(40, 30);
        Pane root = new Pane(box);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void aQueryRunsOnTheFxThreadAndReturnsItsValue() {
        assertFalse(Platform.isFxApplicationThread());
        assertEquals(List.of(true, "box"), FxThread.onFx(() -> List.of(Platform.isFxApplicationThread(), box.getId())));
        // called on the FX thread (inside another query), it runs at once rather than waiting for itself
        assertEquals("box", FxThread.onFx(() -> FxThread.onFx(box::getId)));
    }

    @Test
    void aFailedAssertionComesBackAsItWasWithTheCallingThreadNoted() {
        AssertionError failure = new AssertionError("a failed check inside the query");
        AssertionError thrown = assertThrows(AssertionError.class, () -> FxThread.onFx(() -> {
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(1, thrown.getSuppressed().length);
        assertTrue(thrown.getSuppressed()[0].getMessage().contains("FxThread.onFx called here"),
                thrown.getSuppressed()[0].getMessage());
        IllegalArgumentException unchecked = new IllegalArgumentException("unchecked");
        assertSame(unchecked, assertThrows(IllegalArgumentException.class, () -> FxThread.onFx(() -> {
            throw unchecked;
        })));
    }

    @Test
    void aCheckedFailureIsWrappedWithItsCause() {
        IOException checked = new IOException("checked");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> FxThread.onFx(() -> {
            throw checked;
        }));
        assertSame(checked, thrown.getCause());
        assertTrue(thrown.getMessage().contains("checked"), thrown.getMessage());
    }

    @Test
    void pointOfIsTheNodesCentreOnScreen(FxRobot robot) {
        Point2D corner = FxThread.onFx(() -> box.localToScreen(0, 0));
        Point2D centre = FxThread.pointOf(box);
        assertEquals(corner.getX() + 50, centre.getX(), 1e-9);
        assertEquals(corner.getY() + 30, centre.getY(), 1e-9);
        assertEquals(centre, FxThread.pointOf(robot, "#box"));
        robot.interact(() -> box.setVisible(false));
        assertThrows(AssertionError.class, () -> FxThread.pointOf(box), "a hidden node is nowhere to click");
    }

    @Test
    void waitForFxRunsWhatWasPostedBefore() {
        boolean[] ran = new boolean[1];
        Platform.runLater(() -> ran[0] = true);
        FxThread.waitForFx();
        assertTrue(FxThread.onFx(() -> ran[0]));
        assertInstanceOf(IllegalStateException.class, FxThread.onFx(() -> {
            try {
                FxThread.waitForFx();
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        }), "waitForFx on the FX thread refuses rather than deadlocks");
    }
}
