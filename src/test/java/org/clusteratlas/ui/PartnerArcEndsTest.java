package org.clusteratlas.ui;

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.clusteratlas.geo.WebMercator;
import org.clusteratlas.profile.ClusterProfiles;
import org.clusteratlas.profile.Partner;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ClusterLayer;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partner arcs end on the partner circles in view: on the world map at 1366 x 768 (centred on Greenwich), a
 * cluster with a partner more than half a world away (Shenzhen and the US west coast: the Pacific is the shorter
 * way) gets an arc to the circle the map shows, not to a copy of it one world to the right, out of view.
 */
@ExtendWith(ApplicationExtension.class)
class PartnerArcEndsTest {
    private static final Path SAMPLE = Path.of("sample-data/world-sample.sqlite");
    /** Top clusters searched for one with a partner more than half a world away. */
    private static final int SEARCHED = 30;

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

    private ClusterProfiles profiles() {
        return window.explorer().profiles().getProfiles();
    }

    /** Web Mercator x of a cluster of the shown ranking. */
    private double x(int clusterId) {
        return WebMercator.x(model().getResult().ranking().row(clusterId).lon());
    }

    @Test
    void arcsEndOnTheCirclesInView(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> FxThread.onFx(() -> !model().busyProperty().get()
                && model().getResult() != null && model().getResult().shown().size() >= SEARCHED
                && window.explorer().profiles().getProfiles() != null
                && window.explorer().profiles().getProfiles().clustering() == model().getResult().ranking().clustering()));
        robot.interact(() -> window.map().fitWorld());
        FxThread.waitForFx();

        // select top clusters in turn until the arcs drawn include one to a circle more than half a world away
        List<ClusterRow> shown = model().getResult().shown();
        ClusterLayer layer = window.explorer().layer();
        ClusterRow selected = null;
        List<Integer> far = new ArrayList<>();
        for (ClusterRow row : shown.subList(0, SEARCHED)) {
            robot.interact(() -> model().selectedProperty().set(row));
            List<Integer> partners = profiles().of(row.clusterId()).partners().stream().map(Partner::clusterId).toList();
            if (partners.isEmpty()) {
                continue;
            }
            // this selection's arcs drawn: the busiest partner's among them, and no other cluster's
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxThread.onFx(
                    () -> layer.partnerEnds().containsKey(partners.get(0))
                            && partners.containsAll(layer.partnerEnds().keySet())));
            far = FxThread.onFx(() -> layer.partnerEnds().keySet().stream()
                    .filter(id -> layer.circleCentre(id) != null)
                    .filter(id -> Math.abs(x(id) - WebMercator.x(row.lon())) > 0.5).toList());
            if (!far.isEmpty()) {
                selected = row;
                break;
            }
        }
        assertNotNull(selected, "the sample has a top cluster with a partner more than half a world away");

        List<String> wrong = FxThread.onFx(() -> {
            List<String> found = new ArrayList<>();
            double width = window.map().mapView().getWidth();
            for (Map.Entry<Integer, Point2D> e : layer.partnerEnds().entrySet()) {
                Point2D circle = layer.circleCentre(e.getKey());
                if (circle == null) {
                    continue; // not among the shown clusters: no circle to end on
                }
                Point2D end = e.getValue();
                if (end.distance(circle) > 1e-6 || end.getX() < 0 || end.getX() > width) {
                    found.add("partner " + e.getKey() + " ends at " + end + ", its circle is at " + circle
                            + " (map " + width + " wide)");
                }
            }
            return found;
        });
        assertTrue(wrong.isEmpty(), selected.name() + ": " + wrong);
        assertFalse(far.isEmpty());
        assertEquals(selected, model().selectedProperty().get());
    }
}
