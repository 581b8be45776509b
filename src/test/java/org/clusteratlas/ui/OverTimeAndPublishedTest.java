package org.clusteratlas.ui;

import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusteratlas.published.PublishedComparison;
import org.clusteratlas.published.PublishedMatch;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.timeline.WindowSeries;
import org.clusteratlas.ui.explorer.ExplorerModel;
import org.clusteratlas.ui.explorer.ExplorerSnapshots;
import org.clusteratlas.ui.published.PublishedModel;
import org.clusteratlas.ui.timeline.OverTimeModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.pointOf;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Over time and Published tabs in the real window, on the explorer test snapshot (2016-2022). */
@ExtendWith(ApplicationExtension.class)
class OverTimeAndPublishedTest {
    @TempDir
    static Path dir;
    static Path snapshot;

    private AtlasWindow window;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ExplorerSnapshots.write(dir, "explorer.sqlite");
    }

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, snapshot);
    }

    private ExplorerModel explorer() {
        return window.explorer().model();
    }

    private void waitIdle() throws Exception {
        WindowTests.waitIdle(window);
    }

    @Test
    @SuppressWarnings("unchecked")
    void windowsAreRankedPlayedAndApplied(FxRobot robot) throws Exception {
        waitIdle();
        OverTimeModel m = window.explorer().overTime();
        // the tab's nodes are made when it is first selected (LazyTab)
        robot.interact(() -> robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(3));
        robot.interact(() -> robot.lookup("#over-time-length").queryAs(Spinner.class).getValueFactory().setValue(3));
        robot.clickOn(pointOf(robot, "#over-time-run"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> m.seriesProperty().get() != null));
        WindowSeries s = onFx(() -> m.seriesProperty().get());
        assertEquals(List.of("2016-2018", "2017-2019", "2018-2020", "2019-2021", "2020-2022"),
                s.windows().stream().map(w -> w.window().label()).toList());
        assertEquals(3, s.spec().length());

        robot.interact(() -> m.apply(2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> explorer().getResult() != null
                && explorer().getResult().parameters().filter().yearFrom() == 2018 && !explorer().busyProperty().get()));
        waitForFx();
        TableView<ClusterRow> table = onFx(() -> robot.lookup("#ranking-table").queryAs(TableView.class));
        assertEquals(s.window(2).rows().get(0).name(), onFx(() -> table.getItems().get(0).name()));
        assertEquals(2020, onFx(() -> explorer().getParameters().filter().yearTo()));

        // the selected cluster's key follows the explorer's selection
        String key = s.window(2).keyOf(s.window(2).rows().get(0).clusterId());
        robot.interact(() -> explorer().selectCluster(s.window(2).rows().get(0).clusterId()));
        assertEquals(key, onFx(() -> m.selectedKeyProperty().get()));

        robot.interact(() -> m.playingProperty().set(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> m.windowProperty().get() == 4
                && !m.playingProperty().get()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> explorer().getResult().parameters().filter()
                .yearFrom() == 2020 && !explorer().busyProperty().get()));
        assertEquals(2022, onFx(() -> explorer().getParameters().filter().yearTo()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublishedRankingStandsBesideTheComputedOne(FxRobot robot) throws Exception {
        waitIdle();
        Path table = dir.resolve("published.csv");
        Files.writeString(table, "rank,name,economies,patents,publications,score\n"
                + "1,Tokyo–Yokohama,JP,1000,900,5.1\n2,Paris,FR,400,800,2.2\n3,Atlantis,XX,1,1,0.1\n");
        PublishedModel m = window.explorer().published();
        robot.interact(() -> m.open(table));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> m.comparisonProperty().get() != null));
        waitForFx();
        PublishedComparison c = onFx(() -> m.comparisonProperty().get());
        assertEquals(2, c.matched());
        assertEquals("Tokyo", c.matches().get(0).computed().name());
        assertFalse(c.matches().get(2).matched());
        robot.interact(() -> robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().selectLast());
        TableView<PublishedMatch> view = onFx(() -> robot.lookup("#published-table").queryAs(TableView.class));
        assertEquals(3, onFx(() -> view.getItems().size()));
        String status = onFx(() -> m.statusProperty().get());
        assertTrue(status.startsWith("published.csv: 2 of 3 matched"), status);
        robot.interact(() -> view.getSelectionModel().select(1));
        ClusterRow selected = onFx(() -> explorer().selectedProperty().get());
        assertEquals(c.matches().get(1).computed().clusterId(), selected.clusterId());
        assertTrue(selected.name().startsWith("Paris"));

        // a bad file is reported and the open comparison stays
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "rank,name\n1,Tokyo\n");
        robot.interact(() -> m.open(bad));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> m.errorProperty().get() != null));
        String error = onFx(() -> m.errorProperty().get());
        assertTrue(error.contains("lacks the column 'economies'"), error);
        assertEquals(c, onFx(() -> m.comparisonProperty().get()));
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().forEach(n -> n.getScene().getWindow().hide()));
    }
}
