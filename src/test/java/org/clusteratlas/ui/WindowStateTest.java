package org.clusteratlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusteratlas.cluster.ClusterParameters;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on one state model: nothing stale on screen, lanes that do not wait for each other, undo. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    @TempDir
    static Path dir;
    static Path first;
    static Path second;

    private AtlasWindow window;

    @BeforeAll
    static void snapshots() throws Exception {
        first = ExplorerSnapshots.write(dir, "first.sqlite");
        second = TestSnapshots.small(dir, "second.sqlite", "Second test snapshot", 300);
    }

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, first);
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    private void waitIdle() throws Exception {
        WindowTests.waitIdle(window);
    }

    @SuppressWarnings("unchecked")
    private TableView<ClusterRow> table(FxRobot robot) {
        return onFx(() -> robot.lookup("#ranking-table").queryAs(TableView.class));
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static boolean visible(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).query().isVisible());
    }

    private void sweepAndWait(FxRobot robot) throws Exception {
        // the tab's nodes are made when it is first selected (LazyTab)
        robot.interact(() -> robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(2));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#robustness-run").query()).fire());
        var sweep = model().sweep();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> sweep.resultProperty().get() != null
                && !sweep.runningProperty().get()));
        waitForFx();
    }

    @Test
    void aSweepIsMarkedStaleWhenTheParametersChangeAndItsTitleFollowsTheCurrentRank(FxRobot robot) throws Exception {
        waitIdle();
        var sweep = model().sweep();
        sweepAndWait(robot);
        assertFalse(onFx(() -> sweep.staleProperty().get()));
        assertFalse(visible(robot, "#robustness-stale"));
        String current = onFx(() -> sweep.titleProperty().get());
        assertTrue(current.endsWith(" now)"), current);
        // a heatmap cell applied: the map moves to that setting, the sweep no longer describes it
        ClusterParameters cell = onFx(() -> sweep.resultProperty().get().grid().at(4, 4));
        robot.interact(() -> model().setParameters(cell));
        waitIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> sweep.titleProperty().get().contains("now)")));
        assertTrue(onFx(() -> sweep.staleProperty().get()));
        assertTrue(visible(robot, "#robustness-stale"));
        assertTrue(text(robot, "#robustness-stale").startsWith("Stale"));
        String title = onFx(() -> sweep.titleProperty().get());
        assertTrue(title.contains("at the sweep's setting; "), title);
        // the rank "now" is the matched cluster's rank in the ranking on screen
        int base = sweep.selectedClusterProperty().get();
        var match = org.clusteratlas.rank.ClusterMatcher.match(model().getResult().ranking().clustering(),
                sweep.resultProperty().get().base().clustering());
        int now = match.bestCurrent(base);
        assertTrue(now < 0 ? title.endsWith("not a cluster now)")
                : title.endsWith("rank " + model().getResult().ranking().row(now).rank() + " now)"), title);
        // back to the sweep's own setting: current again
        robot.interact(model().parameters()::undo);
        waitIdle();
        assertFalse(onFx(() -> sweep.staleProperty().get()));
    }

    @Test
    void afterAnOpenNoPanelShowsThePreviousSnapshotsData(FxRobot robot) throws Exception {
        waitIdle();
        TableView<ClusterRow> t = table(robot);
        robot.interact(() -> t.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> model().detailsProperty().get() != null));
        robot.interact(model()::pinSelected);
        sweepAndWait(robot);
        var before = model().getResult();
        List<String> seen = new ArrayList<>();
        List<String> emptyTexts = new ArrayList<>();
        robot.interact(() -> model().emptyTextProperty().addListener((o, a, b) -> {
            if (model().getResult() == null) {
                emptyTexts.add(b);
            }
        }));
        robot.interact(() -> {
            window.model().open(second);
            // at once, before the file is read: no ranking, no selection, no sweep of the old snapshot
            seen.add(Integer.toString(t.getItems().size()));
            seen.add(robot.lookup("#ranking-empty").queryAs(Label.class).getText());
            seen.add(String.valueOf(model().selectedProperty().get()));
            seen.add(String.valueOf(model().sweep().resultProperty().get()));
            seen.add(Integer.toString(window.explorer().layer().circleCentre(before.shown().get(0).clusterId()) == null ? 0 : 1));
        });
        assertEquals(List.of("0", "Loading second.sqlite\u2026", "null", "null", "0"), seen);
        waitIdle();
        assertEquals(List.of("Loading second.sqlite\u2026", "Computing the ranking\u2026"), emptyTexts,
                "while no ranking is shown the table says what is happening, never \"No clusters\"");
        var after = model().getResult();
        assertNotEquals(before.snapshot(), after.snapshot());
        assertEquals(second.getFileName(), after.snapshot().file().getFileName());
        assertTrue(onFx(() -> t.getItems().stream().allMatch(r -> after.ranking().row(r.clusterId()) == r)),
                "every row of the table is a row of the new ranking");
        assertTrue(onFx(() -> model().compare().pins().isEmpty()), "the old snapshot's pins are gone");
        assertNull(onFx(() -> model().sweep().resultProperty().get()), "the old snapshot's sweep is gone");
        String robustness = text(robot, "#robustness-status");
        assertTrue(robustness.contains("second.sqlite"), robustness);
        assertEquals("Second test snapshot", text(robot, "#snapshot-title"));
    }

    @Test
    void aSliderMoveDuringASlowImportIsRecomputedAndShown(FxRobot robot) throws Exception {
        waitIdle();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<javafx.concurrent.Task<ImportJob.Imported>> task = new AtomicReference<>();
        ImportJob slow = progress -> {
            started.countDown();
            progress.accept("importing slowly ...");
            assertTrue(release.await(60, TimeUnit.SECONDS));
            return new ImportJob.Imported(second, "slow import: done");
        };
        robot.interact(() -> task.set(window.model().importSnapshot("slow", slow)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Slider eps = onFx(() -> robot.lookup("#slider-eps-km").queryAs(Slider.class));
        robot.interact(() -> eps.setValue(4));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model().getResult().parameters().epsKm() == 4
                && !model().busyProperty().get()));
        waitForFx();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> running.set(task.get().isRunning()));
        assertTrue(running.get(), "the import is still running");
        assertEquals(4.0, model().getResult().parameters().epsKm());
        TableView<ClusterRow> t = table(robot);
        assertSame(model().getResult().shown().get(0), onFx(() -> t.getItems().get(0)), "and the table shows it");
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> model().getResult() != null
                && model().getResult().snapshot().file().getFileName().equals(second.getFileName())));
    }

    @Test
    void undoAndRedoRestoreTheParametersAndTheRankingADragBeingOneStep(FxRobot robot) throws Exception {
        waitIdle();
        TableView<ClusterRow> t = table(robot);
        ClusterParameters initial = model().getParameters();
        // a setting where the radius matters on this snapshot (one step)
        robot.interact(() -> model().setParameters(initial.withEpsKm(5).withMinPatentWeight(20)
                .withMinPublicationWeight(20)));
        waitIdle();
        ClusterParameters start = model().getParameters();
        List<ClusterRow> startRows = List.copyOf(model().getResult().ranking().rows());
        Slider eps = onFx(() -> robot.lookup("#slider-eps-km").queryAs(Slider.class));
        // a drag: many positions while the slider is changing, one undo step
        robot.interact(() -> {
            eps.setValueChanging(true);
            for (double v = 6; v <= 30; v += 2) {
                eps.setValue(v);
            }
            eps.setValueChanging(false);
        });
        waitIdle();
        ClusterParameters dragged = model().getParameters();
        assertEquals(30.0, dragged.epsKm());
        List<ClusterRow> draggedRows = List.copyOf(model().getResult().ranking().rows());
        assertNotEquals(startRows, draggedRows);
        // then one more step: a minimum typed
        robot.interact(() -> model().setParameters(dragged.withMinPatentWeight(80)));
        waitIdle();
        MenuItem undo = menuItem(robot, "menu-undo");
        MenuItem redo = menuItem(robot, "menu-redo");
        assertFalse(onFx(undo::isDisable));
        assertTrue(onFx(redo::isDisable));
        robot.interact(undo::fire);
        waitIdle();
        assertEquals(dragged, model().getParameters());
        robot.interact(undo::fire);
        waitIdle();
        assertEquals(start, model().getParameters(), "the whole drag is undone in one step");
        assertEquals(start, model().getResult().parameters());
        assertEquals(startRows, model().getResult().ranking().rows(), "and the ranking is the first one again");
        assertEquals(start.text(org.clusteratlas.cluster.ParameterSpecs.EPS_KM), onFx(() -> robot.lookup("#field-eps-km")
                .queryAs(javafx.scene.control.TextField.class).getText()));
        assertFalse(onFx(undo::isDisable), "the first setting is one more step back");
        robot.interact(redo::fire);
        waitIdle();
        assertEquals(dragged, model().getParameters());
        assertEquals(draggedRows, model().getResult().ranking().rows());
        assertEquals(onFx(() -> t.getItems().get(0)), model().getResult().shown().get(0));
        for (int i = 0; i < 3; i++) {
            robot.interact(undo::fire);
        }
        waitIdle();
        assertEquals(initial, model().getParameters());
        assertTrue(onFx(undo::isDisable), "nothing before the snapshot opened");
    }

    @Test
    void theClusterLayerDrawsOncePerResultWhateverChangesArriveBeforeThePulse(FxRobot robot) throws Exception {
        waitIdle();
        var layer = window.explorer().layer();
        AtomicLong maxPerPulse = new AtomicLong();
        AtomicLong lastDraws = new AtomicLong(onFx(layer::draws));
        robot.interact(() -> window.map().getScene().addPostLayoutPulseListener(() -> {
            long d = layer.draws();
            maxPerPulse.accumulateAndGet(d - lastDraws.getAndSet(d), Math::max);
        }));
        waitForFx();
        long before = onFx(layer::draws);
        long published = model().publishedCount();
        robot.interact(() -> model().setParameters(model().getParameters().withEpsKm(9)));
        waitIdle();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // a few pulses
        waitForFx();
        assertEquals(1, model().publishedCount() - published);
        assertEquals(1, onFx(layer::draws) - before, "one result (with its selection carried over): one draw");
        // a burst of selections and a result in one go still draws once per pulse
        robot.interact(() -> {
            var rows = model().getResult().shown();
            for (int i = 0; i < Math.min(5, rows.size()); i++) {
                model().selectedProperty().set(rows.get(i));
            }
            model().selectedProperty().set(null);
        });
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        waitForFx();
        assertEquals(1, maxPerPulse.get(), "never more than one draw in a pulse");
    }

    @Test
    void theTableNeverSelectsARowOfAnotherRankingAndTheTooltipLeavesOnAPan(FxRobot robot) throws Exception {
        waitIdle();
        TableView<ClusterRow> t = table(robot);
        List<String> wrong = new ArrayList<>();
        robot.interact(() -> {
            t.getSelectionModel().select(0);
            t.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
                var r = model().getResult();
                if (row != null && (r == null || r.ranking().row(row.clusterId()) != row)) {
                    wrong.add(row.name() + " under " + (r == null ? "no result" : r.parameters()));
                }
            });
        });
        for (double eps : new double[] {6, 25, 9}) {
            robot.interact(() -> model().setParameters(model().getParameters().withEpsKm(eps)));
            waitIdle();
        }
        assertEquals(List.of(), wrong, "table selections pairing a row with a ranking it is not from");
        assertTrue(model().selectedProperty().get() != null, "the selection was carried over");

        // hover a cluster: its tooltip; pan the map: the tooltip must not name what is now under the mouse
        robot.interact(() -> window.map().fitWorld());
        waitForFx();
        var layer = window.explorer().layer();
        var map = window.map().mapView();
        // on the FX thread: the circles' places and the map's size are the layer's and the map view's state
        javafx.geometry.Point2D screen = onFx(() -> {
            for (ClusterRow r : model().getResult().shown()) {
                javafx.geometry.Point2D c = layer.circleCentre(r.clusterId());
                if (c != null && c.getX() > 30 && c.getY() > 30 && c.getX() < map.getWidth() - 60
                        && c.getY() < map.getHeight() - 120) {
                    return layer.localToScreen(c);
                }
            }
            return null;
        });
        assertTrue(screen != null, "a cluster inside the map");
        robot.moveTo(screen);
        robot.moveBy(1, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "#cluster-tooltip"));
        robot.interact(() -> window.map().pan(150, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !visible(robot, "#cluster-tooltip"));
    }
}
