package org.clusteratlas.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.service.locator.impl.BoundsLocatorImpl;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the window tests read the scene graph: on the FX thread. JavaFX is not thread-safe; a test thread that
 * walks the scene graph (a lookup, a node's children, bounds or text size, a table's cells) while a pulse lays
 * it out reads lists and text layouts half rebuilt. That made the window tests flake under load, with an
 * {@code IndexOutOfBoundsException} inside {@code Parent.lookupAll} and an {@code ArrayIndexOutOfBoundsException}
 * in {@code TextRun.getWidth}. So a test reads nodes only through {@link #onFx}, also inside the conditions it
 * waits for, and clicks at points computed there ({@link #pointOf}); the robot's own actions (click, drag,
 * type) stay on the test thread, which must not hold the FX thread while they run.
 */
public final class FxThread {
    /** How long a query may wait for the FX thread: longer only when the FX thread is stuck. */
    private static final long QUERY_SECONDS = 30;

    private FxThread() {
    }

    /**
     * The value of {@code query} computed on the FX thread (at once when called there). Its failure is rethrown
     * as it was (an {@link AssertionError} or unchecked exception, with the test thread's call noted as
     * suppressed), a checked one wrapped in an {@link IllegalStateException}; an FX thread that does not answer
     * within 30 s fails the test rather than hanging it.
     */
    public static <T> T onFx(Callable<T> query) {
        if (Platform.isFxApplicationThread()) {
            return call(query);
        }
        FutureTask<T> task = new FutureTask<>(query);
        Platform.runLater(task);
        try {
            return task.get(QUERY_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            cause.addSuppressed(new Exception("FxThread.onFx called here, on " + Thread.currentThread().getName()));
            throw rethrown(cause);
        } catch (TimeoutException e) {
            task.cancel(false);
            throw new AssertionError("the FX thread did not run the query within " + QUERY_SECONDS + " s", e);
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt(); // a wait condition given up on: let its caller see it
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        }
    }

    /**
     * Waits until the FX events pending now, and those they post in turn, have run (TestFX's
     * {@code waitForFxEvents}). A layout pulse that is due may still come after: what depends on layout is
     * waited for as a condition read through {@link #onFx}.
     */
    public static void waitForFx() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waitForFx on the FX thread would wait for itself");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The screen point at the centre of the node's part inside its window, computed on the FX thread: where
     * TestFX's {@code clickOn(query)} clicks, without the test thread reading the node's bounds. A node that is
     * hidden or outside its window fails the test here, not as a click somewhere else.
     */
    public static Point2D pointOf(Node node) {
        return onFx(() -> {
            Bounds b = new BoundsLocatorImpl().boundsOnScreenFor(node);
            if (!node.isVisible() || !(b.getWidth() > 0 && b.getHeight() > 0)) {
                throw new AssertionError("nowhere to click: " + node + " is hidden or outside its window (" + b + ")");
            }
            return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        });
    }

    /** {@link #pointOf(Node)} of the first visible node that {@code query} finds (as TestFX's clickOn picks it). */
    public static Point2D pointOf(FxRobot robot, String query) {
        Node node = onFx(() -> robot.lookup(query).match(Node::isVisible).tryQuery()
                .orElseThrow(() -> new AssertionError("no visible node " + query)));
        return pointOf(node);
    }

    private static <T> T call(Callable<T> query) {
        try {
            return query.call();
        } catch (Exception e) {
            throw rethrown(e);
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof Error error) {
            throw error;
        }
        if (t instanceof RuntimeException unchecked) {
            return unchecked;
        }
        return new IllegalStateException("a query on the FX thread failed: " + t, t);
    }
}
