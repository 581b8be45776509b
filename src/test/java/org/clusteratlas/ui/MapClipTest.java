package org.clusteratlas.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.clusteratlas.rank.ClusterRow;
import org.clusteratlas.ui.explorer.ExplorerSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing of the map draws outside its area ({@code #map-area}): with a cluster selected and the map panned so
 * that tiles, hulls and arcs reach past its edges, the area's visual bounds (which a clip limits) stay within
 * its layout bounds, and the area's clip is a rectangle of its size, at 1366 x 768 and again after a resize to
 * 1920 x 1080 (the clip follows the size). Gluon's MapView clips itself too, so today the visual bounds stay in
 * without the area's clip; the second check is the one that fails without it.
 */
@ExtendWith(ApplicationExtension.class)
class MapClipTest {
    @TempDir
    static Path dir;
    static Path snapshot;

    private AtlasWindow window;
    private Stage stage;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ExplorerSnapshots.write(dir, "clip.sqlite");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, snapshot);
    }

    @Test
    void mapDrawsOnlyInsideItsArea(FxRobot robot) throws Exception {
        WindowTests.resize(robot, stage, 1366, 768);
        WindowTests.waitIdle(window);
        ClusterRow first = window.explorer().model().getResult().shown().get(0);
        robot.interact(() -> window.explorer().model().selectedProperty().set(first));
        // half a view to the left: the map's content now runs past the area's right edge
        robot.interact(() -> window.map().pan(window.map().mapView().getWidth() / 2, 0));
        FxThread.waitForFx();
        List<String> outside = new ArrayList<>();
        check(robot, outside);
        WindowTests.resize(robot, stage, 1920, 1080);
        FxThread.waitForFx();
        check(robot, outside);
        assertTrue(outside.isEmpty(), String.join("; ", outside));
    }

    private static void check(FxRobot robot, List<String> outside) throws Exception {
        outside.addAll(FxThread.onFx(() -> {
            List<String> found = new ArrayList<>();
            Node node = robot.lookup("#map-area").query();
            Region area = (Region) node;
            Bounds layout = area.getLayoutBounds();
            // boundsInLocal: the children's extent, cut by the clip where there is one
            Bounds drawn = area.getBoundsInLocal();
            double eps = 0.5;
            if (drawn.getMinX() < layout.getMinX() - eps || drawn.getMinY() < layout.getMinY() - eps
                    || drawn.getMaxX() > layout.getMaxX() + eps || drawn.getMaxY() > layout.getMaxY() + eps) {
                found.add("map area " + layout.getWidth() + " x " + layout.getHeight() + " draws over " + drawn);
            }
            if (!(area.getClip() instanceof Rectangle r)
                    || Math.abs(r.getWidth() - layout.getWidth()) > eps || Math.abs(r.getHeight() - layout.getHeight()) > eps) {
                found.add("map area " + layout.getWidth() + " x " + layout.getHeight() + " clipped to " + area.getClip());
            }
            return found;
        }));
    }
}
