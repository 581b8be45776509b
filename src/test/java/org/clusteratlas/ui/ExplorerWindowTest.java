package org.clusteratlas.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clusteratlas.cluster.ParameterSpecs;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer in the real window: the eps slider drives the table; table and map selections are linked. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
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
        window = new AtlasApp(Path.of("no-such-sample.sqlite")).start(stage, List.of(snapshot.toString()));
    }

    private ExplorerModel model() {
        return window.explorer().model();
    }

    @SuppressWarnings("unchecked")
    private TableView<ClusterRow> table(FxRobot robot) {
        return robot.lookup("#ranking-table").queryAs(TableView.class);
    }

    private void waitIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model().busyProperty().get()
                && model().getResult() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> names(TableView<ClusterRow> t) {
        List<String> out = new ArrayList<>();
        t.getItems().forEach(r -> out.add(r.rank() + " " + r.name() + " " + Math.round(r.patents())));
        return out;
    }

    @Test
    void movingTheEpsSliderChangesTheTable(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        Slider eps = robot.lookup("#slider-eps-km").queryAs(Slider.class);
        robot.interact(() -> eps.setValue(3));
        waitIdle(robot);
        assertEquals(3.0, model().getResult().parameters().epsKm());
        List<String> small = names(t);
        assertTrue(t.getItems().size() > 0, "clusters at 3 km");
        // then from the keyboard: focus the slider and press the right arrow until the radius passes 25 km
        robot.interact(eps::requestFocus);
        for (int i = 0; i < 30 && eps.getValue() < 25; i++) {
            robot.type(KeyCode.RIGHT);
        }
        waitIdle(robot);
        assertTrue(model().getResult().parameters().epsKm() >= 25, "eps " + model().getResult().parameters().epsKm());
        List<String> large = names(t);
        assertNotEquals(small, large, "a 25 km radius merges the satellite towns into their cities");
        // the number field follows the slider
        String field = robot.lookup("#field-eps-km").queryAs(javafx.scene.control.TextField.class).getText();
        assertEquals(model().getResult().parameters().text(ParameterSpecs.EPS_KM), field);
    }

    @Test
    void selectingARowSelectsTheClusterOnTheMapAndTheOtherWayRound(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        assertTrue(t.getItems().size() >= 3);
        robot.interact(() -> t.getSelectionModel().select(2));
        ClusterRow third = t.getItems().get(2);
        assertEquals(third, model().selectedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // the map zoomed to it: its circle is near the middle of the map
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Point2D c = window.explorer().layer().circleCentre(third.clusterId());
            var map = window.map().mapView();
            return c != null && Math.abs(c.getX() - map.getWidth() / 2) < map.getWidth() / 4
                    && Math.abs(c.getY() - map.getHeight() / 2) < map.getHeight() / 4;
        });
        // the details pane shows it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.explorer().details().shown() != null
                && window.explorer().details().shown().row().equals(third));

        // now fit the world and click another cluster's circle on the map
        robot.interact(() -> window.map().fitWorld());
        WaitForAsyncUtils.waitForFxEvents();
        // the best-ranked cluster whose circle is inside the visible map (the test screen is small)
        var map = window.map().mapView();
        ClusterRow first = null;
        Point2D centre = null;
        for (ClusterRow r : t.getItems()) {
            Point2D c = window.explorer().layer().circleCentre(r.clusterId());
            if (c != null && r.clusterId() != third.clusterId() && c.getX() > 30 && c.getY() > 30
                    && c.getX() < map.getWidth() - 60 && c.getY() < map.getHeight() - 120) {
                first = r;
                centre = c;
                break;
            }
        }
        assertNotNull(first, "a cluster inside the map view");
        ClusterRow clicked = first;
        assertEquals(first.clusterId(), window.explorer().layer().clusterAt(centre.getX(), centre.getY()));
        Point2D screen = window.explorer().layer().localToScreen(centre);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().selectedProperty().get() != null
                && model().selectedProperty().get().clusterId() == clicked.clusterId());
        assertEquals(clicked, t.getSelectionModel().getSelectedItem());
    }

    @Test
    void theFilterBoxNarrowsTheTable(FxRobot robot) throws Exception {
        waitIdle(robot);
        TableView<ClusterRow> t = table(robot);
        int all = t.getItems().size();
        String name = t.getItems().get(0).name();
        robot.clickOn("#ranking-filter").write(name.substring(0, Math.min(5, name.length())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(t.getItems().size() >= 1 && t.getItems().size() < all, t.getItems().size() + " of " + all);
        assertTrue(t.getItems().stream().allMatch(r -> r.name().contains(name.substring(0, Math.min(5, name.length())))));
    }
}
