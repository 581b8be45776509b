package org.clusteratlas.ui.robustness;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.clusteratlas.cluster.ClusterEngine;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.geo.Gazetteer;
import org.clusteratlas.rank.PlaceIndex;
import org.clusteratlas.rank.Ranker;
import org.clusteratlas.robust.RankSweep;
import org.clusteratlas.robust.SweepGrid;
import org.clusteratlas.robust.SweepRange;
import org.clusteratlas.robust.SweepResult;
import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.LocationTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.pointOf;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The view on the hand-computed line world of {@code RankSweepTest} (3 x 2 settings: A 1/1/1 in 5 of 6,
 * splits at eps 2 and merges with B at eps 10; B absorbed at eps 10; C best 2, median 2.5, worst 3).
 */
@ExtendWith(ApplicationExtension.class)
class RobustnessViewTest {
    private RobustnessView view;
    private SweepViewModel model;
    private org.clusteratlas.ui.task.TaskRunner tasks;
    private final List<ClusterParameters> applied = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        tasks = org.clusteratlas.ui.task.TaskRunner.threads();
        model = new SweepViewModel(tasks);
        view = new RobustnessView(model, applied::add);
        stage.setScene(new Scene(view, 1000, 500));
        stage.show();
    }

    @AfterEach
    void dispose() {
        tasks.close();
    }

    private static LocationTable lineWorld() {
        LocationTable.Builder b = new LocationTable.Builder();
        double[] lon = {0.00, 0.02, 0.04, 0.12, 0.14, 10.00, 10.02};
        double[] w = {10, 20, 10, 12, 10, 5, 5};
        for (int i = 0; i < lon.length; i++) {
            b.add(b.location(0, lon[i], null, null), DocumentKind.PATENT, 2020, -1, w[i]);
        }
        return b.build();
    }

    private static RankSweep sweep(LocationTable t) {
        return new RankSweep(new ClusterEngine(t), new Ranker(PlaceIndex.build(t, new Gazetteer(List.of()))));
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static double progress(FxRobot robot) {
        return onFx(() -> robot.lookup("#robustness-progress").queryAs(ProgressBar.class).getProgress());
    }

    private void waitUntilStopped() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !model.runningProperty().get()));
        waitForFx();
    }

    @Test
    void showsBandsAndTheSelectedClustersHeatmapAndAppliesACell(FxRobot robot) throws Exception {
        LocationTable t = lineWorld();
        ClusterParameters base = new ClusterParameters(6, 10, 10, null);
        SweepGrid grid = SweepGrid.of(base, SweepRange.parse("2:10:3"), SweepRange.parse("10:25:2"), null, 5, 5);
        robot.interact(() -> model.start(sweep(t), grid, null));
        waitUntilStopped();

        String status = text(robot, "#robustness-status");
        assertTrue(status.startsWith("6 settings in"), status);
        assertEquals(1.0, progress(robot));
        assertEquals(3, onFx(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("band-row-")).queryAll()
                .size()));
        assertEquals("best 1 \u00b7 median 1 \u00b7 worst 1 \u00b7 in 83%", text(robot, "#band-summary-1"));
        assertEquals("best 2 \u00b7 median 2.5 \u00b7 worst 3 \u00b7 in 33%", text(robot, "#band-summary-3"));

        // the best cluster (A) is selected first
        String title = text(robot, "#heatmap-title");
        assertTrue(title.endsWith("(rank 1 now)"), title);
        assertEquals("1 \u00f7", text(robot, "#cell-text-0-0"));
        assertEquals("\u2013", text(robot, "#cell-text-0-1"));
        assertEquals("1 +", text(robot, "#cell-text-2-0"));

        robot.clickOn(pointOf(robot, "#band-row-2"));
        waitForFx();
        String second = text(robot, "#heatmap-title");
        assertTrue(second.endsWith("(rank 2 now)"), second);
        assertEquals("merged", text(robot, "#cell-text-2-0"));
        assertEquals("2 \u00f7", text(robot, "#cell-text-0-0"));

        robot.clickOn(pointOf(robot, "#cell-2-0"));
        waitForFx();
        assertEquals(List.of(grid.at(2, 0)), applied);
    }

    @Test
    void theHeatmapsColumnHeadersStayWhileItsBodyScrolls(FxRobot robot) throws Exception {
        // a grid larger than the pane at any window size the shared test stage may have (1000 x 500 or less)
        LocationTable t = lineWorld();
        SweepGrid grid = SweepGrid.of(new ClusterParameters(6, 10, 10, null), SweepRange.parse("2:16:15"),
                SweepRange.parse("10:40:15"), null, 5, 5);
        robot.interact(() -> model.start(sweep(t), grid, null));
        waitUntilStopped();
        // in a window of its own of a known size (the shared test stage keeps the size earlier tests gave it)
        RankHeatmap heatmap = new RankHeatmap();
        javafx.stage.Stage[] own = new javafx.stage.Stage[1];
        robot.interact(() -> {
            own[0] = new javafx.stage.Stage();
            own[0].setScene(new Scene(heatmap, 400, 300));
            own[0].show();
            heatmap.show(model.resultProperty().get(), model.selectedClusterProperty().get());
        });
        waitForFx();
        javafx.scene.control.ScrollPane body = heatmap.body();
        int lastW = grid.weightSteps() - 1;
        int lastE = grid.epsSteps() - 1;
        // laid out: the last column's header and cell are placed (a pulse or two after the result)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> java.util.Optional.ofNullable(heatmap.lookup("#heatmap-column-" + lastW))
                .map(n -> n.getBoundsInParent().getMinX() > 100).orElse(false)
                && java.util.Optional.ofNullable(heatmap.lookup("#cell-" + lastE + "-" + lastW)).map(n -> n.getBoundsInParent().getMinY() > 50)
                .orElse(false)));
        waitForFx();
        javafx.scene.Node header = onFx(() -> heatmap.lookup("#heatmap-column-" + lastW));
        javafx.geometry.Bounds before = onFx(() -> bounds(header));
        javafx.geometry.Bounds firstRow = onFx(() -> bounds(heatmap.lookup("#cell-0-" + lastW)));
        javafx.geometry.Bounds viewport = onFx(() -> bounds(body));
        javafx.geometry.Bounds lastBefore = onFx(() -> bounds(heatmap.lookup("#cell-" + lastE + "-" + lastW)));
        assertTrue(lastBefore.getMaxY() > viewport.getMaxY(),
                "the grid is taller than its pane: there is something to scroll");
        assertTrue(before.getMaxX() > viewport.getMaxX(), "and wider: " + before + " in " + viewport + ", window "
                + onFx(() -> view.getScene().getWidth()));

        robot.interact(() -> {
            body.setVvalue(body.getVmax());
            body.setHvalue(body.getHmax());
        });
        waitForFx();
        javafx.geometry.Bounds after = onFx(() -> bounds(header));
        javafx.geometry.Bounds lastCell = onFx(() -> bounds(heatmap.lookup("#cell-" + lastE + "-" + lastW)));
        assertEquals(before.getMinY(), after.getMinY(), 0.5, "the header row does not scroll away");
        assertTrue(onFx(() -> bounds(heatmap.lookup("#cell-0-" + lastW))).getMinY() < firstRow.getMinY() - 10,
                "the body scrolled up under it");
        assertTrue(after.getMaxY() <= viewport.getMinY() + 0.5, "the headers sit above the body's viewport");
        assertEquals(lastCell.getMinX() + lastCell.getWidth() / 2, after.getMinX() + after.getWidth() / 2, 1,
                "each header stays over its column when the body scrolls sideways");
        assertTrue(after.getMaxX() <= viewport.getMaxX() + 1 && after.getMinX() >= viewport.getMinX() - 1,
                "the last column's header is in view with it: " + after + " in " + viewport);
        assertTrue(lastCell.getMaxY() <= viewport.getMaxY() + 1, "the last row is in view");
        robot.interact(own[0]::close);
    }

    @Test
    void theHeatmapAndTheBandsStandSideBySideOnlyWhereBothFit(FxRobot robot) throws Exception {
        LocationTable t = lineWorld();
        SweepGrid grid = SweepGrid.of(new ClusterParameters(6, 10, 10, null), SweepRange.parse("2:10:3"),
                SweepRange.parse("10:25:2"), null, 5, 5);
        robot.interact(() -> model.start(sweep(t), grid, null));
        waitUntilStopped();
        java.util.Set<RobustnessLayout> seen = java.util.EnumSet.noneOf(RobustnessLayout.class);
        for (double width : new double[] {1400, 500}) {
            // a view in a window of its own of a known width (the shared test stage keeps earlier sizes)
            RobustnessView own = new RobustnessView(model, applied::add);
            javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
            robot.interact(() -> {
                stage[0] = new javafx.stage.Stage();
                stage[0].setScene(new Scene(own, width, 600));
                stage[0].show();
                model.selectedClusterProperty().set(-1);
                model.selectedClusterProperty().set(model.resultProperty().get().base().rows().get(0).clusterId());
            });
            waitForFx();
            javafx.geometry.Bounds heatmap = onFx(() -> bounds(own.lookup("#rank-heatmap")));
            javafx.geometry.Bounds chart = onFx(() -> bounds(own.lookup("#rank-band-chart")));
            RobustnessLayout arrangement = onFx(own::arrangement);
            seen.add(arrangement);
            if (arrangement == RobustnessLayout.SIDE_BY_SIDE) {
                assertTrue(chart.getMinX() >= heatmap.getMaxX(), "bands right of the heatmap: " + chart + " " + heatmap);
                assertEquals(heatmap.getMinY(), chart.getMinY(), 40, "on one level");
            } else {
                assertTrue(chart.getMinY() >= heatmap.getMaxY(), "bands under the heatmap: " + chart + " " + heatmap);
            }
            robot.interact(stage[0]::close);
        }
        assertEquals(java.util.EnumSet.allOf(RobustnessLayout.class), seen, "side by side at 1400 px, stacked at 500");
    }

    /** The node's bounds in its scene (FX thread). */
    private static javafx.geometry.Bounds bounds(javafx.scene.Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void cancelStopsTheSweepAndKeepsTheResultsSoFar(FxRobot robot) throws Exception {
        LocationTable.Builder b = new LocationTable.Builder();
        Random r = new Random(7);
        for (int i = 0; i < 30_000; i++) {
            b.add(b.location(r.nextGaussian() * 2, r.nextGaussian() * 2, null, null), DocumentKind.PATENT, 2020, -1,
                    1 + r.nextInt(5));
        }
        LocationTable t = b.build();
        SweepGrid grid = SweepGrid.around(new ClusterParameters(10, 40, 40, null), 15, 15);
        robot.interact(() -> model.start(sweep(t), grid, null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> model.resultProperty().get() != null && model.resultProperty().get().done() >= 1));
        // the button fired on the FX thread at once: a pointer move behind a stream of partial results can outlast
        // the sweep on a loaded machine
        robot.interact(() -> robot.lookup("#robustness-cancel").queryButton().fire());
        waitUntilStopped();
        SweepResult partial = onFx(() -> model.resultProperty().get());
        assertTrue(partial.done() >= 1 && partial.done() < grid.size(), partial.done() + " settings done");
        String status = text(robot, "#robustness-status");
        assertTrue(status.startsWith("Cancelled after"), status);
        assertTrue(progress(robot) < 1);
        assertTrue(onFx(() -> robot.lookup("#robustness-cancel").query().isDisabled()));
    }
}
