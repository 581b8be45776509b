package org.clusteratlas.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepResult;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Robustness tab in the window's default layout, on the bundled sample after a sweep around the opening
 * setting, at a laptop's 1366 x 768 and at 1920 x 1080: every row and column of the heatmap in view with its column
 * headers (no divider to drag), no label of the view cut short, and the mouse wheel over the heatmap or over the
 * bands scrolls the page.
 */
@ExtendWith(ApplicationExtension.class)
class RobustnessTabTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");

    private AtlasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, SAMPLE);
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    @Test
    void theWholeHeatmapShowsInTheDefaultLayoutAtBothSizes(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768); // the shared test stage keeps the size an earlier test class gave it
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !model().busyProperty().get()
                && model().getResult() != null));
        robot.interact(() -> {
            robot.lookup("#lower-tabs").queryAs(TabPane.class).getSelectionModel().select(2);
            model().sweepAroundCurrent();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> {
            SweepResult r = model().sweep().resultProperty().get();
            return !model().sweep().runningProperty().get() && r != null && r.done() == r.grid().size();
        }));
        SweepGrid grid = model().sweep().resultProperty().get().grid();
        assertTrue(grid.epsSteps() >= 5 && grid.weightSteps() >= 5, "the window sweeps a 5 x 5 grid");

        wholeHeatmapInView(robot, grid, "1366x768");
        WindowTests.resize(robot, stage, 1920, 1080);
        wholeHeatmapInView(robot, grid, "1920x1080");

        // the wheel over the heatmap moves the page (no inner scroll takes it), down to the bands
        WindowTests.resize(robot, stage, 1366, 768);
        ScrollPane page = onFx(() -> robot.lookup("#robustness-page").queryAs(ScrollPane.class));
        robot.interact(() -> page.setVvalue(page.getVmin()));
        waitForFx();
        Node cell = onFx(() -> robot.lookup("#cell-0-0").query());
        robot.interact(() -> javafx.event.Event.fireEvent(cell, wheelDown(cell)));
        waitForFx();
        double scrolled = onFx(page::getVvalue);
        assertTrue(scrolled > onFx(page::getVmin), "the page scrolled: " + scrolled);

        // and over a band: the chart has no scroll of its own to swallow the wheel (the earlier page scroll's failure)
        robot.interact(() -> page.setVvalue(page.getVmin()));
        waitForFx();
        Node band = onFx(() -> robot.lookup("#band-row-1").query());
        robot.interact(() -> javafx.event.Event.fireEvent(band, wheelDown(band)));
        waitForFx();
        double underBands = onFx(page::getVvalue);
        assertTrue(underBands > onFx(page::getVmin), "the page scrolled under the bands: " + underBands);
    }

    /** A mouse wheel turn down over the node's centre (Monocle's robot has no wheel); on the FX thread. */
    private static ScrollEvent wheelDown(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        double x = b.getCenterX();
        double y = b.getCenterY();
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0, -120, 0,
                -120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, 3, 0,
                new PickResult(n, x, y));
    }

    private static void wholeHeatmapInView(FxRobot robot, SweepGrid grid, String size) throws Exception {
        ScrollPane page = onFx(() -> robot.lookup("#robustness-page").queryAs(ScrollPane.class));
        robot.interact(() -> page.setVvalue(page.getVmin()));
        // laid out at this size: the last cell is placed below the first
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> {
            Node last = page.lookup("#cell-" + (grid.epsSteps() - 1) + "-" + (grid.weightSteps() - 1));
            return last != null && bounds(last).getMinY() > bounds(page.lookup("#cell-0-0")).getMaxY();
        }));
        waitForFx();
        List<String> outside = onFx(() -> {
            Bounds viewport = bounds(page.lookup(".viewport"));
            List<String> out = new ArrayList<>();
            for (int e = 0; e < grid.epsSteps(); e++) {
                for (int w = 0; w < grid.weightSteps(); w++) {
                    inView(page.lookup("#cell-" + e + "-" + w), viewport, "cell " + e + "/" + w, out);
                }
            }
            for (int w = 0; w < grid.weightSteps(); w++) {
                inView(page.lookup("#heatmap-column-" + w), viewport, "column header " + w, out);
            }
            return out;
        });
        assertTrue(outside.isEmpty(), "out of view at " + size + ": " + outside);

        Node view = onFx(() -> robot.lookup("#robustness-view").query());
        List<String> cut = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : view.lookupAll(".label")) {
                Label l = (Label) n;
                if (l.isVisible() && l.getText() != null && !l.getText().isEmpty() && l.getScene() != null
                        && (l.getWidth() + 0.5 < (l.isWrapText() ? l.minWidth(-1) : l.prefWidth(-1))
                        || l.getHeight() + 0.5 < l.prefHeight(l.getWidth()))) {
                    out.add(l.getText() + " (" + Math.round(l.getWidth()) + "x" + Math.round(l.getHeight()) + ")");
                }
            }
            return out;
        });
        assertTrue(cut.isEmpty(), "cut short at " + size + ": " + cut);
    }

    private static void inView(Node n, Bounds viewport, String what, List<String> outside) {
        Bounds b = bounds(n);
        if (b.getMinX() < viewport.getMinX() - 1 || b.getMaxX() > viewport.getMaxX() + 1
                || b.getMinY() < viewport.getMinY() - 1 || b.getMaxY() > viewport.getMaxY() + 1) {
            outside.add(what + " " + b);
        }
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
