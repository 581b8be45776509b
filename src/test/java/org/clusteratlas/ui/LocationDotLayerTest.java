package org.clusteratlas.ui;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.clusteratlas.ui.FxThread.onFx;
import static org.clusteratlas.ui.FxThread.waitForFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dots land where Gluon itself projects their coordinates, at any zoom. */
@ExtendWith(ApplicationExtension.class)
class LocationDotLayerTest {
    @TempDir
    static Path dir;
    static Path snapshot;
    private AtlasWindow window;
    private final Probe probe = new Probe();

    /** Asks Gluon's own projection where a coordinate is on screen. */
    static final class Probe extends MapLayer {
        Point2D at(double lat, double lon) {
            return getMapPoint(lat, lon);
        }
    }

    @BeforeAll
    static void write() throws Exception {
        snapshot = TestSnapshots.small(dir, "dots.sqlite", "Dots", 500);
    }

    @Start
    void start(Stage stage) {
        window = new AtlasApp().start(stage, List.of(snapshot.toString()));
        window.map().mapView().addLayer(probe);
    }

    private int alphaNear(Point2D p, int radius) {
        WritableImage img = window.map().dotLayer().image();
        int best = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int x = (int) p.getX() + dx;
                int y = (int) p.getY() + dy;
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()) {
                    best = Math.max(best, img.getPixelReader().getArgb(x, y) >>> 24);
                }
            }
        }
        return best;
    }

    @Test
    void dotsAreDrawnAtGluonsPositions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> window.map().dotLayer().drawnDots() > 0));
        double lat = window.model().getSnapshot().table().lat(0);
        double lon = window.model().getSnapshot().table().lon(0);
        for (int step = 0; step < 3; step++) {
            waitForFx();
            int[] seen = new int[2];
            robot.interact(() -> {
                seen[0] = alphaNear(probe.at(lat, lon), 1);        // a location of the snapshot
                seen[1] = alphaNear(probe.at(0.0, -150.0), 6);     // the Pacific: nothing there
            });
            double zoom = onFx(() -> window.map().zoomProperty().get());
            assertTrue(seen[0] > 0, "a dot at the first location, zoom " + zoom);
            assertEquals(0, seen[1], "no dot in the empty Pacific, zoom " + zoom);
            robot.interact(() -> window.map().zoomTo(lat, lon, zoom + 3.5));
        }
    }
}
